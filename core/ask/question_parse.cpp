#include "ask/question_parse.h"

#include <QRegularExpression>
#include <algorithm>

namespace stratos::ask {
namespace {

const QString kMonth = QStringLiteral(
    "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|"
    "oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)");

int monthNumber(const QString &name)
{
    static const QStringList months = {"jan", "feb", "mar", "apr", "may", "jun",
                                       "jul", "aug", "sep", "oct", "nov", "dec"};
    return int(months.indexOf(name.left(3).toLower())) + 1;
}

} // namespace

QList<QDate> datesInText(const QString &text)
{
    static const QRegularExpression iso(QStringLiteral("\\b(\\d{4})-(\\d{1,2})-(\\d{1,2})\\b"));
    static const QRegularExpression mdy(QStringLiteral("\\b%1\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b").arg(kMonth),
                                        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression dmy(QStringLiteral("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?%1\\.?,?\\s+(\\d{4})\\b").arg(kMonth),
                                        QRegularExpression::CaseInsensitiveOption);
    QList<QPair<qsizetype, QDate>> found;
    for (auto it = iso.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        found.append({m.capturedStart(), QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt())});
    }
    for (auto it = mdy.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        found.append({m.capturedStart(), QDate(m.captured(3).toInt(), monthNumber(m.captured(1)), m.captured(2).toInt())});
    }
    for (auto it = dmy.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        found.append({m.capturedStart(), QDate(m.captured(3).toInt(), monthNumber(m.captured(2)), m.captured(1).toInt())});
    }
    std::sort(found.begin(), found.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QList<QDate> out;
    for (const auto &[at, date] : found)
        if (date.isValid() && !out.contains(date))
            out << date;
    return out;
}

QList<int> yearsInText(const QString &text)
{
    static const QRegularExpression year(QStringLiteral("(?<![\\d.,$])(19[5-9]\\d|20\\d\\d|2100)(?![\\d%])"));
    QList<int> out;
    for (auto it = year.globalMatch(text); it.hasNext();) {
        const int y = it.next().captured(1).toInt();
        if (!out.contains(y))
            out << y;
    }
    return out;
}

QStringList wordTokens(const QString &text)
{
    QStringList out;
    QString cur;
    for (const QChar c : text) {
        if (c.isLetterOrNumber()) {
            cur += c.toLower();
        } else if (!cur.isEmpty()) {
            out << cur;
            cur.clear();
        }
    }
    if (!cur.isEmpty())
        out << cur;
    return out;
}

int indexOfPhrase(const QStringList &tokens, const QStringList &phrase)
{
    if (phrase.isEmpty())
        return -1;
    for (qsizetype i = 0; i + phrase.size() <= tokens.size(); ++i) {
        bool all = true;
        for (qsizetype j = 0; j < phrase.size() && all; ++j)
            all = tokens[i + j] == phrase[j];
        if (all)
            return int(i);
    }
    return -1;
}

} // namespace stratos::ask
