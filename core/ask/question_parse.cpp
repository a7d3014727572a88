#include "ask/question_parse.h"

#include "util/dates.h"

#include <QRegularExpression>
#include <algorithm>

namespace stratos::ask {
namespace {

} // namespace

QList<QDate> datesInText(const QString &text)
{
    QList<QDate> out;
    for (const dates::DateInText &d : dates::findDates(text))
        if (!out.contains(d.date))
            out << d.date;
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
