#include "util/csv_reader.h"

#include "test_env.h"

#include <gtest/gtest.h>

using namespace stratos;

TEST(CsvReader, ReadsQuotedFieldsWithSeparatorsQuotesAndNewlines)
{
    CsvReader r(QStringLiteral("a,b,c\n\"x, y\",\"he said \"\"hi\"\"\",\"line1\nline2\"\nlast,,\n"));
    CsvRecord rec;
    ASSERT_TRUE(r.next(rec));
    EXPECT_EQ(rec.fields, QStringList({"a", "b", "c"}));
    ASSERT_TRUE(r.next(rec));
    EXPECT_EQ(rec.line, 2);
    EXPECT_EQ(rec.fields, QStringList({"x, y", "he said \"hi\"", "line1\nline2"}));
    ASSERT_TRUE(r.next(rec));
    EXPECT_EQ(rec.line, 4) << "a record after an embedded newline starts on the next physical line";
    EXPECT_EQ(rec.fields, QStringList({"last", "", ""}));
    EXPECT_FALSE(r.next(rec));
    EXPECT_FALSE(r.hasError());
}

TEST(CsvReader, ReportsUnterminatedQuoteWithLineAndColumn)
{
    CsvReader r(QStringLiteral("a,b\n1,\"open\n2,3\n"), u',', QStringLiteral("bad.csv"));
    CsvRecord rec;
    ASSERT_TRUE(r.next(rec));
    EXPECT_FALSE(r.next(rec));
    ASSERT_TRUE(r.hasError());
    EXPECT_EQ(r.error().line, 2);
    EXPECT_EQ(r.error().column, 3);
    EXPECT_TRUE(r.error().toString().startsWith(QLatin1String("bad.csv:2:3: expected a closing quote")))
        << qPrintable(r.error().toString());
}

TEST(CsvReader, ColumnsPointAtFieldStarts)
{
    CsvReader r(QStringLiteral("ab,cde,f\n"));
    CsvRecord rec;
    ASSERT_TRUE(r.next(rec));
    EXPECT_EQ(rec.columns, QList<int>({1, 4, 8}));
}

TEST(CsvReader, TabSeparated)
{
    CsvReader r(QStringLiteral("x\ty z\t\n"), u'\t');
    CsvRecord rec;
    ASSERT_TRUE(r.next(rec));
    EXPECT_EQ(rec.fields, QStringList({"x", "y z", ""}));
}

TEST(DecodeUtf8Text, StripsBomAndNormalisesLineEnds)
{
    auto t = decodeUtf8Text(QByteArray("\xEF\xBB\xBF" "a,b\r\nc,d\r\n"));
    ASSERT_TRUE(t.ok());
    EXPECT_EQ(*t, QStringLiteral("a,b\nc,d\n"));
}

TEST(DecodeUtf8Text, RejectsLatin1WithPosition)
{
    auto t = decodeUtf8Text(QByteArray("name\nZ\xFCrich\n"), QStringLiteral("f.csv"));
    ASSERT_FALSE(t.ok());
    EXPECT_EQ(t.error().line, 2);
    EXPECT_EQ(t.error().column, 2);
    EXPECT_TRUE(t.error().message.contains(QLatin1String("UTF-8")));
}

TEST(DecodeUtf8Text, RejectsUtf16)
{
    auto t = decodeUtf8Text(QByteArray("\xFF\xFE" "a\0b\0", 6));
    ASSERT_FALSE(t.ok());
    EXPECT_TRUE(t.error().message.contains(QLatin1String("UTF-16")));
}
