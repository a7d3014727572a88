#include "import/price_fields.h"

#include "import/parse_context.h"

#include "util/dates.h"

#include <QDate>

#include <algorithm>

namespace stratos::import::detail {
namespace {

bool isDigit(char c) { return c >= '0' && c <= '9'; }

// Removes thousands separators when they group by three; nothing when there
// are none; nullopt when they are misplaced.
std::optional<QByteArray> withoutSeparators(QByteArrayView s)
{
    if (!s.contains(','))
        return s.toByteArray();
    qsizetype intEnd = s.indexOf('.');
    if (intEnd < 0)
        intEnd = s.size();
    if (s.sliced(intEnd).contains(','))
        return std::nullopt;
    qsizetype start = 0;
    if (start < intEnd && (s[start] == '-' || s[start] == '+'))
        ++start;
    QByteArray out = s.first(start).toByteArray();
    int group = 0;
    bool first = true;
    for (qsizetype i = start; i < intEnd; ++i) {
        if (s[i] == ',') {
            if ((first && (group < 1 || group > 3)) || (!first && group != 3))
                return std::nullopt;
            first = false;
            group = 0;
            continue;
        }
        if (!isDigit(s[i]))
            return std::nullopt;
        out.append(s[i]);
        ++group;
    }
    if (group != 3)
        return std::nullopt;
    out.append(s.sliced(intEnd).toByteArray());
    return out;
}

} // namespace

std::optional<double> parsePriceNumber(QByteArrayView text, PriceValue kind)
{
    QByteArrayView s = text.trimmed();
    if (s.isEmpty())
        return std::nullopt;
    double scale = 1;
    if (kind == PriceValue::Percent) {
        if (!s.endsWith('%'))
            return std::nullopt;
        s.chop(1);
    } else if (kind == PriceValue::Volume) {
        switch (s.back()) {
        case 'K': case 'k': scale = 1e3; s.chop(1); break;
        case 'M': case 'm': scale = 1e6; s.chop(1); break;
        case 'B': case 'b': scale = 1e9; s.chop(1); break;
        default: break;
        }
    }
    const QByteArrayView withSign = s;
    QByteArray sign;
    if (!s.isEmpty() && (s.front() == '-' || s.front() == '+')) {
        sign = s.first(1).toByteArray();
        s = s.sliced(1);
    }
    if (kind == PriceValue::Money && s.startsWith('$'))
        s = s.sliced(1);
    else if (!s.isEmpty() && s.front() != '-' && s.front() != '+' && !s.contains(',')) {
        // Almost every value: the text itself, without building a copy (a
        // million-row file has five million of them).
        const std::optional<double> v = parseDouble(withSign);
        return v ? std::optional<double>(*v * scale) : std::nullopt;
    }
    const std::optional<QByteArray> digits = withoutSeparators(s);
    if (!digits || digits->isEmpty() || digits->startsWith('-') || digits->startsWith('+'))
        return std::nullopt;
    const std::optional<double> v = parseDouble(QByteArrayView(sign + *digits));
    if (!v)
        return std::nullopt;
    return *v * scale;
}

// Both read through the project's one numeric-date parser (util/dates); this
// file only decides, for the whole file, which number is the month.
qint64 parseCompactDay(QByteArrayView s)
{
    if (s.size() != 8 || !std::all_of(s.begin(), s.end(), isDigit))
        return -1;
    const QDate d = dates::numericDate(QString::fromLatin1(s), dates::Order::YearMonthDay);
    return d.isValid() ? d.toJulianDay() : -1;
}

std::optional<NumericDate> parseNumericDate(QByteArrayView s)
{
    // Two numbers and a four-digit year last; year-first forms are ISO or compact.
    if (s.size() < 8 || s.size() > 10 || !isDigit(s.back()))
        return std::nullopt;
    int parts[3];
    if (!dates::splitNumericDate(QString::fromLatin1(s), parts))
        return std::nullopt;
    if (parts[0] > 99 || parts[1] > 99 || parts[2] < 1000) // at most 4 digits: the year is 4
        return std::nullopt;
    return NumericDate{parts[0], parts[1], parts[2]};
}

void DateOrderVote::add(const NumericDate &d, int line)
{
    if (m_rows++ == 0) {
        m_example = d;
        m_exampleLine = line;
    }
    if (d.first > 12 && !m_firstAbove12)
        m_firstAbove12 = line;
    if (d.second > 12 && !m_secondAbove12)
        m_secondAbove12 = line;
}

DateOrder DateOrderVote::decide(QString &why, int &line) const
{
    if (m_firstAbove12 && m_secondAbove12) {
        line = qMax(m_firstAbove12, m_secondAbove12);
        why = QStringLiteral("expected one month/day order in the whole file, found a day "
                             "first on line %1 and a month first on line %2")
                  .arg(m_firstAbove12)
                  .arg(m_secondAbove12);
        return DateOrder::Unknown;
    }
    if (m_firstAbove12)
        return DateOrder::DayFirst;
    if (m_secondAbove12)
        return DateOrder::MonthFirst;
    line = m_exampleLine;
    why = QStringLiteral("cannot tell month from day: every date in the file (%1 rows, like "
                         "%2/%3/%4 on line %5) reads either way; give the order "
                         "(--date-order mdy or dmy)")
              .arg(m_rows)
              .arg(m_example.first, 2, 10, QLatin1Char('0'))
              .arg(m_example.second, 2, 10, QLatin1Char('0'))
              .arg(m_example.year)
              .arg(m_exampleLine);
    return DateOrder::Unknown;
}

qint64 resolveNumericDate(const NumericDate &d, DateOrder order)
{
    if (order == DateOrder::Unknown)
        return -1;
    const int month = order == DateOrder::MonthFirst ? d.first : d.second;
    const int day = order == DateOrder::MonthFirst ? d.second : d.first;
    const QDate date(d.year, month, day);
    return date.isValid() ? date.toJulianDay() : -1;
}

QByteArrayView trimPriceField(QByteArrayView s)
{
    while (!s.isEmpty() && s.front() == ' ')
        s = s.sliced(1);
    while (!s.isEmpty() && s.back() == ' ')
        s.chop(1);
    return s;
}

} // namespace stratos::import::detail
