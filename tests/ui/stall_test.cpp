// No stall: a user's session on the real window (start, switching pages, a
// chart's zoom, a Library search, a question, undoing an import, restoring a
// backup) never holds the GUI thread's event loop for long. The bound is on
// the GUI thread's CPU time in its longest turn, so a machine busy with other
// programs does not fail it; it is generous (250 ms, the goal is 50). The
// benchmark (stratos_stall_bench) prints the real figures, wall and CPU.
// Steps marked as known stalls (docs/performance.md) are printed, not bounded.
#include "stall_session.h"
#include "test_env.h"

#include <QTemporaryDir>
#include <cstdio>
#include <gtest/gtest.h>

using namespace stratos::test;

TEST(NoStall, AUserSessionNeverHoldsTheEventLoopOver250ms)
{
    QTemporaryDir dir;
    const QList<StallStep> steps = runStallSession(dir.path(), 50000);
    ASSERT_GE(steps.size(), 9) << qPrintable(steps.isEmpty() ? QString() : steps.last().note);
    for (const StallStep &s : steps) {
        std::printf("  %-42s worst turn %5lld ms wall, %5lld ms GUI-thread CPU%s\n", qPrintable(s.name),
                    static_cast<long long>(s.worstWallMs), static_cast<long long>(s.worstCpuMs),
                    s.knownStall ? "  (known stall, not bounded)" : "");
        EXPECT_TRUE(s.completed) << qPrintable(s.name) << ": " << qPrintable(s.note);
        EXPECT_GE(s.worstCpuMs, 0) << qPrintable(s.name);
        if (!s.knownStall) {
            EXPECT_LT(s.worstCpuMs, 250) << qPrintable(s.name) << " held the event loop for " << s.worstCpuMs
                                         << " ms of CPU (" << s.worstWallMs << " ms wall)";
        }
    }
}
