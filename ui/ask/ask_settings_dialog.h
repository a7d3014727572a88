#pragma once
// Ask → Settings…: which backend answers, where it runs, which model (picked
// from the server's own list, or one click on a server found on this computer),
// how many passages it gets and the context size when the server does not say.
// A non-loopback endpoint cannot be saved without the explicit opt-in.

#include "ask/ask_types.h"

#include <QDialog>
#include <functional>
#include <memory>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace stratos {

class LocalServerFinder;

namespace ask {
class Backend;
struct FoundServer;
}

class AskSettingsDialog : public QDialog
{
    Q_OBJECT
public:
    using BackendFactory = std::function<std::unique_ptr<ask::Backend>(const ask::BackendSettings &, QObject *)>;

    explicit AskSettingsDialog(const ask::BackendSettings &settings, QWidget *parent = nullptr);
    ~AskSettingsDialog() override;

    ask::BackendSettings settings() const;
    void setBackendFactory(BackendFactory factory) { m_factory = std::move(factory); }

    // For tests.
    QComboBox *backendBox() const { return m_backend; }
    QLineEdit *endpointEdit() const { return m_endpoint; }
    QComboBox *modelBox() const { return m_model; }
    QCheckBox *remoteOptIn() const { return m_allowRemote; }
    QPushButton *okButton() const;
    LocalServerFinder *serverFinder() const { return m_finder; }
    QSpinBox *contextTokensBox() const { return m_contextTokens; }
    QLabel *modelStatus() const { return m_modelStatus; }
    void refreshModels();

private:
    void updateState();
    void browse(QLineEdit *edit, const QString &title, const QString &filter);
    void use(const ask::FoundServer &server);

    QComboBox *m_backend;
    QLineEdit *m_endpoint;
    QComboBox *m_model;
    QPushButton *m_refresh;
    QLabel *m_modelStatus;
    QLineEdit *m_llamaServer;
    QLineEdit *m_gguf;
    QSpinBox *m_topK;
    QSpinBox *m_contextTokens;
    LocalServerFinder *m_finder;
    QDoubleSpinBox *m_temperature;
    QCheckBox *m_allowRemote;
    QLabel *m_remoteWarning;
    QDialogButtonBox *m_buttons;
    QList<QWidget *> m_networkRows, m_managedRows;
    BackendFactory m_factory;
    std::unique_ptr<ask::Backend> m_lister;
    ask::BackendKind m_lastKind;
};

} // namespace stratos
