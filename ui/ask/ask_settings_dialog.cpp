#include "ask/ask_settings_dialog.h"

#include "ask/ask_settings.h"
#include "ask/backend.h"
#include "ask/local_server_finder.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace stratos {
namespace {

QWidget *row(std::initializer_list<QWidget *> widgets)
{
    auto *w = new QWidget;
    auto *l = new QHBoxLayout(w);
    l->setContentsMargins(0, 0, 0, 0);
    for (QWidget *x : widgets)
        l->addWidget(x, x == *widgets.begin() ? 1 : 0);
    return w;
}

} // namespace

AskSettingsDialog::AskSettingsDialog(const ask::BackendSettings &s, QWidget *parent)
    : QDialog(parent), m_factory([](const ask::BackendSettings &b, QObject *p) { return ask::makeBackend(b, p); }),
      m_lastKind(s.kind)
{
    setWindowTitle(tr("Ask settings"));
    auto *form = new QFormLayout;
    m_backend = new QComboBox;
    m_backend->addItem(tr("Built-in (offline, no model: extractive answers)"), int(ask::BackendKind::Builtin));
    m_backend->addItem(tr("Ollama"), int(ask::BackendKind::Ollama));
    m_backend->addItem(tr("OpenAI-compatible server (llama-server, LM Studio, Jan, vLLM)"), int(ask::BackendKind::OpenAi));
    m_backend->addItem(tr("llama-server started by Stratos"), int(ask::BackendKind::ManagedLlamaServer));
    m_backend->setCurrentIndex(m_backend->findData(int(s.kind)));
    m_finder = new LocalServerFinder;
    form->addRow(tr("On this computer:"), m_finder);
    form->addRow(tr("&Backend:"), m_backend);

    m_endpoint = new QLineEdit(s.endpoint.toString());
    m_endpoint->setPlaceholderText(QStringLiteral("http://127.0.0.1:11434"));
    auto *endpointRow = row({m_endpoint});
    form->addRow(tr("&Endpoint:"), endpointRow);
    m_allowRemote = new QCheckBox(tr("Allow this remote server"));
    m_allowRemote->setChecked(s.allowRemote);
    m_remoteWarning = new QLabel(tr("<b>This server is not on this computer.</b> The passages of your documents "
                                    "that answer a question, and the question itself, will be sent to it."));
    m_remoteWarning->setWordWrap(true);
    m_remoteWarning->setStyleSheet(QStringLiteral("color: #b42318;"));
    form->addRow(QString(), m_remoteWarning);
    form->addRow(QString(), m_allowRemote);

    m_model = new QComboBox;
    m_model->setEditable(true);
    m_model->setCurrentText(s.model);
    m_model->setMinimumContentsLength(24);
    m_refresh = new QPushButton(tr("&List models"));
    m_refresh->setToolTip(tr("Ask the server which models it has"));
    auto *modelRow = row({m_model, m_refresh});
    form->addRow(tr("&Model:"), modelRow);
    m_modelStatus = new QLabel;
    m_modelStatus->setWordWrap(true);
    form->addRow(QString(), m_modelStatus);
    m_networkRows = {endpointRow, modelRow};

    m_llamaServer = new QLineEdit(s.llamaServerPath);
    auto *browseServer = new QPushButton(tr("Browse…"));
    auto *serverRow = row({m_llamaServer, browseServer});
    form->addRow(tr("llama-server &program:"), serverRow);
    m_gguf = new QLineEdit(s.ggufPath);
    auto *browseGguf = new QPushButton(tr("Browse…"));
    auto *ggufRow = row({m_gguf, browseGguf});
    form->addRow(tr("Model &file (.gguf):"), ggufRow);
    m_managedRows = {serverRow, ggufRow};

    m_topK = new QSpinBox;
    m_topK->setRange(1, 30);
    m_topK->setValue(s.topK);
    m_topK->setToolTip(tr("How many passages the answer may draw on"));
    form->addRow(tr("&Passages per question:"), m_topK);
    m_contextTokens = new QSpinBox;
    m_contextTokens->setRange(512, 1048576);
    m_contextTokens->setSingleStep(1024);
    m_contextTokens->setSuffix(tr(" tokens"));
    m_contextTokens->setValue(s.contextTokens);
    m_contextTokens->setToolTip(tr("The model's context size, used when the server does not say it "
                                   "(llama-server and Ollama do). The best passages that fit go into the prompt."));
    form->addRow(tr("Model &context:"), m_contextTokens);
    m_temperature = new QDoubleSpinBox;
    m_temperature->setRange(0, 2);
    m_temperature->setSingleStep(0.1);
    m_temperature->setDecimals(2);
    m_temperature->setValue(s.temperature);
    form->addRow(tr("&Temperature:"), m_temperature);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    setMinimumWidth(560);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_backend, &QComboBox::currentIndexChanged, this, [this] {
        const auto kind = ask::BackendKind(m_backend->currentData().toInt());
        // Switching between Ollama and OpenAI: move to the other's usual port.
        if (m_endpoint->text().isEmpty() || m_endpoint->text() == defaultEndpoint(m_lastKind).toString())
            m_endpoint->setText(defaultEndpoint(kind).toString());
        m_lastKind = kind;
        updateState();
    });
    connect(m_endpoint, &QLineEdit::textChanged, this, &AskSettingsDialog::updateState);
    connect(m_allowRemote, &QCheckBox::toggled, this, &AskSettingsDialog::updateState);
    connect(m_refresh, &QPushButton::clicked, this, &AskSettingsDialog::refreshModels);
    connect(m_finder, &LocalServerFinder::useRequested, this, &AskSettingsDialog::use);
    connect(browseServer, &QPushButton::clicked, this,
            [this] { browse(m_llamaServer, tr("Choose the llama-server program"), QString()); });
    connect(browseGguf, &QPushButton::clicked, this,
            [this] { browse(m_gguf, tr("Choose a model file"), tr("GGUF models (*.gguf);;All files (*)")); });
    updateState();
}

AskSettingsDialog::~AskSettingsDialog() = default;

QPushButton *AskSettingsDialog::okButton() const { return m_buttons->button(QDialogButtonBox::Ok); }

ask::BackendSettings AskSettingsDialog::settings() const
{
    ask::BackendSettings s;
    s.kind = ask::BackendKind(m_backend->currentData().toInt());
    s.endpoint = QUrl(m_endpoint->text().trimmed());
    s.model = m_model->currentText().trimmed();
    s.llamaServerPath = m_llamaServer->text().trimmed();
    s.ggufPath = m_gguf->text().trimmed();
    s.topK = m_topK->value();
    s.contextTokens = m_contextTokens->value();
    s.temperature = m_temperature->value();
    s.allowRemote = m_allowRemote->isChecked() && !ask::isLoopback(s.endpoint);
    return s;
}

void AskSettingsDialog::updateState()
{
    const ask::BackendSettings s = settings();
    const bool network = s.kind == ask::BackendKind::Ollama || s.kind == ask::BackendKind::OpenAi;
    const bool managed = s.kind == ask::BackendKind::ManagedLlamaServer;
    for (QWidget *w : m_networkRows)
        w->setEnabled(network);
    for (QWidget *w : m_managedRows)
        w->setEnabled(managed);
    const QString scheme = s.endpoint.scheme();
    const bool validUrl = s.endpoint.isValid() && !s.endpoint.host().isEmpty() &&
                          (scheme == QLatin1String("http") || scheme == QLatin1String("https"));
    const bool remote = network && validUrl && !ask::isLoopback(s.endpoint);
    m_remoteWarning->setVisible(remote);
    m_allowRemote->setVisible(remote);
    QString problem;
    if (network && !validUrl)
        problem = tr("The endpoint must be an http:// or https:// address.");
    else if (remote && !m_allowRemote->isChecked())
        problem = tr("Tick “Allow this remote server” to use it.");
    if (!problem.isEmpty() || m_modelStatus->property("problem").toBool()) {
        m_modelStatus->setText(problem);
        m_modelStatus->setProperty("problem", !problem.isEmpty());
    }
    okButton()->setEnabled(problem.isEmpty());
    m_refresh->setEnabled(network && problem.isEmpty());
}

void AskSettingsDialog::refreshModels()
{
    const ask::BackendSettings s = settings();
    if (!endpointAllowed(s))
        return;
    m_lister = m_factory(s, this);
    if (!m_lister)
        return;
    m_modelStatus->setProperty("problem", false);
    m_modelStatus->setText(tr("Asking %1 for its models…").arg(s.endpoint.toString()));
    m_refresh->setEnabled(false);
    connect(m_lister.get(), &ask::Backend::modelsListed, this, [this](const QStringList &models) {
        const QString current = m_model->currentText();
        m_model->clear();
        m_model->addItems(models);
        m_model->setCurrentText(current.isEmpty() || !models.contains(current) ? models.value(0) : current);
        m_modelStatus->setText(models.isEmpty() ? tr("The server has no models installed.")
                                                : tr("%n model(s) on the server.", nullptr, int(models.size())));
        m_refresh->setEnabled(true);
    });
    connect(m_lister.get(), &ask::Backend::failed, this, [this](const QString &message) {
        m_modelStatus->setText(tr("Could not list the models: %1").arg(message));
        m_refresh->setEnabled(true);
    });
    m_lister->listModels();
}

// One click on a server found on this computer: its kind, address and models.
void AskSettingsDialog::use(const ask::FoundServer &server)
{
    m_lastKind = server.kind;
    m_backend->setCurrentIndex(m_backend->findData(int(server.kind)));
    m_endpoint->setText(server.endpoint.toString());
    const QString current = m_model->currentText();
    m_model->clear();
    m_model->addItems(server.models);
    m_model->setCurrentText(server.models.contains(current) ? current : server.models.value(0));
    if (server.contextTokens)
        m_contextTokens->setValue(*server.contextTokens);
    m_modelStatus->setProperty("problem", false);
    m_modelStatus->setText(
        server.models.isEmpty()
            ? tr("%1 has no models installed.").arg(server.product)
            : server.product + u' ' + u'\u00b7' + u' ' +
                  (server.models.size() == 1 ? tr("1 model") : tr("%1 models").arg(server.models.size())) +
                  (server.contextTokens ? tr(" · it says its context is %1 tokens").arg(*server.contextTokens)
                                        : QString()));
    updateState();
}

void AskSettingsDialog::browse(QLineEdit *edit, const QString &title, const QString &filter)
{
    const QString file = QFileDialog::getOpenFileName(this, title, edit->text(), filter);
    if (!file.isEmpty())
        edit->setText(file);
}

} // namespace stratos
