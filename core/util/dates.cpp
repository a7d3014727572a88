#include "util/dates.h"

#include <QRegularExpression>
#include <algorithm>
#include <type_traits>

namespace stratos::dates {
namespace {

constexpr const char *kMonths[] = {"january", "february", "march",     "april",   "may",      "june",
                                   "july",    "august",   "september", "october", "november", "december"};

QDate plausible(int y, int m, int d)
{
    if (y < 1900 || y > 2100)
        return {};
    return QDate(y, m, d); // invalid when m or d is out of range
}

// Allocation-free: the GCAT importer calls this for every row.
template <typename View>
int monthOf(View name)
{
    if (!name.isEmpty() && name.back() == u'.')
        name.chop(1);
    if (name.size() < 3)
        return 0;
    auto lower = [](auto c) { return char(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c); };
    for (int m = 0; m < 12; ++m) {
        const QLatin1StringView full(kMonths[m]);
        const bool abbreviation = name.size() == 3 || (m == 8 && name.size() == 4); // "Sept"
        if (!abbreviation && name.size() != full.size())
            continue;
        bool same = true;
        for (qsizetype i = 0; same && i < name.size(); ++i) {
            const auto c = name[i];
            if constexpr (std::is_same_v<View, QStringView>)
                same = c.unicode() < 128 && lower(char(c.unicode())) == full[i].toLatin1();
            else
                same = lower(c) == full[i].toLatin1();
        }
        if (same)
            return m + 1;
    }
    return 0;
}

} // namespace

int monthFromName(QStringView name)
{
    return monthOf(name);
}

int monthFromName(QByteArrayView name)
{
    return monthOf(name);
}

const QString &monthPattern()
{
    static const QString pattern = QStringLiteral(
        "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
        "sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?");
    return pattern;
}

QList<DateInText> findDates(const QString &text, qsizetype from)
{
    static const QRegularExpression iso(QStringLiteral("(?<![\\d/-])(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})(?![\\d/-])"));
    static const QRegularExpression mdy(
        QStringLiteral("\\b%1\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b").arg(monthPattern()),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression dmy(
        QStringLiteral("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?%1,?\\s+(\\d{4})\\b").arg(monthPattern()),
        QRegularExpression::CaseInsensitiveOption);
    QList<DateInText> out;
    auto add = [&out](const QRegularExpressionMatch &m, QDate d) {
        if (d.isValid())
            out.append({m.capturedStart(), m.capturedLength(), d});
    };
    for (auto it = iso.globalMatch(text, from); it.hasNext();) {
        const auto m = it.next();
        add(m, plausible(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt()));
    }
    for (auto it = mdy.globalMatch(text, from); it.hasNext();) {
        const auto m = it.next();
        add(m, plausible(m.captured(3).toInt(), monthFromName(m.captured(1)), m.captured(2).toInt()));
    }
    for (auto it = dmy.globalMatch(text, from); it.hasNext();) {
        const auto m = it.next();
        add(m, plausible(m.captured(3).toInt(), monthFromName(m.captured(2)), m.captured(1).toInt()));
    }
    std::sort(out.begin(), out.end(), [](const DateInText &a, const DateInText &b) {
        return a.at != b.at ? a.at < b.at : a.length > b.length;
    });
    // "27 January 2025" is one date even where a shorter reading also matched inside it.
    QList<DateInText> kept;
    for (const DateInText &d : out)
        if (kept.isEmpty() || d.at >= kept.constLast().at + kept.constLast().length)
            kept.append(d);
    return kept;
}

std::optional<DateInText> firstDate(const QString &text, qsizetype from)
{
    const QList<DateInText> all = findDates(text, from);
    if (all.isEmpty())
        return std::nullopt;
    return all.first();
}

bool splitNumericDate(QStringView text, int parts[3])
{
    text = text.trimmed();
    if (text.size() == 8 && std::all_of(text.begin(), text.end(), [](QChar c) { return c.isDigit(); })) {
        parts[0] = text.first(4).toInt();
        parts[1] = text.sliced(4, 2).toInt();
        parts[2] = text.sliced(6, 2).toInt();
        return true;
    }
    int n = 0;
    qsizetype start = 0;
    QChar separator;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        const bool end = i == text.size();
        if (!end && text[i].isDigit())
            continue;
        if (!end) {
            const QChar c = text[i];
            if (c != u'/' && c != u'-' && c != u'.')
                return false;
            if (!separator.isNull() && c != separator)
                return false;
            separator = c;
        }
        const qsizetype len = i - start;
        if (n == 3 || len == 0 || len > 4)
            return false;
        parts[n++] = text.sliced(start, len).toInt();
        start = i + 1;
    }
    return n == 3;
}

QDate numericDate(QStringView text, Order order)
{
    int p[3];
    if (!splitNumericDate(text, p))
        return {};
    // A four-digit year must stand where the order puts it.
    const QStringView t = text.trimmed();
    qsizetype firstLength = 0;
    while (firstLength < t.size() && t[firstLength].isDigit())
        ++firstLength;
    const bool yearFirst = firstLength == 4 || firstLength == 8;
    switch (order) {
    case Order::YearMonthDay:
        return yearFirst ? plausible(p[0], p[1], p[2]) : QDate();
    case Order::MonthDayYear:
        return yearFirst ? QDate() : (p[2] >= 1000 ? plausible(p[2], p[0], p[1]) : QDate());
    case Order::DayMonthYear:
        return yearFirst ? QDate() : (p[2] >= 1000 ? plausible(p[2], p[1], p[0]) : QDate());
    }
    return {};
}

unsigned possibleOrders(QStringView text)
{
    unsigned bits = 0;
    for (Order o : {Order::YearMonthDay, Order::MonthDayYear, Order::DayMonthYear})
        if (numericDate(text, o).isValid())
            bits |= orderBit(o);
    return bits;
}

} // namespace stratos::dates
