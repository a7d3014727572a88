#include "import/gcat_fields.h"

#include "util/dates.h"

#include <QDate>
#include <QVarLengthArray>

namespace stratos::import::detail {
namespace {

constexpr int kFirstPlausibleYear = 1900;

bool allDigits(QByteArrayView s)
{
    if (s.isEmpty())
        return false;
    for (const char c : s)
        if (c < '0' || c > '9')
            return false;
    return true;
}

int toInt(QByteArrayView digits)
{
    int v = 0;
    for (const char c : digits)
        v = v * 10 + (c - '0');
    return v;
}

QString twoDigits(int v)
{
    return QString::number(v).rightJustified(2, u'0');
}

} // namespace

QByteArrayView trimSpaces(QByteArrayView s)
{
    while (!s.isEmpty() && (s.front() == ' ' || s.front() == '\t'))
        s = s.sliced(1);
    while (!s.isEmpty() && (s.back() == ' ' || s.back() == '\t'))
        s.chop(1);
    return s;
}

std::optional<GcatDate> parseGcatDate(QByteArrayView text)
{
    GcatDate date;
    // '?' may follow any part; it only says the value is uncertain.
    QVarLengthArray<QByteArrayView, 5> parts;
    QByteArray cleaned;
    if (text.contains('?')) {
        date.uncertain = true;
        cleaned = text.toByteArray();
        cleaned.replace('?', ' ');
        text = cleaned;
    }
    qsizetype i = 0;
    while (i < text.size()) {
        while (i < text.size() && text[i] == ' ')
            ++i;
        const qsizetype start = i;
        while (i < text.size() && text[i] != ' ')
            ++i;
        if (i > start) {
            if (parts.size() == 4)
                return std::nullopt;
            parts.append(text.sliced(start, i - start));
        }
    }
    // The payload catalogue also says "2010s" (some time in the decade): kept
    // as its first year, uncertain.
    if (parts.size() == 1 && parts[0].size() == 5 && parts[0].endsWith('s') &&
        allDigits(parts[0].first(4)) && parts[0][3] == '0') {
        parts[0] = parts[0].first(4);
        date.uncertain = true;
    }
    if (parts.isEmpty() || parts[0].size() != 4 || !allDigits(parts[0]))
        return std::nullopt;
    const int year = toInt(parts[0]);
    // The log starts with the V-2 era; a year like "0225" is a damaged field
    // (found by fuzz_gcat), and would not even print as four digits.
    if (year < kFirstPlausibleYear)
        return std::nullopt;
    date.iso = QString::number(year);
    if (parts.size() == 1)
        return date;
    // "2007 Q1" (payload catalogue): the quarter's first month.
    const bool quarter = parts.size() == 2 && parts[1].size() == 2 && parts[1][0] == 'Q' &&
                         parts[1][1] >= '1' && parts[1][1] <= '4';
    const int month = quarter ? (parts[1][1] - '1') * 3 + 1 : dates::monthFromName(parts[1]);
    if (month == 0)
        return std::nullopt;
    date.iso += u'-' + twoDigits(month);
    if (parts.size() == 2)
        return date;
    if (parts[2].size() > 2 || !allDigits(parts[2]) ||
        !QDate(year, month, toInt(parts[2])).isValid())
        return std::nullopt;
    date.iso += u'-' + twoDigits(toInt(parts[2]));
    if (parts.size() == 3)
        return date;
    // HHMM, HHMM:SS or HHMM:SS.f
    QByteArrayView time = parts[3];
    if (time.size() < 4 || !allDigits(time.first(4)))
        return std::nullopt;
    const int hour = toInt(time.first(2));
    const int minute = toInt(time.sliced(2, 2));
    if (hour > 23 || minute > 59)
        return std::nullopt;
    date.iso += u'T' + twoDigits(hour) + u':' + twoDigits(minute);
    time = time.sliced(4);
    if (time.isEmpty())
        return date;
    if (time.size() < 3 || time[0] != ':' || !allDigits(time.sliced(1, 2)))
        return std::nullopt;
    const int second = toInt(time.sliced(1, 2));
    if (second > 60) // 60: leap seconds appear in the log
        return std::nullopt;
    const QByteArrayView fraction = time.sliced(3);
    if (!fraction.isEmpty() &&
        (fraction[0] != '.' || (fraction.size() > 1 && !allDigits(fraction.sliced(1)))))
        return std::nullopt;
    date.iso += u':' + twoDigits(second);
    return date;
}

QString inferConstellation(const QString &name, const QString &plName, const QString &owner)
{
    if (name.contains(u"simulator", Qt::CaseInsensitive) ||
        plName.contains(u"simulator", Qt::CaseInsensitive))
        return {};
    // plName is the psatcat Program where the caller has one: its programs
    // "Starlink 1.5 G4" (with Tintin and other test craft) and "HWD" (the
    // Guowang network's Hulianwang Digui satellites) name the constellation.
    if (name.startsWith(u"Starlink", Qt::CaseInsensitive) ||
        plName.startsWith(u"Starlink", Qt::CaseInsensitive))
        return QStringLiteral("Starlink");
    if (name.startsWith(u"Kuiper", Qt::CaseInsensitive) || owner == u"KUIP")
        return QStringLiteral("Kuiper");
    if (name.startsWith(u"OneWeb", Qt::CaseInsensitive) ||
        plName.startsWith(u"OneWeb", Qt::CaseInsensitive))
        return QStringLiteral("OneWeb");
    if (plName.startsWith(u"Xingwang", Qt::CaseInsensitive) ||
        name.contains(u"Guowang", Qt::CaseInsensitive) ||
        plName.contains(u"Guowang", Qt::CaseInsensitive) || plName == u"HWD")
        return QStringLiteral("Guowang");
    if (name.startsWith(u"Qianfan", Qt::CaseInsensitive))
        return QStringLiteral("Qianfan");
    return {};
}

} // namespace stratos::import::detail
