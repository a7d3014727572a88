#include "qt_options.h"

#include <QStringList>

namespace stratos::cli {
namespace {

// From the QGuiApplication and QApplication documentation (X11's -display and
// -geometry included); the ones with a value first.
const QStringList &valueOptions()
{
    static const QStringList names = {
        QStringLiteral("platform"),       QStringLiteral("platformpluginpath"), QStringLiteral("platformtheme"),
        QStringLiteral("plugin"),         QStringLiteral("qwindowgeometry"),    QStringLiteral("qwindowicon"),
        QStringLiteral("qwindowtitle"),   QStringLiteral("session"),            QStringLiteral("display"),
        QStringLiteral("geometry"),       QStringLiteral("style"),              QStringLiteral("stylesheet"),
        QStringLiteral("qmljsdebugger"),  QStringLiteral("dialogs"),            QStringLiteral("fontengine")};
    return names;
}

const QStringList &flagOptions()
{
    static const QStringList names = {QStringLiteral("reverse"), QStringLiteral("widgetcount"),
                                      QStringLiteral("nograb"), QStringLiteral("dograb"), QStringLiteral("sync")};
    return names;
}

} // namespace

QList<QCommandLineOption> qtStandardOptions()
{
    QList<QCommandLineOption> out;
    for (const QString &name : valueOptions()) {
        QCommandLineOption o(name, QStringLiteral("Qt option."), QStringLiteral("VALUE"));
        o.setFlags(QCommandLineOption::HiddenFromHelp);
        out << o;
    }
    for (const QString &name : flagOptions()) {
        QCommandLineOption o(name, QStringLiteral("Qt option."));
        o.setFlags(QCommandLineOption::HiddenFromHelp);
        out << o;
    }
    return out;
}

bool isQtOptionWithValue(const QString &arg)
{
    QString name = arg;
    while (name.startsWith(u'-'))
        name.remove(0, 1);
    return arg.startsWith(u'-') && !name.contains(u'=') && valueOptions().contains(name);
}

} // namespace stratos::cli
