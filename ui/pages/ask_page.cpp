#include "pages/ask_page.h"

#include "ask/ask_bridge.h"
#include "ask/ask_session.h"
#include "ask/ask_settings.h"
#include "ask/ask_settings_dialog.h"
#include "library/reader_document.h"
#include "library/document_table_model.h"
#include "library/reader_view.h"
#include "library_store.h"
#include "store.h"
#include "text/document_text.h"
#include "web/web_views.h"
#include "widgets/record_views.h"

#include <QClipboard>
#include <QFileDialog>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QFileInfo>
#include <QJsonObject>
#include <QMessageBox>
#include <QRegularExpression>
#include <QSettings>
#include <QSplitter>
#include <QStackedLayout>
#include <QStandardPaths>
#include <QToolButton>
#include <QVBoxLayout>

namespace stratos {

AskPage::AskPage(Store &store, QWidget *parent)
    : Page(parent), m_store(store), m_library(std::make_unique<LibraryStore>(store.database()))
{
    m_session = new AskSession(store.database(), store.readOnly(), this);
    QSettings settings;
    m_session->setSettings(loadAskSettings(settings));
    m_session->restoreLatest();
    m_bridge = new AskBridge(m_session, this);
    connect(m_bridge, &AskBridge::connected, this, [this] {
        m_pageReady = true;
        emit m_bridge->backendChanged(backendLabel(m_session->settings()));
        emit m_bridge->suggestionsChanged(suggestions());
        emit pageReady();
    });
    connect(m_bridge, &AskBridge::citationRequested, this, [this](int id, int n) {
        if (!openCitation(id, n))
            notice(tr("Source [%1] is not available any more.").arg(n));
    });
    connect(m_bridge, &AskBridge::copyRequested, this, [this](int id) {
        QGuiApplication::clipboard()->setText(m_session->answerForClipboard(id));
        notice(tr("Answer copied, with its sources."));
    });
    connect(m_bridge, &AskBridge::exportRequested, this, &AskPage::exportConversation);
    connect(m_bridge, &AskBridge::settingsRequested, this, &AskPage::showSettings);
    connect(m_session, &AskSession::storeError, this,
            [this](const QString &message) { notice(tr("The conversation could not be saved: %1").arg(message)); });

    m_stack = newWaitingStack(this, tr("Starting the Ask panel…"));
}

AskPage::~AskPage()
{
    // The page must go before the channel and bridge it talks to.
    delete m_split;
}

QStringList AskPage::suggestions()
{
    return {tr("How much market value did Nvidia lose in one day?"), tr("What did OpenAI accuse DeepSeek of?"),
            tr("How far did NVDA fall on 2025-01-27?"), tr("How many Kuiper satellites were launched in 2025?"),
            tr("What did the articles say about the market reaction?")};
}

void AskPage::reload(const Repository &) {}

void AskPage::showEvent(QShowEvent *event)
{
    Page::showEvent(event);
    ensureUi();
}

void AskPage::ensureUi()
{
    if (m_chat)
        return;
    QString why;
    WebViews *web = webViews(&why);
    if (!web) { // the page keeps saying why
        if (auto *placeholder = qobject_cast<QLabel *>(m_stack->widget(0))) {
            placeholder->setWordWrap(true);
            placeholder->setText(tr("The Ask panel cannot start: %1").arg(why));
        }
        return;
    }
    m_split = new QSplitter(Qt::Horizontal);
    m_chat = web->create(m_split);
    m_chat->setObjectName(QStringLiteral("askView"));
    setFocusProxy(m_chat); // Ctrl+7 lands in the question box (autofocus in ask.html)
    web->publish(m_chat, QStringLiteral("bridge"), m_bridge);

    m_readerPanel = new QWidget;
    auto *panel = new QVBoxLayout(m_readerPanel);
    panel->setContentsMargins(0, 0, 0, 0);
    panel->setSpacing(0);
    auto *head = new QHBoxLayout;
    head->setContentsMargins(12, 6, 6, 6);
    m_readerTitle = new QLabel;
    auto *close = new QToolButton;
    close->setText(QStringLiteral("✕"));
    close->setToolTip(tr("Close the source"));
    close->setAutoRaise(true);
    head->addWidget(m_readerTitle, 1);
    head->addWidget(close);
    panel->addLayout(head);
    m_reader = new ReaderView;
    panel->addWidget(m_reader, 1);
    m_split->addWidget(m_chat);
    m_split->addWidget(m_readerPanel);
    m_split->setStretchFactor(0, 3);
    m_split->setStretchFactor(1, 2);
    m_readerPanel->hide();
    connect(close, &QToolButton::clicked, m_readerPanel, &QWidget::hide);
    m_stack->addWidget(m_split);
    m_stack->setCurrentWidget(m_split);

    web->onLoadFinished(m_chat, this, [this, web](bool ok) {
        if (ok && palette().color(QPalette::Window).lightness() < 128)
            web->runJavaScript(m_chat, QStringLiteral("document.documentElement.classList.add('dark')"), {});
    });
    web->load(m_chat, QStringLiteral("ask.html"));
}

void AskPage::ask(const QString &question)
{
    m_session->ask(question);
}

bool AskPage::openCitation(int messageId, int number)
{
    const QJsonObject source = m_session->citation(messageId, number);
    if (source.isEmpty())
        return false;
    ensureUi();
    if (!m_chat)
        return false;
    const int total = int(m_split->width());
    if (m_readerPanel->isHidden()) {
        m_readerPanel->show();
        m_split->setSizes({total * 55 / 100, total * 45 / 100});
    }
    const bool data = source.value(QLatin1String("kind")).toString() == QLatin1String("data");
    m_readerTitle->setText(data ? tr("<b>Source [%1]</b> — the rows of the store behind the figure").arg(number)
                                : tr("<b>Source [%1]</b> — the cited passage is highlighted").arg(number));
    if (data) {
        m_reader->showData({source.value(QLatin1String("title")).toString(), source.value(QLatin1String("text")).toString(),
                            source.value(QLatin1String("table")).toString(), source.value(QLatin1String("rows")).toString()});
        return true;
    }
    auto row = m_library->document(source.value(QLatin1String("documentId")).toInteger());
    if (!row) // re-imported under a new id: find it by file
        row = m_library->documentByPath(source.value(QLatin1String("path")).toString());
    if (!row)
        return false;
    m_reader->showDocument(readerDocument(m_store.database(), *row, m_library->text(row->id),
                                          source.value(QLatin1String("start")).toInt(),
                                          source.value(QLatin1String("end")).toInt(),
                                          {tr("source [%1]").arg(number)}));
    return true;
}

void AskPage::showSettings()
{
    AskSettingsDialog dialog(m_session->settings(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const ask::BackendSettings s = dialog.settings();
    QSettings settings;
    saveAskSettings(settings, s);
    m_session->setSettings(s);
    emit m_bridge->backendChanged(backendLabel(s));
}

void AskPage::exportConversation()
{
    if (m_session->messages().isEmpty()) {
        notice(tr("There is nothing to export yet."));
        return;
    }
    QSettings settings;
    QString dir = settings.value(QStringLiteral("ask/exportDir")).toString();
    if (dir.isEmpty())
        dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString name = m_session->title().left(60);
    name.replace(QRegularExpression(QStringLiteral("[^\\w\\- ]+")), QString());
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the conversation"),
                                                      dir + u'/' + name.trimmed() + QStringLiteral(".md"),
                                                      tr("Markdown (*.md)"));
    if (path.isEmpty())
        return;
    settings.setValue(QStringLiteral("ask/exportDir"), QFileInfo(path).absolutePath());
    if (Status s = m_session->exportMarkdown(path); !s) {
        QMessageBox::warning(this, tr("Export the conversation"), s.error().message);
        return;
    }
    notice(tr("Saved %1").arg(QFileInfo(path).fileName()));
}

void AskPage::newConversation() { m_session->newConversation(); }

void AskPage::notice(const QString &text) { emit m_bridge->notice(text); }

} // namespace stratos
