#pragma once
// Plain value types for the facts Stratos keeps. Every fact carries its source
// (provenance) so a number in any chart can be traced back.

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <optional>

namespace stratos {

enum class Origin { Seed, Import, User };

struct Source
{
    QString key;   // stable: "epoch", "gcat", a URL, "user"
    QString kind;  // dataset, url, document, user, import
    QString title;
    QString url;
    QString license;
};

struct Organization
{
    QString name;
    QString country; // ISO 3166 alpha-2
    QString kind;    // industry, academia, government, other
    QString ticker;
};

struct AiModel
{
    QString name;
    QString organization;
    QString country;
    QDate releasedOn;
    QString domain;
    std::optional<double> parameters;
    std::optional<double> trainingComputeFlop;
    std::optional<double> trainingCostUsd;
    QString costBasis; // epoch_2023_usd, reported, or empty
    bool openWeights = false;
    std::optional<double> apiInputUsdPerMTok;
    std::optional<double> apiOutputUsdPerMTok;
    QString sourceTitle;
    QString sourceUrl;
};

struct Security
{
    QString symbol;
    QString name;
    QString kind; // stock, index
    QString currency;
    bool adjusted = false;
};

struct PriceBar
{
    QDate day;
    double open = 0, high = 0, low = 0, close = 0;
    std::optional<double> adjClose;
    std::optional<qint64> volume;
};

struct Launch
{
    QString tag;
    QString launchedAt; // ISO date or date-time, precision as known
    QString vehicle;
    QString site;
    QString country;
    QString operatorName;
    QString outcome; // success, failure
    int payloads = 0;
};

struct Event
{
    qint64 id = 0;
    QString key;
    QDate day;
    QString lane; // model, market, space, policy, user
    QString title;
    QString summary;
    int importance = 1;
    QString url;
    QStringList concerns; // kind:key
    Origin origin = Origin::Seed;
};

// A row of the document table (db/document_rows.h maps it); the text itself
// is read on demand (LibraryStore::text), never with the list.
struct Document
{
    qint64 id = 0;
    QString path;
    QString title;
    QString publisher;
    QDate publishedOn;
    QString url;
    QString mime;
    QString sha256;
    Origin origin = Origin::Seed;
    QString authors;
    QString metaSource; // where the title, authors and date were found, or "edited by the user"
    int passages = 0;
    int chars = 0;
    QDateTime importedAt;
    bool metaEdited = false; // the user's metadata, kept across re-imports
};

} // namespace stratos
