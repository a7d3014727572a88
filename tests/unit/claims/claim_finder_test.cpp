// Finding claims in text, with nothing but strings and a catalog of names:
// relative days, qualifiers, ranges, units, negative wording, and figures the
// store cannot know (which must not become claims).
#include "claims/claim_finder.h"
#include "claims/tolerance.h"
#include "test_env.h"

#include <gtest/gtest.h>

using namespace stratos::claims;

namespace {

EntityCatalog catalog()
{
    CatalogInput in;
    in.securities = {{QStringLiteral("NVDA"), QStringLiteral("NVIDIA Corporation"), QStringLiteral("stock"), QStringLiteral("NVIDIA")},
                     {QStringLiteral("^IXIC"), QStringLiteral("NASDAQ Composite"), QStringLiteral("index"), {}},
                     {QStringLiteral("META"), QStringLiteral("Meta Platforms, Inc."), QStringLiteral("stock"), QStringLiteral("Meta AI")}};
    in.organizations = {QStringLiteral("NVIDIA"), QStringLiteral("Meta AI"), QStringLiteral("DeepSeek"), QStringLiteral("Tencent")};
    in.models = {{QStringLiteral("DeepSeek-R1"), QStringLiteral("DeepSeek")},
                 {QStringLiteral("DeepSeek-V3"), QStringLiteral("DeepSeek")},
                 {QStringLiteral("o1"), QStringLiteral("OpenAI")}};
    in.constellations = {QStringLiteral("Starlink")};
    return EntityCatalog::build(in);
}

QList<Claim> find(const QString &text, const QDate &date = QDate(2025, 1, 28))
{
    static const EntityCatalog names = catalog();
    return findClaims(text, date, names);
}

TEST(ClaimFinder, CommonNamesComeFromTheStoresNames)
{
    EXPECT_EQ(commonName(QStringLiteral("Alphabet Inc. Class A")), QStringLiteral("Alphabet"));
    EXPECT_EQ(commonName(QStringLiteral("Meta AI")), QStringLiteral("Meta"));
    EXPECT_EQ(commonName(QStringLiteral("Amazon.com, Inc.")), QStringLiteral("Amazon"));
    EXPECT_EQ(commonName(QStringLiteral("ASML Holding N.V. (Nasdaq)")), QStringLiteral("ASML"));
    const auto m = catalog().find(QStringLiteral("deep seek v3 and the Nasdaq and Nvidia's NVDA and meta"), 0, 52);
    QStringList keys;
    for (const auto &e : m)
        keys << e.key;
    // "meta" in lower case is a word, not the ticker.
    EXPECT_EQ(keys, (QStringList{QStringLiteral("DeepSeek-V3"), QStringLiteral("^IXIC"), QStringLiteral("NVDA"), QStringLiteral("NVDA")}));
}

TEST(ClaimFinder, RelativeDaysResolveFromTheDocumentDate)
{
    // 2025-01-28 is a Tuesday.
    auto c = find(QStringLiteral("Nvidia fell 17% on Monday."));
    ASSERT_EQ(c.size(), 1);
    EXPECT_EQ(c[0].date.date, QDate(2025, 1, 27));
    c = find(QStringLiteral("Yesterday the Nasdaq Composite slid 3.1%."));
    ASSERT_EQ(c.size(), 1);
    EXPECT_EQ(c[0].entity, QStringLiteral("^IXIC"));
    EXPECT_EQ(c[0].date.date, QDate(2025, 1, 27));
    c = find(QStringLiteral("Chips fell hard on 27 January 2025. That day Nvidia lost 17%."), QDate());
    ASSERT_EQ(c.size(), 1);
    EXPECT_EQ(c[0].date.date, QDate(2025, 1, 27));
    // A day without a year takes the year of the dates nearby.
    c = find(QStringLiteral("Nvidia warned on 15 April 2025. Its shares fell about 6.9% on 16 April."), QDate(2025, 6, 30));
    ASSERT_EQ(c.size(), 1);
    EXPECT_EQ(c[0].date.date, QDate(2025, 4, 16));
    // The day a change is measured from is not the day of the change.
    c = find(QStringLiteral("On Monday 27 January 2025 the index sank. The Nasdaq Composite closed at 19,341.83, down from "
                            "19,954.30 on Friday 24 January, a fall of 3.07%."), QDate(2026, 1, 27));
    ASSERT_EQ(c.size(), 2);
    EXPECT_EQ(c[1].measure, Measure::PriceMove);
    EXPECT_EQ(c[1].date.date, QDate(2025, 1, 27));
    // No document date and no date nearby: the day cannot be pinned down.
    c = find(QStringLiteral("Shares of Nvidia fell 3% on Monday."), QDate());
    ASSERT_EQ(c.size(), 1);
    EXPECT_FALSE(c[0].unclearWhy.isEmpty());
    // A week is not a day.
    c = find(QStringLiteral("Nvidia fell 15% last week."));
    ASSERT_EQ(c.size(), 1);
    EXPECT_FALSE(c[0].unclearWhy.isEmpty());
}

TEST(ClaimFinder, QualifiersRangesAndPrecision)
{
    auto c = find(QStringLiteral("Shares of Nvidia dropped by over 12% on Monday."));
    ASSERT_EQ(c.size(), 1);
    EXPECT_EQ(c[0].figure.qualifier, Qualifier::Over);
    EXPECT_EQ(c[0].text, QStringLiteral("over 12%"));
    c = find(QStringLiteral("Nvidia fell nearly 17% and Meta rose about 2% on Monday."));
    ASSERT_EQ(c.size(), 2);
    EXPECT_EQ(c[0].figure.qualifier, Qualifier::Nearly);
    EXPECT_EQ(c[1].figure.qualifier, Qualifier::About);
    EXPECT_EQ(c[1].entity, QStringLiteral("META"));
    c = find(QStringLiteral("Nvidia fell 16-18% on Monday."));
    ASSERT_EQ(c.size(), 1);
    EXPECT_EQ(c[0].figure.qualifier, Qualifier::Range);
    EXPECT_DOUBLE_EQ(c[0].figure.value, 16);
    EXPECT_DOUBLE_EQ(c[0].figure.high, 18);
    // Precision is the last written digit: 3.6 allows 3.55..3.65, 17 allows 16.5..17.5.
    c = find(QStringLiteral("The Nasdaq Composite fell 3.6% on Monday and Nvidia fell 17%."));
    ASSERT_EQ(c.size(), 2);
    EXPECT_EQ(fit(c[0].figure, c[0].measure, 3.07), Fit::Outside);
    EXPECT_EQ(fit(c[0].figure, c[0].measure, 3.62), Fit::Within);
    EXPECT_EQ(fit(c[1].figure, c[1].measure, 16.97), Fit::Within);
    EXPECT_EQ(fit(c[1].figure, c[1].measure, 17.6), Fit::Doubtful);
}

TEST(ClaimFinder, NegativeWordingGivesTheDirection)
{
    for (const char *verb : {"lost", "shed", "slid", "fell", "dropped", "tumbled", "sank"}) {
        const auto c = find(QStringLiteral("Nvidia %1 17% on Monday.").arg(QLatin1String(verb)));
        ASSERT_EQ(c.size(), 1) << verb;
        EXPECT_EQ(c[0].direction, -1) << verb;
    }
    for (const char *verb : {"rose", "gained", "jumped", "rebounded"}) {
        const auto c = find(QStringLiteral("Nvidia %1 8.9% on Monday.").arg(QLatin1String(verb)));
        ASSERT_EQ(c.size(), 1) << verb;
        EXPECT_EQ(c[0].direction, 1) << verb;
    }
}

TEST(ClaimFinder, UnitsOfModelAndSpaceFigures)
{
    auto c = find(QStringLiteral("DeepSeek-R1 cost $0.55 per million input tokens and $2.19 per million output tokens."));
    ASSERT_EQ(c.size(), 2);
    EXPECT_EQ(c[0].measure, Measure::ApiInputPrice);
    EXPECT_DOUBLE_EQ(c[0].figure.value, 0.55);
    EXPECT_EQ(c[1].measure, Measure::ApiOutputPrice);
    c = find(QStringLiteral("DeepSeek-V3 has 671 billion parameters; deep seek V3 was trained for $5.6 M."));
    ASSERT_EQ(c.size(), 2);
    EXPECT_EQ(c[0].measure, Measure::Parameters);
    EXPECT_DOUBLE_EQ(c[0].figure.value, 671e9);
    EXPECT_EQ(c[1].measure, Measure::TrainingCost);
    EXPECT_DOUBLE_EQ(c[1].figure.value, 5.6e6);
    c = find(QStringLiteral("Starlink flew 122 missions in 2025 and launched 3,169 satellites in 2025."));
    ASSERT_EQ(c.size(), 2);
    EXPECT_EQ(c[0].measure, Measure::LaunchesInYear);
    EXPECT_EQ(c[1].measure, Measure::SatellitesInYear);
    EXPECT_DOUBLE_EQ(c[1].figure.value, 3169);
    c = find(QStringLiteral("The 10,000th Starlink satellite was launched on 19 October 2025."));
    ASSERT_EQ(c.size(), 1);
    EXPECT_EQ(c[0].measure, Measure::NthSatellite);
    EXPECT_EQ(c[0].ordinal, 10000);
    EXPECT_EQ(c[0].date.date, QDate(2025, 10, 19));
    c = find(QStringLiteral("OpenAI released o1 on 5 December 2024."));
    ASSERT_EQ(c.size(), 1);
    EXPECT_EQ(c[0].measure, Measure::ReleaseDate);
    EXPECT_EQ(c[0].date.date, QDate(2024, 12, 5));
}

TEST(ClaimFinder, WhatTheStoreCannotKnowIsNotAClaim)
{
    for (const char *text : {"Nvidia lost $589 billion of market value in a single day.",
                             "Nvidia's data-centre revenue rose 73% from a year earlier.",
                             "Nvidia's gross margin fell 3% in the quarter.",
                             "Nvidia lost 7% of its market share.",
                             "DeepSeek-V3 activates only 37 billion of its 671 billion parameters; 37 billion are active per token.",
                             "The FCC authorised up to 7,500 second-generation Starlink satellites.",
                             "Starlink planned 12,000 satellites and reported 4 million users.",
                             "DeepSeek-R1 cost $0.14 when the prompt was cached.",
                             "OpenAI's R&D costs are estimated to exceed $10 billion."}) {
        const auto c = find(QString::fromUtf8(text));
        for (const Claim &x : c)
            EXPECT_NE(x.text, QStringLiteral("37 billion")) << text;
        if (QByteArray(text).contains("671 billion"))
            continue; // the total is a claim; the active count is not (checked above)
        EXPECT_TRUE(c.isEmpty()) << text << ": " << (c.isEmpty() ? std::string() : c[0].describe().toStdString());
    }
}

} // namespace
