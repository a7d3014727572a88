// util/dates: the one parser for month names, dates in text and numeric dates.
#include "util/dates.h"

#include <gtest/gtest.h>

using namespace stratos::dates;

TEST(Dates, MonthNamesInEveryAcceptedSpelling)
{
    EXPECT_EQ(monthFromName(u"Jan"), 1);
    EXPECT_EQ(monthFromName(u"january"), 1);
    EXPECT_EQ(monthFromName(u"SEPT."), 9);
    EXPECT_EQ(monthFromName(u"Sep"), 9);
    EXPECT_EQ(monthFromName(u"June"), 6);
    EXPECT_EQ(monthFromName(QByteArrayView("Oct")), 10);
    EXPECT_EQ(monthFromName(QByteArrayView("dec")), 12);
    // Not months: a prefix that is neither the abbreviation nor the whole name.
    EXPECT_EQ(monthFromName(u"Janu"), 0);
    EXPECT_EQ(monthFromName(u"Ja"), 0);
    EXPECT_EQ(monthFromName(u"Mayday"), 0);
    EXPECT_EQ(monthFromName(QByteArrayView("Xyz")), 0);
}

TEST(Dates, FindsDatesInTextInOrderWithTheirSpans)
{
    const QString text = QStringLiteral("On 27 January 2025 (a Monday) and Jan. 28th, 2025, then 2025-02-03.");
    const QList<DateInText> found = findDates(text);
    ASSERT_EQ(found.size(), 3);
    EXPECT_EQ(found[0].date, QDate(2025, 1, 27));
    EXPECT_EQ(text.mid(found[0].at, found[0].length), QStringLiteral("27 January 2025"));
    EXPECT_EQ(found[1].date, QDate(2025, 1, 28));
    EXPECT_EQ(text.mid(found[1].at, found[1].length), QStringLiteral("Jan. 28th, 2025"));
    EXPECT_EQ(found[2].date, QDate(2025, 2, 3));
    EXPECT_EQ(firstDate(text, found[0].at + 1)->date, QDate(2025, 1, 28));
}

TEST(Dates, ImpossibleAndImplausibleDatesAreNotDates)
{
    EXPECT_TRUE(findDates(QStringLiteral("31 February 2025, 2025-13-01, 3 May 1492")).isEmpty());
    EXPECT_EQ(findDates(QStringLiteral("the 27th of January 2025")).value(0).date, QDate(2025, 1, 27));
    EXPECT_FALSE(firstDate(QStringLiteral("version 2025-1-2-3")).has_value());
}

TEST(Dates, NumericDatesFollowTheOrderTheFileChose)
{
    EXPECT_EQ(numericDate(u"01/27/2025", Order::MonthDayYear), QDate(2025, 1, 27));
    EXPECT_FALSE(numericDate(u"01/27/2025", Order::DayMonthYear).isValid());
    EXPECT_EQ(numericDate(u"27.01.2025", Order::DayMonthYear), QDate(2025, 1, 27));
    EXPECT_EQ(numericDate(u"20250127", Order::YearMonthDay), QDate(2025, 1, 27));
    EXPECT_EQ(numericDate(u"2025-01-27", Order::YearMonthDay), QDate(2025, 1, 27));
    EXPECT_FALSE(numericDate(u"2025-01-27", Order::MonthDayYear).isValid());
    EXPECT_EQ(numericDate(u"1/2/2025", Order::MonthDayYear), QDate(2025, 1, 2));
    EXPECT_EQ(numericDate(u"1/2/2025", Order::DayMonthYear), QDate(2025, 2, 1));
    // A two-digit year, mixed separators and text are not numeric dates.
    EXPECT_FALSE(numericDate(u"1/2/25", Order::MonthDayYear).isValid());
    EXPECT_FALSE(numericDate(u"01/27-2025", Order::MonthDayYear).isValid());
    EXPECT_FALSE(numericDate(u"Jan 27 2025", Order::MonthDayYear).isValid());
    // Ambiguity is visible, so a file can decide from all its rows.
    EXPECT_EQ(possibleOrders(u"01/02/2025"), orderBit(Order::MonthDayYear) | orderBit(Order::DayMonthYear));
    EXPECT_EQ(possibleOrders(u"01/27/2025"), orderBit(Order::MonthDayYear));
    EXPECT_EQ(possibleOrders(u"2025-01-02"), orderBit(Order::YearMonthDay));
}
