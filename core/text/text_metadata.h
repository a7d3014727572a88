#pragma once
// Detects a document's title, publisher, date and URL from its text, and parses
// the date spellings articles use. QtCore only; testable with a string.

#include <QDate>
#include <QString>

namespace stratos {

struct DocumentMeta
{
    QString title;
    QString publisher;
    QDate date;
    QString url; // http(s) only; anything else is dropped
    QString authors;
    // Where each field was found ("PDF metadata", "first page (largest type)",
    // "og:title", "front matter"...), so the Library can say it.
    QString titleFrom, authorsFrom, dateFrom;
};

// "title: og:title; authors: meta author; date: JSON-LD datePublished"
QString describeProvenance(const DocumentMeta &meta);

// "2025-01-27", "2025-01-27T10:00:00Z", "January 27, 2025", "27 Jan 2025",
// "Jan. 27, 2025", "2025/01/27", "20250127". Invalid date when not recognised.
QDate parseLooseDate(const QString &text);

// The first date spelled out in the first maxChars characters of text.
QDate findDate(const QString &text, int maxChars = 3000);

// A "Source:" / "URL:" / "Link:" labelled URL, else the first http(s) URL.
QString findUrl(const QString &text);

// The URL when it is an absolute http(s) URL, else empty (no javascript:, data:, file:).
QString safeHttpUrl(const QString &url);

// "www.nextfin.ai" -> "nextfin.ai"; empty for non-http URLs.
QString publisherFromUrl(const QString &url);

// A headline among the first lines of plain text: skips page furniture
// (menu items, bullets, lower-case captions, one- and two-word lines).
QString guessTitle(const QString &text);

// A one-word masthead on the first line, directly above the title ("NextFin").
QString guessMasthead(const QString &text, const QString &title);

} // namespace stratos
