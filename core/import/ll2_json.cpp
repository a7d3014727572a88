#include "import/ll2_json.h"

#include "import/country_codes.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <utility>

namespace stratos::import::detail {
namespace {

// What a JSON value is, as a problem message names it ("found a list").
QString jsonTypeName(const QJsonValue &v)
{
    static constexpr std::pair<QJsonValue::Type, const char *> kNames[] = {
        {QJsonValue::Null, "null"},
        {QJsonValue::Bool, "a true/false value"},
        {QJsonValue::Double, "a number"},
        {QJsonValue::String, "a string"},
        {QJsonValue::Array, "a list"},
        {QJsonValue::Object, "an object"},
    };
    for (const auto &[type, name] : kNames)
        if (v.type() == type)
            return QLatin1String(name);
    return QStringLiteral("nothing"); // QJsonValue::Undefined: a missing key
}

QString stringAt(const QJsonObject &obj, std::initializer_list<const char *> path)
{
    QJsonValue v = obj;
    for (const char *key : path)
        v = v.toObject().value(QLatin1String(key));
    return v.toString().trimmed();
}

// LL2 "net" is UTC ISO 8601 ("2025-01-27T05:00:00Z"); keep it to the second.
QString isoFromNet(const QString &net)
{
    if (net.size() == 10) {
        const QDate day = QDate::fromString(net, Qt::ISODate);
        return day.isValid() ? day.toString(Qt::ISODate) : QString();
    }
    QDateTime t = QDateTime::fromString(net, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(net, Qt::ISODate);
    if (!t.isValid())
        return {};
    return t.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
}

QString outcomeOf(const QJsonObject &status)
{
    const QString abbrev = status.value(QLatin1String("abbrev")).toString();
    if (abbrev.compare(u"Success", Qt::CaseInsensitive) == 0)
        return QStringLiteral("success");
    if (abbrev.compare(u"Failure", Qt::CaseInsensitive) == 0 ||
        abbrev.compare(u"Partial Failure", Qt::CaseInsensitive) == 0)
        return QStringLiteral("failure");
    if (abbrev.isEmpty()) { // older exports: only a name like "Launch Successful"
        const QString name = status.value(QLatin1String("name")).toString();
        if (name.contains(u"Success", Qt::CaseInsensitive))
            return QStringLiteral("success");
        if (name.contains(u"Failure", Qt::CaseInsensitive))
            return QStringLiteral("failure");
    }
    return QStringLiteral("unknown");
}

QString countryOf(const QJsonObject &launch)
{
    for (auto path : {std::initializer_list<const char *>{"pad", "country", "alpha_2_code"},
                      {"pad", "location", "country", "alpha_2_code"}}) {
        const QString code = stringAt(launch, path);
        if (!code.isEmpty())
            return code.toUpper();
    }
    for (auto path : {std::initializer_list<const char *>{"pad", "country_code"},
                      {"pad", "location", "country_code"}}) {
        const QString code = stringAt(launch, path);
        if (!code.isEmpty())
            return isoFromAlpha3(code);
    }
    return {};
}

QString idOf(const QJsonValue &id)
{
    if (id.isString())
        return id.toString().trimmed();
    if (id.isDouble())
        return QString::number(id.toInteger());
    return {};
}

class Ll2Parser
{
public:
    Ll2Parser(const QByteArray &text, ParseContext &ctx) : m_text(text), m_ctx(ctx) {}
    void run();

private:
    void readEntry(const QJsonValue &value, Position where);

    const QByteArray &m_text;
    ParseContext &m_ctx;
};

void Ll2Parser::readEntry(const QJsonValue &value, Position where)
{
    auto problem = [&](const QString &message) {
        m_ctx.problem(where.line, where.column, message);
    };
    if (!value.isObject()) {
        problem(QStringLiteral("expected a launch object in \"results\", found %1")
                    .arg(jsonTypeName(value)));
        return;
    }
    const QJsonObject obj = value.toObject();
    const QString id = idOf(obj.value(QLatin1String("id")));
    if (id.isEmpty()) {
        problem(QStringLiteral("expected a launch with an \"id\", found %1")
                    .arg(jsonTypeName(obj.value(QLatin1String("id")))));
        return;
    }
    const QJsonValue netValue = obj.value(QLatin1String("net"));
    const QString launchedAt = isoFromNet(netValue.toString().trimmed());
    if (launchedAt.isEmpty()) {
        problem(netValue.isString()
                    ? QStringLiteral("expected \"net\" to be a date-time like "
                                     "2025-01-27T05:00:00Z, found %1 (launch %2)")
                          .arg(found(QStringView(netValue.toString())), id)
                    : QStringLiteral("expected a \"net\" date-time in launch %1, found %2")
                          .arg(id, jsonTypeName(netValue)));
        return;
    }
    ParsedLaunch launch;
    launch.line = where.line;
    launch.tag = QStringLiteral("LL2:") + id;
    launch.launchedAt = launchedAt;
    launch.name = obj.value(QLatin1String("name")).toString().trimmed();
    const QJsonObject status = obj.value(QLatin1String("status")).toObject();
    launch.outcome = outcomeOf(status);
    launch.launchCode = status.value(QLatin1String("abbrev")).toString();
    launch.operatorName = stringAt(obj, {"launch_service_provider", "name"});
    launch.vehicle = stringAt(obj, {"rocket", "configuration", "full_name"});
    if (launch.vehicle.isEmpty())
        launch.vehicle = stringAt(obj, {"rocket", "configuration", "name"});
    launch.site = stringAt(obj, {"pad", "location", "name"});
    launch.pad = stringAt(obj, {"pad", "name"});
    launch.country = countryOf(obj);
    const QString orbit = stringAt(obj, {"mission", "orbit", "abbrev"});
    launch.orbital = !orbit.startsWith(u"Sub", Qt::CaseInsensitive);
    m_ctx.out().launches.append(std::move(launch));
}

void Ll2Parser::run()
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(m_text, &error);
    if (error.error != QJsonParseError::NoError) {
        const Position pos = positionOf(m_text, error.offset);
        m_ctx.problem(pos.line, pos.column,
                      QStringLiteral("expected valid JSON, found %1").arg(error.errorString()));
        return;
    }
    const QByteArrayView text(m_text);
    const qsizetype firstChar = [&] {
        qsizetype i = 0;
        while (i < text.size() && QChar::isSpace(uchar(text[i])))
            ++i;
        return i;
    }();
    const Position start = positionOf(text, firstChar);
    if (!doc.isObject()) {
        m_ctx.problem(
            start.line, start.column,
            QStringLiteral("expected a JSON object with a \"results\" list, found %1")
                .arg(doc.isArray() ? QStringLiteral("a list") : QStringLiteral("nothing")));
        return;
    }
    const QJsonObject root = doc.object();
    const QJsonValue results = root.value(QLatin1String("results"));
    if (!results.isArray()) {
        m_ctx.problem(start.line, start.column,
                      QStringLiteral("expected a \"results\" list of launches, found %1")
                          .arg(jsonTypeName(results)));
        return;
    }
    const QJsonArray list = results.toArray();
    const QList<qsizetype> offsets = ll2ResultOffsets(text);
    ParseOutcome &out = m_ctx.out();
    out.layout = root.contains(QLatin1String("count"))
                     ? QStringLiteral("Launch Library 2 JSON, %1 of %2 launches")
                           .arg(list.size())
                           .arg(root.value(QLatin1String("count")).toInteger())
                     : QStringLiteral("Launch Library 2 JSON, %1 launches").arg(list.size());
    if (list.isEmpty()) {
        m_ctx.problem(start.line, start.column,
                      QStringLiteral("expected launches in \"results\", found an empty list"));
        return;
    }
    // Offsets are increasing: walk the text once to turn them into lines.
    Position pos;
    qsizetype at = 0;
    for (qsizetype i = 0; i < list.size(); ++i) {
        ++out.dataLines;
        if (i < offsets.size()) {
            for (; at < offsets[i]; ++at) {
                if (text[at] == '\n') {
                    ++pos.line;
                    pos.column = 1;
                } else if ((uchar(text[at]) & 0xC0) != 0x80) {
                    ++pos.column;
                }
            }
        }
        if (i % 1024 == 1023 && m_ctx.poll(at))
            return;
        readEntry(list.at(i), pos);
    }
}

} // namespace

QList<qsizetype> ll2ResultOffsets(QByteArrayView s)
{
    QList<qsizetype> offsets;
    int depth = 0;
    bool afterResultsKey = false; // saw "results": at depth 1
    bool inResults = false;
    bool expectElement = false;
    QByteArrayView lastString;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const char c = s[i];
        if (c == ' ' || c == '\n' || c == '\t' || c == '\r')
            continue;
        if (inResults && depth == 2 && expectElement && c != ']') {
            offsets.append(i);
            expectElement = false;
        }
        if (afterResultsKey && c != '[')
            afterResultsKey = false;
        switch (c) {
        case '"': {
            qsizetype j = i + 1;
            while (j < s.size() && s[j] != '"')
                j += s[j] == '\\' ? 2 : 1;
            lastString = s.sliced(i + 1, qMin(j, s.size()) - i - 1);
            i = j;
            break;
        }
        case '[':
            if (afterResultsKey) {
                inResults = true;
                expectElement = true;
                afterResultsKey = false;
            }
            ++depth;
            break;
        case '{':
            ++depth;
            break;
        case '}':
        case ']':
            --depth;
            if (inResults && depth == 1)
                return offsets;
            break;
        case ':':
            afterResultsKey = depth == 1 && lastString == "results";
            break;
        case ',':
            if (inResults && depth == 2)
                expectElement = true;
            break;
        default:
            break;
        }
    }
    return offsets;
}

void parseLl2Json(const QByteArray &text, ParseContext &ctx)
{
    Ll2Parser(text, ctx).run();
}

} // namespace stratos::import::detail
