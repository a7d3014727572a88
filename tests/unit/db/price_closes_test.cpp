// The overview's market cards read only the day and close of a series
// (db/price_closes.h): the same days and closes as the full bars, and, for a
// day's move, the bar on or before that day with the one before it.
#include "analytics/headlines.h"
#include "price_closes.h"
#include "repository.h"
#include "store.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace stratos;

namespace {

class PriceCloses : public ::testing::Test
{
protected:
    void SetUp() override
    {
        Store::Options o;
        o.loadSeed = false;
        auto s = Store::open(m_dir.filePath("closes.sqlite"), o);
        ASSERT_TRUE(s.ok()) << qPrintable(s.error().toString());
        m_store = std::move(*s);
        QSqlQuery q(m_store->database());
        // A gap between the 3rd and the 7th; one close of 0 (no move after it).
        for (const char *sql :
             {"INSERT INTO source (id, key, kind, title) VALUES (1, 't', 'dataset', 'test')",
              "INSERT INTO security (id, symbol, kind, source_id) VALUES (1, 'ACME', 'stock', 1)",
              "INSERT INTO security (id, symbol, kind, source_id) VALUES (2, 'OTHER', 'stock', 1)",
              "INSERT INTO price_bar (security_id, day, open, high, low, close, source_id) VALUES "
              "(1, '2025-01-02', 9, 11, 8, 10, 1), (1, '2025-01-03', 10, 10, 7, 7.5, 1), "
              "(1, '2025-01-07', 7, 9, 7, 8.25, 1), (1, '2025-01-08', 8, 8, 0, 0, 1), "
              "(1, '2025-01-09', 1, 2, 1, 2, 1), (2, '2025-01-03', 1, 1, 1, 100, 1)"})
            ASSERT_TRUE(q.exec(QString::fromLatin1(sql))) << qPrintable(q.lastError().text());
    }
    QSqlDatabase db() const { return m_store->database(); }

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
};

TEST_F(PriceCloses, EveryBarsDayAndCloseInOrder)
{
    const QList<PriceBar> full = Repository(db()).priceBars(QStringLiteral("ACME"));
    const QList<PriceBar> closes = closesOf(db(), QStringLiteral("ACME"));
    ASSERT_EQ(closes.size(), 5);
    ASSERT_EQ(closes.size(), full.size());
    for (qsizetype i = 0; i < closes.size(); ++i) {
        EXPECT_EQ(closes[i].day, full[i].day);
        EXPECT_EQ(closes[i].close, full[i].close);
    }
    EXPECT_EQ(closes.first().day, QDate(2025, 1, 2));
    // The moves found from the closes alone: none after the close of 0.
    const QList<DailyMove> moves = dailyMoves(closes);
    ASSERT_EQ(moves.size(), 3);
    EXPECT_DOUBLE_EQ(moves[0].changePct, -25.0); // 10 -> 7.5 on the 3rd
    EXPECT_EQ(largestDailyFall(closes)->day, QDate(2025, 1, 8)); // 8.25 -> 0
    EXPECT_TRUE(closesOf(db(), QStringLiteral("NONE")).isEmpty());
}

TEST_F(PriceCloses, TheDayAndTheBarBeforeIt)
{
    const QString acme = QStringLiteral("ACME");
    const QList<PriceBar> upTo7 = closesUpTo(db(), acme, QDate(2025, 1, 7));
    ASSERT_EQ(upTo7.size(), 2);
    EXPECT_EQ(upTo7[0].day, QDate(2025, 1, 3)); // across the gap, oldest first
    EXPECT_EQ(upTo7[1].day, QDate(2025, 1, 7));
    const auto move = moveOn(upTo7, QDate(2025, 1, 7));
    ASSERT_TRUE(move);
    const auto fromAll = moveOn(closesOf(db(), acme), QDate(2025, 1, 7));
    ASSERT_TRUE(fromAll);
    EXPECT_EQ(move->changePct, fromAll->changePct);
    EXPECT_EQ(move->previousClose, 7.5);

    // A day with no bar: the bars before it, and no move on that day.
    const QList<PriceBar> upTo5 = closesUpTo(db(), acme, QDate(2025, 1, 5));
    ASSERT_EQ(upTo5.size(), 2);
    EXPECT_EQ(upTo5[1].day, QDate(2025, 1, 3));
    EXPECT_FALSE(moveOn(upTo5, QDate(2025, 1, 5)));
    // The first day: one bar, no move; after a close of 0: no move either.
    EXPECT_EQ(closesUpTo(db(), acme, QDate(2025, 1, 2)).size(), 1);
    EXPECT_FALSE(moveOn(closesUpTo(db(), acme, QDate(2025, 1, 2)), QDate(2025, 1, 2)));
    EXPECT_FALSE(moveOn(closesUpTo(db(), acme, QDate(2025, 1, 9)), QDate(2025, 1, 9)));
    // Another security's bars never mix in.
    EXPECT_TRUE(closesUpTo(db(), acme, QDate(2024, 12, 31)).isEmpty());
    EXPECT_EQ(closesUpTo(db(), QStringLiteral("OTHER"), QDate(2025, 1, 9)).size(), 1);
}

} // namespace
