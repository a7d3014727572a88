#include "library/reader_view.h"

#include "web/web_views.h"
#include "widgets/record_views.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPalette>
#include <QPointer>
#include <QStackedLayout>

namespace stratos {
namespace {

QString call(const char *function, const QJsonObject &payload)
{
    // JSON is a JavaScript literal: the text reaches the page as a string value.
    return QStringLiteral("window.stratosReader && stratosReader.%1(%2)")
        .arg(QLatin1String(function), QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)));
}

} // namespace

ReaderView::ReaderView(QWidget *parent) : QWidget(parent)
{
    m_stack = newWaitingStack(this, tr("Loading the reader…"));
    m_stack->setContentsMargins(0, 0, 0, 0);
}

void ReaderView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    ensureView();
}

void ReaderView::ensureView()
{
    if (m_view)
        return;
    QString why;
    WebViews *web = webViews(&why);
    if (!web) { // the reader keeps saying why
        if (auto *placeholder = qobject_cast<QLabel *>(m_stack->widget(0))) {
            placeholder->setWordWrap(true);
            placeholder->setText(tr("The reader cannot start: %1").arg(why));
        }
        return;
    }
    m_view = web->create(this);
    m_view->setObjectName(QStringLiteral("readerView"));
    m_stack->addWidget(m_view);
    web->onLoadFinished(m_view, this, [this, web](bool ok) {
        m_loaded = ok;
        if (!ok)
            return;
        m_stack->setCurrentWidget(m_view);
        const bool dark = palette().color(QPalette::Window).lightness() < 128;
        web->runJavaScript(m_view, QStringLiteral("stratosReader.setTheme(%1)").arg(dark ? "true" : "false"), {});
        flush();
    });
    web->load(m_view, QStringLiteral("reader.html"));
}

void ReaderView::showDocument(const ReaderDocument &doc)
{
    m_documentId = doc.id;
    QJsonObject p{{"title", doc.title}, {"meta", doc.meta}, {"url", doc.url}, {"text", doc.text},
                  {"pdf", doc.pdf}, {"markdown", doc.markdown}, {"paragraphs", !doc.markdown},
                  {"token", ++m_token}};
    if (doc.start >= 0 && doc.end > doc.start) {
        p.insert(QStringLiteral("start"), doc.start);
        p.insert(QStringLiteral("end"), doc.end);
    }
    if (!doc.claims.isEmpty())
        p.insert(QStringLiteral("claims"), doc.claims);
    m_pendingScript = call("show", p);
    flush();
}

void ReaderView::showData(const ReaderData &data)
{
    m_documentId = 0;
    m_pendingScript = call("showData", QJsonObject{{"label", data.label}, {"text", data.text}, {"table", data.table},
                                                   {"rows", data.rows}, {"token", ++m_token}});
    flush();
}

void ReaderView::flush()
{
    if (!m_view && isVisible())
        ensureView();
    if (!m_loaded || m_pendingScript.isEmpty())
        return;
    const QString script = std::exchange(m_pendingScript, QString());
    // m_loaded: the module is loaded and the view made.
    webViews()->runJavaScript(m_view, script, [self = QPointer<ReaderView>(this)](const QVariant &) {
        if (self)
            emit self->shown();
    });
}

} // namespace stratos
