#include "text/text_metadata.h"

#include <QRegularExpression>
#include <algorithm>
#include <QStringList>
#include <QUrl>

namespace stratos {
namespace {

int monthFromName(const QString &name)
{
    static const char *const names[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                        "jul", "aug", "sep", "oct", "nov", "dec"};
    const QString n = name.left(3).toLower();
    for (int i = 0; i < 12; ++i)
        if (n == QLatin1String(names[i]))
            return i + 1;
    return 0;
}

const QString kMonth = QStringLiteral(
    "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    "Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?");

QDate plausible(int y, int m, int d)
{
    const QDate date(y, m, d);
    return date.isValid() && y >= 1900 && y <= 2100 ? date : QDate();
}

// Tries each spelling at the start of text; sets *length to what matched.
QDate matchDateAt(const QString &text, qsizetype from, qsizetype *at, qsizetype *length)
{
    static const QRegularExpression iso(QStringLiteral("(?<!\\d)(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})(?!\\d)"));
    static const QRegularExpression mdy(QStringLiteral("\\b%1\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b").arg(kMonth),
                                        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression dmy(QStringLiteral("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+%1,?\\s+(\\d{4})\\b").arg(kMonth),
                                        QRegularExpression::CaseInsensitiveOption);
    QDate best;
    qsizetype bestAt = -1;
    auto consider = [&](const QRegularExpressionMatch &m, QDate d) {
        if (d.isValid() && (bestAt < 0 || m.capturedStart() < bestAt)) {
            best = d;
            bestAt = m.capturedStart();
            *length = m.capturedLength();
        }
    };
    if (auto m = iso.match(text, from); m.hasMatch())
        consider(m, plausible(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt()));
    if (auto m = mdy.match(text, from); m.hasMatch())
        consider(m, plausible(m.captured(3).toInt(), monthFromName(m.captured(1)), m.captured(2).toInt()));
    if (auto m = dmy.match(text, from); m.hasMatch())
        consider(m, plausible(m.captured(3).toInt(), monthFromName(m.captured(2)), m.captured(1).toInt()));
    *at = bestAt;
    return best;
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
    static const QRegularExpression compact(QStringLiteral("^(\\d{4})(\\d{2})(\\d{2})$"));
    if (auto m = compact.match(text); m.hasMatch())
        return plausible(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
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

} // namespace stratos
