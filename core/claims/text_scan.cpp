#include "claims/text_scan.h"

#include "util/dates.h"

#include <QRegularExpression>
#include <algorithm>
#include <cmath>

namespace stratos::claims {
namespace {

double scaleOf(const QString &word)
{
    const QString w = word.toLower();
    if (w == QLatin1String("trillion") || w == QLatin1String("tn") || w == QLatin1String("t"))
        return 1e12;
    if (w == QLatin1String("billion") || w == QLatin1String("bn") || w == QLatin1String("b"))
        return 1e9;
    if (w == QLatin1String("million") || w == QLatin1String("m"))
        return 1e6;
    if (w == QLatin1String("thousand") || w == QLatin1String("k"))
        return 1e3;
    return 1;
}

Qualifier qualifierBefore(const QString &text, int at, int *qualStart)
{
    static const QRegularExpression q(
        QStringLiteral("(?:^|[^\\w])((?:by\\s+)?(about|around|roughly|approximately|approx\\.|some|~|nearly|almost|"
                       "close to|just under|over|more than|above|at least|upwards of|in excess of|"
                       "exceeding|exceed|under|less than|below|up to|fewer than))\\s*$"),
        QRegularExpression::CaseInsensitiveOption);
    const int from = std::max(0, at - 30);
    const QString before = text.mid(from, at - from);
    const auto m = q.match(before);
    *qualStart = at;
    if (!m.hasMatch())
        return Qualifier::Bare;
    *qualStart = from + int(m.capturedStart(2));
    const QString w = m.captured(2).toLower();
    if (w == QLatin1String("nearly") || w == QLatin1String("almost") || w == QLatin1String("close to")
        || w == QLatin1String("just under"))
        return Qualifier::Nearly;
    if (w == QLatin1String("over") || w == QLatin1String("more than") || w == QLatin1String("above")
        || w == QLatin1String("at least") || w == QLatin1String("upwards of") || w == QLatin1String("in excess of")
        || w == QLatin1String("exceeding") || w == QLatin1String("exceed"))
        return Qualifier::Over;
    if (w == QLatin1String("under") || w == QLatin1String("less than") || w == QLatin1String("below")
        || w == QLatin1String("up to") || w == QLatin1String("fewer than"))
        return Qualifier::Under;
    return Qualifier::About;
}

// Half of the last written digit: "3.6" -> 0.05; "17,500" -> 50; "17" -> 0.5.
double halfUnitOf(const QString &integer, const QString &decimals, bool percent)
{
    if (!decimals.isEmpty())
        return 0.5 * std::pow(10.0, -double(decimals.size()));
    QString digits = integer;
    digits.remove(u',');
    int zeros = 0;
    if (!percent)
        for (int i = int(digits.size()) - 1; i > 0 && digits.at(i) == u'0'; --i)
            ++zeros;
    return 0.5 * std::pow(10.0, zeros);
}

DateMention mention(qsizetype start, qsizetype end, DateKind kind, const QDate &date = {})
{
    DateMention d;
    d.start = int(start);
    d.end = int(end);
    d.kind = kind;
    d.date = date;
    return d;
}

} // namespace

QList<FigureMention> findFigures(const QString &text, int from, int to)
{
    static const QRegularExpression num(QStringLiteral(
        "(?<![\\w.,:^])(?<sign>[+\\x{2212}-](?=[$\\d]))?(?<cur>US\\$|\\$|\\x{20AC})?[\\s\\x{00A0}\\x{202F}\\x{2009}]?"
        "(?<int>\\d{1,3}(?:,\\d{3})+|\\d+)(?<dec>\\.\\d+)?(?<ord>st|nd|rd|th)?"
        "(?:[\\s\\x{00A0}\\x{202F}\\x{2009}]?(?<pct>%|per ?cent\\b)|[\\s\\x{00A0}\\x{202F}\\x{2009}-]?(?<scale>trillion|billion|million|thousand|bn|tn|[TBMK])(?![\\w]))?"
        "(?<plus>[-\\x{2011}]plus\\b|\\+)?(?![\\w])"));
    QList<FigureMention> out;
    const QString slice = text.left(to);
    for (auto it = num.globalMatch(slice, from); it.hasNext();) {
        const auto m = it.next();
        FigureMention f;
        f.numberStart = int(m.capturedStart());
        f.end = int(m.capturedEnd());
        const QString integer = m.captured(QStringLiteral("int"));
        const QString dec = m.captured(QStringLiteral("dec"));
        f.percent = m.capturedLength(QStringLiteral("pct")) > 0;
        f.currency = m.capturedLength(QStringLiteral("cur")) > 0;
        f.ordinal = m.capturedLength(QStringLiteral("ord")) > 0;
        f.scaleWord = m.captured(QStringLiteral("scale"));
        const QString sign = m.captured(QStringLiteral("sign"));
        f.sign = sign.isEmpty() ? 0 : sign == QLatin1String("+") ? 1 : -1;
        const double scale = scaleOf(f.scaleWord);
        f.figure.value = (QString(integer).remove(u',') + (dec.isEmpty() ? QString() : dec.mid(1).prepend(u'.'))).toDouble() * scale;
        f.figure.high = f.figure.value;
        f.figure.halfUnit = halfUnitOf(integer, dec.mid(1), f.percent) * scale;
        int qualStart = f.numberStart;
        f.figure.qualifier = qualifierBefore(text, f.numberStart, &qualStart);
        if (m.capturedLength(QStringLiteral("plus")) > 0)
            f.figure.qualifier = Qualifier::Over;
        f.start = qualStart;
        out.append(f);
    }
    // Ranges: "2-3%", "2 to 3%", "between 2 and 3%": the first figure takes the
    // second's unit and becomes a range.
    static const QRegularExpression joiner(QStringLiteral("^\\s*(?:-|\\x{2013}|to|and)\\s*$"));
    static const QRegularExpression between(QStringLiteral("\\bbetween\\s*$"), QRegularExpression::CaseInsensitiveOption);
    for (int i = 0; i + 1 < out.size(); ++i) {
        FigureMention &a = out[i];
        const FigureMention &b = out.at(i + 1);
        const QString gap = text.mid(a.end, b.numberStart - a.end);
        if (a.percent || !a.scaleWord.isEmpty() || !joiner.match(gap).hasMatch())
            continue;
        if (gap.trimmed() == QLatin1String("and") && !between.match(text.mid(std::max(0, a.start - 12), a.start - std::max(0, a.start - 12))).hasMatch())
            continue;
        const double scale = scaleOf(b.scaleWord);
        FigureMention r = b;
        r.start = a.start;
        r.numberStart = a.numberStart;
        r.figure.value = a.figure.value * scale;
        r.figure.high = b.figure.value;
        r.figure.halfUnit = std::max(a.figure.halfUnit * scale, b.figure.halfUnit);
        r.figure.qualifier = Qualifier::Range;
        r.currency = a.currency || b.currency;
        out[i] = r;
        out.removeAt(i + 1);
    }
    return out;
}

QDate completeDate(int month, int day, const QDate &reference)
{
    if (!reference.isValid())
        return {};
    QDate best;
    for (int y = reference.year() - 1; y <= reference.year() + 1; ++y) {
        const QDate d(y, month, day);
        if (d.isValid() && (!best.isValid() || std::abs(d.daysTo(reference)) < std::abs(best.daysTo(reference))))
            best = d;
    }
    return best;
}

QList<DateMention> findDateMentions(const QString &text, int from, int to)
{
    // Month names are matched in any case, then kept only when capitalised ("may" is a verb).
    const QString &mon = dates::monthPattern();
    static const QRegularExpression dayMonth(QStringLiteral("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+%1(?!\\w)").arg(mon),
                                             QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression monthDay(QStringLiteral("\\b%1\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?![,\\d])").arg(mon),
                                             QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression monthYear(QStringLiteral("\\b(?:(?:early|mid|late)[-\\s]+)?%1\\s+(\\d{4})\\b").arg(mon),
                                              QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression year(QStringLiteral(
        "\\b(?:in|during|of|for|by|at|through|throughout)\\s+(?:the\\s+)?(?:(end|close)\\s+of\\s+)?((?:19|20)\\d{2})\\b(?![-/]\\d)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression weekday(QStringLiteral("\\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:'s)?\\b"));
    static const QRegularExpression relative(QStringLiteral("\\b(yesterday|today|that day|the same day|on the day)\\b"),
                                             QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression baseBefore(QStringLiteral("\\bfrom\\s+\\S*\\d\\S*\\s+(?:on\\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\\s+)?$"),
                                               QRegularExpression::CaseInsensitiveOption);
    const QString slice = text.left(to);
    QList<DateMention> out;
    auto taken = [&out](qsizetype s, qsizetype e) {
        return std::any_of(out.begin(), out.end(), [&](const DateMention &d) { return s < d.end && d.start < e; });
    };
    for (const dates::DateInText &d : dates::findDates(slice, from))
        out.append(mention(d.at, d.at + d.length, DateKind::Full, d.date));
    for (const auto *re : {&dayMonth, &monthDay}) {
        for (auto it = re->globalMatch(slice, from); it.hasNext();) {
            const auto m = it.next();
            if (taken(m.capturedStart(), m.capturedEnd()))
                continue;
            const bool dayFirst = re == &dayMonth;
            if (m.captured(dayFirst ? 2 : 1).at(0).isLower())
                continue;
            DateMention d = mention(m.capturedStart(), m.capturedEnd(), DateKind::DayNoYear);
            d.day = m.captured(dayFirst ? 1 : 2).toInt();
            d.month = dates::monthFromName(QStringView(m.captured(dayFirst ? 2 : 1)));
            if (d.day >= 1 && d.day <= 31 && d.month > 0)
                out.append(d);
        }
    }
    for (auto it = monthYear.globalMatch(slice, from); it.hasNext();) {
        const auto m = it.next();
        if (taken(m.capturedStart(), m.capturedEnd()) || m.captured(1).at(0).isLower())
            continue;
        const QDate d(m.captured(2).toInt(), dates::monthFromName(QStringView(m.captured(1))), 1);
        if (d.isValid())
            out.append(mention(m.capturedStart(1), m.capturedEnd(), DateKind::MonthYear, d));
    }
    for (auto it = year.globalMatch(slice, from); it.hasNext();) {
        const auto m = it.next();
        if (taken(m.capturedStart(2), m.capturedEnd(2)))
            continue;
        const bool end = m.capturedLength(1) > 0;
        out.append(mention(m.capturedStart(end ? 1 : 2), m.capturedEnd(), end ? DateKind::EndOfYear : DateKind::Year,
                          QDate(m.captured(2).toInt(), 1, 1)));
    }
    for (auto it = weekday.globalMatch(slice, from); it.hasNext();) {
        const auto m = it.next();
        // "Monday 27 January 2025": the date that follows says it all.
        const int after = int(m.capturedEnd());
        const bool followedByDate = std::any_of(out.begin(), out.end(), [&](const DateMention &d) {
            return d.start >= after && d.start - after <= 2;
        });
        if (followedByDate)
            continue;
        DateMention d = mention(m.capturedStart(), after, DateKind::Weekday);
        static const QStringList names{QStringLiteral("Monday"), QStringLiteral("Tuesday"), QStringLiteral("Wednesday"),
                                       QStringLiteral("Thursday"), QStringLiteral("Friday"), QStringLiteral("Saturday"),
                                       QStringLiteral("Sunday")};
        d.weekday = int(names.indexOf(m.captured(1))) + 1;
        out.append(d);
    }
    for (auto it = relative.globalMatch(slice, from); it.hasNext();) {
        const auto m = it.next();
        const QString w = m.captured(1).toLower();
        const DateKind k = w == QLatin1String("yesterday") ? DateKind::Yesterday
                           : w == QLatin1String("today") ? DateKind::Today
                                                         : DateKind::ThatDay;
        out.append(mention(m.capturedStart(), m.capturedEnd(), k));
    }
    for (DateMention &d : out) {
        const int s = std::max(0, d.start - 40);
        d.base = baseBefore.match(text.mid(s, d.start - s)).hasMatch();
    }
    std::sort(out.begin(), out.end(), [](const DateMention &a, const DateMention &b) { return a.start < b.start; });
    return out;
}

} // namespace stratos::claims
