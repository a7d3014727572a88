#pragma once
// Optional parts of Stratos built as libraries of their own and loaded on first
// use (stratos_web: QtWebEngine; stratos_pdf: Qt PDF), so that starting the
// program and every command that does not need them skips loading those
// libraries (a third of the start-up; docs/performance.md, section 1).

#include <QFunctionPointer>
#include <QString>
#include <QStringList>

namespace stratos {

// Folders searched for a module, in order: STRATOS_MODULE_DIR when set, the
// executable's folder (build tree, Windows), ../lib/stratos (Linux packages),
// ../Frameworks (macOS bundle) and the folder holding a macOS build-tree bundle.
QStringList moduleSearchDirs();

// The function `symbol` of module `name` ("stratos_web"), loading the module
// the first time; null with `error` set ("FILE: why") when it cannot be found
// or loaded. Thread-safe; a module stays loaded until the process ends.
QFunctionPointer resolveModuleFunction(const QString &name, const char *symbol, QString *error = nullptr);

} // namespace stratos
