// A team member whose role may only read the store (docs/team-store.md,
// stratos_reader: SELECT grants only) imports a file: one clear message that
// names the user and says whom to ask, and nothing written, neither the
// dataset's rows nor the import's bookkeeping nor the dataset lock's record.
// A writer role granted as the docs say imports the same file whole. Real
// roles on the tests' server, the real binary for the command line.
#include "importer.h"
#include "pg_test_server.h"
#include "store.h"
#include "store_backends.h"
#include "test_env.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUrl>
#include <gtest/gtest.h>

using namespace stratos;
using namespace stratos::test;

namespace {

Store::Options withPassword(const QString &password)
{
    Store::Options o;
    o.loadSeed = false;
    o.password = password;
    return o;
}

// What an import writes, counted: any change shows.
QString footprint(QSqlDatabase db)
{
    QStringList out;
    for (const char *t : {"security", "price_bar", "import_batch", "import_undo", "source", "stratos_dataset_lock"}) {
        QSqlQuery q(db);
        EXPECT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(t)))) << qPrintable(q.lastError().text());
        out << QStringLiteral("%1=%2").arg(QLatin1String(t)).arg(q.next() ? q.value(0).toLongLong() : -1);
    }
    return out.join(u' ');
}

} // namespace

TEST(PgReadOnlyRole, AnImportByARoleThatMayOnlyReadIsRefusedClearlyAndWritesNothing)
{
    struct DropRoles // after the test's database is gone (its grants name the roles)
    {
        QString a, b;
        ~DropRoles()
        {
            if (!a.isEmpty())
                pgAdminExec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(a));
            if (!b.isEmpty())
                pgAdminExec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(b));
        }
    } dropRoles;
    // A seeded store, as a team's owner has made it (a copy of the tests' template).
    TestStoreLocation location(Backend::Postgres, true);
    if (location.skipped())
        GTEST_SKIP() << qPrintable(location.error());
    ASSERT_TRUE(location.ok()) << qPrintable(location.error());
    const QString suffix = QUrl(location.location()).path().mid(3, 8);
    const QString reader = QStringLiteral("ro_") + suffix, writer = QStringLiteral("rw_") + suffix;
    dropRoles.a = reader;
    dropRoles.b = writer;
    ASSERT_EQ(pgAdminExec(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD 'reader-pw'").arg(reader)), QString());
    ASSERT_EQ(pgAdminExec(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD 'writer-pw'").arg(writer)), QString());
    {
        auto owner = Store::open(location.location());
        ASSERT_TRUE(owner.ok()) << qPrintable(owner.error().toString());
        QSqlQuery q((*owner)->database());
        for (const QString &sql : {QStringLiteral("GRANT USAGE ON SCHEMA public TO %1, %2").arg(reader, writer),
                                   QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA public TO %1, %2").arg(reader, writer),
                                   QStringLiteral("GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO %1").arg(writer)})
            ASSERT_TRUE(q.exec(sql)) << qPrintable(q.lastError().text());
    }
    const auto as = [&](const QString &role) {
        QUrl u(location.location());
        u.setUserName(role);
        return u.toString();
    };
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("ZZRO.csv"));
    {
        QFile f(csv);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("Date,Open,High,Low,Close,Volume\n2025-02-03,1,2,0.5,1.5,10\n2025-02-04,1.5,2,1,1.75,12\n");
    }

    auto store = Store::open(as(reader), withPassword(QStringLiteral("reader-pw")));
    ASSERT_TRUE(store.ok()) << qPrintable(store.error().toString());
    const QString before = footprint((*store)->database());
    const ImportReport r = Importer((*store)->database()).importFile(csv, {});
    ASSERT_EQ(r.problems.size(), 1);
    const QString message = r.problems.first().toString();
    EXPECT_TRUE(message.contains(QStringLiteral("read-only for user %1").arg(reader))) << qPrintable(message);
    EXPECT_TRUE(message.contains(QStringLiteral("ask its owner for write access"))) << qPrintable(message);
    EXPECT_TRUE(message.contains(QStringLiteral("price_bar"))) << qPrintable(message);
    EXPECT_TRUE(message.startsWith(csv)) << qPrintable(message);
    EXPECT_FALSE(message.contains(QStringLiteral("permission denied"))) << qPrintable(message);
    EXPECT_EQ(r.batchId, 0);
    EXPECT_EQ(footprint((*store)->database()), before);

    // The command line says the same, and still nothing is written.
    const ProcessResult cli = runStratos({QStringLiteral("import"), csv, QStringLiteral("--db"), as(reader)}, 120000,
                                         {QStringLiteral("PGPASSWORD=reader-pw")});
    EXPECT_NE(cli.exitCode, 0);
    EXPECT_TRUE(cli.err.contains(QStringLiteral("read-only for user %1: ask its owner for write access").arg(reader)))
        << qPrintable(cli.out + cli.err);
    EXPECT_EQ(footprint((*store)->database()), before);
    // Undoing someone's import is a write too.
    const Status undo = Importer::removeBatch((*store)->database(), 1);
    EXPECT_FALSE(undo.ok());

    // A writer granted as the docs say: the same file lands whole.
    auto w = Store::open(as(writer), withPassword(QStringLiteral("writer-pw")));
    ASSERT_TRUE(w.ok()) << qPrintable(w.error().toString());
    const ImportReport landed = Importer((*w)->database()).importFile(csv, {});
    ASSERT_TRUE(landed.ok()) << qPrintable(landed.problems.value(0).toString());
    EXPECT_EQ(landed.added, 2);
    const Status removed = Importer::removeBatch((*w)->database(), landed.batchId);
    EXPECT_TRUE(removed.ok()) << qPrintable(removed.ok() ? QString() : removed.error().message);
}
