#pragma once
// Read-side queries over the store, returning core value types. Pages and the
// CLI go through here rather than writing SQL of their own.

#include "model/entities.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QSqlDatabase>
#include <QString>

namespace stratos {

struct TableCount
{
    QString name;   // as printed by `stratos stats`
    qint64 count = 0;
};

struct SecuritySummary
{
    Security security;
    QDate firstDay, lastDay;
    double lastClose = 0;
    bool hasPrices = false; // at least one price bar (a count would scan them all)
};

struct ConstellationYear
{
    QString constellation;
    int year = 0;
    int satellites = 0;
    int launches = 0;
};

// Rows behind the comparison charts (queries in repository_charts.cpp).
struct ConstellationLaunch
{
    QString constellation;
    QString launchTag;
    QDate day;
    int satellites = 0; // payloads of this constellation on the launch
};

struct LaunchTally
{
    int year = 0;
    QString country;
    int attempts = 0;
    int successes = 0;
};

class Repository
{
public:
    explicit Repository(QSqlDatabase db) : m_db(std::move(db)) {}
    QSqlDatabase database() const { return m_db; } // for writers that work beside the queries

    QList<TableCount> tableCounts() const;
    QList<AiModel> models() const;
    QList<SecuritySummary> securities() const;
    QList<PriceBar> priceBars(const QString &symbol, QDate from = {}, QDate to = {}) const;
    QList<Launch> launches(int limit = -1) const;
    QList<ConstellationYear> constellationYears() const;
    QMap<int, QMap<QString, int>> launchesPerYearByCountry() const;
    QList<Event> events() const;

    // For charts (repository_charts.cpp). Empty dates mean unbounded.
    // The models with an API price, oldest first; their source is the price's
    // where it has one of its own.
    QList<AiModel> modelPrices() const;
    QList<ConstellationLaunch> constellationLaunches(QDate from = {}, QDate to = {}) const;
    QList<LaunchTally> launchTallies(QDate from = {}, QDate to = {}) const;

private:
    QSqlDatabase m_db;
};

} // namespace stratos
