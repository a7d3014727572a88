#pragma once
// Cleans the text a PDF's text layer gives, page by page, before it becomes the
// document text that passages, citations and the reader all index: ligatures
// and soft hyphens normalised, words split across lines joined, running
// headers, footers and page numbers dropped. QtCore only.

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace stratos {

// Ligature code points spelled out (U+FB00-FB06), soft hyphens removed.
QString normaliseGlyphs(const QString &text);

// Lower-case words of the text, hyphenated compounds kept whole ("open-source").
QSet<QString> wordVocabulary(const QString &text);

// Joins a word split at a line end: "architec-\ntures" and PDFium's marked
// break "architec\uFFFEtures" become "architectures"; the hyphen stays when the
// document spells the compound with one elsewhere ("open-source") or the
// second part starts with a capital or digit ("DeepSeek-R1"). Lines are
// otherwise kept as they are.
QString joinHyphenation(const QString &text, const QSet<QString> &vocabulary);

// Drops running headers and footers (a line among the first or last two of a
// page that recurs, digits aside, on at least a third of the pages) and page
// numbers ("12", "- 12 -", "Page 12", "12 of 40", "xii") at a page's top or
// bottom. Needs three pages or more to judge what recurs.
QStringList dropRunningLines(const QStringList &pageTexts);

// A table-of-contents line: a numbered heading with a page number, dot leaders.
bool isTocLine(const QString &line);
// An entry of a reference list: "[12] A. Author, ...", "Author, A. (2020). Title."
bool isReferenceLine(const QString &line);
// "Figure 3:", "Table 2.", "Fig. 1 -" at the start of a paragraph.
bool isCaption(const QString &paragraph);
// A section heading on a line of its own: numbered ("4.1.3.2 MLE-Bench", "1. Introduction",
// "B.4 Training Stages") or one of the unnumbered parts of a paper ("Abstract", "Conclusion").
// Lettered or with a Roman numeral ("C. Data Center Validated End-Users", "III. Overview of
// New Controls"): among the section headings.
bool isSectionHeading(const QString &line);
bool isLetteredHeading(const QString &line);
// Regulatory text's inline heading, enumerated parts joined by a double hyphen:
// "(iii) Applications for National VEU (NVEU) Authorization--(A) Application Overview."
bool isEnumeratedHeading(const QString &sentence);

// Joins the lines of one page: wrapped lines become one paragraph; a short
// line that ends a sentence ends its paragraph; contents lines, runs of figures
// or table cells, captions, reference entries and section headings (after the
// end of a sentence) stay paragraphs of their own.
QString joinPdfLines(const QString &pageText);

// The whole pipeline for a PDF's pages (raw text as the text layer gives it):
// glyphs normalised, running lines dropped, split words joined, lines joined.
QStringList cleanPdfPages(const QStringList &rawPages);

enum class PassageKind { Body, Contents, References, Caption };
// What a passage is, from its lines: mostly TOC lines, mostly reference entries
// (or headed "References"), a caption, or body text. Only body text and captions
// answer questions; every kind stays searchable.
PassageKind classifyPassage(const QString &passage);
QString passageKindName(PassageKind kind); // "body", "contents", "references", "caption"

} // namespace stratos
