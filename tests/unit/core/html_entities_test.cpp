// HTML character references decoded as a browser decodes them in text: the
// 7,171 cases of tests/data/html_entities/cases.tsv (every WHATWG name alone,
// before a letter and as a longer word; numeric references around every
// boundary) against what Python's html.unescape, an independent
// implementation of the same standard, made of them.
#include "text/document_text.h"
#include "text/html_entities.h"
#include "text/windows1252.h"
#include "test_env.h"

#include <QFile>
#include <gtest/gtest.h>

using namespace stratos;

namespace {

QString fromHexCodePoints(const QByteArray &hex)
{
    QString s;
    for (const QByteArray &cp : hex.split(' ')) {
        if (cp.isEmpty())
            continue;
        const char32_t c = char32_t(cp.toUInt(nullptr, 16));
        s += QString::fromUcs4(&c, 1);
    }
    return s;
}

QString hexOf(const QString &s)
{
    QStringList parts;
    for (const char32_t c : s.toUcs4())
        parts << QString::number(uint(c), 16).toUpper();
    return parts.join(u' ');
}

} // namespace

TEST(HtmlEntities, DecodesAsTheWhatwgReferenceImplementationDoes)
{
    QFile f(test::sourceDir() + QStringLiteral("/tests/data/html_entities/cases.tsv"));
    ASSERT_TRUE(f.open(QIODevice::ReadOnly)) << qPrintable(f.fileName());
    int cases = 0;
    int wrong = 0;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const qsizetype tab = line.indexOf('\t');
        ASSERT_GT(tab, 0) << line.constData();
        const QString input = QString::fromLatin1(line.left(tab));
        const QString expected = fromHexCodePoints(line.mid(tab + 1));
        const QString got = decodeHtmlEntities(input);
        ++cases;
        if (got != expected && ++wrong <= 20)
            ADD_FAILURE() << qPrintable(input) << ": expected " << qPrintable(hexOf(expected)) << ", got "
                          << qPrintable(hexOf(got));
    }
    EXPECT_EQ(wrong, 0);
    EXPECT_GT(cases, 7000);
}

TEST(HtmlEntities, C1NumericReferencesAreTheWindows1252Characters)
{
    // What a browser shows for text pasted from Word and escaped by number.
    EXPECT_EQ(decodeHtmlEntities(QStringLiteral("1990&#150;2000, &#147;quoted&#148; &#128;5")),
              QString::fromUtf8("1990\u20132000, \u201Cquoted\u201D \u20AC5"));
    EXPECT_EQ(decodeHtmlEntities(QStringLiteral("&#x9F;&#129;")), QString::fromUtf8("\u0178\u0081"));
}

TEST(HtmlEntities, TheTableHasEveryNameOfTheStandard)
{
    // Names outside the 168 of the old hand-written table, including the
    // two-character ones.
    EXPECT_EQ(decodeHtmlEntities(QStringLiteral("&CounterClockwiseContourIntegral;")), QString::fromUtf8("\u2233"));
    EXPECT_EQ(decodeHtmlEntities(QStringLiteral("&NotNestedGreaterGreater;")), QString::fromUtf8("\u2AA2\u0338"));
    EXPECT_EQ(decodeHtmlEntities(QStringLiteral("&fjlig;&Afr;")), QString::fromUtf8("fj\U0001D504"));
    // Controls stay out of document text, by number or by name.
    EXPECT_EQ(decodeHtmlEntities(QStringLiteral("a&#1;b&#x0;c")), QString::fromUtf8("a\uFFFDb\uFFFDc"));
}

TEST(Windows1252, EveryByteDecodesAsTheEncodingStandardSays)
{
    EXPECT_EQ(decodeWindows1252("caf\xE9 \x93q\x94 \x80 \x9F"), QString::fromUtf8("caf\u00E9 \u201Cq\u201D \u20AC \u0178"));
    // The five bytes the code page leaves unassigned pass through, as in browsers.
    for (const uchar b : {0x81, 0x8D, 0x8F, 0x90, 0x9D})
        EXPECT_EQ(windows1252Char(b), char16_t(b));
    for (int b = 0; b < 0x80; ++b)
        EXPECT_EQ(windows1252Char(uchar(b)), char16_t(b));
    for (int b = 0xA0; b < 0x100; ++b)
        EXPECT_EQ(windows1252Char(uchar(b)), char16_t(b));
    EXPECT_TRUE(isWindows1252Label("ISO-8859-1"));
    EXPECT_TRUE(isWindows1252Label(" us-ascii "));
    EXPECT_FALSE(isWindows1252Label("iso-8859-2"));
    EXPECT_FALSE(isWindows1252Label("utf-8"));
}

TEST(Windows1252, LegacyDocumentsDecodeTheSameWithOrWithoutIcu)
{
    // Undeclared and not UTF-8: Windows-1252, even with an unassigned byte in
    // it (ICU calls 0x81 an error; the old code then fell back to Latin-1 and
    // the euro sign became U+0080).
    auto t = decodeDocumentBytes(QByteArray("price \x80 5 \x81"), false);
    ASSERT_TRUE(t.ok());
    EXPECT_EQ(*t, QString::fromUtf8("price \u20AC 5 \u0081"));
    // Declared ISO-8859-1: browsers read Windows-1252, so do we.
    t = decodeDocumentBytes(QByteArray("<meta charset=\"iso-8859-1\"><p>\x93hi\x94</p>"), true);
    ASSERT_TRUE(t.ok());
    EXPECT_TRUE(t->contains(QString::fromUtf8("\u201Chi\u201D"))) << qPrintable(*t);
}
