#pragma once
// File → Open team store…: where the team's PostgreSQL store is (host, port,
// database, user, sslmode). A password typed here lives only for this
// session's connections; the form points to ~/.pgpass for one that is never
// typed at all. The last address (never a password) is offered next time.

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace stratos {

class TeamStoreDialog : public QDialog
{
    Q_OBJECT
public:
    explicit TeamStoreDialog(QWidget *parent = nullptr);

    // postgresql://user@host:port/database?sslmode=..., valid once accepted.
    QString url() const;
    QString password() const; // empty: libpq finds it (.pgpass, PGPASSWORD, a service file)

    void accept() override;

private:
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QComboBox *m_sslmode;
    QLineEdit *m_password;
    QLabel *m_error;
};

} // namespace stratos
