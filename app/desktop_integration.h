#pragma once
// The GUI's desktop identity: window icon, display name, the desktop-file id that
// Wayland compositors and task bars match windows with, and the UI translation.

#include <QLocale>

class QApplication;
class QCoreApplication;

namespace stratos::cli {

// Call once, right after the QApplication is constructed and before any window shows.
void applyDesktopIdentity(QApplication &app);

// Installs Qt's own and Stratos' translations for `locale` when they exist
// (English is the source language, so a missing file is not an error).
// Returns whether a Stratos translation was installed.
bool installTranslations(QCoreApplication &app, const QLocale &locale = QLocale());

} // namespace stratos::cli
