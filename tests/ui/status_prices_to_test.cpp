// Issue 13: the status bar's "prices to" says how far every series reaches,
// not only the newest one: the range of the series' last days, and each
// series' own last day in the tooltip. Read from the real window's status bar.
#include "analytics/series_coverage.h"
#include "first_hour_util.h"
#include "web_test_util.h"

#include <QLocale>
#include <QSqlQuery>

using namespace stratos;
using namespace stratos::test;

namespace {

class StatusPricesTo : public SeededStoreSuite
{
protected:
    // min and max over the series of each series' last day, straight from SQL.
    std::pair<QDate, QDate> lastDayRange()
    {
        QSqlQuery q(s_store->database());
        EXPECT_TRUE(q.exec(QStringLiteral("SELECT min(m), max(m) FROM "
                                          "(SELECT max(day) AS m FROM price_bar GROUP BY security_id)")) &&
                    q.next());
        return {QDate::fromString(q.value(0).toString(), Qt::ISODate),
                QDate::fromString(q.value(1).toString(), Qt::ISODate)};
    }
    QString statusText(MainWindow &w) { return w.findChild<QLabel *>(QStringLiteral("statusCounts"))->text(); }
    QString statusTip(MainWindow &w) { return w.findChild<QLabel *>(QStringLiteral("statusCounts"))->toolTip(); }
};

QString day(QDate d) { return QLocale().toString(d, QStringLiteral("d MMM yyyy")); }

} // namespace

TEST(SeriesCoverage, RangeRepeatsOnlyWhatDiffers)
{
    const QLocale en(QLocale::English, QLocale::UnitedKingdom);
    EXPECT_EQ(dayRange(QDate(2026, 8, 21), QDate(2026, 8, 21), en), QStringLiteral("21 Aug 2026"));
    EXPECT_EQ(dayRange(QDate(2026, 8, 20), QDate(2026, 8, 21), en), QStringLiteral("20–21 Aug 2026"));
    EXPECT_EQ(dayRange(QDate(2026, 4, 4), QDate(2026, 8, 21), en), QStringLiteral("4 Apr – 21 Aug 2026"));
    EXPECT_EQ(dayRange(QDate(2025, 4, 4), QDate(2026, 8, 21), en),
              QStringLiteral("4 Apr 2025 – 21 Aug 2026"));
    const CoverageText t = describeSeriesEnds({{QStringLiteral("^GSPC"), QDate(2026, 7, 13)},
                                               {QStringLiteral("BABA"), QDate(2025, 4, 4)},
                                               {QStringLiteral("NVDA"), QDate(2025, 12, 30)}},
                                              en);
    EXPECT_EQ(t.text, QStringLiteral("prices to 4 Apr 2025 – 13 Jul 2026"));
    EXPECT_EQ(t.toolTip, QStringLiteral("Last daily bar of each series:\nBABA: 4 Apr 2025\n"
                                        "NVDA: 30 Dec 2025\n^GSPC: 13 Jul 2026"));
    EXPECT_TRUE(describeSeriesEnds({}, en).text.isEmpty());
}

TEST_F(StatusPricesTo, ShowsTheRangeOfTheSeriesLastDays)
{
    const auto [oldest, newest] = lastDayRange();
    ASSERT_TRUE(oldest.isValid() && newest.isValid());
    auto w = shownWindow(*s_store);
    const QString text = statusText(*w);
    EXPECT_TRUE(text.contains(QStringLiteral("prices to ") + dayRange(oldest, newest))) << qPrintable(text);
    // Every security is in the tooltip with its own last day.
    QSqlQuery q(s_store->database());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT s.symbol, max(p.day) FROM price_bar p "
                                      "JOIN security s ON s.id = p.security_id GROUP BY s.symbol")));
    int series = 0;
    while (q.next()) {
        ++series;
        const QString line = q.value(0).toString() + QStringLiteral(": ") +
                             day(QDate::fromString(q.value(1).toString(), Qt::ISODate));
        EXPECT_TRUE(statusTip(*w).contains(line)) << qPrintable(line) << "\n" << qPrintable(statusTip(*w));
    }
    EXPECT_GT(series, 5);
}

TEST_F(StatusPricesTo, ASeriesThatStopsEarlierIsNotHidden)
{
    // BABA stops on 4 Apr 2025, as in the old copy; the others go on.
    QSqlQuery q(s_store->database());
    ASSERT_TRUE(q.exec(QStringLiteral("DELETE FROM price_bar WHERE day > '2025-04-04' AND "
                                      "security_id = (SELECT id FROM security WHERE symbol = 'BABA')")));
    const auto [oldest, newest] = lastDayRange();
    ASSERT_EQ(oldest, QDate(2025, 4, 4));
    ASSERT_GT(newest, oldest);
    auto w = shownWindow(*s_store);
    const QString text = statusText(*w);
    EXPECT_TRUE(text.contains(QStringLiteral("prices to ") + day(oldest) + QStringLiteral(" – ") + day(newest)))
        << qPrintable(text);
    // The series that stops first is named first.
    const QStringList tip = statusTip(*w).split(u'\n');
    ASSERT_GE(tip.size(), 2);
    EXPECT_EQ(tip[1], QStringLiteral("BABA: ") + day(oldest)) << qPrintable(statusTip(*w));
}
