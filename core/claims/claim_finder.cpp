#include "claims/claim_finder.h"

#include "claims/claim_rules.h"
#include "text/passage_splitter.h"

#include <QRegularExpression>
#include <algorithm>

namespace stratos::claims {
namespace detail {
namespace {

constexpr int kContextChars = 1500; // how far back "the dates nearby" reach

// The nearest full date before pos (within the context), the reference for a day without a year.
QDate referenceBefore(const Sentence &s, int pos)
{
    QDate ref;
    for (const DateMention &d : *s.allDates) {
        if (d.start >= pos)
            break;
        if (d.kind == DateKind::Full && pos - d.start <= kContextChars)
            ref = d.date;
    }
    return ref.isValid() ? ref : s.documentDate;
}

bool isDayKind(DateKind k)
{
    return k == DateKind::Full || k == DateKind::DayNoYear || k == DateKind::Weekday || k == DateKind::Yesterday
           || k == DateKind::Today || k == DateKind::ThatDay;
}

// A date read at a precision: a month or a year is dated by its first day.
ClaimDate period(const QDate &first, DatePrecision precision, const QString &how)
{
    ClaimDate c;
    c.date = first;
    c.precision = precision;
    c.how = how;
    return c;
}

ClaimDate day(const QDate &d, const QString &how)
{
    return d.isValid() ? period(d, DatePrecision::Day, how) : ClaimDate{};
}

} // namespace

ClaimDate toClaimDate(const Sentence &s, const DateMention &d)
{
    const QString written = s.text->mid(d.start, d.end - d.start);
    switch (d.kind) {
    case DateKind::Full: return day(d.date, written);
    case DateKind::DayNoYear: {
        const QDate ref = referenceBefore(s, d.start);
        return day(completeDate(d.month, d.day, ref), written + QStringLiteral(", year from the dates nearby"));
    }
    case DateKind::Weekday: {
        if (!s.documentDate.isValid())
            return {};
        // A news text's weekday is the last one on or before its date.
        QDate x = s.documentDate;
        while (x.dayOfWeek() != d.weekday)
            x = x.addDays(-1);
        return day(x, written + QStringLiteral(" before the document date"));
    }
    case DateKind::Yesterday:
        return s.documentDate.isValid() ? day(s.documentDate.addDays(-1), QStringLiteral("the day before the document date")) : ClaimDate{};
    case DateKind::Today:
        return s.documentDate.isValid() ? day(s.documentDate, QStringLiteral("the document date")) : ClaimDate{};
    case DateKind::ThatDay: {
        // The nearest day spoken of before.
        ClaimDate found;
        for (const DateMention &o : *s.allDates) {
            if (o.start >= d.start)
                break;
            if (o.kind != DateKind::ThatDay && isDayKind(o.kind) && d.start - o.start <= kContextChars && !o.base) {
                const ClaimDate c = toClaimDate(s, o);
                if (c.precision == DatePrecision::Day)
                    found = c;
            }
        }
        if (found.precision == DatePrecision::Day)
            found.how = written + QStringLiteral(": ") + found.how;
        return found;
    }
    case DateKind::MonthYear: return period(d.date, DatePrecision::Month, written);
    case DateKind::Year:
    case DateKind::EndOfYear: return period(d.date, DatePrecision::Year, written);
    }
    return {};
}

void resolveDay(const Sentence &s, int figureStart, Claim &claim)
{
    // 1. A date in the sentence, the nearest to the figure.
    const DateMention *best = nullptr;
    int bestDistance = 0;
    for (const DateMention &d : s.dates) {
        if (d.base)
            continue;
        const int dist = d.start >= figureStart ? d.start - figureStart : figureStart - d.end;
        if (!best || dist < bestDistance) {
            best = &d;
            bestDistance = dist;
        }
    }
    if (best) {
        const ClaimDate c = toClaimDate(s, *best);
        if (c.precision == DatePrecision::Day)
            claim.date = c;
        else
            claim.unclearWhy = c.precision == DatePrecision::None
                                   ? QStringLiteral("the day cannot be worked out (no document date)")
                                   : QStringLiteral("the figure is about a period (%1), not a day").arg(c.how);
        return;
    }
    static const QRegularExpression period(QStringLiteral("\\b(week|weeks|month|months|quarter|year to date|this year|last year|"
                                                          "so far this|over the past)\\b"),
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression dayWord(QStringLiteral("\\b(day|session)\\b"), QRegularExpression::CaseInsensitiveOption);
    const QString sentence = s.slice(s.start, s.end);
    if (period.match(sentence).hasMatch() && !dayWord.match(sentence).hasMatch()) {
        claim.unclearWhy = QStringLiteral("the figure is about a period, not a day");
        return;
    }
    // 2. The nearest day spoken of in the text before, within the context.
    const DateMention *prior = nullptr;
    const DateMention *priorPeriod = nullptr;
    for (const DateMention &d : *s.allDates) {
        if (d.start >= s.start)
            break;
        if (s.start - d.start > kContextChars || d.base)
            continue;
        if (isDayKind(d.kind))
            prior = &d;
        else if (d.kind == DateKind::MonthYear)
            priorPeriod = &d;
    }
    if (prior && (!priorPeriod || prior->start > priorPeriod->start)) {
        const ClaimDate c = toClaimDate(s, *prior);
        if (c.precision == DatePrecision::Day) {
            claim.date = c;
            claim.date.how = QStringLiteral("from the text before: ") + c.how;
            return;
        }
    }
    // 3. No day: the month the text speaks of, else the week up to the document date.
    //    The checker looks for the store's one market event in it.
    if (priorPeriod) {
        claim.date.periodStart = priorPeriod->date;
        claim.date.periodEnd = priorPeriod->date.addMonths(1).addDays(-1);
        claim.date.how = QStringLiteral("no day given; the text speaks of %1").arg(s.slice(priorPeriod->start, priorPeriod->end));
        return;
    }
    if (s.documentDate.isValid()) {
        claim.date.periodStart = s.documentDate.addDays(-6);
        claim.date.periodEnd = s.documentDate;
        claim.date.how = QStringLiteral("no day given; the week up to the document date");
        return;
    }
    claim.unclearWhy = QStringLiteral("the text does not say which day");
}

const EntityMention *nearestEntity(const Sentence &s, int pos, std::initializer_list<EntityKind> kinds, int maxDistance,
                                   bool beforeOnly)
{
    auto wanted = [&](const EntityMention &e) { return std::find(kinds.begin(), kinds.end(), e.kind) != kinds.end(); };
    const EntityMention *best = nullptr;
    for (const EntityMention &e : s.entities)
        if (wanted(e) && e.end <= pos && pos - e.end <= maxDistance)
            best = &e;
    if (best)
        return best;
    // "It", "its", "the model", "the constellation" refer back to the sentence
    // before, whose first name of the kind is most likely its subject.
    static const QRegularExpression refersBack(QStringLiteral("\\b(it|its|the model|the constellation|the network|the company)\\b"),
                                               QRegularExpression::CaseInsensitiveOption);
    if (refersBack.match(s.slice(s.start, pos)).hasMatch())
        for (const EntityMention &e : s.previousEntities)
            if (wanted(e))
                return &e;
    if (!beforeOnly)
        for (const EntityMention &e : s.entities)
            if (wanted(e) && e.start >= pos && e.start - pos <= maxDistance)
                return &e;
    return nullptr;
}

Claim makeClaim(const Sentence &s, const FigureMention &f, Measure m, const EntityMention *e)
{
    Claim c;
    c.start = f.start;
    c.end = f.end;
    c.text = s.slice(f.start, f.end);
    c.measure = m;
    c.figure = f.figure;
    if (e) {
        c.entityKind = e->kind;
        c.entity = e->key;
        c.entityText = e->text;
    }
    return c;
}

} // namespace detail

QList<Claim> findClaims(const QString &text, const QDate &documentDate, const EntityCatalog &catalog)
{
    using namespace detail;
    const QList<DateMention> allDates = findDateMentions(text, 0, int(text.size()));
    QList<Claim> out;
    QList<EntityMention> previous;
    for (const TextSpan &span : splitSentences(text, 0, int(text.size()))) {
        Sentence s;
        s.text = &text;
        s.start = span.start;
        s.end = span.end;
        s.documentDate = documentDate;
        s.allDates = &allDates;
        // "a Claude-class model", "a GPT-4 Turbo-level model": a yardstick, not what the sentence is about.
        static const QRegularExpression yardstick(QStringLiteral("^(?:[\\s\\x{2011}-]+\\w+)?[\\s\\x{2011}-]*(class|level|like|style|grade)\\b"),
                                                  QRegularExpression::CaseInsensitiveOption);
        for (const EntityMention &e : catalog.find(text, span.start, span.end))
            if (!yardstick.match(text.mid(e.end, 24)).hasMatch())
                s.entities.append(e);
        s.previousEntities = previous;
        for (const DateMention &d : allDates)
            if (d.start >= span.start && d.end <= span.end)
                s.dates.append(d);
        for (const FigureMention &f : findFigures(text, span.start, span.end)) {
            const bool inDate = std::any_of(s.dates.begin(), s.dates.end(), [&](const DateMention &d) {
                return f.numberStart < d.end && d.start < f.end;
            });
            if (!inDate)
                s.figures.append(f);
        }
        findMarketClaims(s, out);
        findModelClaims(s, out);
        findSpaceClaims(s, out);
        if (!s.entities.isEmpty())
            previous = s.entities;
    }
    std::sort(out.begin(), out.end(), [](const Claim &a, const Claim &b) { return a.start < b.start; });
    return out;
}

} // namespace stratos::claims
