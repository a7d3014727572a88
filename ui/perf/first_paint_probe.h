#pragma once
// Start-up probes for benchmarks: STRATOS_PAINT_LOG=1 prints "stratos-paint <what>"
// on stderr at a window's first paint; STRATOS_EXIT_AFTER_FIRST_PAINT=1 ends the
// program (exit 0) right after the main window's first paint.

class QWidget;

namespace stratos {

// what: "main" for the main window (the one that may end the program), else a label.
void watchFirstPaint(QWidget *window, const char *what);

bool exitAfterFirstPaint();

} // namespace stratos
