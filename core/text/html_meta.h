#pragma once
// Internals of the HTML extractor: the metadata a page declares in its head
// (title, og:*, article:published_time, canonical link, JSON-LD) collected
// while the parser walks the tags.

#include <QHash>
#include <QString>
#include <initializer_list>

namespace stratos::html {

using Attributes = QHash<QString, QString>; // lower-case names, entity-decoded values

bool isOneOf(const QString &name, std::initializer_list<const char *> names);
QString attrLower(const Attributes &a, const char *name);

struct MetaCandidates
{
    QString title, ogTitle, h1, siteName, appName, ldPublisher, canonical, ogUrl;
    QString published, ldPublished, metaDate, timeDate;
    QString author, ldAuthor;
};

// From a start tag: <meta>, <link rel=canonical>, <time datetime>.
void collectMeta(const QString &tag, const Attributes &a, MetaCandidates &m);
// From the raw text of <script type="application/ld+json">.
void scanJsonLd(const QString &json, MetaCandidates &m);
// "Title | Site" -> "Title" when Site is the page's site name.
QString stripSiteSuffix(QString title, const QString &site);

} // namespace stratos::html
