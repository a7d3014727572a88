#include "util/module_loader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QLibrary>
#include <QMutex>

namespace stratos {
namespace {

QString libraryFileName(const QString &name)
{
#if defined(Q_OS_WIN)
    return name + QStringLiteral(".dll");
#elif defined(Q_OS_MACOS)
    return QStringLiteral("lib") + name + QStringLiteral(".dylib");
#else
    return QStringLiteral("lib") + name + QStringLiteral(".so");
#endif
}

struct Loaded
{
    QLibrary *library = nullptr; // never unloaded: its widgets and threads may outlive any owner
    QString error;
};

} // namespace

QStringList moduleSearchDirs()
{
    QStringList dirs;
    if (const QString env = qEnvironmentVariable("STRATOS_MODULE_DIR"); !env.isEmpty())
        dirs << env;
    const QString app = QCoreApplication::applicationDirPath();
    dirs << app << app + QStringLiteral("/../lib/stratos") << app + QStringLiteral("/../Frameworks")
         << app + QStringLiteral("/../../..");
    return dirs;
}

QFunctionPointer resolveModuleFunction(const QString &name, const char *symbol, QString *error)
{
    static QMutex mutex;
    static QHash<QString, Loaded> modules;
    QMutexLocker lock(&mutex);
    Loaded &m = modules[name];
    if (!m.library && m.error.isEmpty()) {
        const QString file = libraryFileName(name);
        QStringList tried;
        for (const QString &dir : moduleSearchDirs()) {
            const QString path = QDir::cleanPath(dir + u'/' + file);
            if (!QFileInfo::exists(path))
                continue;
            auto *lib = new QLibrary(path);
            if (lib->load()) {
                m.library = lib;
                break;
            }
            tried << lib->errorString();
            delete lib;
        }
        if (!m.library)
            m.error = tried.isEmpty()
                          ? QStringLiteral("%1: not found in %2").arg(file, moduleSearchDirs().join(QStringLiteral(", ")))
                          : tried.join(QStringLiteral("; "));
    }
    if (!m.library) {
        if (error)
            *error = m.error;
        return nullptr;
    }
    QFunctionPointer f = m.library->resolve(symbol);
    if (!f && error)
        *error = QStringLiteral("%1: %2").arg(m.library->fileName(), m.library->errorString());
    return f;
}

} // namespace stratos
