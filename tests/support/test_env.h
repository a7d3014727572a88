#pragma once
// Test helpers: where the shared reference data and sources are, temporary
// stores, and running the real binary.

#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <ostream>

// Readable QString values in GoogleTest failure messages.
inline void PrintTo(const QString &s, std::ostream *os) { *os << '"' << s.toStdString() << '"'; }

namespace stratos::test {

QString sharedDir();             // ../shared, or empty when absent
QString sharedFile(const QString &relative); // empty when absent
QString sourceDir();             // repository root
QString binaryPath();            // the built stratos executable
QByteArray sha256OfFile(const QString &path);

struct ProcessResult
{
    int exitCode = -1;
    QString out;
    QString err;
    bool finished = false;
};
ProcessResult runStratos(const QStringList &args, int timeoutMs = 120000,
                         const QStringList &extraEnv = {});

} // namespace stratos::test

#define STRATOS_SKIP_WITHOUT(path)                                                                 \
    if ((path).isEmpty())                                                                          \
    GTEST_SKIP() << "shared reference data not found (../shared); skipped"
