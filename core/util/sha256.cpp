#include "util/sha256.h"

#ifdef STRATOS_OPENSSL_SHA
#include <openssl/sha.h>
#else
#include <QCryptographicHash>
#endif

namespace stratos::util {

QString sha256Hex(const QByteArray &bytes)
{
#ifdef STRATOS_OPENSSL_SHA
    unsigned char digest[SHA256_DIGEST_LENGTH];
    SHA256(reinterpret_cast<const unsigned char *>(bytes.constData()), size_t(bytes.size()),
           digest);
    return QString::fromLatin1(
        QByteArray::fromRawData(reinterpret_cast<const char *>(digest), SHA256_DIGEST_LENGTH)
            .toHex());
#else
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
#endif
}

} // namespace stratos::util
