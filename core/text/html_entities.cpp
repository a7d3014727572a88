#include "text/html_entities.h"

#include <QHash>

namespace stratos {
namespace {

// Latin-1 names, U+00A0 .. U+00FF in order (HTML 4 / ISO 8859-1 set).
const char *const kLatin1[96] = {
    "nbsp",   "iexcl",  "cent",   "pound",  "curren", "yen",    "brvbar", "sect",   "uml",    "copy",
    "ordf",   "laquo",  "not",    "shy",    "reg",    "macr",   "deg",    "plusmn", "sup2",   "sup3",
    "acute",  "micro",  "para",   "middot", "cedil",  "sup1",   "ordm",   "raquo",  "frac14", "frac12",
    "frac34", "iquest", "Agrave", "Aacute", "Acirc",  "Atilde", "Auml",   "Aring",  "AElig",  "Ccedil",
    "Egrave", "Eacute", "Ecirc",  "Euml",   "Igrave", "Iacute", "Icirc",  "Iuml",   "ETH",    "Ntilde",
    "Ograve", "Oacute", "Ocirc",  "Otilde", "Ouml",   "times",  "Oslash", "Ugrave", "Uacute", "Ucirc",
    "Uuml",   "Yacute", "THORN",  "szlig",  "agrave", "aacute", "acirc",  "atilde", "auml",   "aring",
    "aelig",  "ccedil", "egrave", "eacute", "ecirc",  "euml",   "igrave", "iacute", "icirc",  "iuml",
    "eth",    "ntilde", "ograve", "oacute", "ocirc",  "otilde", "ouml",   "divide", "oslash", "ugrave",
    "uacute", "ucirc",  "uuml",   "yacute", "thorn",  "yuml"};

const QHash<QString, char32_t> &entityTable()
{
    static const QHash<QString, char32_t> table = [] {
        QHash<QString, char32_t> t;
        for (int i = 0; i < 96; ++i)
            t.insert(QString::fromLatin1(kLatin1[i]), char32_t(0xA0 + i));
        const std::pair<const char *, char32_t> more[] = {
            {"amp", u'&'},       {"lt", u'<'},        {"gt", u'>'},        {"quot", u'"'},
            {"apos", u'\''},     {"ndash", 0x2013},   {"mdash", 0x2014},   {"lsquo", 0x2018},
            {"rsquo", 0x2019},   {"sbquo", 0x201A},   {"ldquo", 0x201C},   {"rdquo", 0x201D},
            {"bdquo", 0x201E},   {"hellip", 0x2026},  {"bull", 0x2022},    {"prime", 0x2032},
            {"Prime", 0x2033},   {"lsaquo", 0x2039},  {"rsaquo", 0x203A},  {"euro", 0x20AC},
            {"trade", 0x2122},   {"larr", 0x2190},    {"rarr", 0x2192},    {"uarr", 0x2191},
            {"darr", 0x2193},    {"harr", 0x2194},    {"minus", 0x2212},   {"asymp", 0x2248},
            {"ne", 0x2260},      {"le", 0x2264},      {"ge", 0x2265},      {"infin", 0x221E},
            {"thinsp", 0x2009},  {"ensp", 0x2002},    {"emsp", 0x2003},    {"zwnj", 0x200C},
            {"zwj", 0x200D},     {"lrm", 0x200E},     {"rlm", 0x200F},     {"dagger", 0x2020},
            {"Dagger", 0x2021},  {"permil", 0x2030},  {"OElig", 0x152},    {"oelig", 0x153},
            {"Scaron", 0x160},   {"scaron", 0x161},   {"Yuml", 0x178},     {"fnof", 0x192},
            {"circ", 0x2C6},     {"tilde", 0x2DC},    {"alpha", 0x3B1},    {"beta", 0x3B2},
            {"gamma", 0x3B3},    {"delta", 0x3B4},    {"mu", 0x3BC},       {"pi", 0x3C0},
            {"sigma", 0x3C3},    {"Delta", 0x394},    {"Omega", 0x3A9},    {"check", 0x2713},
            {"NewLine", u'\n'},  {"Tab", u'\t'},      {"colon", u':'},     {"comma", u','},
            {"period", u'.'},    {"lpar", u'('},      {"rpar", u')'},      {"sol", u'/'},
            {"num", u'#'},       {"excl", u'!'},      {"quest", u'?'},     {"percnt", u'%'}};
        for (const auto &[name, cp] : more)
            t.insert(QString::fromLatin1(name), cp);
        return t;
    }();
    return table;
}

// References browsers accept without the closing semicolon.
bool legacyWithoutSemicolon(const QString &name)
{
    return name == QLatin1String("amp") || name == QLatin1String("lt") || name == QLatin1String("gt") ||
           name == QLatin1String("quot") || name == QLatin1String("nbsp") || name == QLatin1String("copy");
}

bool isHexDigit(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'f') || (u >= u'A' && u <= u'F');
}

void appendCodePoint(QString &out, char32_t cp)
{
    // C0 controls other than whitespace, surrogates and out-of-range values are
    // not characters a document may carry.
    if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF) ||
        (cp < 0x20 && cp != u'\t' && cp != u'\n' && cp != u'\r'))
        cp = 0xFFFD;
    out += QString::fromUcs4(&cp, 1);
}

} // namespace

QString decodeHtmlEntities(const QString &text)
{
    if (!text.contains(u'&'))
        return text;
    QString out;
    out.reserve(text.size());
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        if (text[i] != u'&') {
            out += text[i];
            continue;
        }
        qsizetype j = i + 1;
        if (j < n && text[j] == u'#') {
            ++j;
            const bool hex = j < n && (text[j] == u'x' || text[j] == u'X');
            if (hex)
                ++j;
            const qsizetype digitsStart = j;
            while (j < n && j - digitsStart < 8 &&
                   (hex ? isHexDigit(text[j]) : (text[j] >= u'0' && text[j] <= u'9')))
                ++j;
            if (j == digitsStart) {
                out += text[i];
                continue;
            }
            bool ok = false;
            const uint cp = text.mid(digitsStart, j - digitsStart).toUInt(&ok, hex ? 16 : 10);
            appendCodePoint(out, ok ? char32_t(cp) : char32_t(0xFFFD));
            if (j < n && text[j] == u';')
                ++j;
            i = j - 1;
            continue;
        }
        while (j < n && j - i <= 32 && text[j].unicode() < 128 && text[j].isLetterOrNumber())
            ++j;
        const QString name = text.mid(i + 1, j - i - 1);
        const auto it = entityTable().constFind(name);
        const bool semicolon = j < n && text[j] == u';';
        if (it == entityTable().constEnd() || (!semicolon && !legacyWithoutSemicolon(name))) {
            out += text[i];
            continue;
        }
        appendCodePoint(out, it.value());
        i = semicolon ? j : j - 1;
    }
    return out;
}

} // namespace stratos
