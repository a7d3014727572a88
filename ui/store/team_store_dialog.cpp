#include "team_store_dialog.h"

#include "config/team_store_url.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace stratos {
namespace {

const char *const kLastKey = "teamStore/last"; // a URL without password

} // namespace

TeamStoreDialog::TeamStoreDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Open team store"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("A team shares one Stratos store on a PostgreSQL server. "
                                "Ask whoever runs it for these details."));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    m_host = new QLineEdit;
    m_host->setObjectName(QStringLiteral("host"));
    m_host->setPlaceholderText(QStringLiteral("db.example.org"));
    m_port = new QSpinBox;
    m_port->setObjectName(QStringLiteral("port"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_database = new QLineEdit;
    m_database->setObjectName(QStringLiteral("database"));
    m_database->setPlaceholderText(QStringLiteral("stratos"));
    m_user = new QLineEdit;
    m_user->setObjectName(QStringLiteral("user"));
    m_sslmode = new QComboBox;
    m_sslmode->setObjectName(QStringLiteral("sslmode"));
    // libpq's modes; "prefer" is libpq's own default.
    m_sslmode->addItems({QStringLiteral("prefer"), QStringLiteral("require"), QStringLiteral("verify-ca"),
                         QStringLiteral("verify-full"), QStringLiteral("allow"), QStringLiteral("disable")});
    m_password = new QLineEdit;
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("only if the server asks for one"));
    form->addRow(tr("&Host:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("&SSL:"), m_sslmode);
    form->addRow(tr("Pass&word:"), m_password);
    layout->addLayout(form);
    auto *note = new QLabel(tr("Stratos never saves a password. A password typed here is used until "
                               "Stratos closes. To connect without typing it, put it in %1 "
                               "(one line: host:port:database:user:password), as other PostgreSQL "
                               "tools read it.")
                                .arg(QDir::toNativeSeparators(
#ifdef Q_OS_WIN
                                    QStringLiteral("%APPDATA%/postgresql/pgpass.conf")
#else
                                    QStringLiteral("~/.pgpass")
#endif
                                        )));
    note->setObjectName(QStringLiteral("passwordNote"));
    note->setWordWrap(true);
    layout->addWidget(note);
    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    if (auto last = parseTeamStoreUrl(QSettings().value(QLatin1String(kLastKey)).toString())) {
        m_host->setText(last->host);
        if (last->port > 0)
            m_port->setValue(last->port);
        m_database->setText(last->database);
        m_user->setText(last->user);
        for (const auto &[key, value] : last->options)
            if (key == QLatin1String("sslmode") && m_sslmode->findText(value) >= 0)
                m_sslmode->setCurrentText(value);
    }
}

QString TeamStoreDialog::url() const
{
    TeamStoreAddress a;
    a.host = m_host->text().trimmed();
    a.port = m_port->value();
    a.database = m_database->text().trimmed();
    a.user = m_user->text().trimmed();
    a.options = {{QStringLiteral("sslmode"), m_sslmode->currentText()}};
    return a.url();
}

QString TeamStoreDialog::password() const { return m_password->text(); }

void TeamStoreDialog::accept()
{
    QString missing;
    if (m_host->text().trimmed().isEmpty())
        missing = tr("Enter the server's host name.");
    else if (m_database->text().trimmed().isEmpty())
        missing = tr("Enter the database name.");
    else if (auto parsed = parseTeamStoreUrl(url()); !parsed)
        missing = parsed.error().message;
    if (!missing.isEmpty()) {
        m_error->setText(missing);
        m_error->show();
        return;
    }
    QSettings().setValue(QLatin1String(kLastKey), url()); // the address only, never the password
    QDialog::accept();
}

} // namespace stratos
