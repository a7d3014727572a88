#pragma once
// The names a document may use for what the store holds: securities, the
// organizations behind them, models and constellations, with the common names
// derived from the store's own names ("NVIDIA" -> "Nvidia", "Meta AI" -> "Meta",
// "NASDAQ Composite" -> "Nasdaq", "DeepSeek-R1" -> "R1", "deep seek V3").

#include "claims/claim.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace stratos::claims {

struct CatalogInput
{
    struct Security
    {
        QString symbol, name, kind, organization; // kind: "stock" or "index"
    };
    struct Model
    {
        QString name, organization;
    };
    QList<Security> securities;
    QStringList organizations;
    QList<Model> models;
    QStringList constellations;
};

struct EntityMention
{
    int start = 0, end = 0;
    EntityKind kind = EntityKind::None;
    QString key;  // symbol, organization, model or constellation name
    QString text; // as written
};

class EntityCatalog
{
public:
    static EntityCatalog build(const CatalogInput &input);

    // Mentions within [from, to) of text, longest first where they overlap, in text order.
    QList<EntityMention> find(const QString &text, int from, int to) const;

    int size() const { return int(m_names.size()); }

private:
    struct Name
    {
        QString folded;      // lower case, separators removed for models
        bool caseSensitive;  // tickers and all-capital short names
        bool loose;          // spaces and hyphens optional (model names)
        QString original;
        EntityKind kind;
        QString key;
    };
    void add(const QString &name, EntityKind kind, const QString &key, bool loose);
    QList<Name> m_names;
    // Names by their first two folded characters, so find() looks at each
    // position of a sentence once instead of searching it for every name (the
    // claim re-check after an import searched every sentence for ~1,000 names).
    QHash<quint32, QList<int>> m_byFirstPair;
    QList<int> m_oneCharacter; // names that fold to one character
};

// "Alphabet Inc. Class A" -> "Alphabet"; "Meta AI" -> "Meta"; "Amazon.com, Inc." -> "Amazon".
QString commonName(const QString &name);

} // namespace stratos::claims
