#include "timeline/timeline_filter.h"

#include <QRegularExpression>

namespace stratos::timeline {
namespace {

struct Naming
{
    const char *code;
    const char *pattern; // whole words, case-sensitive: "US" is not "us"
};

// Titles name countries by demonym, capital, institution or leader.
constexpr Naming kNamings[] = {
    {"US",
     R"(\b(US|USA|America|American|Biden|Trump|White House|FCC|Commerce|CHIPS|Congress|Pentagon)\b)"},
    {"CN", R"(\b(China|Chinese|Beijing|PRC)\b)"},
    {"EU", R"(\b(EU|European|AI Act|Brussels)\b)"},
    {"GB", R"(\b(UK|Britain|British|Bletchley)\b)"},
    {"JP", R"(\b(Japan|Japanese)\b)"},
    {"IN", R"(\b(India|Indian)\b)"},
    {"FR", R"(\b(France|French)\b)"},
    {"KR", R"(\b(Korea|Korean)\b)"},
    {"TW", R"(\b(Taiwan|Taiwanese)\b)"},
    {"RU", R"(\b(Russia|Russian)\b)"},
    {"NL", R"(\b(Netherlands|Dutch)\b)"},
};

// Constellations are not organisations in the store; their operators' countries.
QString constellationCountry(const QString &name)
{
    static const QHash<QString, QString> map = {{"Starlink", "US"},   {"Kuiper", "US"},
                                                {"Amazon Leo", "US"}, {"OneWeb", "GB"},
                                                {"Guowang", "CN"},    {"Qianfan", "CN"}};
    return map.value(name);
}

bool containsAllWords(const QString &haystack, const QStringList &words)
{
    for (const QString &w : words)
        if (!haystack.contains(w, Qt::CaseInsensitive))
            return false;
    return true;
}

} // namespace

bool TimelineFilter::passes(const TimelineEvent &e) const
{
    if (!laneShown(e.lane))
        return false;
    if ((from.isValid() && e.event.day < from) || (to.isValid() && e.event.day > to))
        return false;
    if (countries.isEmpty())
        return true;
    for (const QString &c : e.countries)
        if (countries.contains(c))
            return true;
    return false;
}

bool TimelineFilter::matchesText(const TimelineEvent &e) const
{
    const QStringList words = text.split(u' ', Qt::SkipEmptyParts);
    if (words.isEmpty())
        return true;
    // Title and summary each, or across both ("nvidia" in the title, "export" in the summary).
    return containsAllWords(e.event.title + u'\n' + e.event.summary, words);
}

QStringList countriesNamedIn(const QString &title)
{
    static const auto patterns = [] {
        QList<QPair<QString, QRegularExpression>> list;
        for (const Naming &n : kNamings)
            list.append({QLatin1String(n.code), QRegularExpression(QLatin1String(n.pattern))});
        return list;
    }();
    QStringList out;
    for (const auto &[code, re] : patterns)
        if (re.match(title).hasMatch())
            out << code;
    return out;
}

QStringList eventCountries(const Event &e, const QHash<QString, QString> &entityCountry)
{
    QStringList out = countriesNamedIn(e.title);
    for (const QString &c : e.concerns) {
        QString country = entityCountry.value(c);
        if (country.isEmpty() && c.startsWith(QLatin1String("constellation:")))
            country = constellationCountry(c.mid(14));
        if (!country.isEmpty())
            out << country;
    }
    out.sort();
    out.removeDuplicates();
    return out;
}

QString countryName(const QString &code)
{
    static const QHash<QString, QString> names = {
        {"US", "United States"},  {"CN", "China"},       {"EU", "European Union"},
        {"GB", "United Kingdom"}, {"FR", "France"},      {"JP", "Japan"},
        {"IN", "India"},          {"KR", "South Korea"}, {"TW", "Taiwan"},
        {"RU", "Russia"},         {"NL", "Netherlands"}, {"IL", "Israel"},
        {"CA", "Canada"},         {"DE", "Germany"},     {"AE", "United Arab Emirates"},
        {"SG", "Singapore"},      {"KP", "North Korea"}, {"IR", "Iran"},
        {"NZ", "New Zealand"}};
    return names.value(code, code);
}

} // namespace stratos::timeline
