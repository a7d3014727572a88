#include "text/html_entities.h"

#include "text/windows1252.h"

#include <algorithm>
#include <iterator>

namespace stratos {
namespace {

struct Entity
{
    const char *name; // as the standard lists it: with ';', or a legacy name without
    char32_t first;
    char32_t second; // 0 when the reference stands for one character
};

// Every WHATWG named reference, sorted by name: tools/make-html-entities.py.
constexpr Entity kEntities[] = {
#include "text/html_entity_table.inc"
};

// The longest name in the table that text starts with at from, as a browser
// matches in text content: "&notit;" is "¬" followed by "it;". Null if none.
const Entity *longestEntityAt(const QString &text, qsizetype from, qsizetype *length)
{
    constexpr qsizetype maxName = 32; // "CounterClockwiseContourIntegral;"
    QByteArray run;
    for (qsizetype j = from; j < text.size() && run.size() < maxName; ++j) {
        const char16_t c = text[j].unicode();
        const bool alnum = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
        if (!alnum && c != u';')
            break;
        run += char(c);
        if (c == u';')
            break;
    }
    const auto less = [](const Entity &e, const QByteArray &key) { return qstrcmp(e.name, key.constData()) < 0; };
    for (qsizetype n = run.size(); n > 0; --n) {
        const QByteArray key = run.left(n);
        const Entity *it = std::lower_bound(std::begin(kEntities), std::end(kEntities), key, less);
        if (it != std::end(kEntities) && key == it->name) {
            *length = n;
            return it;
        }
    }
    return nullptr;
}

bool isHexDigit(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'f') || (u >= u'A' && u <= u'F');
}

char32_t digitValue(QChar c)
{
    const char16_t u = c.unicode();
    return u <= u'9' ? char32_t(u - u'0') : char32_t((u | 0x20) - u'a' + 10);
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
            char32_t cp = 0;
            for (; j < n && (hex ? isHexDigit(text[j]) : (text[j] >= u'0' && text[j] <= u'9')); ++j)
                if (cp <= 0x10FFFF) // past that it stays out of range, whatever follows
                    cp = cp * (hex ? 16 : 10) + digitValue(text[j]);
            if (j == digitsStart) { // "&#" or "&#x" without digits is text
                out += text[i];
                continue;
            }
            // As browsers do: &#128;..&#159; are the characters Windows-1252 puts there.
            if (cp >= 0x80 && cp <= 0x9F)
                cp = windows1252Char(uchar(cp));
            appendCodePoint(out, cp);
            if (j < n && text[j] == u';')
                ++j;
            i = j - 1;
            continue;
        }
        qsizetype length = 0;
        const Entity *e = longestEntityAt(text, j, &length);
        if (!e) {
            out += text[i];
            continue;
        }
        appendCodePoint(out, e->first);
        if (e->second)
            appendCodePoint(out, e->second);
        i = j + length - 1;
    }
    return out;
}

} // namespace stratos
