#pragma once
// The GUI's desktop identity: window icon, display name, the desktop-file id that
// Wayland compositors and task bars match windows with, and the UI translation.

#include <QLocale>

class QApplication;
class QCoreApplication;

namespace stratos::cli {

// Call once, right after the QApplication is constructed and before any window shows.
void applyDesktopIdentity(QApplication &app);

// Installs Qt's own and Stratos' translations for `locale` when they exist, else
// Stratos' English (the source language, with proper plural forms).
// Returns whether a Stratos translation for `locale` was found.
bool installTranslations(QCoreApplication &app, const QLocale &locale = QLocale());

} // namespace stratos::cli
