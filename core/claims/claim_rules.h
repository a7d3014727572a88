#pragma once
// Internal to the claim finder: one sentence with what was found in it, and
// the rules for each kind of figure (market, models, space).

#include "claims/claim.h"
#include "claims/entity_catalog.h"
#include "claims/text_scan.h"

#include <QList>
#include <QSet>
#include <QString>

namespace stratos::claims::detail {

struct Sentence
{
    const QString *text = nullptr;
    int start = 0, end = 0;
    QDate documentDate;
    QList<EntityMention> entities;      // in this sentence
    QList<EntityMention> previousEntities; // in the sentence before
    QList<FigureMention> figures;       // in this sentence, dates excluded
    QList<DateMention> dates;           // in this sentence
    const QList<DateMention> *allDates = nullptr; // the whole text's, in order
    QSet<int> used;                     // indexes into figures already claimed

    QString slice(int from, int to) const { return text->mid(from, to - from); }
    QString lower() const { return text->mid(start, end - start).toLower(); }
    // The clause around figure i: from the previous figure's end to the next one's start.
    int clauseStart(int i) const { return i > 0 ? figures.at(i - 1).end : start; }
    int clauseEnd(int i) const { return i + 1 < figures.size() ? figures.at(i + 1).start : end; }
};

void findMarketClaims(Sentence &s, QList<Claim> &out);
void findModelClaims(Sentence &s, QList<Claim> &out);
void findSpaceClaims(Sentence &s, QList<Claim> &out);

// A day for a move or a close: in the sentence, else in the sentences before,
// else the period the text speaks of. Sets claim.date or claim.unclearWhy.
void resolveDay(const Sentence &s, int figureStart, Claim &claim);
// A date mention as a ClaimDate (weekdays and relative days against the document date).
ClaimDate toClaimDate(const Sentence &s, const DateMention &d);

// The entity of the given kinds nearest before pos in the sentence, else (unless
// beforeOnly) the nearest after it, else the previous sentence's when this one
// refers back ("it", "its").
const EntityMention *nearestEntity(const Sentence &s, int pos, std::initializer_list<EntityKind> kinds,
                                   int maxDistance, bool beforeOnly);

Claim makeClaim(const Sentence &s, const FigureMention &f, Measure m, const EntityMention *e);

} // namespace stratos::claims::detail
