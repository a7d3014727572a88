#include "cli_common.h"

#include "config/store_location.h"

#include <cstdio>

namespace stratos::cli {

void printError(const QString &message)
{
    std::fprintf(stderr, "stratos: %s\n", qPrintable(message));
    std::fflush(stderr);
}

void printOut(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

bool parseOrComplain(QCommandLineParser &parser, const QStringList &args)
{
    if (!parser.parse(args)) {
        printError(parser.errorText() + QStringLiteral(" (try 'stratos --help')"));
        return false;
    }
    return true;
}

QCommandLineOption dbOption()
{
    return QCommandLineOption(QStringLiteral("db"),
                              QStringLiteral("Use the store at PATH (default: $STRATOS_DB, else "
                                             "the application data folder)."),
                              QStringLiteral("PATH"));
}

std::unique_ptr<Store> openStoreOrComplain(const QString &dbPath, bool readOnly)
{
    const StoreLocation loc = resolveStoreLocation(dbPath);
    Store::Options options;
    options.readOnly = readOnly;
    auto store = Store::open(loc.path, options);
    if (!store) {
        printError(store.error().toString());
        return nullptr;
    }
    return std::move(*store);
}

} // namespace stratos::cli
