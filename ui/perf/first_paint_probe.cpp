#include "perf/first_paint_probe.h"

#include <QCoreApplication>
#include <QEvent>
#include <QWidget>
#include <cstdio>
#include <cstring>

namespace stratos {
namespace {

class FirstPaintProbe : public QObject
{
public:
    FirstPaintProbe(QWidget *window, const char *what) : QObject(window), m_what(what) {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::Paint)
            return false;
        watched->removeEventFilter(this);
        if (qEnvironmentVariableIntValue("STRATOS_PAINT_LOG") == 1) {
            std::fprintf(stderr, "stratos-paint %s\n", m_what);
            std::fflush(stderr);
        }
        // Queued: the rest of the window paints and is flushed before the loop ends.
        if (std::strcmp(m_what, "main") == 0 && exitAfterFirstPaint())
            QMetaObject::invokeMethod(qApp, [] { QCoreApplication::exit(0); }, Qt::QueuedConnection);
        deleteLater();
        return false;
    }

private:
    const char *m_what;
};

} // namespace

bool exitAfterFirstPaint() { return qEnvironmentVariableIntValue("STRATOS_EXIT_AFTER_FIRST_PAINT") == 1; }

void watchFirstPaint(QWidget *window, const char *what)
{
    if (!exitAfterFirstPaint() && qEnvironmentVariableIntValue("STRATOS_PAINT_LOG") != 1)
        return;
    window->installEventFilter(new FirstPaintProbe(window, what));
}

} // namespace stratos
