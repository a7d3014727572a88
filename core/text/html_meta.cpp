#include "text/html_meta.h"

#include <QRegularExpression>
#include <QStringList>

namespace stratos::html {

bool isOneOf(const QString &name, std::initializer_list<const char *> names)
{
    for (const char *n : names)
        if (name == QLatin1String(n))
            return true;
    return false;
}

QString attrLower(const Attributes &a, const char *name) { return a.value(QLatin1String(name)).trimmed().toLower(); }

void collectMeta(const QString &tag, const Attributes &a, MetaCandidates &m)
{
    if (tag == QLatin1String("meta")) {
        QString key = attrLower(a, "property");
        if (key.isEmpty())
            key = attrLower(a, "name");
        if (key.isEmpty())
            key = attrLower(a, "itemprop");
        const QString content = a.value(QStringLiteral("content")).simplified();
        if (content.isEmpty())
            return;
        if (key == QLatin1String("og:title") && m.ogTitle.isEmpty())
            m.ogTitle = content;
        else if (key == QLatin1String("og:site_name") && m.siteName.isEmpty())
            m.siteName = content;
        else if (key == QLatin1String("application-name") && m.appName.isEmpty())
            m.appName = content;
        else if (key == QLatin1String("og:url") && m.ogUrl.isEmpty())
            m.ogUrl = content;
        else if ((key == QLatin1String("article:published_time") || key == QLatin1String("datepublished")) &&
                 m.published.isEmpty())
            m.published = content;
        else if (isOneOf(key, {"author", "article:author", "byl", "parsely-author", "sailthru.author",
                               "dc.creator"}) &&
                 m.author.isEmpty() && !content.startsWith(QLatin1String("http")))
            m.author = content.startsWith(QLatin1String("By "), Qt::CaseInsensitive) ? content.mid(3).trimmed() : content;
        else if (isOneOf(key, {"date", "pubdate", "publishdate", "publish-date", "dc.date", "dc.date.issued",
                               "dcterms.date", "dcterms.created", "sailthru.date", "parsely-pub-date"}) &&
                 m.metaDate.isEmpty())
            m.metaDate = content;
    } else if (tag == QLatin1String("link")) {
        const QStringList rels = attrLower(a, "rel").split(u' ', Qt::SkipEmptyParts);
        if (rels.contains(QStringLiteral("canonical")) && m.canonical.isEmpty())
            m.canonical = a.value(QStringLiteral("href")).trimmed();
    } else if (tag == QLatin1String("time") && m.timeDate.isEmpty()) {
        m.timeDate = a.value(QStringLiteral("datetime")).trimmed();
    }
}

// JSON-LD is data, not script: the two fields we want are read with patterns.
void scanJsonLd(const QString &json, MetaCandidates &m)
{
    static const QRegularExpression date(QStringLiteral("\"datePublished\"\\s*:\\s*\"([^\"]{8,40})\""));
    static const QRegularExpression publisher(
        QStringLiteral("\"publisher\"\\s*:\\s*\\{[^{}]*?\"name\"\\s*:\\s*\"([^\"]{1,120})\""));
    if (m.ldPublished.isEmpty())
        m.ldPublished = date.match(json).captured(1);
    if (m.ldPublisher.isEmpty())
        m.ldPublisher = publisher.match(json).captured(1);
    // "author": {"name": ...} or "author": [{"@type": "Person", "name": ...}, ...]
    static const QRegularExpression author(
        QStringLiteral("\"author\"\\s*:\\s*\\[?\\s*\\{[^{}]*?\"name\"\\s*:\\s*\"([^\"]{1,120})\""));
    if (m.ldAuthor.isEmpty())
        m.ldAuthor = author.match(json).captured(1);
}

// " | NextFin", " - Example News": a site suffix the page title often carries.
QString stripSiteSuffix(QString title, const QString &site)
{
    if (site.isEmpty())
        return title;
    for (const char *sep : {" | ", " - ", " \u2014 ", " \u2013 ", " :: "}) {
        const QString suffix = QString::fromUtf8(sep) + site;
        if (title.endsWith(suffix, Qt::CaseInsensitive) && title.size() > suffix.size())
            return title.left(title.size() - suffix.size()).trimmed();
    }
    return title;
}

} // namespace stratos::html
