// Security and index moves ("Nvidia fell 17% on Monday") and closes ("closed at $118.42").
#include "claims/claim_rules.h"

#include <QRegularExpression>

namespace stratos::claims::detail {
namespace {

// The last move word in a stretch of text: -1 down, +1 up, 0 none.
int directionIn(const QString &stretch)
{
    static const QRegularExpression word(QStringLiteral(
        "\\b(?:(fell|falls?|falling|dropped|drops?|dropping|slid|slides?|sliding|lost|loses|losing|shed|sheds|shedding|"
        "declined?|declines|declining|sank|sinks?|sinking|tumbled?|tumbles|tumbling|plunged?|plunges|plunging|plummeted|"
        "dipped|dips?|slumped|slumps?|down|retreated|a fall of|a drop of|a loss of|a decline of)|"
        "(rose|rises?|rising|gained|gains?|gaining|jumped|jumps?|climbed|climbs?|soared|soars?|surged|surges?|rallied|"
        "rebounded|rebounds?|recovered|recovers?|advanced|added|up|a gain of|a rise of))\\b"),
        QRegularExpression::CaseInsensitiveOption);
    int dir = 0;
    for (auto it = word.globalMatch(stretch); it.hasNext();) {
        const auto m = it.next();
        dir = m.capturedLength(1) > 0 ? -1 : 1;
    }
    return dir;
}

// Words that make a percentage about something other than the share price.
bool aboutSomethingElse(const QString &stretch)
{
    static const QRegularExpression other(QStringLiteral(
        "\\b(revenue|revenues|sales|profit|profits|earnings|margin|margins|income|users|subscribers|market value|"
        "market cap|market capitali[sz]ation|valuation|worth|turnover|market share|share of|spending|capex|budget|"
        "price cut|prices|fees|volume|accuracy|score|costs?|R&D|headcount|workforce|staff|output|shipments|demand|"
        "exports|imports|traffic|downloads)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    return other.match(stretch).hasMatch();
}

} // namespace

void findMarketClaims(Sentence &s, QList<Claim> &out)
{
    static const QRegularExpression closeBefore(QStringLiteral("\\b(closed|closing|close|ended|finished|settled)\\s+(?:the day\\s+)?(?:at|of)\\s*$"),
                                                QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression ofWhat(QStringLiteral("^\\s*(?:of|in)\\b"),
                                           QRegularExpression::CaseInsensitiveOption);
    const qsizetype first = out.size();
    for (int i = 0; i < s.figures.size(); ++i) {
        if (s.used.contains(i))
            continue;
        const FigureMention &f = s.figures.at(i);
        if (f.ordinal)
            continue;
        const int lookFrom = std::max(s.start, f.start - 30);
        const bool close = !f.percent && closeBefore.match(s.slice(lookFrom, f.start)).hasMatch();
        if (!f.percent && !close)
            continue;
        const EntityMention *e = nearestEntity(s, f.start, {EntityKind::Security, EntityKind::Organization}, 120, true);
        if (!e)
            continue;
        const QString between = s.slice(e->end, f.start);
        // Another percentage between the name and this figure belongs to something else.
        bool otherPercent = false;
        for (int j = 0; j < i; ++j)
            if (s.figures.at(j).percent && s.figures.at(j).start >= e->end)
                otherPercent = true;
        if ((f.percent && otherPercent) || aboutSomethingElse(between))
            continue;
        if (f.percent) {
            const QString after = s.slice(f.end, std::min(s.end, f.end + 40));
            if (ofWhat.match(after).hasMatch() && aboutSomethingElse(after))
                continue;
            const int dir = f.sign != 0 ? f.sign : directionIn(between);
            if (dir == 0)
                continue;
            Claim c = makeClaim(s, f, Measure::PriceMove, e);
            c.direction = dir;
            resolveDay(s, f.start, c);
            out.append(c);
        } else {
            Claim c = makeClaim(s, f, Measure::ClosePrice, e);
            resolveDay(s, f.start, c);
            out.append(c);
        }
        s.used.insert(i);
    }
    // Moves reported together without a day happened on one day.
    QList<Claim *> undated;
    for (qsizetype k = first; k < out.size(); ++k)
        if (out[k].measure == Measure::PriceMove && out[k].date.precision == DatePrecision::None && out[k].unclearWhy.isEmpty())
            undated.append(&out[k]);
    for (Claim *a : undated)
        for (const Claim *b : undated)
            if (b->entity != a->entity && !a->sameDay.contains(b->entity))
                a->sameDay.append(b->entity);
}

} // namespace stratos::claims::detail
