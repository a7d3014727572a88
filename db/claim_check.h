#pragma once
// Checks a claim against the store's rows as of the claim's date: agrees,
// differs, no data or unclear, with the store's figure, the rows it comes
// from and their source. When in doubt the verdict is "unclear".

#include "claims/claim.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <map>
#include <optional>

namespace stratos {

enum class Verdict { Agrees, Differs, NoData, Unclear };

QString verdictKey(Verdict v);                 // "agrees", "differs", "no data", "unclear"
std::optional<Verdict> verdictFromKey(const QString &key);

struct CheckedRow
{
    QString table; // "price_bar", "ai_model", "payload", "launch", "event"
    QString key;   // "^IXIC 2025-01-27", a model name, a launch tag
    QString text;  // "^IXIC close on 2025-01-27: 19341.83"
};

struct ClaimCheck
{
    Verdict verdict = Verdict::Unclear;
    QString storeFigure;     // "-3.07%", "$0.55", "2025-01-20"; empty when the store has none
    std::optional<double> storeValue;
    QList<CheckedRow> rows;
    QString rowsSummary;     // "^IXIC closes 2025-01-24 and 2025-01-27"
    QString source;          // the rows' source title
    QString note;            // why, in a sentence
    QString dependsOn;       // "security:^IXIC", "model:DeepSeek-R1", "constellation:Starlink"
};

// One checker serves one pass over a set of claims, with the store unchanged
// meanwhile: what several claims read (a constellation's launches, the log's
// last day) is read once per checker.
class ClaimChecker
{
public:
    explicit ClaimChecker(QSqlDatabase db) : m_db(std::move(db)) {}

    // documentDate bounds "in 2026 so far" and similar as-of counts; may be invalid.
    ClaimCheck check(const claims::Claim &claim, const QDate &documentDate) const;

private:
    ClaimCheck checkMarket(const claims::Claim &claim) const;
    ClaimCheck checkModel(const claims::Claim &claim) const;
    ClaimCheck checkSpace(const claims::Claim &claim, const QDate &documentDate) const;
    ClaimCheck checkOperating(const claims::Claim &claim, const QString &depends) const;
    struct SpaceLaunch
    {
        QString tag;
        QDate day;
        int satellites = 0; // of the constellation
        qint64 source = 0;
    };
    // The launches carrying a constellation's satellites, in order; nullopt when unreadable.
    std::optional<QList<SpaceLaunch>> constellationLaunches(const QString &constellation) const; // shared, not copied
    QDate logEnd() const;
    // One prepared statement per text for the checker's life: on a team store
    // each prepare is a round trip to the server and another to free it, and
    // re-checking a store's claims after an import runs the same few hundred times.
    QSqlQuery &prepared(const QString &sql) const;
    QString sourceTitle(qint64 sourceId) const; // remembered per source

    QSqlDatabase m_db;
    mutable std::map<QString, QSqlQuery> m_prepared;
    mutable QHash<qint64, QString> m_titles;
    mutable QHash<QString, std::optional<QList<SpaceLaunch>>> m_launches;
    mutable std::optional<QDate> m_logEnd;
};

} // namespace stratos
