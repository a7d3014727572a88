// Ask conversations on a team store belong to the user who started them
// (migration 0016): two real login roles on one store each list, open and
// resume only their own, and one cannot delete the other's.

#include "conversation_store.h"
#include "pg_test_server.h"
#include "store.h"
#include "store_backends.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <gtest/gtest.h>

using namespace stratos;
using namespace stratos::test;

namespace {

QStringList titles(const ConversationStore &store)
{
    QStringList out;
    for (const ConversationInfo &c : store.conversations())
        out << c.title;
    return out;
}

StoredMessage question(const QString &text)
{
    StoredMessage m;
    m.role = QStringLiteral("user");
    m.text = text;
    return m;
}

} // namespace

TEST(PgConversationOwner, EachUserSeesAndResumesOnlyTheirOwnConversations)
{
    struct DropRole
    {
        QString name;
        ~DropRole()
        {
            if (!name.isEmpty())
                pgAdminExec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(name));
        }
    } bobRole;
    TestStoreLocation where(Backend::Postgres, /*seeded=*/true);
    if (where.skipped())
        GTEST_SKIP() << qPrintable(where.error());
    ASSERT_TRUE(where.ok()) << qPrintable(where.error());
    bobRole.name = QStringLiteral("cv_") + QUrl(where.location()).path().mid(3, 8);
    ASSERT_EQ(pgAdminExec(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD 'bob-pw'").arg(bobRole.name)), QString());

    auto alice = Store::open(where.location());
    ASSERT_TRUE(alice.ok()) << qPrintable(alice.error().toString());
    {
        QSqlQuery q((*alice)->database());
        for (const QString &sql : {QStringLiteral("GRANT USAGE ON SCHEMA public TO %1").arg(bobRole.name),
                                   QStringLiteral("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public "
                                                  "TO %1").arg(bobRole.name)})
            ASSERT_TRUE(q.exec(sql)) << qPrintable(q.lastError().text());
    }
    QUrl bobUrl(where.location());
    bobUrl.setUserName(bobRole.name);
    Store::Options o;
    o.password = QStringLiteral("bob-pw");
    auto bob = Store::open(bobUrl.toString(), o);
    ASSERT_TRUE(bob.ok()) << qPrintable(bob.error().toString());

    ConversationStore a((*alice)->database()), b((*bob)->database());
    auto aliceId = a.create(QStringLiteral("Alice: chip exports"));
    ASSERT_TRUE(aliceId.ok());
    ASSERT_TRUE(a.append(*aliceId, question(QStringLiteral("What did the HBM rule cover?"))).ok());
    auto bobId = b.create(QStringLiteral("Bob: launch cadence"));
    ASSERT_TRUE(bobId.ok());
    ASSERT_TRUE(b.append(*bobId, question(QStringLiteral("How many Starlink launches in 2024?"))).ok());

    EXPECT_EQ(titles(a), QStringList{QStringLiteral("Alice: chip exports")});
    EXPECT_EQ(titles(b), QStringList{QStringLiteral("Bob: launch cadence")});
    // The window resumes the latest conversation: each their own, though Bob's is newer.
    EXPECT_EQ(a.latest(), std::optional<qint64>(*aliceId));
    EXPECT_EQ(b.latest(), std::optional<qint64>(*bobId));
    EXPECT_EQ(a.messages(*aliceId).size(), 1);
    EXPECT_TRUE(b.messages(*aliceId).isEmpty()) << "Bob opened Alice's conversation by its id";
    const Status taken = b.remove(*aliceId);
    EXPECT_FALSE(taken.ok());
    EXPECT_EQ(a.messages(*aliceId).size(), 1) << "Bob's delete reached Alice's conversation";

    // Who owns what, as the table records it: the server's user names.
    QSqlQuery q((*alice)->database());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT title, owner, current_user FROM conversation ORDER BY title")));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(1).toString(), q.value(2).toString());
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(1).toString(), bobRole.name);
}
