#pragma once
// SHA-256 of a file's bytes, as lowercase hex. Every import hashes its whole
// file (the batch's and the source's identity): Qt 6.4's own SHA-256 is a
// portable reference implementation, 25 ms of a 3.6 MB GCAT import; OpenSSL's
// uses the CPU's SHA instructions. Builds without OpenSSL use Qt's; the
// result is the same.

#include <QByteArray>
#include <QString>

namespace stratos::util {

QString sha256Hex(const QByteArray &bytes);

} // namespace stratos::util
