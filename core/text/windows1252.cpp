#include "text/windows1252.h"

namespace stratos {
namespace {

// Bytes 0x80..0x9F (WHATWG index-windows-1252).
constexpr char16_t kHigh[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, // 80..87
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F, // 88..8F
    0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, // 90..97
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178, // 98..9F
};

} // namespace

char16_t windows1252Char(uchar byte)
{
    return byte >= 0x80 && byte <= 0x9F ? kHigh[byte - 0x80] : char16_t(byte);
}

QString decodeWindows1252(QByteArrayView bytes)
{
    QString out(bytes.size(), Qt::Uninitialized);
    char16_t *dst = reinterpret_cast<char16_t *>(out.data());
    for (const char c : bytes)
        *dst++ = windows1252Char(uchar(c));
    return out;
}

bool isWindows1252Label(QByteArrayView label)
{
    // The labels the Encoding standard lists for windows-1252.
    static const char *const labels[] = {"ansi_x3.4-1968", "ascii",      "cp1252",     "cp819",
                                         "csisolatin1",    "ibm819",     "iso-8859-1", "iso-ir-100",
                                         "iso8859-1",      "iso88591",   "iso_8859-1", "iso_8859-1:1987",
                                         "l1",             "latin1",     "us-ascii",   "windows-1252",
                                         "x-cp1252"};
    const QByteArray lower = label.trimmed().toByteArray().toLower();
    for (const char *l : labels)
        if (lower == l)
            return true;
    return false;
}

} // namespace stratos
