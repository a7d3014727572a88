#include "claim_store.h"

#include "claims/claim_finder.h"
#include "row_columns.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace stratos {

using namespace claims;

namespace {

Error sqlError(const QString &what, const QSqlQuery &q)
{
    return Error{QStringLiteral("%1: %2").arg(what, q.lastError().text())};
}

QString rowsJson(const QList<CheckedRow> &rows)
{
    QJsonArray a;
    for (const CheckedRow &r : rows)
        a.append(QJsonObject{{QStringLiteral("table"), r.table}, {QStringLiteral("key"), r.key}, {QStringLiteral("text"), r.text}});
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

QList<CheckedRow> rowsFromJson(const QString &json)
{
    QList<CheckedRow> out;
    for (const QJsonValue &v : QJsonDocument::fromJson(json.toUtf8()).array()) {
        const QJsonObject o = v.toObject();
        out.append({o.value(QStringLiteral("table")).toString(), o.value(QStringLiteral("key")).toString(),
                    o.value(QStringLiteral("text")).toString()});
    }
    return out;
}

QString dayOf(const ClaimDate &d)
{
    switch (d.precision) {
    case DatePrecision::Day: return d.date.toString(Qt::ISODate);
    case DatePrecision::Month: return d.date.toString(QStringLiteral("yyyy-MM"));
    case DatePrecision::Year: return QString::number(d.date.year());
    case DatePrecision::None: break;
    }
    return {};
}

QVariant nullable(const QString &s) { return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s); }

} // namespace

QString ClaimCounts::summary() const
{
    const int n = checked();
    if (n == 0)
        return QStringLiteral("No figures to check");
    QStringList parts;
    if (agrees)
        parts << QStringLiteral("%1 agree%2").arg(agrees).arg(agrees == 1 ? QStringLiteral("s") : QString());
    if (differs)
        parts << QStringLiteral("%1 differ%2").arg(differs).arg(differs == 1 ? QStringLiteral("s") : QString());
    if (noData)
        parts << QStringLiteral("%1 without data").arg(noData);
    if (unclear)
        parts << QStringLiteral("%1 unclear").arg(unclear);
    return QStringLiteral("%1 figure%2 checked: %3").arg(n).arg(n == 1 ? QString() : QStringLiteral("s"), parts.join(QStringLiteral(", ")));
}

Result<EntityCatalog> ClaimStore::catalog() const
{
    CatalogInput in;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT s.symbol, coalesce(s.name, ''), s.kind, coalesce(o.name, '') FROM security s "
                               "LEFT JOIN organization o ON o.id = s.organization_id")))
        return sqlError(QStringLiteral("cannot read securities"), q);
    while (q.next())
        in.securities.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()});
    if (!q.exec(QStringLiteral("SELECT name FROM organization")))
        return sqlError(QStringLiteral("cannot read organizations"), q);
    while (q.next())
        in.organizations.append(q.value(0).toString());
    if (!q.exec(QStringLiteral("SELECT m.name, coalesce(o.name, '') FROM ai_model m LEFT JOIN organization o ON o.id = m.organization_id")))
        return sqlError(QStringLiteral("cannot read models"), q);
    while (q.next())
        in.models.append({q.value(0).toString(), q.value(1).toString()});
    // The distinct names by hopping along the index, not a scan of every payload.
    if (!q.exec(QStringLiteral(
            "WITH RECURSIVE c(name) AS (SELECT min(constellation) FROM payload WHERE constellation > '' "
            "UNION ALL SELECT (SELECT min(constellation) FROM payload WHERE constellation > c.name) FROM c "
            "WHERE c.name IS NOT NULL) SELECT name FROM c WHERE name IS NOT NULL")))
        return sqlError(QStringLiteral("cannot read constellations"), q);
    while (q.next())
        in.constellations.append(q.value(0).toString());
    return EntityCatalog::build(in);
}

Result<QList<CheckedClaim>> ClaimStore::checkText(const QString &text, const QDate &documentDate) const
{
    auto names = catalog();
    if (!names)
        return names.error();
    const ClaimChecker checker(m_db);
    QList<CheckedClaim> out;
    for (const Claim &c : findClaims(text, documentDate, *names))
        out.append({c, checker.check(c, documentDate)});
    return out;
}

Status ClaimStore::computeDocument(qint64 documentId)
{
    return computeDocuments(QStringLiteral("WHERE id = %1").arg(documentId));
}

Status ClaimStore::recomputeAll() { return computeDocuments({}); }

Status ClaimStore::computeMissing()
{
    return computeDocuments(QStringLiteral("WHERE id NOT IN (SELECT document_id FROM claim_run)"));
}

Status ClaimStore::computeDocuments(const QString &where)
{
    QSqlQuery docs(m_db);
    if (!docs.exec(QStringLiteral("SELECT id, text, coalesce(published_on, '') FROM document ") + where))
        return sqlError(QStringLiteral("cannot read documents for claim checks"), docs);
    QList<std::tuple<qint64, QString, QDate>> todo;
    while (docs.next())
        todo.append({docs.value(0).toLongLong(), docs.value(1).toString(),
                     QDate::fromString(docs.value(2).toString().left(10), Qt::ISODate)});
    if (todo.isEmpty())
        return {};
    auto names = catalog();
    if (!names)
        return names.error();
    const ClaimChecker checker(m_db);
    QSqlQuery del(m_db), ins(m_db), run(m_db);
    if (!ins.prepare(QStringLiteral(
            "INSERT INTO claim(document_id, start_char, end_char, figure, claim, measure, entity, claim_day, verdict, "
            "store_figure, store_value, rows_summary, rows, source, note, depends_on) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")))
        return sqlError(QStringLiteral("cannot prepare the claim insert"), ins);
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    // Prepared once: on a team store every prepare is a round trip.
    if (!del.prepare(QStringLiteral("DELETE FROM claim WHERE document_id = ?")) ||
        !run.prepare(QStringLiteral("INSERT INTO claim_run(document_id, checked_at) VALUES (?, ?) "
                                    "ON CONFLICT(document_id) DO UPDATE SET checked_at = excluded.checked_at")))
        return sqlError(QStringLiteral("cannot prepare the claim checks"), del.lastError().isValid() ? del : run);
    for (const auto &[id, text, date] : todo) {
        del.bindValue(0, id);
        if (!del.exec())
            return sqlError(QStringLiteral("cannot clear old claims"), del);
        for (const Claim &c : findClaims(text, date, *names)) {
            const ClaimCheck k = checker.check(c, date);
            const QVariantList values{id, c.start, c.end, c.text, c.describe(), measureKey(c.measure), nullable(c.entity),
                                      nullable(dayOf(c.date)), verdictKey(k.verdict), nullable(k.storeFigure),
                                      k.storeValue ? QVariant(*k.storeValue) : QVariant(QMetaType::fromType<double>()),
                                      nullable(k.rowsSummary), rowsJson(k.rows), nullable(k.source), nullable(k.note),
                                      nullable(k.dependsOn)};
            for (int i = 0; i < values.size(); ++i)
                ins.bindValue(i, values.at(i));
            if (!ins.exec())
                return sqlError(QStringLiteral("cannot store a claim"), ins);
        }
        run.bindValue(0, id);
        run.bindValue(1, now);
        if (!run.exec())
            return sqlError(QStringLiteral("cannot record the claim check"), run);
    }
    return {};
}

QList<StoredClaim> ClaimStore::claimsForDocument(qint64 documentId) const
{
    QList<StoredClaim> out;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id, start_char, end_char, figure, claim, measure, coalesce(entity, ''), coalesce(claim_day, ''), "
                             "verdict, coalesce(store_figure, ''), store_value, coalesce(rows_summary, ''), rows, "
                             "coalesce(source, ''), coalesce(note, ''), coalesce(depends_on, '') "
                             "FROM claim WHERE document_id = ? ORDER BY start_char"));
    q.addBindValue(documentId);
    if (!q.exec()) {
        qWarning("claims: cannot read the claims of document %lld: %s", documentId, qPrintable(q.lastError().text()));
        return out;
    }
    while (q.next()) {
        StoredClaim s;
        s.documentId = documentId;
        QString verdict, rows;
        readColumns(q, 0, s.id, s.start, s.end, s.figure, s.claim, s.measure, s.entity, s.day, verdict,
                    s.check.storeFigure, s.check.storeValue, s.check.rowsSummary, rows, s.check.source,
                    s.check.note, s.check.dependsOn);
        s.check.verdict = verdictFromKey(verdict).value_or(Verdict::Unclear);
        s.check.rows = rowsFromJson(rows);
        out.append(s);
    }
    return out;
}

QHash<qint64, ClaimCounts> ClaimStore::countsByDocument() const
{
    QHash<qint64, ClaimCounts> out;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT document_id, verdict, count(*) FROM claim GROUP BY document_id, verdict"))) {
        qWarning("claims: cannot count claims: %s", qPrintable(q.lastError().text()));
        return out;
    }
    while (q.next()) {
        ClaimCounts &c = out[q.value(0).toLongLong()];
        const int n = q.value(2).toInt();
        switch (verdictFromKey(q.value(1).toString()).value_or(Verdict::Unclear)) {
        case Verdict::Agrees: c.agrees += n; break;
        case Verdict::Differs: c.differs += n; break;
        case Verdict::NoData: c.noData += n; break;
        case Verdict::Unclear: c.unclear += n; break;
        }
    }
    return out;
}

QHash<qint64, QStringList> ClaimStore::differingByDocument() const
{
    QHash<qint64, QStringList> out;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT document_id, figure, coalesce(store_figure, '') FROM claim "
                               "WHERE verdict = 'differs' ORDER BY document_id, start_char"))) {
        qWarning("claims: cannot read differing figures: %s", qPrintable(q.lastError().text()));
        return out;
    }
    while (q.next())
        out[q.value(0).toLongLong()].append(QStringLiteral("%1 (store: %2)").arg(q.value(1).toString(), q.value(2).toString()));
    return out;
}

ClaimCounts ClaimStore::countsForDocument(qint64 documentId) const { return countsByDocument().value(documentId); }

} // namespace stratos
