#pragma once
// Application-wide look: a light stylesheet layered on the platform palette so
// light and dark themes both read well.

class QApplication;

namespace stratos {

void applyStratosStyle(QApplication &app);

} // namespace stratos
