// The worst event-loop turn of each step of a user's session on the real
// window (tests/ui/stall_session.cpp): the figure the no-stall test bounds
// generously. Goal: under 50 ms each.
#include "stall_session.h"
#include "web/app_scheme.h"

#include <QApplication>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <cstdio>

int main(int argc, char **argv)
{
    stratos::registerAppUrlScheme();
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // the user's settings stay untouched
    QCoreApplication::setOrganizationName(QStringLiteral("StratosBench"));
    QCoreApplication::setApplicationName(QStringLiteral("StratosBench"));
    const int rows = argc > 1 ? QByteArray(argv[1]).toInt() : 100000;
    QTemporaryDir dir;
    const auto steps = stratos::test::runStallSession(dir.path(), rows > 0 ? rows : 100000);
    int failed = 0;
    std::printf("Worst event-loop turn per step of a session (goal < 50 ms; the test bounds CPU at 250 ms)\n");
    std::printf("  %-42s %10s %10s\n", "step", "wall ms", "GUI cpu ms");
    for (const auto &s : steps) {
        std::printf("  %-42s %10lld %10lld  %s%s%s\n", qPrintable(s.name), static_cast<long long>(s.worstWallMs),
                    static_cast<long long>(s.worstCpuMs), s.knownStall ? "known stall " : "",
                    s.completed ? "" : "NOT COMPLETED ", qPrintable(s.note));
        failed += s.completed ? 0 : 1;
    }
    return failed ? 1 : 0;
}
