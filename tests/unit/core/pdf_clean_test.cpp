// PDF text cleaning with exact offsets: what the reader shows is the cleaned
// text, so every offset a passage or citation keeps must slice it exactly.
#include "text/passage_splitter.h"
#include "text/pdf_clean.h"
#include "text/pdf_layout.h"

#include <gtest/gtest.h>

using namespace stratos;

TEST(PdfClean, JoinsAWordHyphenatedAcrossALineBreak)
{
    const QString page = QStringLiteral("Mixture-of-experts architec-\ntures cut the cost of training by half.");
    const QString out = joinHyphenation(page, wordVocabulary(page));
    EXPECT_EQ(out, QStringLiteral("Mixture-of-experts architectures cut the cost of training by half."));
    EXPECT_EQ(out.indexOf(QStringLiteral("architectures")), 19);
}

TEST(PdfClean, KeepsTheHyphenOfACompoundTheDocumentSpellsWithOne)
{
    const QString page = QStringLiteral("We release open-source weights. The open-\nsource models and DeepSeek-\nR1 follow.");
    const QString out = joinHyphenation(page, wordVocabulary(page));
    EXPECT_EQ(out, QStringLiteral("We release open-source weights. The open-source models and DeepSeek-R1 follow."));
}

TEST(PdfClean, JoinsPdfiumsMarkedBreaksAndSpellsOutLigatures)
{
    const QString raw = QStringLiteral("a cru\uFFFEcial step for Chain-of\uFFFEThought and e\uFB03cient \uFB01ne-tuning, "
                                       "softly hy\u00ADphenated");
    const QString text = normaliseGlyphs(raw);
    const QString out = joinHyphenation(text, wordVocabulary(text));
    EXPECT_EQ(out, QStringLiteral("a crucial step for Chain-of-Thought and efficient fine-tuning, softly hyphenated"));
    EXPECT_EQ(out.indexOf(QStringLiteral("efficient")), 40);
}

TEST(PdfClean, DropsRepeatedRunningHeadersAndPageNumbers)
{
    QStringList pages;
    for (int i = 1; i <= 4; ++i)
        pages << QStringLiteral("Qwen3 Technical Report\nBody text of page %1 ends here.\n%1").arg(i);
    const QStringList out = dropRunningLines(pages);
    ASSERT_EQ(out.size(), 4);
    for (int i = 0; i < 4; ++i)
        EXPECT_EQ(out[i], QStringLiteral("Body text of page %1 ends here.").arg(i + 1));
}

TEST(PdfClean, KeepsALineThatRecursOnFewPages)
{
    const QStringList pages = {QStringLiteral("Results\nA."), QStringLiteral("Method\nB."), QStringLiteral("Results\nC."),
                               QStringLiteral("Data\nD."), QStringLiteral("Other\nE."), QStringLiteral("More\nF.")};
    EXPECT_EQ(dropRunningLines(pages), pages);
}

TEST(PdfClean, RecognisesContentsLinesButNotSentencesOrTableCells)
{
    EXPECT_TRUE(isTocLine(QStringLiteral("6 2.1.1 Multi-Head Latent Attention .")));
    EXPECT_TRUE(isTocLine(QStringLiteral("3.1 Disallowed Content Evaluations . . . . . . . . . . 3")));
    EXPECT_TRUE(isTocLine(QStringLiteral("4.1.2 Cybersecurity 15")));
    EXPECT_FALSE(isTocLine(QStringLiteral("In 2024 the company trained 3 models on 20 trillion tokens.")));
    EXPECT_FALSE(isTocLine(QStringLiteral("77.5 74.4 63.6 50")));
    EXPECT_FALSE(isTocLine(QStringLiteral("3 Baseline Model Safety Evaluations")));
}

TEST(PdfClean, ContentsAndReferencesArePassagesOfTheirOwnKind)
{
    const QString page = QStringLiteral(
        "Contents\n1 Introduction 3\n2 Model Data and Training 3\n3.1 Disallowed Content Evaluations . . . . 3\n"
        "3.2 Jailbreaks . . . . . . 4");
    const QString joined = joinPdfLines(page);
    EXPECT_EQ(classifyPassage(joined), PassageKind::Contents);
    const QString refs = QStringLiteral(
        "References\n\n[1] A. Author and B. Author. Scaling laws. arXiv preprint arXiv:2001.08361, 2020.\n\n"
        "[2] C. Author. Training compute-optimal models. In Proceedings of NeurIPS, 2022.");
    EXPECT_EQ(classifyPassage(refs), PassageKind::References);
    EXPECT_EQ(classifyPassage(QStringLiteral("Figure 2: Accuracy of DeepSeek-R1-Zero during training.")),
              PassageKind::Caption);
    EXPECT_EQ(classifyPassage(QStringLiteral("DeepSeek-R1 reaches 79.8% on AIME 2024, slightly above o1.")),
              PassageKind::Body);
}

TEST(PdfClean, TableCellsAndCaptionsAreNotJoinedIntoSentences)
{
    const QString page = QStringLiteral("The model improves steadily during training and\nreaches its best score late.\n"
                                        "77.5 74.4 63.6 50\nFigure 1: Benchmark performance of the model.\nMore text.");
    EXPECT_EQ(joinPdfLines(page), QStringLiteral("The model improves steadily during training and reaches its best score "
                                                 "late.\n\n77.5 74.4 63.6 50\n\nFigure 1: Benchmark performance of the "
                                                 "model. More text."));
}

TEST(PdfClean, ASectionHeadingIsAParagraphOfItsOwnButAWrappedLineIsNot)
{
    const QString page = QStringLiteral(
        "The model is the best on this evaluation, ahead of all the models we compared it with.\n"
        "4.1.3.2 MLE-Bench\n"
        "MLE-bench evaluates an agent's ability to solve Kaggle challenges involving the design of\n"
        "machine learning models. The agent trained on the data of a competition and was then sent\n"
        "2 A800 servers and a deadline.\nAbstract\nWe present the model.");
    EXPECT_EQ(joinPdfLines(page),
              QStringLiteral("The model is the best on this evaluation, ahead of all the models we compared it with.\n\n"
                             "4.1.3.2 MLE-Bench\n\n"
                             "MLE-bench evaluates an agent's ability to solve Kaggle challenges involving the design of "
                             "machine learning models. The agent trained on the data of a competition and was then sent "
                             "2 A800 servers and a deadline.\n\nAbstract\n\nWe present the model."));
    EXPECT_TRUE(isSectionHeading(QStringLiteral("1. Introduction")));
    EXPECT_TRUE(isSectionHeading(QStringLiteral("B.4 Training Stages")));
    EXPECT_FALSE(isSectionHeading(QStringLiteral("2019 May 24 Launch")));
    EXPECT_FALSE(isSectionHeading(QStringLiteral("3 The model reaches 79.8% on AIME.")));
    EXPECT_FALSE(isSectionHeading(QStringLiteral("4.1.2 Cybersecurity 15"))); // a contents line
}

TEST(PdfClean, ALetteredHeadingIsAParagraphButNamesAndInitialsAreNot)
{
    const QString page = QStringLiteral(
        "used by external parties such as through cloud services.\n"
        "C. Data Center Validated End-Users (DC VEUs): Universal and National VEUs\n"
        "In October 2024, BIS amended the EAR to expand Authorization VEU to include Data\n"
        "Center VEU (DC VEU), in a rule that the reference list cites as the work of B. Smith and\n"
        "A. Jones Consulting Group in London\n"
        "among others, for the purposes of the allocation set out in this section.");
    EXPECT_EQ(joinPdfLines(page),
              QStringLiteral("used by external parties such as through cloud services.\n\n"
                             "C. Data Center Validated End-Users (DC VEUs): Universal and National VEUs\n\n"
                             "In October 2024, BIS amended the EAR to expand Authorization VEU to include Data "
                             "Center VEU (DC VEU), in a rule that the reference list cites as the work of B. Smith and "
                             "A. Jones Consulting Group in London among others, for the purposes of the allocation set "
                             "out in this section."));
    EXPECT_TRUE(isSectionHeading(QStringLiteral("A. Jones Consulting Group in London"))); // alone it could be one
    EXPECT_TRUE(isSectionHeading(QStringLiteral("III. Overview of New Controls for AI Model Weights")));
    EXPECT_TRUE(isSectionHeading(QStringLiteral("I. Background")));
    EXPECT_FALSE(isSectionHeading(QStringLiteral("H. Zhang")));
    EXPECT_FALSE(isSectionHeading(QStringLiteral("M. Chen, J. Tworek, H. Jun, Q. Yuan")));
    EXPECT_FALSE(isSectionHeading(QStringLiteral("I. Guyon et al. Vol. 30")));
    EXPECT_FALSE(isSectionHeading(QStringLiteral("D. Hassabis. Mastering the game of go")));
    EXPECT_FALSE(isSectionHeading(QStringLiteral("P. Minervini. Are we done with mmlu? CoRR")));
    EXPECT_TRUE(isSectionHeading(QStringLiteral("B. DeepSeek-V2-Lite: A 16B Model Equipped with MLA")));
}

TEST(PdfClean, PassageOffsetsSliceTheCleanedTextExactly)
{
    const QStringList raw = {
        QStringLiteral("Running Head\nThe architec-\ntures here are e\uFB03cient and well de-\nsigned for training.\n1"),
        QStringLiteral("Running Head\nSecond page text about evaluation.\n2"),
        QStringLiteral("Running Head\nThird page text about deployment.\n3")};
    const QString text = cleanPdfPages(raw).join(QStringLiteral("\n\n"));
    EXPECT_EQ(text, QStringLiteral("The architectures here are efficient and well designed for training.\n\n"
                                   "Second page text about evaluation.\n\nThird page text about deployment."));
    EXPECT_EQ(text.indexOf(QStringLiteral("efficient and well designed")), 27);
    const QList<TextSpan> spans = splitPassages(text);
    ASSERT_FALSE(spans.isEmpty());
    EXPECT_EQ(spans.first().start, 0);
    for (const TextSpan &s : spans) {
        EXPECT_LE(s.end, text.size());
        EXPECT_FALSE(text.mid(s.start, s.end - s.start).contains(QChar(0xFFFE)));
    }
}

TEST(PdfLayout, TitleIsTheLargestTypeBeforeTheAbstract)
{
    const QList<PdfLine> lines = {{QStringLiteral("2025-05-14"), 7.1, 35},
                                  {QStringLiteral("Qwen3 Technical Report"), 14.0, 70},
                                  {QStringLiteral("Qwen Team"), 8.7, 100},
                                  {QStringLiteral("https://huggingface.co/Qwen"), 9.2, 121},
                                  {QStringLiteral("Abstract"), 8.8, 166},
                                  {QStringLiteral("In this work, we present Qwen3, the latest version"), 9.0, 192},
                                  {QStringLiteral("of the Qwen model family. Qwen3 comprises a series"), 9.0, 203},
                                  {QStringLiteral("Figure 1: TITLE-SIZED TEXT IN A FIGURE"), 30.0, 500}};
    const PdfFrontMatter f = frontMatterFromLayout(lines, 842);
    EXPECT_EQ(f.title, QStringLiteral("Qwen3 Technical Report"));
    EXPECT_EQ(f.authors, QStringLiteral("Qwen Team"));
    EXPECT_EQ(f.date, QDate(2025, 5, 14));
}

TEST(PdfLayout, ATitleOnTwoLinesIsJoined)
{
    const QList<PdfLine> lines = {{QStringLiteral("DeepSeek-V2: A Strong, Economical, and Efficient"), 15.7, 116},
                                  {QStringLiteral("Mixture-of-Experts Language Model"), 15.7, 136},
                                  {QStringLiteral("DeepSeek-AI"), 11.0, 181},
                                  {QStringLiteral("research@deepseek.com"), 9.1, 205},
                                  {QStringLiteral("Abstract"), 11.0, 252},
                                  {QStringLiteral("We present DeepSeek-V2, a strong Mixture-of-Experts"), 11.1, 289}};
    const PdfFrontMatter f = frontMatterFromLayout(lines, 842);
    EXPECT_EQ(f.title, QStringLiteral("DeepSeek-V2: A Strong, Economical, and Efficient Mixture-of-Experts Language Model"));
    EXPECT_EQ(f.authors, QStringLiteral("DeepSeek-AI"));
    EXPECT_FALSE(f.date.isValid());
}

TEST(PdfLayout, MetadataTitlesThatNameNothingAreIgnored)
{
    EXPECT_FALSE(meaningfulPdfTitle(QString()));
    EXPECT_FALSE(meaningfulPdfTitle(QStringLiteral("Untitled")));
    EXPECT_FALSE(meaningfulPdfTitle(QStringLiteral("report_final.docx")));
    EXPECT_FALSE(meaningfulPdfTitle(QStringLiteral("TA")));
    EXPECT_TRUE(meaningfulPdfTitle(QStringLiteral("The Low Earth Orbit Satellite Population")));
}

TEST(PdfClean, AParagraphThatAJournalFooterRanIntoIsBodyTextButAnEntryIsAReference)
{
    // The footer of a paper's first page joined onto the end of the paragraph above it.
    const QString prose = QStringLiteral(
        "I have analyzed the catalog of space objects, extracted orbital data for all tracked objects, and "
        "categorized each object as described below. The 600 km dichotomy can be seen in Figure 1, where I plot "
        "the post-mission life of payloads and rocket stages in low orbit from 1957 to the beginning of 2020, "
        "generated from a database of satellites I maintain. The post-mission life is calculated from the end of "
        "active operations of the object until its reentry or until the present. The active life of payloads was "
        "determined The Astrophysical Journal Letters, 892:L36 (10pp), 2020 April 1 https://doi.org/10.3847/x");
    EXPECT_FALSE(isReferenceLine(prose));
    EXPECT_EQ(classifyPassage(prose), PassageKind::Body);
    EXPECT_TRUE(isReferenceLine(QStringLiteral(
        "Seitzer, P. 2020, Mega-constellations of satellites, The Astrophysical Journal Letters, 900, L12")));
}

TEST(PdfClean, ARegulatoryInlineHeadingIsRecognised)
{
    EXPECT_TRUE(isEnumeratedHeading(
        QStringLiteral("(iii) Applications for National VEU (NVEU) Authorization--(A) Application Overview.")));
    EXPECT_TRUE(isEnumeratedHeading(QStringLiteral("(2) Requests for authorizations--(i) Advisory opinion.")));
    // An enumerated statement is a sentence.
    EXPECT_FALSE(isEnumeratedHeading(QStringLiteral(
        "(2) On coding-related tasks, DeepSeek-R1 achieves 2,029 Elo rating on Codeforces.")));
    EXPECT_FALSE(isEnumeratedHeading(QStringLiteral("(A) The NVEU Authorization will allow an entity to receive exports.")));
}

TEST(PdfClean, AReferenceEntryWithALongListOfAuthorsIsStillAReference)
{
    QStringList authors;
    for (int i = 0; i < 40; ++i)
        authors << QStringLiteral("Author%1 Name").arg(i);
    const QString entry = authors.join(QStringLiteral(", ")) +
                          QStringLiteral(". PolyMath: Evaluating mathematical reasoning, 2025. In Proceedings of ACL.");
    ASSERT_GT(entry.size(), 500);
    EXPECT_TRUE(isReferenceLine(entry));
}
