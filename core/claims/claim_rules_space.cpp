// Constellations: satellites launched by a date or in a year, launches in a
// year, the Nth satellite, satellites operating.
#include "claims/claim_rules.h"

#include <QRegularExpression>

namespace stratos::claims::detail {
namespace {

const DateMention *nearestDate(const Sentence &s, int from, int to, int pos, bool afterOnly)
{
    const DateMention *best = nullptr;
    for (const DateMention &d : s.dates) {
        if (d.base || d.start < from || d.end > to || (afterOnly && d.start < pos))
            continue;
        const int dist = d.start >= pos ? d.start - pos : pos - d.end;
        const int bestDist = best ? (best->start >= pos ? best->start - pos : pos - best->end) : 0;
        if (!best || dist < bestDist)
            best = &d;
    }
    return best;
}

} // namespace

void findSpaceClaims(Sentence &s, QList<Claim> &out)
{
    static const QRegularExpression unit(QStringLiteral(
        "^\\s+(?:(?!(?:on|in|of|by|to|from|and|with|per|for)\\b)[A-Za-z][\\w-]*\\s+){0,3}?(satellites?|sats|spacecraft|missions?|launches|flights)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression notLaunched(QStringLiteral(
        "\\b(plans?|planned|planning|aims?|aimed|target|targets|goal|authori[sz]ed|authori[sz]ation|licen[cs]e|approved|filings?|filed|"
        "request(?:ed)?|could|will|would|expects?|expected|reserved|ordered|bought|contracts?|users|subscribers|customers|deploy)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression operating(QStringLiteral("\\b(operating|operational|operated|in orbit|in service|working|active)\\b"),
                                              QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression total(QStringLiteral("^[^.;,]{0,40}\\b(in total|so far|to date|altogether|all told)\\b"),
                                          QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression satelliteWord(QStringLiteral("^\\s+(?:[A-Za-z][\\w-]*\\s+){0,2}?satellites?\\b"),
                                                  QRegularExpression::CaseInsensitiveOption);
    bool nthSentence = false;
    for (int i = 0; i < s.figures.size(); ++i) {
        if (s.used.contains(i))
            continue;
        const FigureMention &f = s.figures.at(i);
        if (f.percent || f.currency || (!f.scaleWord.isEmpty() && f.scaleWord.size() == 1))
            continue;
        const int cFrom = s.clauseStart(i), cTo = s.clauseEnd(i);
        const QString after = s.slice(f.end, std::min(s.end, f.end + 60));
        const EntityMention *e = nearestEntity(s, f.start, {EntityKind::Constellation}, 160, false);
        if (!e)
            continue;
        // "the 10,000th Starlink satellite ... on 19 October 2025"; later ordinals in the sentence follow suit.
        if (f.ordinal) {
            if (!nthSentence && !satelliteWord.match(after).hasMatch())
                continue;
            nthSentence = true;
            const DateMention *d = nearestDate(s, f.end, cTo, f.end, true);
            if (!d)
                continue;
            Claim c = makeClaim(s, f, Measure::NthSatellite, e);
            c.ordinal = qRound64(f.figure.value);
            c.end = d->end;
            c.text = s.slice(c.start, c.end);
            c.date = toClaimDate(s, *d);
            if (c.date.precision == DatePrecision::None)
                c.unclearWhy = QStringLiteral("the year cannot be worked out");
            out.append(c);
            s.used.insert(i);
            continue;
        }
        const auto u = unit.match(after);
        if (!u.hasMatch())
            continue;
        if (notLaunched.match(s.slice(std::max(s.start, cFrom - 40), f.start)).hasMatch()
            || notLaunched.match(after.left(int(u.capturedEnd()) + 25)).hasMatch())
            continue;
        const bool satellites = !u.captured(1).startsWith(QLatin1String("mission"), Qt::CaseInsensitive)
                                && !u.captured(1).startsWith(QLatin1String("launch"), Qt::CaseInsensitive)
                                && !u.captured(1).startsWith(QLatin1String("flight"), Qt::CaseInsensitive);
        const DateMention *d = nearestDate(s, cFrom, cTo, f.start, false);
        if (!d)
            d = nearestDate(s, s.start, s.end, f.start, false);
        const bool inTotal = total.match(after).hasMatch();
        Claim c;
        if (satellites && operating.match(s.slice(cFrom, cTo)).hasMatch()) {
            c = makeClaim(s, f, Measure::SatellitesOperating, e);
            c.date = d ? toClaimDate(s, *d) : ClaimDate{};
        } else if (!inTotal && d && d->kind == DateKind::Year) {
            c = makeClaim(s, f, satellites ? Measure::SatellitesInYear : Measure::LaunchesInYear, e);
            c.date = toClaimDate(s, *d);
        } else if (satellites) {
            c = makeClaim(s, f, Measure::SatellitesLaunched, e);
            if (d && !inTotal)
                c.date = toClaimDate(s, *d);
        } else {
            continue; // launches up to a date: not a measure the store is asked about
        }
        if (c.date.precision == DatePrecision::None && s.documentDate.isValid()) {
            c.date.date = s.documentDate;
            c.date.precision = DatePrecision::Day;
            c.date.how = QStringLiteral("the document date");
        }
        if (c.date.precision == DatePrecision::None)
            c.unclearWhy = QStringLiteral("the text does not say when");
        out.append(c);
        s.used.insert(i);
    }
}

} // namespace stratos::claims::detail
