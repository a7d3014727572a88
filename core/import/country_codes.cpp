#include "import/country_codes.h"

#include <QHash>

namespace stratos::import::detail {
namespace {

struct Pair
{
    const char16_t *from;
    const char16_t *to;
};

// Names as Epoch AI writes them (UN style), plus the common short forms.
constexpr Pair kCountryNames[] = {
    {u"united states of america", u"US"},
    {u"united states", u"US"},
    {u"usa", u"US"},
    {u"china", u"CN"},
    {u"france", u"FR"},
    {u"united kingdom of great britain and northern ireland", u"GB"},
    {u"united kingdom", u"GB"},
    {u"uk", u"GB"},
    {u"korea (republic of)", u"KR"},
    {u"south korea", u"KR"},
    {u"republic of korea", u"KR"},
    {u"korea (democratic people's republic of)", u"KP"},
    {u"north korea", u"KP"},
    {u"canada", u"CA"},
    {u"israel", u"IL"},
    {u"united arab emirates", u"AE"},
    {u"germany", u"DE"},
    {u"japan", u"JP"},
    {u"switzerland", u"CH"},
    {u"singapore", u"SG"},
    {u"netherlands", u"NL"},
    {u"netherlands (kingdom of the)", u"NL"},
    {u"india", u"IN"},
    {u"saudi arabia", u"SA"},
    {u"hong kong", u"HK"},
    {u"taiwan", u"TW"},
    {u"macao", u"MO"},
    {u"iran (islamic republic of)", u"IR"},
    {u"iran", u"IR"},
    {u"russia", u"RU"},
    {u"russian federation", u"RU"},
    {u"czechia", u"CZ"},
    {u"czech republic", u"CZ"},
    {u"australia", u"AU"},
    {u"sweden", u"SE"},
    {u"spain", u"ES"},
    {u"finland", u"FI"},
    {u"austria", u"AT"},
    {u"norway", u"NO"},
    {u"belgium", u"BE"},
    {u"poland", u"PL"},
    {u"ireland", u"IE"},
    {u"argentina", u"AR"},
    {u"italy", u"IT"},
    {u"brazil", u"BR"},
    {u"denmark", u"DK"},
    {u"portugal", u"PT"},
    {u"turkey", u"TR"},
    {u"türkiye", u"TR"},
    {u"viet nam", u"VN"},
    {u"vietnam", u"VN"},
    {u"indonesia", u"ID"},
    {u"malaysia", u"MY"},
    {u"thailand", u"TH"},
    {u"egypt", u"EG"},
    {u"south africa", u"ZA"},
    {u"mexico", u"MX"},
    {u"chile", u"CL"},
    {u"colombia", u"CO"},
    {u"nigeria", u"NG"},
    {u"kenya", u"KE"},
    {u"ukraine", u"UA"},
    {u"greece", u"GR"},
    {u"hungary", u"HU"},
    {u"romania", u"RO"},
    {u"estonia", u"EE"},
    {u"luxembourg", u"LU"},
    {u"new zealand", u"NZ"},
    {u"pakistan", u"PK"},
    {u"bangladesh", u"BD"},
    {u"philippines", u"PH"},
    {u"qatar", u"QA"},
    {u"kazakhstan", u"KZ"},
    {u"iceland", u"IS"},
    {u"slovenia", u"SI"},
    {u"slovakia", u"SK"},
    {u"croatia", u"HR"},
    {u"bulgaria", u"BG"},
    {u"serbia", u"RS"},
    {u"lithuania", u"LT"},
    {u"latvia", u"LV"},
    {u"morocco", u"MA"},
    {u"tunisia", u"TN"},
    {u"peru", u"PE"},
    {u"uruguay", u"UY"},
    {u"jordan", u"JO"},
    {u"lebanon", u"LB"},
    {u"ethiopia", u"ET"},
    {u"ghana", u"GH"},
    {u"rwanda", u"RW"},
    {u"cyprus", u"CY"},
    {u"malta", u"MT"},
    {u"armenia", u"AM"},
    {u"georgia", u"GE"},
    {u"belarus", u"BY"},
    {u"sri lanka", u"LK"},
    {u"nepal", u"NP"},
    {u"oman", u"OM"},
    {u"kuwait", u"KW"},
    {u"bahrain", u"BH"},
};

// GCAT state codes that are not already the ISO code.
constexpr Pair kGcatStates[] = {
    {u"F", u"FR"}, {u"J", u"JP"},   {u"UK", u"GB"},  {u"D", u"DE"},    {u"E", u"ES"},
    {u"L", u"LU"}, {u"S", u"SE"},   {u"N", u"NO"},   {u"B", u"BE"},    {u"P", u"PT"},
    {u"T", u"TH"}, {u"UAE", u"AE"}, {u"CYM", u"KY"}, {u"HKUK", u"HK"},
};

constexpr Pair kAlpha3[] = {
    {u"USA", u"US"}, {u"CHN", u"CN"}, {u"RUS", u"RU"}, {u"KAZ", u"KZ"}, {u"FRA", u"FR"},
    {u"GUF", u"GF"}, {u"JPN", u"JP"}, {u"IND", u"IN"}, {u"NZL", u"NZ"}, {u"KOR", u"KR"},
    {u"PRK", u"KP"}, {u"IRN", u"IR"}, {u"ISR", u"IL"}, {u"GBR", u"GB"}, {u"BRA", u"BR"},
    {u"AUS", u"AU"}, {u"ITA", u"IT"}, {u"ESP", u"ES"}, {u"DEU", u"DE"}, {u"CAN", u"CA"},
    {u"SWE", u"SE"}, {u"NOR", u"NO"}, {u"MHL", u"MH"}, {u"KEN", u"KE"}, {u"UKR", u"UA"},
    {u"ARE", u"AE"}, {u"TWN", u"TW"}, {u"PAK", u"PK"}, {u"IDN", u"ID"}, {u"DZA", u"DZ"},
};

template <size_t N> QHash<QString, QString> buildMap(const Pair (&pairs)[N])
{
    QHash<QString, QString> map;
    map.reserve(qsizetype(N));
    for (const Pair &p : pairs)
        map.insert(QString::fromUtf16(p.from), QString::fromUtf16(p.to));
    return map;
}

} // namespace

QString isoFromCountryName(QStringView name)
{
    static const QHash<QString, QString> map = buildMap(kCountryNames);
    const QStringView trimmed = name.trimmed();
    if (trimmed.isEmpty() || trimmed.compare(u"Multinational", Qt::CaseInsensitive) == 0)
        return {};
    return map.value(trimmed.toString().toLower(), trimmed.toString());
}

QString firstCountry(QStringView list)
{
    for (const QStringView part : list.tokenize(u',')) {
        QString iso = isoFromCountryName(part);
        if (!iso.isEmpty())
            return iso;
    }
    return {};
}

QString isoFromGcatState(QStringView code)
{
    static const QHash<QString, QString> map = buildMap(kGcatStates);
    const QString key = code.trimmed().toString();
    if (key == u"-")
        return {};
    return map.value(key, key);
}

QString isoFromAlpha3(QStringView code)
{
    static const QHash<QString, QString> map = buildMap(kAlpha3);
    const QString key = code.trimmed().toString().toUpper();
    return map.value(key, key);
}

} // namespace stratos::import::detail
