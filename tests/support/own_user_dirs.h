// Each test process gets its own settings and user folders.
//
// ctest runs every test in its own process, two at a time, and without this
// they would all share ~/.config/StratosTests: one test removing a setting
// (UpdateDialog's "updates/allowed") while another relies on it made the
// other open a modal question that nobody answers, and hang until ctest's
// timeout (CI met it once). Child processes (the stratos binary in the
// end-to-end tests) inherit the folders through the environment.
#pragma once

#include <QSettings>
#include <QTemporaryDir>

namespace stratos::test {

// Points the module loader (util/module_loader.h) at the modules built beside
// the stratos binary, unless STRATOS_MODULE_DIR is set: test programs live in
// another folder. Children (runStratos) inherit it. In test_env.cpp.
void useBuiltModules();

inline void useOwnUserDirs()
{
    static QTemporaryDir home(QDir::tempPath() + QStringLiteral("/stratos-test-home-XXXXXX"));
    if (!home.isValid())
        return;
    const QByteArray root = QFile::encodeName(home.path());
    qputenv("XDG_CONFIG_HOME", root + "/config");
    qputenv("XDG_DATA_HOME", root + "/data");
    qputenv("XDG_CACHE_HOME", root + "/cache");
    // QSettings() uses the default format; INI files under our folder on every
    // platform (the Windows registry and macOS plists would still be shared).
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, home.path() + QStringLiteral("/config"));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, home.path() + QStringLiteral("/config"));
}

} // namespace stratos::test
