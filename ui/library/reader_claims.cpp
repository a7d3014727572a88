#include "library/reader_claims.h"

#include "claim_store.h"

#include <QJsonArray>

namespace stratos {

QJsonObject readerClaims(QSqlDatabase db, qint64 documentId)
{
    ClaimStore store(std::move(db));
    const QList<StoredClaim> claims = store.claimsForDocument(documentId);
    if (claims.isEmpty())
        return {};
    ClaimCounts counts;
    QJsonArray items;
    for (const StoredClaim &c : claims) {
        switch (c.check.verdict) {
        case Verdict::Agrees: ++counts.agrees; break;
        case Verdict::Differs: ++counts.differs; break;
        case Verdict::NoData: ++counts.noData; break;
        case Verdict::Unclear: ++counts.unclear; break;
        }
        QJsonArray rows;
        for (const CheckedRow &r : c.check.rows)
            rows.append(QJsonObject{{QStringLiteral("table"), r.table}, {QStringLiteral("key"), r.key}, {QStringLiteral("text"), r.text}});
        items.append(QJsonObject{{QStringLiteral("start"), c.start},
                                 {QStringLiteral("end"), c.end},
                                 {QStringLiteral("verdict"), verdictKey(c.check.verdict)},
                                 {QStringLiteral("figure"), c.figure},
                                 {QStringLiteral("claim"), c.claim},
                                 {QStringLiteral("storeFigure"), c.check.storeFigure},
                                 {QStringLiteral("rowsSummary"), c.check.rowsSummary},
                                 {QStringLiteral("source"), c.check.source},
                                 {QStringLiteral("note"), c.check.note},
                                 {QStringLiteral("rows"), rows}});
    }
    return QJsonObject{{QStringLiteral("summary"), counts.summary()}, {QStringLiteral("items"), items}};
}

} // namespace stratos
