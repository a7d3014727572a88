#pragma once
// Real files for the store-safety tests: a seeded store copied per test, bytes
// overwritten in place, read-only files and folders, and a separate sqlite3
// process holding the write lock.

#include "store.h"
#include "test_env.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <memory>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace stratos::test {

inline QVariant scalarOf(QSqlDatabase db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return {};
    return q.value(0);
}

// A store with the embedded dataset, built once per test program and closed.
inline QString seededTemplate()
{
    static QTemporaryDir *dir = nullptr;
    if (!dir) {
        dir = new QTemporaryDir;
        auto store = Store::open(dir->filePath(QStringLiteral("seeded.sqlite")));
        if (!store)
            ADD_FAILURE() << qPrintable(store.error().toString());
    }
    return dir->filePath(QStringLiteral("seeded.sqlite"));
}

inline QString copySeeded(const QTemporaryDir &dir, const QString &name = QStringLiteral("store.sqlite"))
{
    const QString path = dir.filePath(name);
    QFile::copy(seededTemplate(), path);
    QFile(path).setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    return path;
}

inline void overwrite(const QString &path, qint64 offset, const QByteArray &bytes)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadWrite));
    ASSERT_TRUE(f.seek(offset));
    ASSERT_EQ(f.write(bytes), bytes.size());
}

inline QByteArray garbage(int size)
{
    QByteArray b(size, '\0');
    for (int i = 0; i < size; ++i)
        b[i] = char((i * 131 + 7) & 0xff);
    return b;
}

// Makes a file or folder unwritable in a way that binds the current user:
// chmod for a normal user; as root (which chmod does not stop) the immutable
// attribute, which stops root too. Undone on destruction. On Windows a
// folder's read-only attribute does not stop new files (only an ACL would),
// so ok() is false for folders there and the test skips, saying so.
class ReadOnlyGuard
{
public:
    explicit ReadOnlyGuard(const QString &path) : m_path(path)
    {
#ifdef Q_OS_WIN
        if (QFileInfo(path).isDir())
            return;
#endif
#ifdef Q_OS_UNIX
        if (geteuid() == 0) {
            m_immutable = QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("+i"), path}) == 0;
            m_ok = m_immutable;
        } else
#endif
        {
            m_permissions = QFile(path).permissions();
            m_ok = QFile(path).setPermissions(m_permissions &
                                              ~(QFile::WriteOwner | QFile::WriteUser |
                                                QFile::WriteGroup | QFile::WriteOther));
        }
    }
    ~ReadOnlyGuard()
    {
        if (m_immutable)
            QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("-i"), m_path});
        else if (m_ok)
            QFile(m_path).setPermissions(m_permissions);
    }
    bool ok() const { return m_ok; }

private:
    QString m_path;
    bool m_ok = false;
    bool m_immutable = false;
    QFile::Permissions m_permissions;
};

// A separate sqlite3 process inside BEGIN EXCLUSIVE until it is destroyed.
class LockHolder
{
public:
    explicit LockHolder(const QString &path)
    {
        const QString exe = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
        if (exe.isEmpty())
            return;
        m_process.start(exe, {path});
        if (!m_process.waitForStarted())
            return;
        m_process.write("BEGIN EXCLUSIVE;\nSELECT 'holding';\n");
        // Wait for the process to say it holds the lock (no timing involved).
        QByteArray out;
        while (!out.contains("holding") && m_process.waitForReadyRead(30000))
            out += m_process.readAllStandardOutput();
        m_holding = out.contains("holding");
    }
    ~LockHolder()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.write("ROLLBACK;\n.quit\n");
        m_process.closeWriteChannel();
        if (!m_process.waitForFinished(30000))
            m_process.kill();
    }
    bool holding() const { return m_holding; }

private:
    QProcess m_process;
    bool m_holding = false;
};

} // namespace stratos::test
