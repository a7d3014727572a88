#pragma once
// Windows-1252 as the WHATWG Encoding standard defines it (what browsers use
// for "windows-1252", "iso-8859-1", "us-ascii" and their aliases). Our own
// table, not QStringDecoder: Qt built without ICU (the qt.io Windows
// binaries) has no windows-1252 codec at all, and with ICU the five unassigned
// bytes are errors where browsers pass them through.

#include <QByteArrayView>
#include <QString>

namespace stratos {

// The character a byte stands for: 0x80..0x9F through the table (the five
// unassigned ones, 0x81 0x8D 0x8F 0x90 0x9D, map to U+0081.. like browsers do),
// every other byte to the code point of the same value.
char16_t windows1252Char(uchar byte);

// Decodes a whole text; never fails.
QString decodeWindows1252(QByteArrayView bytes);

// Whether an HTML/HTTP charset label means windows-1252 (case-insensitive).
bool isWindows1252Label(QByteArrayView label);

} // namespace stratos
