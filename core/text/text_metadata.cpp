#include "text/text_metadata.h"

#include "util/dates.h"

#include <QRegularExpression>
#include <algorithm>
#include <QStringList>
#include <QUrl>

namespace stratos {
namespace {

// The earliest date at or after `from` (util/dates.h knows how dates are written).
QDate matchDateAt(const QString &text, qsizetype from, qsizetype *at, qsizetype *length)
{
    const auto found = dates::firstDate(text, from);
    *at = found ? found->at : -1;
    *length = found ? found->length : 0;
    return found ? found->date : QDate();
}

int wordCount(const QString &line)
{
    int words = 0;
    for (const QString &w : line.split(u' ', Qt::SkipEmptyParts))
        if (std::any_of(w.begin(), w.end(), [](QChar c) { return c.isLetterOrNumber(); }))
            ++words;
    return words;
}

QStringList firstLines(const QString &text, int count)
{
    QStringList lines;
    for (const QString &raw : text.left(6000).split(u'\n')) {
        const QString line = raw.simplified();
        if (!line.isEmpty())
            lines << line;
        if (lines.size() >= count)
            break;
    }
    return lines;
}

} // namespace

QDate parseLooseDate(const QString &input)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return {};
    if (const QDate compact = dates::numericDate(text, dates::Order::YearMonthDay); compact.isValid())
        return compact; // "20250127", "2025-01-27"
    qsizetype at = -1, length = 0;
    const QDate d = matchDateAt(text, 0, &at, &length);
    return at == 0 ? d : QDate();
}

QDate findDate(const QString &text, int maxChars)
{
    qsizetype at = -1, length = 0;
    return matchDateAt(text.left(maxChars), 0, &at, &length);
}

QString safeHttpUrl(const QString &url)
{
    const QUrl u(url.trimmed(), QUrl::StrictMode);
    if (!u.isValid() || u.host().isEmpty())
        return {};
    const QString scheme = u.scheme().toLower();
    return scheme == QLatin1String("http") || scheme == QLatin1String("https") ? u.toString() : QString();
}

QString findUrl(const QString &text)
{
    static const QRegularExpression labelled(
        QStringLiteral("\\b(?:source|url|link|original|canonical)\\s*[*_]*\\s*:\\s*[*_]*\\s*\\[?"
                       "(https?://[^\\s\\])>\"'<]+)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression any(QStringLiteral("https?://[^\\s\\])>\"'<]+"));
    QString found = labelled.match(text).captured(1);
    if (found.isEmpty())
        found = any.match(text).captured(0);
    while (found.endsWith(u'.') || found.endsWith(u',') || found.endsWith(u';'))
        found.chop(1);
    return safeHttpUrl(found);
}

QString publisherFromUrl(const QString &url)
{
    QString host = QUrl(safeHttpUrl(url)).host().toLower();
    if (host.startsWith(QLatin1String("www.")))
        host.remove(0, 4);
    return host;
}

QString guessTitle(const QString &text)
{
    const QStringList lines = firstLines(text, 12);
    for (const QString &line : lines) {
        const QChar first = line.front();
        if (!first.isLetterOrNumber() && first != u'"' && first != u'\u201C')
            continue; // bullets, arrows, "- Posts"
        if (first.isLower() || line.size() > 200 || wordCount(line) < 3)
            continue;
        if (line.endsWith(u'.') && wordCount(line) > 12)
            continue; // a sentence of body text, not a headline
        return line;
    }
    return lines.isEmpty() ? QString() : lines.first().left(120);
}

QString guessMasthead(const QString &text, const QString &title)
{
    const QStringList lines = firstLines(text, 3);
    if (lines.size() < 2 || lines[0] == title || lines[1] != title)
        return {};
    const QString first = lines[0];
    if (wordCount(first) != 1 || first.size() > 30 || !first.front().isUpper())
        return {};
    return first;
}

QString describeProvenance(const DocumentMeta &meta)
{
    QStringList parts;
    if (!meta.titleFrom.isEmpty())
        parts << QStringLiteral("title: %1").arg(meta.titleFrom);
    if (!meta.authorsFrom.isEmpty())
        parts << QStringLiteral("authors: %1").arg(meta.authorsFrom);
    if (!meta.dateFrom.isEmpty())
        parts << QStringLiteral("date: %1").arg(meta.dateFrom);
    return parts.join(QStringLiteral("; "));
}

} // namespace stratos
