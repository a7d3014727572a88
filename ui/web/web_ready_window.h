#pragma once
// Gets a top-level window ready for web views that appear in it later (the
// Library's reader, the Ask panel): such a window must be composed with the
// GPU from its first show, or Qt re-creates it when the first web view appears.

class QWidget;

namespace stratos {

// Call before `window` is first shown.
void prepareForWebViews(QWidget *window);

} // namespace stratos
