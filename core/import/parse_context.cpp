#include "import/parse_context.h"

#include "util/csv_reader.h"

#include <QDate>

#include <algorithm>

#include <charconv>
#include <cmath>
#include <cstring>

namespace stratos::import::detail {

bool ParseContext::poll(qint64 doneBytes)
{
    if (m_options.progress)
        m_options.progress(doneBytes, m_total);
    if (m_options.cancel && m_options.cancel->load(std::memory_order_relaxed)) {
        m_out.cancelled = true;
        return true;
    }
    return false;
}

void ParseContext::finish() const
{
    if (m_options.progress && !m_out.cancelled)
        m_options.progress(m_total, m_total);
}

void ParseContext::blankRecord(int line, const QString &what)
{
    ++m_out.skippedBlank;
    if (m_out.skipped.size() < ParseOutcome::maxSkippedListed)
        m_out.skipped.append(SkippedRow{line, 1, what, true});
}

void ParseContext::finishRows(int goodRows)
{
    std::stable_sort(m_out.skipped.begin(), m_out.skipped.end(),
                     [](const SkippedRow &a, const SkippedRow &b) { return a.line < b.line; });
    if (m_options.skipBadRows && goodRows == 0 && m_out.skippedBad > 0 && !hasProblems()) {
        const SkippedRow *first = nullptr;
        for (const SkippedRow &r : std::as_const(m_out.skipped))
            if (!r.blank) {
                first = &r;
                break;
            }
        problem(first ? first->line : 1, first ? first->column : 1, [&] {
            return QStringLiteral("expected at least one good row, found none: all %1 rows "
                                  "are bad (the first: %2), so the header itself is likely "
                                  "wrong")
                .arg(m_out.skippedBad)
                .arg(first ? first->reason : QString());
        });
    }
}

Position positionOf(QByteArrayView text, qsizetype offset)
{
    offset = qBound(qsizetype(0), offset, text.size());
    Position pos;
    qsizetype lineStart = 0;
    const char *data = text.data();
    for (qsizetype i = 0; i < offset;) {
        const void *nl = std::memchr(data + i, '\n', size_t(offset - i));
        if (!nl)
            break;
        i = static_cast<const char *>(nl) - data + 1;
        ++pos.line;
        lineStart = i;
    }
    pos.column = charCount(text.sliced(lineStart, offset - lineStart)) + 1;
    return pos;
}

int charCount(QByteArrayView utf8)
{
    int n = 0;
    for (const char c : utf8)
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) // not a continuation byte
            ++n;
    return n;
}

namespace {

bool isAscii(QByteArrayView view)
{
    // Eight bytes at a time: this runs over every byte of every file.
    const char *p = view.data();
    const char *end = p + view.size();
    for (; end - p >= 8; p += 8) {
        quint64 word;
        std::memcpy(&word, p, 8);
        if (word & 0x8080808080808080ull)
            return false;
    }
    for (; p < end; ++p)
        if (static_cast<unsigned char>(*p) >= 0x80)
            return false;
    return true;
}

} // namespace

PreparedText prepareText(const QByteArray &raw, const QString &fileName)
{
    PreparedText prepared;
    QByteArrayView view(raw);
    if (view.startsWith("\xEF\xBB\xBF"))
        view = view.sliced(3);
    if (view.startsWith("\xFF\xFE") || view.startsWith("\xFE\xFF")) {
        prepared.error = Error{QStringLiteral("expected UTF-8 text, found a UTF-16 byte order "
                                              "mark; save the file as UTF-8"),
                               fileName, 1, 1};
        return prepared;
    }
    if (const void *nul = std::memchr(view.data(), '\0', size_t(view.size()))) {
        const Position pos = positionOf(view, static_cast<const char *>(nul) - view.data());
        prepared.error = Error{QStringLiteral("expected a text file, found binary data "
                                              "(a NUL byte)"),
                               fileName, pos.line, pos.column};
        return prepared;
    }
    prepared.ascii = isAscii(view);
    if (!prepared.ascii && !view.isValidUtf8()) {
        // decodeUtf8Text knows how to say where the first bad byte is.
        Result<QString> decoded = decodeUtf8Text(view.toByteArray(), fileName);
        prepared.error = decoded.ok() ? Error{QStringLiteral("expected UTF-8 text, found invalid "
                                                             "bytes"),
                                              fileName, 0, 0}
                                      : decoded.error();
        return prepared;
    }
    if (view.contains('\r')) {
        QByteArray text;
        text.reserve(view.size());
        for (qsizetype i = 0; i < view.size(); ++i) {
            const char c = view[i];
            if (c != '\r') {
                text.append(c);
                continue;
            }
            text.append('\n');
            if (i + 1 < view.size() && view[i + 1] == '\n')
                ++i;
        }
        prepared.bytes = std::move(text);
    } else if (view.size() == raw.size()) {
        prepared.bytes = raw; // implicitly shared: no copy
    } else {
        prepared.bytes = view.toByteArray();
    }
    return prepared;
}

QString found(QByteArrayView text)
{
    if (text.isEmpty())
        return QStringLiteral("an empty field");
    constexpr qsizetype maxShown = 40;
    if (text.size() <= maxShown)
        return u'\'' + QString::fromUtf8(text) + u'\'';
    // Cut on a character boundary so the message stays valid UTF-8.
    qsizetype cut = maxShown;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80)
        --cut;
    return QStringLiteral("'%1…' (%2 characters)")
        .arg(QString::fromUtf8(text.first(cut)))
        .arg(charCount(text));
}

QString found(QStringView text)
{
    if (text.isEmpty())
        return QStringLiteral("an empty field");
    constexpr qsizetype maxShown = 40;
    if (text.size() <= maxShown)
        return u'\'' + text.toString() + u'\'';
    return QStringLiteral("'%1…' (%2 characters)").arg(text.first(maxShown)).arg(text.size());
}

namespace {

// from_chars' decimal grammar (chars_format::general) after an optional '+':
// -?(digits[.digits*]|.digits)([eE][+-]?digits)?  "inf" and "nan" are left out:
// parseDouble rejects them anyway.
bool isDecimalNumber(QByteArrayView t)
{
    qsizetype i = 0;
    const auto digits = [&] {
        const qsizetype from = i;
        while (i < t.size() && t[i] >= '0' && t[i] <= '9')
            ++i;
        return i - from;
    };
    if (i < t.size() && t[i] == '-')
        ++i;
    qsizetype mantissa = digits();
    if (i < t.size() && t[i] == '.') {
        ++i;
        mantissa += digits();
    }
    if (mantissa == 0)
        return false;
    if (i < t.size() && (t[i] == 'e' || t[i] == 'E')) {
        ++i;
        if (i < t.size() && (t[i] == '+' || t[i] == '-'))
            ++i;
        if (digits() == 0)
            return false;
    }
    return i == t.size();
}

} // namespace

std::optional<double> parseDoubleWithoutFromChars(QByteArrayView text)
{
    if (text.startsWith('+')) {
        text = text.sliced(1);
        if (text.startsWith('-')) // "+-1" is not a number
            return std::nullopt;
    }
    if (!isDecimalNumber(text))
        return std::nullopt;
    // QByteArray::toDouble is locale-independent and correctly rounded; it
    // reports overflow and underflow through ok.
    bool ok = false;
    const double value = QByteArray::fromRawData(text.data(), text.size()).toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

std::optional<double> parseDouble(QByteArrayView text)
{
#if defined(__cpp_lib_to_chars) && __cpp_lib_to_chars >= 201611L
    const char *begin = text.data();
    const char *end = begin + text.size();
    if (begin != end && *begin == '+') {
        ++begin;
        if (begin != end && *begin == '-') // "+-1" is not a number
            return std::nullopt;
    }
    if (begin == end)
        return std::nullopt;
    double value = 0;
    const auto [ptr, ec] = std::from_chars(begin, end, value);
    if (ec != std::errc() || ptr != end || !std::isfinite(value))
        return std::nullopt;
    return value;
#else
    return parseDoubleWithoutFromChars(text);
#endif
}

std::optional<double> parseDouble(QStringView text)
{
    char buffer[64];
    if (text.size() >= qsizetype(sizeof buffer))
        return std::nullopt;
    qsizetype n = 0;
    for (const QChar c : text) {
        if (c.unicode() >= 0x80)
            return std::nullopt;
        buffer[n++] = char(c.unicode());
    }
    return parseDouble(QByteArrayView(buffer, n));
}

QString tooLongLine(qsizetype bytes)
{
    return QStringLiteral("expected a line of at most %1 bytes, found one of %2 bytes "
                          "(is this really a data file?)")
        .arg(maxLineBytes)
        .arg(bytes);
}

qint64 parseIsoDay(QByteArrayView s)
{
    auto digit = [&](qsizetype i) { return i < s.size() && s[i] >= '0' && s[i] <= '9'; };
    auto num = [&](qsizetype i, int n) {
        int v = 0;
        for (int k = 0; k < n; ++k)
            v = v * 10 + (s[i + k] - '0');
        return v;
    };
    if (s.size() < 10 || !digit(0) || !digit(1) || !digit(2) || !digit(3) || s[4] != '-' ||
        !digit(5) || !digit(6) || s[7] != '-' || !digit(8) || !digit(9))
        return -1;
    const QDate day(num(0, 4), num(5, 2), num(8, 2));
    if (!day.isValid())
        return -1;
    if (s.size() == 10)
        return day.toJulianDay();
    // Optional time HH:MM[:SS[.fff]] and zone Z / +HH:MM / -HHMM: checked, not used.
    qsizetype i = 10;
    if (s[i] != ' ' && s[i] != 'T')
        return -1;
    ++i;
    if (!digit(i) || !digit(i + 1) || i + 2 >= s.size() || s[i + 2] != ':' || !digit(i + 3) ||
        !digit(i + 4))
        return -1;
    i += 5;
    if (i < s.size() && s[i] == ':') {
        if (!digit(i + 1) || !digit(i + 2))
            return -1;
        i += 3;
        if (i < s.size() && s[i] == '.') {
            ++i;
            while (digit(i))
                ++i;
        }
    }
    if (i < s.size() && s[i] == 'Z')
        ++i;
    else if (i < s.size() && (s[i] == '+' || s[i] == '-')) {
        if (!digit(i + 1) || !digit(i + 2))
            return -1;
        i += 3;
        if (i < s.size() && s[i] == ':')
            ++i;
        if (i < s.size()) {
            if (!digit(i) || !digit(i + 1))
                return -1;
            i += 2;
        }
    }
    return i == s.size() ? day.toJulianDay() : -1;
}

} // namespace stratos::import::detail
