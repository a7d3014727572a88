#include "ask_facts.h"
#include "dialect.h"

#include "ask/question_parse.h"
#include "satellite_counts.h"

#include <QLocale>
#include <algorithm>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace stratos {
namespace {

using ask::DataFact;
using ask::indexOfPhrase;
using ask::wordTokens;

QString money(double v)
{
    if (v >= 1e9)
        return QStringLiteral("$%1 billion").arg(v / 1e9, 0, 'f', 2);
    if (v >= 1e6)
        return QStringLiteral("$%1 million").arg(v / 1e6, 0, 'f', 2);
    if (v >= 1e3)
        return QStringLiteral("$") + QLocale::c().toString(v, 'f', 0);
    return QStringLiteral("$%1").arg(v, 0, 'f', 2);
}

QString fixed2(double v) { return QString::number(v, 'f', 2); }

// A dataset named as a person would: "GCAT launch log", "Yahoo Finance daily
// prices", "Epoch AI". From the source's title: its acronym and what it holds,
// else the title up to its first qualifier; `kind` when there is no title.
QString datasetName(const QString &sourceTitle, const QString &kind)
{
    static const QRegularExpression acronym(QStringLiteral("\\b([A-Z][A-Z0-9]{2,})\\b"));
    if (const auto m = acronym.match(sourceTitle); m.hasMatch())
        return QStringLiteral("%1 %2").arg(m.captured(1), kind);
    static const QRegularExpression qualifier(QStringLiteral(",|\\s\\(|\\svia\\s|:"));
    const QString head = sourceTitle.section(qualifier, 0, 0).trimmed();
    if (!head.isEmpty() && head.size() <= 40)
        return head;
    return kind.left(1).toUpper() + kind.mid(1);
}

bool mentions(const QStringList &tokens, const QList<QStringList> &phrases)
{
    for (const QStringList &p : phrases)
        if (indexOfPhrase(tokens, p) >= 0)
            return true;
    return false;
}

// ---- securities ----

struct SecurityRow
{
    qint64 id = 0;
    QString symbol, name, kind;
    QList<QStringList> aliases;
};

QList<SecurityRow> securities(QSqlDatabase db)
{
    QList<SecurityRow> out;
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT s.id, s.symbol, coalesce(s.name, ''), s.kind, coalesce(o.name, '') "
                          "FROM security s LEFT JOIN organization o ON o.id = s.organization_id ORDER BY s.symbol"));
    while (q.next()) {
        SecurityRow r{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(), {}};
        r.aliases << wordTokens(r.symbol);
        const QStringList org = wordTokens(q.value(4).toString());
        const QStringList name = wordTokens(r.name);
        if (!org.isEmpty())
            r.aliases << org << QStringList{org.first()};
        if (!name.isEmpty() && name.first().size() >= 4)
            r.aliases << QStringList{name.first()};
        if (name.size() >= 2)
            r.aliases << name.mid(0, 2); // "nasdaq composite", "s p"
        if (r.name.contains(QLatin1String("S&P"), Qt::CaseInsensitive))
            r.aliases << QStringList{QStringLiteral("sp500")} << QStringList{QStringLiteral("spx")};
        out << r;
    }
    return out;
}

DataFact moveFact(QSqlDatabase db, const SecurityRow &s, QDate asked)
{
    QSqlQuery q(db);
    const SqlDialect dialect = dialectOf(db);
    q.prepare(QStringLiteral(
        "SELECT d.day, d.open, d.high, d.low, d.close, p.day, p.close, "
        "%1, %2, %3, coalesce(src.title, '') "
        "FROM price_bar d JOIN price_bar p ON p.security_id = d.security_id AND p.day = "
        "  (SELECT max(day) FROM price_bar WHERE security_id = d.security_id AND day < d.day) "
        "LEFT JOIN source src ON src.id = d.source_id "
        "WHERE d.security_id = :id AND d.day = "
        "  (SELECT max(day) FROM price_bar WHERE security_id = :id AND day <= :day)")
                  .arg(sql::round(dialect, QStringLiteral("100.0 * (d.close - p.close) / p.close"), 2),
                       sql::round(dialect, QStringLiteral("d.close - p.close"), 2),
                       sql::round(dialect, QStringLiteral("100.0 * (d.open - p.close) / p.close"), 2)));
    q.bindValue(QStringLiteral(":id"), s.id);
    q.bindValue(QStringLiteral(":day"), asked.toString(Qt::ISODate));
    if (!q.exec() || !q.next())
        return {};
    const QString day = q.value(0).toString();
    const QString prevDay = q.value(5).toString();
    if (QDate::fromString(day, Qt::ISODate).daysTo(asked) > 5)
        return {}; // the data ends before the day asked about
    const double pct = q.value(7).toDouble();
    const double gap = q.value(9).toDouble();
    const QString who = s.name.isEmpty() || s.name == s.symbol ? s.symbol
                                                                : QStringLiteral("%1 (%2)").arg(s.symbol, s.name);
    QString text;
    if (day != asked.toString(Qt::ISODate))
        text = QStringLiteral("%1 was not a trading day; on the trading day before it, ").arg(asked.toString(Qt::ISODate));
    text += QStringLiteral("%1 closed at %2 on %3, %4 %5% (%6) from its close of %7 on %8. "
                           "That day it opened at %9, %10 %11% from the previous close, and traded between %12 and %13.")
                .arg(who, fixed2(q.value(4).toDouble()), day, pct < 0 ? QStringLiteral("down") : QStringLiteral("up"),
                     fixed2(std::abs(pct)), QStringLiteral("%1%2").arg(q.value(8).toDouble() < 0 ? "" : "+").arg(fixed2(q.value(8).toDouble())),
                     fixed2(q.value(6).toDouble()), prevDay, fixed2(q.value(1).toDouble()))
                .arg(gap < 0 ? QStringLiteral("down") : QStringLiteral("up"), fixed2(std::abs(gap)),
                     fixed2(q.value(3).toDouble()), fixed2(q.value(2).toDouble()));
    DataFact f;
    f.label = QStringLiteral("%1: %2 on %3 and %4")
                  .arg(datasetName(q.value(10).toString(), QStringLiteral("daily prices")), s.symbol, prevDay, day);
    f.text = text;
    f.table = QStringLiteral("price_bar");
    f.rowKeys = QStringLiteral("%1 on %2 and %3").arg(s.symbol, prevDay, day);
    return f;
}

// ---- constellations ----

QList<QStringList> constellationAliases(const QString &name) { return {wordTokens(name)}; }

DataFact constellationYearFact(QSqlDatabase db, const QString &constellation, int year, const QString &logEnd)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "SELECT l.tag, count(*), coalesce(src.title, '') FROM payload p JOIN launch l ON l.id = p.launch_id "
        "LEFT JOIN source src ON src.id = l.source_id "
        "WHERE p.constellation = ? AND l.outcome = 'success' AND substr(l.launched_at, 1, 4) = ? "
        "GROUP BY l.id ORDER BY l.launched_at"));
    q.addBindValue(constellation);
    q.addBindValue(QString::number(year));
    QStringList launches;
    QString source;
    if (q.exec())
        while (q.next()) {
            launches << QStringLiteral("%1 (%2)").arg(q.value(0).toString()).arg(q.value(1).toInt());
            source = q.value(2).toString();
        }
    q.prepare(QStringLiteral(
        "SELECT count(CASE WHEN l.outcome = 'success' THEN 1 END), count(DISTINCT CASE WHEN l.outcome = 'success' THEN l.id END), "
        "count(CASE WHEN l.outcome <> 'success' THEN 1 END), count(DISTINCT CASE WHEN l.outcome <> 'success' THEN l.id END) "
        "FROM payload p JOIN launch l ON l.id = p.launch_id "
        "WHERE p.constellation = ? AND substr(l.launched_at, 1, 4) = ?"));
    q.addBindValue(constellation);
    q.addBindValue(QString::number(year));
    if (!q.exec() || !q.next())
        return {};
    const int satellites = q.value(0).toInt(), ok = q.value(1).toInt();
    const int lostSats = q.value(2).toInt(), failedLaunches = q.value(3).toInt();
    DataFact f;
    const QLocale prose(QLocale::English); // "1,722", as a text writes it
    f.text = QStringLiteral("The store's launch log counts %1 %2 satellites launched on %3 successful launch%4 in %5")
                 .arg(prose.toString(satellites))
                 .arg(constellation)
                 .arg(prose.toString(ok))
                 .arg(ok == 1 ? QString() : QStringLiteral("es"))
                 .arg(year);
    if (failedLaunches > 0)
        f.text += QStringLiteral(", and %1 more lost on %2 failed launch%3")
                      .arg(prose.toString(lostSats))
                      .arg(failedLaunches)
                      .arg(failedLaunches == 1 ? QString() : QStringLiteral("es"));
    f.text += QStringLiteral(" (the log runs to %1).").arg(logEnd);
    f.label = QStringLiteral("%1: %2 launches in %3")
                  .arg(datasetName(source, QStringLiteral("launch log")), constellation)
                  .arg(year);
    f.table = QStringLiteral("payload, launch");
    f.rowKeys = launches.isEmpty() ? QStringLiteral("no %1 payloads in %2").arg(constellation).arg(year)
                                   : QStringLiteral("%1 payloads on launches %2").arg(constellation, launches.join(", "));
    return f;
}

// ---- models ----

bool asksAboutCost(const QStringList &tokens)
{
    static const QStringList words = {"cost", "costs", "train", "trained", "training", "price", "prices", "priced",
                                      "pricing", "api", "cheap", "cheaper", "expensive", "spend", "spent",
                                      "dollars", "usd", "token", "tokens", "budget", "compute"};
    for (const QString &t : tokens)
        if (words.contains(t))
            return true;
    return false;
}

} // namespace

QList<DataFact> securityMoveFacts(QSqlDatabase db, const QString &question)
{
    QList<DataFact> out;
    const QList<QDate> dates = ask::datesInText(question);
    if (dates.isEmpty())
        return out;
    const QStringList tokens = wordTokens(question);
    QList<SecurityRow> hits;
    for (const SecurityRow &s : securities(db))
        if (mentions(tokens, s.aliases))
            hits << s;
    for (const QDate &d : dates.mid(0, 2))
        for (const SecurityRow &s : hits.mid(0, 4))
            if (DataFact f = moveFact(db, s, d); !f.text.isEmpty())
                out << f;
    return out;
}

QList<DataFact> constellationFacts(QSqlDatabase db, const QString &question)
{
    QList<DataFact> out;
    const QStringList tokens = wordTokens(question);
    QSqlQuery q(db);
    // The distinct names by hopping along the index (a handful of seeks, not a
    // scan of every payload row).
    q.exec(QStringLiteral(
        "WITH RECURSIVE c(name) AS (SELECT min(constellation) FROM payload WHERE constellation > '' "
        "UNION ALL SELECT (SELECT min(constellation) FROM payload WHERE constellation > c.name) FROM c "
        "WHERE c.name IS NOT NULL) SELECT name FROM c WHERE name IS NOT NULL"));
    // The facts count launches per year: they answer a question about launching
    // or about a year, not one about plans, customers or orbits.
    const bool aboutLaunches = !ask::yearsInText(question).isEmpty() ||
                               std::any_of(tokens.begin(), tokens.end(), [](const QString &t) {
                                   return t.startsWith(QLatin1String("launch")) || t.startsWith(QLatin1String("deploy"));
                               });
    QStringList hits;
    while (aboutLaunches && q.next())
        if (mentions(tokens, constellationAliases(q.value(0).toString())))
            hits << q.value(0).toString();
    if (hits.isEmpty())
        return out;
    q.exec(QStringLiteral("SELECT max(substr(launched_at, 1, 10)) FROM launch"));
    const QString logEnd = q.next() ? q.value(0).toString() : QString();
    QList<int> years = ask::yearsInText(question);
    for (const QString &c : hits.mid(0, 3)) {
        QList<int> ys = years;
        if (ys.isEmpty()) { // no year asked: the years with launches
            QSqlQuery y(db);
            y.prepare(QStringLiteral("SELECT DISTINCT CAST(substr(l.launched_at, 1, 4) AS INTEGER) FROM payload p "
                                     "JOIN launch l ON l.id = p.launch_id WHERE p.constellation = ? ORDER BY 1"));
            y.addBindValue(c);
            if (y.exec())
                while (y.next())
                    ys << y.value(0).toInt();
            ys = ys.mid(std::max<qsizetype>(0, ys.size() - 4));
        }
        for (int year : ys.mid(0, 4))
            if (DataFact f = constellationYearFact(db, c, year, logEnd); !f.text.isEmpty())
                out << f;
    }
    return out;
}

QList<DataFact> inServiceFacts(QSqlDatabase db, const QString &question)
{
    // Only for questions about satellites in orbit or in service: launched
    // counts answer the others.
    static const QStringList words = {"orbit", "operating", "operational", "operate", "service",
                                      "active", "working", "alive"};
    const QStringList tokens = wordTokens(question);
    if (std::none_of(tokens.begin(), tokens.end(), [](const QString &t) { return words.contains(t); }))
        return {};
    const QDate asOf = latestCatalogueDay(db);
    if (!asOf.isValid())
        return {};
    const QList<QDate> dates = ask::datesInText(question);
    const QDate day = dates.isEmpty() || dates.first() > asOf ? asOf : dates.first();
    auto counts = inServiceOn(db, day);
    if (!counts)
        return {};
    QList<DataFact> out;
    for (const ConstellationInService &c : counts->rows) {
        if (!mentions(tokens, constellationAliases(c.constellation)))
            continue;
        DataFact f;
        f.text = QStringLiteral("GCAT's payload catalogue (updated %1) lists %2 %3 payloads operating on %4, "
                                "of %5 launched by then.")
                     .arg(asOf.toString(Qt::ISODate))
                     .arg(c.operating)
                     .arg(c.constellation)
                     .arg(day.toString(Qt::ISODate))
                     .arg(c.launched);
        f.label = QStringLiteral("GCAT payload catalogue: %1 satellites operating on %2")
                      .arg(c.constellation, day.toString(Qt::ISODate));
        f.table = QStringLiteral("satellite_status");
        f.rowKeys = QStringLiteral("%1 payloads, TDate '*' or after %2").arg(c.constellation, day.toString(Qt::ISODate));
        out << f;
    }
    return out;
}

QList<DataFact> modelCostFacts(QSqlDatabase db, const QString &question)
{
    QList<DataFact> out;
    const QStringList tokens = wordTokens(question);
    if (!asksAboutCost(tokens))
        return out;
    struct Hit
    {
        int at, length;
        QString name;
    };
    QList<Hit> hits;
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT m.name, coalesce(o.name, '') FROM ai_model m "
                          "LEFT JOIN organization o ON o.id = m.organization_id"));
    while (q.next()) {
        const QString name = q.value(0).toString();
        QStringList phrase = wordTokens(name);
        int at = indexOfPhrase(tokens, phrase);
        if (at < 0) {
            // "R1" for DeepSeek-R1, "V3" for DeepSeek-V3: the name without its lab, if it has a digit.
            const QStringList org = wordTokens(q.value(1).toString());
            if (!org.isEmpty() && phrase.size() > 1 && phrase.first() == org.first()) {
                const QStringList rest = phrase.mid(1);
                if (rest.join(QString()).contains(QRegularExpression(QStringLiteral("\\d"))) &&
                    rest.join(QString()).size() >= 2) {
                    phrase = rest;
                    at = indexOfPhrase(tokens, phrase);
                }
            }
        }
        if (at >= 0)
            hits.append({at, int(phrase.size()), name});
    }
    // Keep the longest names: "GPT-4 Turbo" rather than "GPT-4" inside it.
    QList<Hit> kept;
    for (const Hit &h : hits) {
        bool inside = false;
        for (const Hit &o : hits)
            if (&o != &h && o.at <= h.at && o.at + o.length >= h.at + h.length && o.length > h.length)
                inside = true;
        if (!inside)
            kept << h;
    }
    std::sort(kept.begin(), kept.end(), [](const Hit &a, const Hit &b) { return a.at < b.at; });
    for (const Hit &h : kept.mid(0, 4)) {
        q.prepare(QStringLiteral(
            "SELECT m.training_cost_usd, m.cost_basis, m.api_input_usd_per_mtok, m.api_output_usd_per_mtok, "
            "s.title, ps.title, m.released_on FROM ai_model m JOIN source s ON s.id = m.source_id "
            "LEFT JOIN source ps ON ps.id = m.price_source_id WHERE m.name = ?"));
        q.addBindValue(h.name);
        if (!q.exec() || !q.next())
            continue;
        const QString row = QStringLiteral("ai_model '%1'").arg(h.name);
        if (!q.value(0).isNull()) {
            DataFact f;
            const bool epoch = q.value(1).toString() == QLatin1String("epoch_2023_usd");
            f.text = QStringLiteral("The store puts the training cost of %1 at %2 (%3).")
                         .arg(h.name, money(q.value(0).toDouble()),
                              epoch ? QStringLiteral("an estimate of the final training run in 2023 US dollars")
                                    : QStringLiteral("as reported"));
            f.label = QStringLiteral("%1: %2 training cost")
                          .arg(datasetName(q.value(4).toString(), QStringLiteral("model data")), h.name);
            f.table = QStringLiteral("ai_model");
            f.rowKeys = row + QStringLiteral(": training_cost_usd, cost_basis");
            out << f;
        }
        if (!q.value(2).isNull() || !q.value(3).isNull()) {
            DataFact f;
            QStringList parts;
            if (!q.value(2).isNull())
                parts << QStringLiteral("$%1 per million input tokens").arg(fixed2(q.value(2).toDouble()));
            if (!q.value(3).isNull())
                parts << QStringLiteral("$%1 per million output tokens").arg(fixed2(q.value(3).toDouble()));
            f.text = QStringLiteral("The API list price of %1 is %2.").arg(h.name, parts.join(QStringLiteral(" and ")));
            const QString src = q.value(5).isNull() ? q.value(4).toString() : q.value(5).toString();
            f.label = QStringLiteral("%1: %2 API price").arg(datasetName(src, QStringLiteral("model data")), h.name);
            f.table = QStringLiteral("ai_model");
            f.rowKeys = row + QStringLiteral(": api_input_usd_per_mtok, api_output_usd_per_mtok");
            out << f;
        }
        if (q.value(0).isNull() && q.value(2).isNull() && q.value(3).isNull()) {
            DataFact f;
            f.text = QStringLiteral("The store has no training cost or API price for %1.").arg(h.name);
            f.absence = true;
            f.label = QStringLiteral("%1: %2").arg(datasetName(q.value(4).toString(), QStringLiteral("model data")), h.name);
            f.table = QStringLiteral("ai_model");
            f.rowKeys = row;
            out << f;
        }
    }
    return out;
}

QList<DataFact> dataFactsForQuestion(QSqlDatabase db, const QString &question, int firstNumber)
{
    QList<DataFact> out = securityMoveFacts(db, question);
    out += inServiceFacts(db, question);
    out += constellationFacts(db, question);
    out += modelCostFacts(db, question);
    out = out.mid(0, 8);
    for (DataFact &f : out)
        f.number = firstNumber++;
    return out;
}

} // namespace stratos
