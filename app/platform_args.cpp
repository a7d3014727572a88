#include "platform_args.h"

#include <QFile>

#include <cstdio>

#ifdef Q_OS_WIN
#include <qt_windows.h>
#include <shellapi.h>
#include <fcntl.h>
#include <io.h>
#endif

namespace stratos::cli {

QStringList commandLineArguments(int argc, char *argv[])
{
    QStringList args;
#ifdef Q_OS_WIN
    int n = 0;
    if (wchar_t **wide = CommandLineToArgvW(GetCommandLineW(), &n)) {
        for (int i = 0; i < n; ++i)
            args << QString::fromWCharArray(wide[i]);
        LocalFree(wide);
        return args;
    }
#endif
    for (int i = 0; i < argc; ++i)
        args << QFile::decodeName(argv[i]);
    return args;
}

QStringList withoutFinderArguments(QStringList args)
{
    args.removeIf([](const QString &a) { return a.startsWith(QLatin1String("-psn_")); });
    return args;
}

void attachParentConsole()
{
#ifdef Q_OS_WIN
    if (GetConsoleWindow() || _fileno(stdout) >= 0) // a console already, or redirected
        return;
    if (AttachConsole(ATTACH_PARENT_PROCESS)) {
        FILE *ignored = nullptr;
        freopen_s(&ignored, "CONOUT$", "w", stdout);
        freopen_s(&ignored, "CONOUT$", "w", stderr);
    }
#endif
}

void setBinaryStdout()
{
#ifdef Q_OS_WIN
    // A GUI-subsystem process started without a console has no valid stdout.
    if (_fileno(stdout) >= 0)
        _setmode(_fileno(stdout), _O_BINARY);
#endif
}

} // namespace stratos::cli
