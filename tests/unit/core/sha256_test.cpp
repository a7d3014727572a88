// util/sha256: the import's file hash is the batch's and the source's identity,
// so it must be SHA-256 whichever implementation the build uses.
#include "util/sha256.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

#include <gtest/gtest.h>

using stratos::util::sha256Hex;

TEST(Sha256, KnownDigests)
{
    // FIPS 180-2 examples.
    EXPECT_EQ(sha256Hex(QByteArray()),
              QStringLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    EXPECT_EQ(sha256Hex(QByteArrayLiteral("abc")),
              QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    EXPECT_EQ(
        sha256Hex(QByteArrayLiteral("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")),
        QStringLiteral("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"));
}

TEST(Sha256, SameAsQtOnFilesOfEverySize)
{
    QRandomGenerator rng(18);
    for (const qsizetype size : {1, 55, 56, 63, 64, 65, 1000, 1 << 20}) {
        QByteArray bytes(size, Qt::Uninitialized);
        for (char &c : bytes)
            c = char(rng.generate());
        EXPECT_EQ(sha256Hex(bytes),
                  QString::fromLatin1(
                      QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()))
            << size << " bytes";
    }
}
