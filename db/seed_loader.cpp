#include "seed_loader.h"

#include "corpus_loader.h"
#include "dialect.h"
#include "pg/pg_stage.h"
#include "util/csv_reader.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

namespace stratos {
namespace {

#define TRY(expr)                                                                                  \
    do {                                                                                           \
        if (Status _s = (expr); !_s)                                                               \
            return _s;                                                                             \
    } while (0)

// A whole seed CSV in memory with columns looked up by header name.
class SeedTable
{
public:
    static Result<SeedTable> read(const QString &path)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return Error{QStringLiteral("cannot read seed file"), path};
        auto text = decodeUtf8Text(f.readAll(), path);
        if (!text)
            return text.error();
        SeedTable t;
        t.m_file = path;
        CsvReader reader(*text, u',', path);
        CsvRecord rec;
        if (!reader.next(rec))
            return Error{QStringLiteral("expected a header line, found an empty file"), path, 1, 1};
        for (int i = 0; i < rec.fields.size(); ++i)
            t.m_index.insert(rec.fields[i].trimmed(), i);
        while (reader.next(rec)) {
            if (rec.fields.size() == 1 && rec.fields[0].isEmpty())
                continue;
            if (rec.fields.size() != t.m_index.size())
                return Error{QStringLiteral("expected %1 fields as in the header, found %2")
                                 .arg(t.m_index.size())
                                 .arg(rec.fields.size()),
                             path, rec.line, 1};
            t.m_rows.append(rec.fields);
            t.m_lines.append(rec.line);
        }
        if (reader.hasError())
            return reader.error();
        return t;
    }

    Status require(const QStringList &columns) const
    {
        for (const QString &c : columns)
            if (!m_index.contains(c))
                return Error{QStringLiteral("expected a column named '%1'").arg(c), m_file, 1, 1};
        return {};
    }

    int size() const { return int(m_rows.size()); }
    QString text(int row, const QString &column) const
    {
        return m_rows[row][m_index.value(column)].trimmed();
    }
    QVariant textOrNull(int row, const QString &column) const
    {
        const QString s = text(row, column);
        return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
    }
    Result<QVariant> number(int row, const QString &column) const
    {
        const QString s = text(row, column);
        if (s.isEmpty())
            return QVariant(QMetaType::fromType<double>());
        bool ok = false;
        const double v = s.toDouble(&ok);
        if (!ok)
            return Error{QStringLiteral("expected a number in column '%1', found '%2'")
                             .arg(column, s),
                         m_file, m_lines[row], m_index.value(column) + 1};
        return QVariant(v);
    }
    Result<QVariant> integer(int row, const QString &column) const
    {
        const QString s = text(row, column);
        if (s.isEmpty())
            return QVariant(QMetaType::fromType<qlonglong>());
        bool ok = false;
        qlonglong v = s.toLongLong(&ok);
        if (!ok) {
            const double d = s.toDouble(&ok);
            v = qlonglong(d);
        }
        if (!ok)
            return Error{QStringLiteral("expected a whole number in column '%1', found '%2'")
                             .arg(column, s),
                         m_file, m_lines[row], m_index.value(column) + 1};
        return QVariant(v);
    }
    Error errorAt(int row, const QString &column, const QString &message) const
    {
        return Error{message, m_file, m_lines[row], m_index.value(column) + 1};
    }

private:
    QString m_file;
    QHash<QString, int> m_index;
    QList<QStringList> m_rows;
    QList<int> m_lines;
};

// INSERT ... ON CONFLICT DO UPDATE that only touches seed rows and only when a
// value actually differs, so re-applying the same seed changes nothing. The
// rows come from `rows`: "VALUES (?, ...)" for one row, or a SELECT of a stage.
QString upsertSql(SqlDialect dialect, const QString &table, const QStringList &keys, const QStringList &values,
                  const QString &rows)
{
    QStringList cols = keys + values;
    QStringList sets, diffs;
    for (const QString &v : values) {
        sets << QStringLiteral("%1 = excluded.%1").arg(v);
        diffs << sql::distinct(dialect, QStringLiteral("%1.%2").arg(table, v), QStringLiteral("excluded.") + v);
    }
    QString sql = QStringLiteral("INSERT INTO %1 (%2, origin) %3 ON CONFLICT (%4) ")
                      .arg(table, cols.join(u','), rows, keys.join(u','));
    if (values.isEmpty())
        return sql + QStringLiteral("DO NOTHING");
    return sql + QStringLiteral("DO UPDATE SET %1 WHERE %2.origin = 'seed' AND (%3)")
                     .arg(sets.join(u','), table, diffs.join(QStringLiteral(" OR ")));
}

// Writes seed rows by upsert. On a team store a table loaded in one go
// (`staged`) gathers its rows and sends them with COPY into a stage, then one
// INSERT ... SELECT ... ON CONFLICT writes them all: a statement per row costs
// a round trip each (52,000 rows: 13 s). Call finish() before reading the
// table back.
class Upserter
{
public:
    Upserter(QSqlDatabase db, const QString &table, const QStringList &keys, const QStringList &values,
             bool staged = false)
        : m_query(db), m_table(table), m_keyCount(int(keys.size()))
    {
        const QStringList marks(keys.size() + values.size(), QStringLiteral("?"));
        m_prepared = m_query.prepare(upsertSql(dialectOf(db), table, keys, values,
                                               QStringLiteral("VALUES (%1, 'seed')").arg(marks.join(u','))));
        if (staged)
            m_stage = pg::StagedRows::create(db, QStringLiteral("stratos_stage_seed_") + table, table, keys + values);
        if (m_stage)
            m_stagedSql = upsertSql(dialectOf(db), table, keys, values,
                                    QStringLiteral("SELECT %1, 'seed' FROM stratos_stage_seed_%2")
                                        .arg((keys + values).join(u','), table));
    }
    Status run(const QVariantList &args, int &changed)
    {
        if (m_stage) {
            // One statement may not meet a row twice: a key the file repeats
            // goes in after the rows before it, as row by row it would.
            QStringList key;
            for (int i = 0; i < m_keyCount; ++i)
                key << args[i].toString();
            const QString k = key.join(QChar(0x1f));
            if (m_stagedKeys.contains(k))
                TRY(finish(changed));
            m_stagedKeys.insert(k);
            m_stage->add(args);
            return m_stage->bytes() >= 4 * 1024 * 1024 ? finish(changed) : Status{};
        }
        if (!m_prepared)
            return Error{QStringLiteral("cannot prepare upsert into %1: %2")
                             .arg(m_table, m_query.lastError().text())};
        for (int i = 0; i < args.size(); ++i)
            m_query.bindValue(i, args[i]);
        if (!m_query.exec())
            return Error{QStringLiteral("cannot write %1: %2")
                             .arg(m_table, m_query.lastError().text())};
        changed += qMax(0, m_query.numRowsAffected());
        return {};
    }
    // Writes what waits in the stage (nothing to do row by row).
    Status finish(int &changed)
    {
        if (!m_stage)
            return {};
        m_stagedKeys.clear();
        auto n = m_stage->apply(m_stagedSql);
        if (!n)
            return Error{QStringLiteral("cannot write %1: %2").arg(m_table, n.error().message)};
        changed += int(*n);
        return {};
    }

private:
    QSqlQuery m_query;
    QString m_table;
    int m_keyCount = 0;
    bool m_prepared = false;
    std::unique_ptr<pg::StagedRows> m_stage;
    QString m_stagedSql;
    QSet<QString> m_stagedKeys;
};

QHash<QString, qlonglong> idMap(QSqlDatabase db, const QString &sql)
{
    QHash<QString, qlonglong> map;
    QSqlQuery q(db);
    sql::streamRows(q);
    if (q.exec(sql))
        while (q.next())
            map.insert(q.value(1).toString(), q.value(0).toLongLong());
    return map;
}

QString resolvePath(const QString &root, const QString &name) { return root + u'/' + name; }

#define TRY_VALUE(var, expr)                                                                       \
    auto var##_r = (expr);                                                                         \
    if (!var##_r)                                                                                  \
        return var##_r.error();                                                                    \
    const QVariant var = *var##_r

} // namespace

SeedLoader::SeedLoader(QSqlDatabase db, QString seedRoot, QString corpusRoot)
    : m_db(std::move(db)), m_seedRoot(std::move(seedRoot)), m_corpusRoot(std::move(corpusRoot))
{
}

int SeedLoader::embeddedVersion() const
{
    QFile f(resolvePath(m_seedRoot, QStringLiteral("VERSION")));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    return QString::fromUtf8(f.readAll()).trimmed().toInt();
}

int SeedLoader::storedVersion(QSqlDatabase db)
{
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'seed_version'")) && q.next())
        return q.value(0).toInt();
    return 0;
}

Result<SeedReport> SeedLoader::ensureCurrent()
{
    if (storedVersion(m_db) >= embeddedVersion()) {
        SeedReport r;
        r.seedVersion = storedVersion(m_db);
        return r;
    }
    return apply();
}

Result<SeedReport> SeedLoader::apply()
{
    SeedReport report;
    report.seedVersion = embeddedVersion();
    if (!m_db.transaction())
        return Error{QStringLiteral("cannot start the seed transaction: %1")
                         .arg(m_db.lastError().text())};
    Status s = loadAll(report);
    if (s) {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("INSERT INTO meta(key, value) VALUES ('seed_version', ?) "
                                 "ON CONFLICT(key) DO UPDATE SET value = excluded.value "
                                 "WHERE ")
                  + sql::distinct(dialectOf(m_db), QStringLiteral("meta.value"), QStringLiteral("excluded.value")));
        q.addBindValue(QString::number(report.seedVersion));
        if (!q.exec())
            s = Error{QStringLiteral("cannot record the seed version: %1")
                          .arg(q.lastError().text())};
    }
    if (!s) {
        m_db.rollback();
        return s.error();
    }
    if (!m_db.commit())
        return Error{QStringLiteral("cannot commit the seed: %1").arg(m_db.lastError().text())};
    report.applied = true;
    for (int n : std::as_const(report.perTable))
        report.changedRows += n;
    return report;
}

namespace {

Status loadHeadlines(QSqlDatabase db, const Result<SeedTable> &read, SeedReport &report)
{
    if (!read)
        return read.error();
    const SeedTable &t = read.value();
    TRY(t.require({"card", "first", "second", "event_key", "others"}));
    // Each card names rows the store has, so a card never compares nothing.
    const auto models = idMap(db, QStringLiteral("SELECT id, name FROM ai_model"));
    const auto securities = idMap(db, QStringLiteral("SELECT id, symbol FROM security"));
    const auto events = idMap(db, QStringLiteral("SELECT id, key FROM event"));
    static const QStringList cards = {"training_cost", "api_price", "market_day", "constellations"};
    int changed = 0;
    Upserter up(db, QStringLiteral("headline"), {"card"}, {"first", "second", "event_key", "others"});
    for (int r = 0; r < t.size(); ++r) {
        const QString card = t.text(r, "card");
        if (!cards.contains(card))
            return t.errorAt(r, "card", QStringLiteral("expected one of %1, found '%2'").arg(cards.join(u'/'), card));
        const auto &known = card == QLatin1String("market_day") ? securities : models;
        for (const char *column : {"first", "second"})
            if (card != QLatin1String("constellations") && !known.contains(t.text(r, column)))
                return t.errorAt(r, column, QStringLiteral("expected %1 in the store, found '%2'")
                                                .arg(card == QLatin1String("market_day") ? QStringLiteral("a security")
                                                                                         : QStringLiteral("a model"),
                                                     t.text(r, column)));
        if (card == QLatin1String("market_day") && !events.contains(t.text(r, "event_key")))
            return t.errorAt(r, "event_key", QStringLiteral("expected an event key from events.csv, found '%1'")
                                                 .arg(t.text(r, "event_key")));
        TRY(up.run({card, t.text(r, "first"), t.text(r, "second"), t.textOrNull(r, "event_key"),
                    t.textOrNull(r, "others")},
                   changed));
    }
    report.perTable[QStringLiteral("headline")] += changed;
    return {};
}

} // namespace

Status SeedLoader::loadAll(SeedReport &report)
{
    auto step = [this](const QString &name, int done) {
        if (m_progress)
            m_progress(name, done, 9);
    };
    auto table = [this](const QString &file) { return SeedTable::read(resolvePath(m_seedRoot, file)); };

    // Sources
    step(QStringLiteral("sources"), 0);
    auto sources = table(QStringLiteral("sources.csv"));
    if (!sources)
        return sources.error();
    TRY(sources->require({"key", "kind", "title", "url", "license", "accessed_on"}));
    {
        int changed = 0;
        Upserter up(m_db, QStringLiteral("source"), {"key"},
                    {"kind", "title", "url", "license", "accessed_on"}, true);
        for (int r = 0; r < sources->size(); ++r)
            TRY(up.run({sources->text(r, "key"), sources->text(r, "kind"), sources->text(r, "title"),
                        sources->textOrNull(r, "url"), sources->textOrNull(r, "license"),
                        sources->textOrNull(r, "accessed_on")},
                       changed));
        TRY(up.finish(changed));
        report.perTable[QStringLiteral("source")] += changed;
    }
    auto sourceIds = idMap(m_db, QStringLiteral("SELECT id, key FROM source"));
    auto sourceId = [&](const SeedTable &t, int r, const QString &col) -> Result<QVariant> {
        const QString key = t.text(r, col);
        if (key.isEmpty())
            return QVariant(QMetaType::fromType<qlonglong>());
        if (!sourceIds.contains(key))
            return t.errorAt(r, col, QStringLiteral("expected a key from sources.csv, found '%1'").arg(key));
        return QVariant(sourceIds.value(key));
    };

    // Organizations
    step(QStringLiteral("organizations"), 1);
    auto orgs = table(QStringLiteral("organizations.csv"));
    if (!orgs)
        return orgs.error();
    TRY(orgs->require({"name", "country", "kind", "ticker", "source_key"}));
    {
        int changed = 0;
        Upserter up(m_db, QStringLiteral("organization"), {"name"},
                    {"country", "kind", "ticker", "source_id"}, true);
        for (int r = 0; r < orgs->size(); ++r) {
            TRY_VALUE(src, sourceId(*orgs, r, "source_key"));
            TRY(up.run({orgs->text(r, "name"), orgs->textOrNull(r, "country"),
                        orgs->textOrNull(r, "kind"), orgs->textOrNull(r, "ticker"), src},
                       changed));
        }
        TRY(up.finish(changed));
        report.perTable[QStringLiteral("organization")] += changed;
    }
    const auto orgIds = idMap(m_db, QStringLiteral("SELECT id, name FROM organization"));
    auto orgId = [&](const SeedTable &t, int r, const QString &col) -> Result<QVariant> {
        const QString name = t.text(r, col);
        if (name.isEmpty())
            return QVariant(QMetaType::fromType<qlonglong>());
        if (!orgIds.contains(name))
            return t.errorAt(r, col, QStringLiteral("expected an organization from organizations.csv, found '%1'").arg(name));
        return QVariant(orgIds.value(name));
    };

    // Models
    step(QStringLiteral("models"), 2);
    auto models = table(QStringLiteral("models.csv"));
    if (!models)
        return models.error();
    TRY(models->require({"name", "organization", "country", "released_on", "domain", "parameters",
                         "training_compute_flop", "training_cost_usd", "cost_basis", "open_weights",
                         "api_input_usd_per_mtok", "api_output_usd_per_mtok", "source_key",
                         "price_source_key"}));
    {
        int changed = 0;
        Upserter up(m_db, QStringLiteral("ai_model"), {"name"},
                    {"organization_id", "country", "released_on", "domain", "parameters",
                     "training_compute_flop", "training_cost_usd", "cost_basis", "open_weights",
                     "api_input_usd_per_mtok", "api_output_usd_per_mtok", "price_source_id",
                     "source_id"}, true);
        for (int r = 0; r < models->size(); ++r) {
            TRY_VALUE(org, orgId(*models, r, "organization"));
            TRY_VALUE(params, models->number(r, "parameters"));
            TRY_VALUE(flop, models->number(r, "training_compute_flop"));
            TRY_VALUE(cost, models->number(r, "training_cost_usd"));
            TRY_VALUE(open, models->integer(r, "open_weights"));
            TRY_VALUE(pin, models->number(r, "api_input_usd_per_mtok"));
            TRY_VALUE(pout, models->number(r, "api_output_usd_per_mtok"));
            TRY_VALUE(psrc, sourceId(*models, r, "price_source_key"));
            TRY_VALUE(src, sourceId(*models, r, "source_key"));
            if (src.isNull())
                return models->errorAt(r, "source_key", QStringLiteral("expected a source for every model"));
            TRY(up.run({models->text(r, "name"), org, models->textOrNull(r, "country"),
                        models->textOrNull(r, "released_on"), models->textOrNull(r, "domain"),
                        params, flop, cost, models->textOrNull(r, "cost_basis"),
                        open.isNull() ? QVariant(0) : open, pin, pout, psrc, src},
                       changed));
        }
        TRY(up.finish(changed));
        report.perTable[QStringLiteral("ai_model")] += changed;
    }

    // Securities and price bars
    step(QStringLiteral("securities"), 3);
    auto secs = table(QStringLiteral("securities.csv"));
    if (!secs)
        return secs.error();
    TRY(secs->require({"symbol", "name", "kind", "currency", "organization", "adjusted", "source_key"}));
    QHash<QString, QVariant> secSource;
    {
        int changed = 0;
        Upserter up(m_db, QStringLiteral("security"), {"symbol"},
                    {"name", "kind", "currency", "organization_id", "adjusted", "source_id"}, true);
        for (int r = 0; r < secs->size(); ++r) {
            TRY_VALUE(org, orgId(*secs, r, "organization"));
            TRY_VALUE(adj, secs->integer(r, "adjusted"));
            TRY_VALUE(src, sourceId(*secs, r, "source_key"));
            secSource.insert(secs->text(r, "symbol"), src);
            TRY(up.run({secs->text(r, "symbol"), secs->textOrNull(r, "name"), secs->text(r, "kind"),
                        secs->textOrNull(r, "currency"), org, adj.isNull() ? QVariant(0) : adj, src},
                       changed));
        }
        TRY(up.finish(changed));
        report.perTable[QStringLiteral("security")] += changed;
    }
    const auto secIds = idMap(m_db, QStringLiteral("SELECT id, symbol FROM security"));

    step(QStringLiteral("prices"), 4);
    auto bars = table(QStringLiteral("price_bars.csv"));
    if (!bars)
        return bars.error();
    TRY(bars->require({"symbol", "day", "open", "high", "low", "close", "adj_close", "volume"}));
    {
        int changed = 0;
        Upserter up(m_db, QStringLiteral("price_bar"), {"security_id", "day"},
                    {"open", "high", "low", "close", "adj_close", "volume", "source_id"}, true);
        for (int r = 0; r < bars->size(); ++r) {
            const QString sym = bars->text(r, "symbol");
            if (!secIds.contains(sym))
                return bars->errorAt(r, "symbol", QStringLiteral("expected a symbol from securities.csv, found '%1'").arg(sym));
            TRY_VALUE(o, bars->number(r, "open"));
            TRY_VALUE(h, bars->number(r, "high"));
            TRY_VALUE(l, bars->number(r, "low"));
            TRY_VALUE(c, bars->number(r, "close"));
            TRY_VALUE(ac, bars->number(r, "adj_close"));
            TRY_VALUE(v, bars->integer(r, "volume"));
            if (c.isNull())
                return bars->errorAt(r, "close", QStringLiteral("expected a closing price"));
            TRY(up.run({secIds.value(sym), bars->text(r, "day"), o, h, l, c, ac, v,
                        secSource.value(sym)},
                       changed));
        }
        TRY(up.finish(changed));
        report.perTable[QStringLiteral("price_bar")] += changed;
    }

    // Launches and payloads
    step(QStringLiteral("launches"), 5);
    auto launches = table(QStringLiteral("launches.csv"));
    if (!launches)
        return launches.error();
    TRY(launches->require({"tag", "launched_at", "vehicle", "site", "country", "operator", "outcome", "source_key"}));
    QVariant gcatSource;
    {
        int changed = 0;
        Upserter up(m_db, QStringLiteral("launch"), {"tag"},
                    {"launched_at", "vehicle", "site", "country", "operator", "outcome", "source_id"}, true);
        for (int r = 0; r < launches->size(); ++r) {
            TRY_VALUE(src, sourceId(*launches, r, "source_key"));
            gcatSource = src;
            TRY(up.run({launches->text(r, "tag"), launches->text(r, "launched_at"),
                        launches->textOrNull(r, "vehicle"), launches->textOrNull(r, "site"),
                        launches->textOrNull(r, "country"), launches->textOrNull(r, "operator"),
                        launches->text(r, "outcome"), src},
                       changed));
        }
        TRY(up.finish(changed));
        report.perTable[QStringLiteral("launch")] += changed;
    }
    const auto launchIds = idMap(m_db, QStringLiteral("SELECT id, tag FROM launch"));
    step(QStringLiteral("payloads"), 6);
    auto payloads = table(QStringLiteral("payloads.csv"));
    if (!payloads)
        return payloads.error();
    TRY(payloads->require({"launch_tag", "piece", "jcat", "name", "owner", "constellation"}));
    {
        int changed = 0;
        Upserter up(m_db, QStringLiteral("payload"), {"launch_id", "jcat"},
                    {"piece", "name", "owner", "constellation", "source_id"}, true);
        for (int r = 0; r < payloads->size(); ++r) {
            const QString tag = payloads->text(r, "launch_tag");
            if (!launchIds.contains(tag))
                return payloads->errorAt(r, "launch_tag", QStringLiteral("expected a tag from launches.csv, found '%1'").arg(tag));
            const QString piece = payloads->text(r, "piece");
            const QString jcat = payloads->text(r, "jcat");
            TRY(up.run({launchIds.value(tag), jcat.isEmpty() ? piece : jcat, piece,
                        payloads->textOrNull(r, "name"), payloads->textOrNull(r, "owner"),
                        payloads->textOrNull(r, "constellation"), gcatSource},
                       changed));
        }
        TRY(up.finish(changed));
        report.perTable[QStringLiteral("payload")] += changed;
    }

    // GCAT's payload catalogue: when each constellation satellite stopped
    // operating, so a new store can count satellites in service.
    auto status = table(QStringLiteral("satellite_status.csv"));
    if (!status)
        return status.error();
    TRY(status->require({"jcat", "piece", "program", "constellation", "launched_on", "ended_on",
                         "operating", "as_of"}));
    {
        int changed = 0;
        Upserter up(m_db, QStringLiteral("satellite_status"), {"jcat"},
                    {"piece", "program", "constellation", "launched_on", "ended_on", "operating",
                     "as_of", "source_id"}, true);
        for (int r = 0; r < status->size(); ++r) {
            TRY_VALUE(operating, status->integer(r, "operating"));
            TRY(up.run({status->text(r, "jcat"), status->textOrNull(r, "piece"),
                        status->textOrNull(r, "program"), status->textOrNull(r, "constellation"),
                        status->text(r, "launched_on"), status->textOrNull(r, "ended_on"),
                        operating.toInt(), status->textOrNull(r, "as_of"), gcatSource},
                       changed));
        }
        TRY(up.finish(changed));
        report.perTable[QStringLiteral("satellite_status")] += changed;
    }

    // Events: each event's URL becomes its source.
    step(QStringLiteral("events"), 7);
    auto events = table(QStringLiteral("events.csv"));
    if (!events)
        return events.error();
    TRY(events->require({"key", "day", "lane", "title", "summary", "importance", "url", "concerns"}));
    {
        int changed = 0;
        Upserter srcUp(m_db, QStringLiteral("source"), {"key"}, {"kind", "title", "url"});
        Upserter up(m_db, QStringLiteral("event"), {"key"},
                    {"day", "lane", "title", "summary", "importance", "source_id"});
        QSqlQuery link(m_db);
        link.prepare(QStringLiteral("INSERT INTO event_link(event_id, entity_kind, entity_key) "
                                    "SELECT id, ?, ? FROM event WHERE key = ? AND origin = 'seed' "
                                    "ON CONFLICT DO NOTHING"));
        static const QStringList kinds = {"model", "security", "organization", "constellation", "launch"};
        for (int r = 0; r < events->size(); ++r) {
            const QString url = events->text(r, "url");
            if (url.isEmpty())
                return events->errorAt(r, "url", QStringLiteral("expected a source URL for every event"));
            int srcChanged = 0;
            TRY(srcUp.run({url, QStringLiteral("url"), QUrl(url).host(), url}, srcChanged));
            report.perTable[QStringLiteral("source")] += srcChanged;
            if (srcChanged)
                sourceIds = idMap(m_db, QStringLiteral("SELECT id, key FROM source"));
            TRY_VALUE(imp, events->integer(r, "importance"));
            TRY(up.run({events->text(r, "key"), events->text(r, "day"), events->text(r, "lane"),
                        events->text(r, "title"), events->textOrNull(r, "summary"),
                        imp.isNull() ? QVariant(1) : imp, sourceIds.value(url)},
                       changed));
            const QString concerns = events->text(r, "concerns");
            for (const QString &c : concerns.split(u';', Qt::SkipEmptyParts)) {
                const qsizetype colon = c.indexOf(u':');
                const QString kind = c.left(colon).trimmed();
                if (colon <= 0 || !kinds.contains(kind))
                    return events->errorAt(r, "concerns", QStringLiteral("expected kind:key with kind one of %1, found '%2'").arg(kinds.join(u'/'), c));
                link.bindValue(0, kind);
                link.bindValue(1, c.mid(colon + 1).trimmed());
                link.bindValue(2, events->text(r, "key"));
                if (!link.exec())
                    return Error{QStringLiteral("cannot link event: %1").arg(link.lastError().text())};
                changed += qMax(0, link.numRowsAffected());
            }
        }
        report.perTable[QStringLiteral("event")] += changed;
    }

    // What the overview's headline cards compare (migration 0010). Older seeds have none.
    if (QFile::exists(resolvePath(m_seedRoot, QStringLiteral("headlines.csv"))))
        TRY(loadHeadlines(m_db, table(QStringLiteral("headlines.csv")), report));

    // Briefing notes
    step(QStringLiteral("documents"), 8);
    CorpusLoader corpus(m_db);
    auto docs = corpus.loadDirectory(m_corpusRoot, QStringLiteral("seed"));
    if (!docs)
        return docs.error();
    report.perTable[QStringLiteral("document")] += *docs;
    step(QStringLiteral("done"), 9);
    return {};
}

} // namespace stratos
