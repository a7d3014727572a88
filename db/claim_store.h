#pragma once
// The claims the store keeps for each document: found and checked when a
// document is written, re-checked when the data they depend on change (an
// import, an update, an undo), read back by the reader, the Library and the CLI.

#include "claim_check.h"
#include "claims/entity_catalog.h"
#include "util/result.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>

namespace stratos {

struct StoredClaim
{
    qint64 id = 0;
    qint64 documentId = 0;
    int start = 0, end = 0;
    QString figure;
    QString claim;
    QString measure;
    QString entity;
    QString day;
    ClaimCheck check;
};

struct ClaimCounts
{
    int agrees = 0, differs = 0, noData = 0, unclear = 0;
    int checked() const { return agrees + differs + noData + unclear; }
    // "12 figures checked: 9 agree, 2 differ, 1 without data"
    QString summary() const;
};

// A claim found and checked, before it is stored.
struct CheckedClaim
{
    claims::Claim claim;
    ClaimCheck check;
};

class ClaimStore
{
public:
    explicit ClaimStore(QSqlDatabase db) : m_db(std::move(db)) {}

    // The names of what the store holds, for the finder.
    Result<claims::EntityCatalog> catalog() const;

    // Finds and checks the claims in a text (a file read without importing it).
    Result<QList<CheckedClaim>> checkText(const QString &text, const QDate &documentDate) const;

    // Recomputes one document's claims. The caller owns the transaction.
    Status computeDocument(qint64 documentId);
    // Every document (after data changed). The caller owns the transaction.
    Status recomputeAll();
    // Documents never computed (a store that predates claims).
    Status computeMissing();

    QList<StoredClaim> claimsForDocument(qint64 documentId) const;
    ClaimCounts countsForDocument(qint64 documentId) const;
    QHash<qint64, ClaimCounts> countsByDocument() const;
    // Per document, its figures that differ: "3.6% (store: -3.07%)".
    QHash<qint64, QStringList> differingByDocument() const;

private:
    Status computeDocuments(const QString &where);
    QSqlDatabase m_db;
};

} // namespace stratos
