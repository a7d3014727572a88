// Models: API price per million tokens, training cost, parameter count, release date.
#include "claims/claim_rules.h"

#include <QRegularExpression>

namespace stratos::claims::detail {
namespace {

constexpr int kModelReach = 200; // how far from its figure a model's name may be
constexpr int kVerbReach = 100;  // how far from "released" the released model's name may be

bool hasScale(const FigureMention &f, std::initializer_list<const char *> words)
{
    for (const char *w : words)
        if (f.scaleWord.compare(QLatin1String(w), Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

void releaseDate(Sentence &s, QList<Claim> &out)
{
    static const QRegularExpression verb(QStringLiteral(
        "\\b(released|releases|launched|launches|unveiled|unveils|introduced|introduces|published|debuted|"
        "rolled out|came out|arrived)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    const auto m = verb.match(s.slice(s.start, s.end));
    if (!m.hasMatch())
        return;
    const int verbAt = s.start + int(m.capturedStart());
    const EntityMention *model = nullptr;
    for (const EntityMention &e : s.entities)
        if (e.kind == EntityKind::Model && (!model || std::abs(e.start - verbAt) < std::abs(model->start - verbAt)))
            model = &e;
    // The model must be the verb's subject or object, not a name further along.
    if (!model || std::abs(model->start - verbAt) > kVerbReach)
        return;
    const DateMention *best = nullptr;
    for (const DateMention &d : s.dates) {
        if (d.base || !(d.kind == DateKind::Full || d.kind == DateKind::DayNoYear || d.kind == DateKind::MonthYear))
            continue;
        if (!best || std::abs(d.start - model->start) < std::abs(best->start - model->start))
            best = &d;
    }
    if (!best)
        return;
    Claim c;
    c.start = best->start;
    c.end = best->end;
    c.text = s.slice(best->start, best->end);
    c.measure = Measure::ReleaseDate;
    c.entityKind = EntityKind::Model;
    c.entity = model->key;
    c.entityText = model->text;
    c.date = toClaimDate(s, *best);
    if (c.date.precision == DatePrecision::None)
        c.unclearWhy = QStringLiteral("the year cannot be worked out");
    out.append(c);
}

} // namespace

void findModelClaims(Sentence &s, QList<Claim> &out)
{
    static const QRegularExpression perMillion(QStringLiteral(
        "^\\s*(?:/|per|a|for every|for each)\\s+(?:1\\s*)?(?:million|mn|M|1M)\\s+(?:(input|output|prompt|completion)\\s+)?tokens?"
        "(?:\\s+of\\s+(input|output))?"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression paramsAfter(QStringLiteral("^[\\s-]*(?:total\\s+)?(?:parameters?|params)\\b"),
                                                QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression partOf(QStringLiteral("^\\s*of\\s+(?:its|the|their|which)\\b"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression wholeBefore(QStringLiteral("\\bof\\s+(?:its|the|their)\\s*$"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression active(QStringLiteral("\\b(active|activated)\\b"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression train(QStringLiteral("\\b(train|trained|training)\\b"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression notTraining(QStringLiteral(
        "\\b(R&D|research|revenue|capex|capital|invest\\w*|spend\\w*|valuation|funding|raised|per GPU|GPU-hours?|rental|"
        "market|profit|budget|data cent(?:re|er)s?)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression trainingCostBefore(QStringLiteral("\\btraining cost\\b"), QRegularExpression::CaseInsensitiveOption);

    for (int i = 0; i < s.figures.size(); ++i) {
        if (s.used.contains(i))
            continue;
        const FigureMention &f = s.figures.at(i);
        if (f.percent || f.ordinal)
            continue;
        const QString after = s.slice(f.end, std::min(s.end, f.end + 60));
        // API price per million tokens.
        if (const auto m = perMillion.match(after); f.currency && m.hasMatch()) {
            const QString kind = (m.captured(1) + m.captured(2)).toLower();
            const Measure measure = kind.isEmpty() ? Measure::ApiPrice
                                    : (kind == QLatin1String("input") || kind == QLatin1String("prompt")) ? Measure::ApiInputPrice
                                                                                                         : Measure::ApiOutputPrice;
            // "$15 per million input tokens for o1": the model named right after wins.
            const int unitEnd = f.end + int(m.capturedEnd());
            const EntityMention *e = nullptr;
            static const QRegularExpression forModel(QStringLiteral("^\\s*(?:for|of|on)\\s+(?:\\w+'s\\s+|the\\s+)?$"),
                                                     QRegularExpression::CaseInsensitiveOption);
            for (const EntityMention &x : s.entities)
                if (x.kind == EntityKind::Model && x.start >= unitEnd && x.start - unitEnd <= 25
                    && forModel.match(s.slice(unitEnd, x.start)).hasMatch())
                    e = &x;
            if (!e)
                e = nearestEntity(s, f.start, {EntityKind::Model}, kModelReach, false);
            Claim c = makeClaim(s, f, measure, e);
            c.end = unitEnd;
            c.text = s.slice(c.start, c.end);
            if (!e)
                c.unclearWhy = QStringLiteral("which model is not said");
            else if (measure == Measure::ApiPrice)
                c.unclearWhy = QStringLiteral("input or output price is not said");
            out.append(c);
            s.used.insert(i);
            continue;
        }
        // Parameter count: "671 billion parameters", "a 671-billion-parameter model", "400B parameters".
        const bool large = hasScale(f, {"billion", "trillion", "B", "T", "bn", "tn", "million", "M"});
        if (large && !f.currency && paramsAfter.match(after).hasMatch()) {
            if (partOf.match(after).hasMatch())
                continue;
            const bool whole = wholeBefore.match(s.slice(std::max(s.start, f.start - 12), f.start)).hasMatch();
            if (!whole && active.match(after.left(40)).hasMatch())
                continue;
            const EntityMention *e = nearestEntity(s, f.start, {EntityKind::Model}, kModelReach, false);
            if (!e)
                continue;
            out.append(makeClaim(s, f, Measure::Parameters, e));
            s.used.insert(i);
            continue;
        }
        if (large && partOf.match(after).hasMatch())
            continue;
        // Training cost: a dollar amount in a sentence about training a named model.
        if (f.currency && hasScale(f, {"million", "billion", "M", "B", "bn"}) && !after.trimmed().startsWith(QLatin1String("per"))) {
            const QString sentence = s.slice(s.start, s.end);
            const QString previous = s.previousEntities.isEmpty() ? QString() : s.slice(std::max(0, s.start - 300), s.start);
            const bool aboutTraining = train.match(sentence).hasMatch() || trainingCostBefore.match(previous).hasMatch();
            const QString near = s.slice(std::max(s.start, f.start - 60), std::min(s.end, f.end + 30));
            if (!aboutTraining || notTraining.match(near).hasMatch())
                continue;
            const EntityMention *e = nearestEntity(s, f.start, {EntityKind::Model}, kModelReach, false);
            if (!e)
                continue;
            out.append(makeClaim(s, f, Measure::TrainingCost, e));
            s.used.insert(i);
        }
    }
    releaseDate(s, out);
}

} // namespace stratos::claims::detail
