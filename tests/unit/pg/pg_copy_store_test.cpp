// `stratos copy-store` (issue 19): SQLite -> PostgreSQL -> SQLite with the
// real binary; every table's count and checksum matches at each step and the
// store that comes back is the one that left, user edits and imports included.
#include "event_editor.h"
#include "importer.h"
#include "pg_test_server.h"
#include "store.h"
#include "store_copy.h"
#include "test_env.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace stratos;
using namespace stratos::test;

namespace {

QMap<QString, QString> sums(const QString &location)
{
    Store::Options o;
    o.loadSeed = false;
    auto store = Store::open(location, o);
    EXPECT_TRUE(store.ok()) << (store.ok() ? "" : qPrintable(store.error().toString()));
    QMap<QString, QString> out;
    if (!store.ok())
        return out;
    auto checks = storeChecksums((*store)->database());
    EXPECT_TRUE(checks.ok());
    if (checks.ok())
        for (const TableCheck &c : *checks)
            out.insert(c.table, QStringLiteral("%1 %2").arg(c.sourceRows).arg(c.sourceSum));
    return out;
}

} // namespace

TEST(PgCopyStore, SqliteToPostgresToSqliteGivesIdenticalTableChecksums)
{
    STRATOS_PG_SCRATCH(team);
    QTemporaryDir dir;
    const QString original = dir.filePath(QStringLiteral("laptop.sqlite"));
    qint64 seededBars = -1; // the seed's bars, before the user's import adds two
    {
        auto store = Store::open(original); // seeded
        ASSERT_TRUE(store.ok()) << qPrintable(store.error().toString());
        // A user's own work: an event edited once (row version 2), an import.
        EventEditor editor((*store)->database());
        UserEvent e;
        e.event.key = EventEditor::newKey();
        e.event.day = QDate(2025, 4, 9);
        e.event.title = QStringLiteral("Tariff note, with\ta tab and 'quotes'");
        ASSERT_TRUE(editor.add(e).ok());
        auto loaded = editor.load(e.event.key);
        loaded->event.summary = QStringLiteral("Multi-line\nsummary — ünïcode");
        ASSERT_TRUE(editor.update(*loaded).ok());
        QSqlQuery count((*store)->database());
        ASSERT_TRUE(count.exec(QStringLiteral("SELECT count(*) FROM price_bar")) && count.next());
        seededBars = count.value(0).toLongLong();
        QFile csv(dir.filePath(QStringLiteral("ZZCP.csv")));
        ASSERT_TRUE(csv.open(QIODevice::WriteOnly));
        csv.write("Date,Open,High,Low,Close,Volume\n2025-03-03,1.5,2.25,1.125,2.0000001,77\n2025-03-04,2,3,1,2.5,\n");
        csv.close();
        const ImportReport r = Importer((*store)->database()).importFile(csv.fileName(), {});
        ASSERT_TRUE(r.ok()) << qPrintable(r.problems.value(0).toString());
    }
    const QString back = dir.filePath(QStringLiteral("plane.sqlite"));

    const ProcessResult up = runStratos({QStringLiteral("copy-store"), QStringLiteral("--from"), original,
                                         QStringLiteral("--to"), team.url()});
    ASSERT_EQ(up.exitCode, 0) << qPrintable(up.out + up.err);
    EXPECT_TRUE(up.out.contains(QStringLiteral("every count and checksum matches"))) << qPrintable(up.out);
    const ProcessResult down = runStratos({QStringLiteral("copy-store"), QStringLiteral("--from"), team.url(),
                                           QStringLiteral("--to"), back});
    ASSERT_EQ(down.exitCode, 0) << qPrintable(down.out + down.err);
    // The per-table lines printed by both runs are the same lines.
    EXPECT_EQ(up.out, down.out);

    const auto a = sums(original), p = sums(team.url()), b = sums(back);
    EXPECT_GE(a.size(), 20);
    EXPECT_EQ(a, p);
    EXPECT_EQ(a, b);
    EXPECT_TRUE(a.value(QStringLiteral("price_bar")).startsWith(QStringLiteral("%1 ").arg(seededBars + 2)))
        << qPrintable(a.value("price_bar")) << " with " << seededBars << " seeded bars and two imported";

    // Copying onto a store with data is refused and changes nothing.
    const ProcessResult again = runStratos({QStringLiteral("copy-store"), QStringLiteral("--from"), original,
                                            QStringLiteral("--to"), team.url()});
    EXPECT_NE(again.exitCode, 0);
    EXPECT_TRUE(again.err.contains(QStringLiteral("already holds data"))) << qPrintable(again.err);
    EXPECT_EQ(sums(team.url()), p);
}
