#pragma once
// A user's session on the real main window over a seeded store, with a stall
// meter on the GUI thread: start, the first show of each page (one step each),
// switching pages, zooming a chart, searching
// the Library, asking a question, undoing an import, restoring a backup. Each
// step reports the longest event-loop turn it caused. Shared by the no-stall
// test (a generous bound) and the benchmark (the real figures).

#include <QList>
#include <QString>

namespace stratos::test {

struct StallStep
{
    QString name;
    qint64 worstWallMs = -1; // the longest event-loop turn, as the user waited it
    qint64 worstCpuMs = -1;  // the GUI thread's CPU time in its longest turn (machine load left out)
    bool completed = false;  // the step reached its end (a result, a repaint...)
    QString note;            // why it did not, when it did not
    bool knownStall = false; // a stall not yet removed (docs/performance.md): reported, not bounded
};

// workDir: an empty folder for the store, the import file and the backups.
// importRows: size of the price file whose import is undone.
QList<StallStep> runStallSession(const QString &workDir, int importRows = 100000);

} // namespace stratos::test
