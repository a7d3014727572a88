// The Porter stemmer gives the stems of the published algorithm, the ones
// SQLite's FTS5 porter tokenizer indexes.
#include "text/porter_stem.h"

#include <gtest/gtest.h>

using namespace stratos;

TEST(PorterStem, GivesThePublishedStems)
{
    const std::pair<const char *, const char *> cases[] = {
        {"caresses", "caress"}, {"ponies", "poni"},       {"cats", "cat"},          {"feed", "feed"},
        {"agreed", "agre"},     {"plastered", "plaster"}, {"motoring", "motor"},    {"sing", "sing"},
        {"conflated", "conflat"}, {"troubled", "troubl"}, {"sized", "size"},        {"hopping", "hop"},
        {"falling", "fall"},    {"hissing", "hiss"},      {"filing", "file"},       {"happy", "happi"},
        {"relational", "relat"}, {"conditional", "condit"}, {"digitizer", "digit"}, {"generalization", "gener"},
        {"effective", "effect"}, {"electrical", "electr"}, {"adjustment", "adjust"}, {"launches", "launch"},
        {"launched", "launch"}, {"satellites", "satellit"}, {"controls", "control"}, {"controlling", "control"}};
    for (const auto &[word, stem] : cases)
        EXPECT_EQ(porterStem(QString::fromLatin1(word)), QString::fromLatin1(stem)) << word;
}

TEST(PorterStem, LeavesNumbersShortWordsAndOtherScriptsAlone)
{
    EXPECT_EQ(porterStem(QStringLiteral("2024")), QStringLiteral("2024"));
    EXPECT_EQ(porterStem(QStringLiteral("as")), QStringLiteral("as"));
    EXPECT_EQ(porterStem(QStringLiteral("k1")), QStringLiteral("k1"));
    EXPECT_EQ(porterStem(QStringLiteral("données")), QStringLiteral("données"));
}
