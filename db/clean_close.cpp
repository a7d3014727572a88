#include "clean_close.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

namespace stratos {
namespace {

// "size mtime-ms" of the store file: what a write by anyone changes.
QByteArray fingerprint(const QString &storePath)
{
    const QFileInfo info(storePath);
    if (!info.exists() || QFileInfo::exists(storePath + QStringLiteral("-wal")))
        return {};
    return QByteArray::number(info.size()) + ' ' +
           QByteArray::number(info.lastModified().toMSecsSinceEpoch());
}

} // namespace

QString cleanCloseRecordPath(const QString &storePath)
{
    const QByteArray key = QFileInfo(storePath).absoluteFilePath().toUtf8();
    // The app's own cache folder ($XDG_CACHE_HOME/Stratos/Stratos on Linux): a
    // package must not write anywhere else in the user's home.
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) +
           QStringLiteral("/clean-close/") +
           QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha1).toHex());
}

std::optional<QDateTime> cleanCloseRecord(const QString &storePath)
{
    QFile f(cleanCloseRecordPath(storePath));
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QList<QByteArray> lines = f.readAll().split('\n');
    const QByteArray now = fingerprint(storePath);
    if (lines.size() < 2 || now.isEmpty() || lines[0] != now)
        return std::nullopt;
    bool ok = false;
    const qint64 checkedMs = lines[1].toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    return QDateTime::fromMSecsSinceEpoch(checkedMs, Qt::UTC);
}

void writeCleanCloseRecord(const QString &storePath, const QDateTime &lastFullCheck)
{
    if (!lastFullCheck.isValid() || fingerprint(storePath).isEmpty())
        return;
    // File times tick coarsely (a few ms on Linux): a write just after ours could
    // keep the same time. Stamped a second into the past, the file shows any
    // later write, which can only carry a later time.
    {
        QFile store(storePath);
        if (!store.open(QIODevice::ReadWrite) ||
            !store.setFileTime(QDateTime::currentDateTimeUtc().addSecs(-1), QFileDevice::FileModificationTime))
            return;
    }
    const QByteArray now = fingerprint(storePath);
    if (now.isEmpty())
        return;
    // Best effort: without a record the next start simply checks in full.
    const QString record = cleanCloseRecordPath(storePath);
    QDir().mkpath(QFileInfo(record).absolutePath());
    QSaveFile f(record);
    if (!f.open(QIODevice::WriteOnly))
        return;
    f.write(now + '\n' + QByteArray::number(lastFullCheck.toMSecsSinceEpoch()) + '\n');
    f.commit();
}

void removeCleanCloseRecord(const QString &storePath)
{
    QFile::remove(cleanCloseRecordPath(storePath));
}

} // namespace stratos
