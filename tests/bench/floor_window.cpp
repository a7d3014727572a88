// The start-up floor: the least a Qt Widgets program does before its first
// paint (a QApplication, a main window with a label, show), and then exits,
// exactly as stratos does with STRATOS_EXIT_AFTER_FIRST_PAINT=1.
#include <QApplication>
#include <QEvent>
#include <QLabel>
#include <QMainWindow>
#include <QStatusBar>

namespace {

class ExitOnFirstPaint : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) {
            watched->removeEventFilter(this);
            // Queued: the whole window finishes painting before the loop ends.
            QMetaObject::invokeMethod(qApp, [] { QCoreApplication::exit(0); }, Qt::QueuedConnection);
        }
        return false;
    }
};

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.setWindowTitle(QStringLiteral("floor"));
    window.setCentralWidget(new QLabel(QStringLiteral("A bare Qt Widgets window")));
    window.statusBar()->showMessage(QStringLiteral("ready"));
    window.resize(1440, 900);
    ExitOnFirstPaint probe;
    window.installEventFilter(&probe);
    window.show();
    return app.exec();
}
