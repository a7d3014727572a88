#include "feeds/feed.h"

#include "text/html_text.h"

namespace stratos::feeds {

namespace {
struct KindName
{
    Kind kind;
    const char *name;
};
constexpr KindName kKinds[] = {{Kind::Epoch, "epoch"}, {Kind::Gcat, "gcat"},   {Kind::Ll2, "ll2"},
                               {Kind::Yahoo, "yahoo"}, {Kind::Stooq, "stooq"}, {Kind::Psatcat, "psatcat"}};
} // namespace

std::optional<Kind> kindFromName(const QString &name)
{
    for (const KindName &k : kKinds)
        if (name == QLatin1String(k.name))
            return k.kind;
    return std::nullopt;
}

QString kindName(Kind kind)
{
    for (const KindName &k : kKinds)
        if (k.kind == kind)
            return QLatin1String(k.name);
    return {};
}

bool isPrices(Kind kind) { return kind == Kind::Yahoo || kind == Kind::Stooq; }

std::optional<import::Format> importFormat(Kind kind)
{
    switch (kind) {
    case Kind::Epoch:
        return import::Format::Epoch;
    case Kind::Gcat:
        return import::Format::Gcat;
    case Kind::Ll2:
        return import::Format::Ll2;
    case Kind::Yahoo:
    case Kind::Stooq:
        return import::Format::Prices;
    case Kind::Psatcat:
        return import::Format::Psatcat;
    }
    return std::nullopt;
}

QString expectedContent(Kind kind)
{
    switch (kind) {
    case Kind::Epoch:
    case Kind::Stooq:
        return QStringLiteral("a CSV");
    case Kind::Gcat:
    case Kind::Psatcat:
        return QStringLiteral("a TSV");
    case Kind::Ll2:
    case Kind::Yahoo:
        break;
    }
    return QStringLiteral("JSON");
}

QUrl expandUrl(const QString &urlTemplate, const QString &providerSymbol, qint64 from, qint64 to)
{
    QString s = urlTemplate;
    s.replace(QLatin1String("{symbol}"), QString::fromLatin1(QUrl::toPercentEncoding(providerSymbol)));
    s.replace(QLatin1String("{from}"), QString::number(from));
    s.replace(QLatin1String("{to}"), QString::number(to));
    return QUrl(s, QUrl::StrictMode);
}

QString defaultProviderSymbol(Kind provider, const QString &symbol)
{
    if (provider != Kind::Stooq)
        return symbol;
    // Stooq's index names are its own; the others are lower case, with ".us"
    // for US listings (a symbol without an exchange suffix).
    static const QHash<QString, QString> indices = {{QStringLiteral("^IXIC"), QStringLiteral("^ndq")},
                                                    {QStringLiteral("^GSPC"), QStringLiteral("^spx")},
                                                    {QStringLiteral("^DJI"), QStringLiteral("^dji")}};
    if (const auto it = indices.constFind(symbol.toUpper()); it != indices.constEnd())
        return *it;
    const QString lower = symbol.toLower();
    if (lower.startsWith(u'^') || lower.contains(u'.'))
        return lower;
    return lower + QStringLiteral(".us");
}

std::optional<QString> wrongContent(Kind kind, const QByteArray &body, const QByteArray &contentType)
{
    const QByteArray head = body.left(2048).trimmed().toLower();
    const bool html = contentType.toLower().startsWith("text/html") || head.startsWith("<!doctype html") ||
                      head.startsWith("<html") || (head.startsWith("<") && head.contains("<body"));
    if (!html)
        return std::nullopt;
    const QString title = extractHtml(QString::fromUtf8(body.left(256 * 1024))).meta.title.simplified();
    return title.isEmpty()
               ? QStringLiteral("expected %1, got an HTML page").arg(expectedContent(kind))
               : QStringLiteral("expected %1, got an HTML page titled '%2'").arg(expectedContent(kind), title.left(80));
}

} // namespace stratos::feeds
