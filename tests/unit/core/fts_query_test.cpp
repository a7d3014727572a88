#include "text/fts_query.h"

#include "test_env.h"

#include <gtest/gtest.h>

using namespace stratos;

TEST(FtsQuery, DropsStopWordsAndLowercases)
{
    EXPECT_EQ(searchTerms(QStringLiteral("How much did Nvidia lose in ONE day?")),
              QStringList({"nvidia", "lose", "one", "day"}));
}

TEST(FtsQuery, SyntaxCharactersNeverReachTheQuery)
{
    const QString q = buildFtsQuery(QStringLiteral("\"NEAR(\" OR * AND -kuiper ^leo: col:x"));
    EXPECT_FALSE(q.contains(u'*'));
    EXPECT_FALSE(q.contains(QLatin1String("NEAR(")));
    EXPECT_FALSE(q.contains(QLatin1String("-kuiper")));
    // Every quoted term holds letters, digits and spaces only.
    const QStringList parts = q.split(u'"');
    for (int i = 1; i < parts.size(); i += 2)
        for (QChar c : parts[i])
            EXPECT_TRUE(c.isLetterOrNumber() || c == u' ') << qPrintable(parts[i]);
    EXPECT_FALSE(q.contains(u'^'));
    EXPECT_FALSE(q.contains(u':'));
    EXPECT_TRUE(q.contains(QLatin1String("\"kuiper\"")));
}

TEST(FtsQuery, PhraseFirstThenAllWordsThenAny)
{
    EXPECT_EQ(buildFtsQuery(QStringLiteral("export controls")),
              QStringLiteral("\"export controls\" OR (\"export\" AND \"controls\") OR \"export\" OR \"controls\""));
    EXPECT_EQ(buildFtsQuery(QStringLiteral("Kuiper")), QStringLiteral("\"kuiper\""));
    EXPECT_TRUE(buildFtsQuery(QStringLiteral("what is the")).isEmpty());
}
