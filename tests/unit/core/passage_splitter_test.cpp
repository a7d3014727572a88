#include "text/passage_splitter.h"

#include "test_env.h"

#include <gtest/gtest.h>

using namespace stratos;

namespace {

QString sampleText()
{
    QString t;
    for (int p = 0; p < 6; ++p) {
        for (int s = 0; s < 5; ++s)
            t += QStringLiteral("Paragraph %1 sentence %2 says the U.S. spent $5.6 million on "
                                "compute in Jan. 2025. ").arg(p).arg(s);
        t += QStringLiteral("\n\n");
    }
    return t;
}

} // namespace

TEST(PassageSplitter, OffsetsReproduceTheTextExactly)
{
    const QString text = sampleText();
    const auto spans = splitPassages(text, {300, 500});
    ASSERT_GT(spans.size(), 3);
    int covered = 0;
    int lastEnd = 0;
    for (const TextSpan &s : spans) {
        EXPECT_GE(s.start, lastEnd) << "passages must not overlap";
        EXPECT_LE(s.end - s.start, 500);
        const QString piece = text.mid(s.start, s.end - s.start);
        EXPECT_FALSE(piece.front().isSpace());
        EXPECT_FALSE(piece.back().isSpace());
        covered += int(piece.size());
        lastEnd = s.end;
    }
    int nonBlank = 0;
    for (QChar c : text)
        nonBlank += c.isSpace() ? 0 : 1;
    int coveredNonBlank = 0;
    for (const TextSpan &s : spans)
        for (int i = s.start; i < s.end; ++i)
            coveredNonBlank += text[i].isSpace() ? 0 : 1;
    EXPECT_EQ(coveredNonBlank, nonBlank) << "every visible character belongs to a passage";
}

TEST(PassageSplitter, LongParagraphIsCutAtSentenceEnds)
{
    QString text;
    for (int i = 0; i < 40; ++i)
        text += QStringLiteral("Sentence number %1 ends here. ").arg(i);
    const auto spans = splitPassages(text, {200, 300});
    ASSERT_GT(spans.size(), 1);
    for (const TextSpan &s : spans)
        EXPECT_TRUE(text.mid(s.start, s.end - s.start).endsWith(u'.'));
}

TEST(PassageSplitter, SentencesKeepAbbreviationsAndDecimals)
{
    const QString text = QStringLiteral("Nvidia fell 16.97% on Jan. 27. The U.S. response came later. Done!");
    const auto s = splitSentences(text, 0, int(text.size()));
    ASSERT_EQ(s.size(), 3);
    EXPECT_EQ(text.mid(s[0].start, s[0].end - s[0].start), QStringLiteral("Nvidia fell 16.97% on Jan. 27."));
    EXPECT_EQ(text.mid(s[2].start, s[2].end - s[2].start), QStringLiteral("Done!"));
}

TEST(PassageSplitter, ABlankLineEndsTheSentenceWhateverFollows)
{
    // An attribution ending in initials, then a quotation; a paragraph that starts with
    // a lower-case name. Within a paragraph a lower-case word still continues a sentence.
    const QString text = QStringLiteral("\u201CIt would squeeze them.\u201D **\u2014Hugh Lewis, U.K.**\n\n"
                                        "\u201CThe goal is 20 ms,\u201D said Musk.\n\n"
                                        "gpt-5.2-instant performs lower. It is approx. five points.");
    const auto s = splitSentences(text, 0, int(text.size()));
    QStringList got;
    for (const TextSpan &span : s)
        got << text.mid(span.start, span.end - span.start);
    EXPECT_EQ(got, QStringList({QStringLiteral("\u201CIt would squeeze them.\u201D"),
                                QStringLiteral("**\u2014Hugh Lewis, U.K.**"),
                                QStringLiteral("\u201CThe goal is 20 ms,\u201D said Musk."),
                                QStringLiteral("gpt-5.2-instant performs lower."),
                                QStringLiteral("It is approx. five points.")}));
}

TEST(PassageSplitter, HardCutsAnEnormousSentence)
{
    const QString text = QString(5000, u'x') + QStringLiteral(" tail");
    const auto spans = splitPassages(text, {700, 1200});
    ASSERT_GE(spans.size(), 4);
    for (const TextSpan &s : spans)
        EXPECT_LE(s.end - s.start, 1200);
}

TEST(PassageSplitter, EmptyAndBlankTextGiveNoPassages)
{
    EXPECT_TRUE(splitPassages(QString()).isEmpty());
    EXPECT_TRUE(splitPassages(QStringLiteral("  \n\n \t\n")).isEmpty());
}

TEST(PassageSplitter, AHeadingOpensAPassageAndStaysWithItsText)
{
    const QString body = QStringLiteral("The evaluation covers many tasks and reports each in turn. ");
    const QString text = body + QStringLiteral("\n\n2 Model Data and Training\n\nThe models were trained on diverse data. ") +
                         body + QStringLiteral("\n\n## Results\n\n### Coding\n\nThe model leads on coding.");
    const auto spans = splitPassages(text, {700, 1200});
    QStringList pieces;
    for (const TextSpan &s : spans)
        pieces << text.mid(s.start, s.end - s.start);
    ASSERT_EQ(pieces.size(), 3) << pieces.join(QStringLiteral(" | ")).toStdString();
    EXPECT_EQ(pieces[0], body.trimmed());
    EXPECT_TRUE(pieces[1].startsWith(QStringLiteral("2 Model Data and Training\n\nThe models were trained")));
    // Headings in a row open one passage with the text under the last of them.
    EXPECT_EQ(pieces[2], QStringLiteral("## Results\n\n### Coding\n\nThe model leads on coding."));
}
