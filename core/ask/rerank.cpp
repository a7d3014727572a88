#include "ask/rerank.h"

#include "ask/name_words.h"

#include "text/fts_query.h"
#include "text/passage_splitter.h"
#include "text/pdf_clean.h"
#include "text/porter_stem.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>
#include <array>
#include <cmath>

namespace stratos::ask {
namespace {

constexpr int kMaxTerms = 32;
constexpr double kSynonymStrength = 0.7;
// A question word the passage's heading or its document's title has, but the cited
// sentences do not: they speak of it all the same ("the model" under "Kimi k1.5").
constexpr float kHeadingStrength = 0.8f;
constexpr float kTitleStrength = 0.7f;

// Irregular forms that matter in questions about markets, money and launches.
const QHash<QString, QString> &irregulars()
{
    static const QHash<QString, QString> map = {
        {"lost", "lose"},   {"fell", "fall"},     {"fallen", "fall"}, {"rose", "rise"},
        {"risen", "rise"},  {"sold", "sell"},     {"bought", "buy"},  {"paid", "pay"},
        {"spent", "spend"}, {"grew", "grow"},     {"grown", "grow"},  {"won", "win"},
        {"made", "make"},   {"built", "build"},   {"said", "say"},    {"says", "say"},
        {"began", "begin"}, {"begun", "begin"},   {"led", "lead"},    {"took", "take"},
        {"taken", "take"},  {"gave", "give"},     {"given", "give"},  {"shook", "shake"},
        {"shaken", "shake"}, {"thought", "think"}, {"sank", "sink"},  {"sunk", "sink"},
        {"cheaper", "cheap"}, {"lower", "low"},   {"higher", "high"}, {"bigger", "big"},
        {"largest", "large"}, {"biggest", "big"},
    };
    return map;
}

bool stemsMatch(const QString &a, const QString &b)
{
    if (a == b)
        return true;
    if (a[0].isDigit() || b[0].isDigit())
        return false;
    const QString &shorter = a.size() < b.size() ? a : b;
    const QString &longer = a.size() < b.size() ? b : a;
    // "launch" meets "launches" (stems differ by a letter); "qwen3" does not meet "qwen30".
    return shorter.size() >= 4 && longer.size() - shorter.size() <= 1 && longer.startsWith(shorter) &&
           longer.back().isLetter();
}

using Compounds = QList<QStringList>;

struct Term
{
    QString stem;
    QStringList synonyms;
    double weight = 1;
    QString word; // as the question spells it
    // The stems of the hyphenated name the word is part of in the question
    // ("deepseek", "v2" for DeepSeek-V2), or empty.
    QStringList compound;
    // A versioned name the question asks about ("v2" of DeepSeek-V2): when no passage has
    // it, none is on the question's subject, so it still counts against them.
    bool name = false;
};

// A sentence, or a piece of a run-on sentence.
struct Unit
{
    int start = 0, end = 0; // within the passage text
    std::array<float, kMaxTerms> match{}; // per term: 1 exact, kSynonymStrength via a synonym, 0
    bool isQuestion = false;
    bool hasNumber = false;
    bool hasDate = false;
    bool isHeading = false; // a short line without closing punctuation
    bool opens = false;     // a heading that opens the passage (or a "[Page n]" mark before one)
};

QList<TextSpan> unitSpans(const QString &text, int longChars)
{
    QList<TextSpan> out;
    for (const TextSpan &s : splitSentences(text, 0, int(text.size()))) {
        if (s.end - s.start <= longChars) {
            out.append(s);
            continue;
        }
        const int piece = longChars * 2 / 3;
        int a = s.start;
        while (s.end - a > longChars) {
            int cut = a + piece;
            while (cut > a + piece / 2 && !text[cut].isSpace())
                --cut;
            if (cut <= a + piece / 2)
                cut = a + piece;
            out.append({a, cut});
            a = cut;
            while (a < s.end && text[a].isSpace())
                ++a;
        }
        if (a < s.end)
            out.append({a, s.end});
    }
    return out;
}

// Per term: 1 when a stem is the term, kSynonymStrength through a synonym, else 0.
std::array<float, kMaxTerms> matchTerms(const Compounds &compounds, const QList<Term> &terms)
{
    std::array<float, kMaxTerms> match{};
    for (int t = 0; t < terms.size(); ++t) {
        float m = 0;
        for (const QStringList &c : compounds) {
            if (m >= 1)
                break;
            if (!sameName(c, terms[t].compound))
                continue;
            for (const QString &s : c) {
                if (stemsMatch(s, terms[t].stem)) {
                    m = 1;
                    break;
                }
                if (m == 0)
                    for (const QString &syn : terms[t].synonyms)
                        if (stemsMatch(s, syn))
                            m = float(kSynonymStrength);
            }
        }
        match[size_t(t)] = m;
    }
    return match;
}

void scoreUnit(Unit &u, const QString &text, const QList<Term> &terms)
{
    const Compounds stems = compoundStems(QStringView(text).sliced(u.start, u.end - u.start));
    for (int i = u.start; i < u.end && !u.hasNumber; ++i)
        u.hasNumber = text[i].isDigit() || text[i] == u'$' || text[i] == u'%';
    u.isQuestion = u.end > u.start && text[u.end - 1] == u'?';
    static const QRegularExpression date(
        QStringLiteral("\\b(1[89]\\d\\d|20\\d\\d)\\b|\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\b|"
                       "\\b(yesterday|today|last (week|month|year))\\b"),
        QRegularExpression::CaseInsensitiveOption);
    const QStringView span = QStringView(text).sliced(u.start, u.end - u.start);
    u.hasDate = date.match(span).hasMatch();
    const QChar last = u.end > u.start ? text[u.end - 1] : QChar();
    u.isHeading = (span.size() < 80 && last != u'.' && last != u'!' && last != u'?' && last != u'"' &&
                   last != u'\u201D') ||
                  isEnumeratedHeading(span.toString());
    u.match = matchTerms(stems, terms);
}

// The question's search terms (searchTerms: no stop words), with a version or decimal
// number kept whole as nameWords() keeps it ("qwen2.5", not "qwen2" and "5").
QStringList questionWords(const QString &question)
{
    const QStringList terms = searchTerms(question);
    QStringList out;
    for (const QString &w : nameWords(question))
        if ((w.contains(u'.') || terms.contains(w)) && !out.contains(w))
            out << w;
    return out;
}

struct Scored
{
    double score = -1;
    int first = 0, last = 0; // unit indexes, inclusive
    std::array<float, kMaxTerms> cover{}; // per term, as the span and what it is about have it
};

} // namespace

QString stemWord(const QString &lowerWord)
{
    if (const auto it = irregulars().constFind(lowerWord); it != irregulars().constEnd())
        return porterStem(*it);
    return porterStem(lowerWord); // the stems FTS5's porter tokenizer indexes
}

QStringList questionStems(const QString &question)
{
    QStringList out;
    for (const QString &t : questionWords(question)) {
        const QString s = stemWord(t);
        if (!out.contains(s))
            out << s;
    }
    return out;
}

// Words grouped by the hyphenated names they form, as stems.
Compounds compoundStems(QStringView text)
{
    Compounds out;
    for (const QStringList &c : nameCompounds(text)) {
        QStringList stems;
        for (const QString &w : c)
            stems << stemWord(w);
        out << stems;
    }
    return out;
}

// A word of a passage's name counts for a word of the question's name only when the
// passage's name is the question's or goes on from it: "DeepSeek" in "DeepSeek-R1" is
// not the "DeepSeek" of a question on DeepSeek-V2, and "R1" in "DeepSeek-R1" is not
// the "R1" of R1-Zero; "DeepSeek-V2-Lite" and a lone "DeepSeek" are.
bool sameName(const QStringList &passage, const QStringList &question)
{
    if (question.size() < 2 || passage.size() < 2)
        return true;
    for (qsizetype i = 0; i + question.size() <= passage.size(); ++i) {
        bool all = true;
        for (qsizetype j = 0; j < question.size() && all; ++j)
            all = stemsMatch(passage[i + j], question[j]);
        if (all)
            return true;
    }
    return false;
}

bool isVersionedName(const QString &word)
{
    const bool letters = std::any_of(word.begin(), word.end(), [](QChar c) { return c.isLetter(); });
    const bool digits = std::any_of(word.begin(), word.end(), [](QChar c) { return c.isDigit(); });
    return letters && digits;
}

bool asksForDate(const QString &question)
{
    static const QRegularExpression re(QStringLiteral("^\\s*when\\b|\\b(what|which) (year|month|day|date)\\b|\\bsince when\\b"),
                                       QRegularExpression::CaseInsensitiveOption);
    return re.match(question).hasMatch();
}

bool asksForQuantity(const QString &question)
{
    static const QRegularExpression re(
        QStringLiteral("\\b(how (much|many|far|big|large|high|low|long|cheap|expensive)|what (percentage|share|"
                       "price|amount)|cost|price|worth|valu|percent|billion|million|number of)"),
        QRegularExpression::CaseInsensitiveOption);
    return re.match(question).hasMatch();
}

bool factsLead(const QString &question) { return asksForQuantity(question); }

QList<RetrievedPassage> rerankPassages(const QString &question, const QList<CandidatePassage> &candidates,
                                       int topK, const RerankOptions &options)
{
    QList<Term> terms;
    QStringList seenStems;
    const Compounds questionCompounds = compoundStems(question);
    for (const QString &w : questionWords(question)) {
        const QString s = stemWord(w);
        if (seenStems.contains(s))
            continue;
        seenStems << s;
        if (terms.size() == kMaxTerms)
            break;
        Term t{s, {}, 1, w, {}, isVersionedName(w)};
        for (const QStringList &c : questionCompounds)
            if (c.size() >= 2 && c.contains(s)) {
                t.compound = c;
                break;
            }
        // Entity names from the store (a company and its ticker): data, not tuning.
        for (const QStringList &group : options.synonyms)
            for (const QString &g : group)
                if (stemsMatch(stemWord(g), s)) {
                    for (const QString &other : group)
                        if (other != g && !t.synonyms.contains(stemWord(other)))
                            t.synonyms << stemWord(other);
                }
        terms << t;
    }
    if (terms.isEmpty() || candidates.isEmpty() || topK <= 0)
        return {};

    // Units of every candidate, and how many contain each term (for the weights).
    QList<QList<Unit>> units(candidates.size());
    QList<int> df(terms.size(), 0);
    int unitCount = 0;
    for (int c = 0; c < candidates.size(); ++c) {
        const QString &text = candidates[c].text;
        for (const TextSpan &s : unitSpans(text, options.longSentenceChars)) {
            Unit u;
            u.start = s.start;
            u.end = s.end;
            scoreUnit(u, text, terms);
            for (int t = 0; t < terms.size(); ++t)
                df[t] += u.match[size_t(t)] >= 1 ? 1 : 0;
            units[c] << u;
            ++unitCount;
        }
    }
    double totalWeight = 0;
    for (int t = 0; t < terms.size(); ++t) {
        terms[t].weight = std::max(0.2, std::log((unitCount + 1.0) / (df[t] + 0.5)));
        if (terms[t].stem.size() <= 2 && terms[t].stem[0].isDigit())
            terms[t].weight *= 0.3; // "01", "27": parts of a date or a count, weak evidence alone
        totalWeight += terms[t].weight;
    }
    const bool quantity = asksForQuantity(question);
    const bool when = asksForDate(question);
    double bestBm25 = 0;
    for (const CandidatePassage &c : candidates)
        bestBm25 = std::min(bestBm25, c.bm25);

    struct Ranked
    {
        int candidate;
        Scored window;
        double score;
    };
    QList<Ranked> ranked;
    // What each passage is about: its opening headings and its document's title.
    QList<std::array<float, kMaxTerms>> abouts(candidates.size());
    QList<bool> bodyFollows(candidates.size(), false);
    QList<bool> anywhere(terms.size(), false); // a term some candidate has, in its text or title
    for (int c = 0; c < candidates.size(); ++c) {
        std::array<float, kMaxTerms> &about = abouts[c];
        const std::array<float, kMaxTerms> title = matchTerms(compoundStems(candidates[c].documentTitle), terms);
        for (int t = 0; t < terms.size(); ++t)
            about[size_t(t)] = title[size_t(t)] * kTitleStrength;
        for (Unit &u : units[c]) {
            if (!u.isHeading) {
                bodyFollows[c] = true;
                break;
            }
            u.opens = true;
            for (int t = 0; t < terms.size(); ++t)
                about[size_t(t)] = std::max(about[size_t(t)], u.match[size_t(t)] * kHeadingStrength);
        }
        for (int t = 0; t < terms.size(); ++t)
            anywhere[t] = anywhere[t] || df[t] > 0 || about[size_t(t)] > 0 || terms[t].name;
    }
    for (int c = 0; c < candidates.size(); ++c) {
        const QList<Unit> &us = units[c];
        const std::array<float, kMaxTerms> &about = abouts[c];
        Scored best;
        for (int i = 0; i < us.size(); ++i) {
            if (us[i].opens && bodyFollows[c])
                continue; // the text under a heading is cited, not the heading
            std::array<float, kMaxTerms> cover = about;
            bool number = false, asks = false, dated = false, heading = true;
            for (int j = i; j < us.size() && j - i < options.maxSentences; ++j) {
                if (j > i && us[j].end - us[i].start > options.maxSpanChars)
                    break;
                for (int t = 0; t < terms.size(); ++t)
                    cover[size_t(t)] = std::max(cover[size_t(t)], us[j].match[size_t(t)]);
                number = number || us[j].hasNumber;
                dated = dated || us[j].hasDate;
                heading = heading && us[j].isHeading;
                asks = asks || us[j].isQuestion;
                double s = 0;
                for (int t = 0; t < terms.size(); ++t)
                    s += cover[size_t(t)] * terms[t].weight;
                if (s <= 0)
                    continue;
                if ((quantity && number) || (when && dated))
                    s += 0.25 * totalWeight;
                s -= 0.08 * totalWeight * (j - i); // a longer span has to earn its place
                if (asks)
                    s *= 0.35; // a question in the text ("What did X do?") is not an answer
                if (heading)
                    s *= 0.8; // nor is a heading, when a sentence says the same
                if (s > best.score + 1e-9)
                    best = {s, i, j, cover};
            }
        }
        if (best.score <= 0)
            continue;
        const double bm25 = bestBm25 < 0 ? candidates[c].bm25 / bestBm25 : 0;
        const double score = (best.score / totalWeight + 0.35 * bm25 + (candidates[c].phraseMatch ? 0.3 : 0)) *
                             (candidates[c].caption ? 0.85 : 1.0);
        ranked.append({c, best, score});
    }
    std::stable_sort(ranked.begin(), ranked.end(),
                     [](const Ranked &a, const Ranked &b) { return a.score > b.score; });

    QList<RetrievedPassage> out;
    for (const Ranked &r : ranked) {
        if (out.size() >= topK)
            break;
        const CandidatePassage &c = candidates[r.candidate];
        const Unit &first = units[r.candidate][r.window.first];
        const Unit &last = units[r.candidate][r.window.last];
        RetrievedPassage p;
        p.number = int(out.size()) + 1;
        p.documentId = c.documentId;
        p.passageId = c.passageId;
        p.documentTitle = c.documentTitle;
        p.documentPath = c.documentPath;
        p.start = c.passageStart + first.start;
        p.end = c.passageStart + last.end;
        p.text = c.text.mid(first.start, last.end - first.start);
        p.score = r.score;
        p.passageText = c.text;
        p.passageStart = c.passageStart;
        // A word no candidate has ("how far did it rise") tells nothing about this passage;
        // a word only a title has counts.
        QList<int> lacking;
        double present = 0;
        p.coverage = 0;
        for (int t = 0; t < terms.size(); ++t) {
            if (!anywhere[t])
                continue;
            present += terms[t].weight;
            p.coverage += r.window.cover[size_t(t)] * terms[t].weight;
            if (r.window.cover[size_t(t)] < 0.5f)
                lacking << t;
        }
        p.coverage = present > 0 ? p.coverage / present : 0;
        std::stable_sort(lacking.begin(), lacking.end(),
                         [&](int a, int b) { return terms[a].weight > terms[b].weight; });
        for (int t : lacking)
            p.missing << terms[t].word;
        out << p;
    }
    return out;
}

} // namespace stratos::ask
