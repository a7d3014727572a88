#include "timeline/event_dialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QUrl>
#include <QVBoxLayout>

namespace stratos {

EventDialog::EventDialog(const UserEvent &initial, bool isNew, QWidget *parent)
    : QDialog(parent), m_initial(initial)
{
    setWindowTitle(isNew ? tr("Add an event") : tr("Edit event"));
    setMinimumWidth(460);
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_date = new QDateEdit(initial.event.day.isValid() ? initial.event.day : QDate::currentDate());
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_title = new QLineEdit(initial.event.title);
    m_title->setPlaceholderText(tr("What happened, in a few words"));
    m_title->setMaxLength(200);
    m_summary = new QPlainTextEdit(initial.event.summary);
    m_summary->setPlaceholderText(tr("Optional: the facts, with figures"));
    m_summary->setTabChangesFocus(true);
    m_summary->setMinimumHeight(90);
    m_url = new QLineEdit(initial.event.url);
    m_url->setPlaceholderText(QStringLiteral("https://…"));
    m_importance = new QComboBox;
    m_importance->addItem(tr("Minor"), 1);
    m_importance->addItem(tr("Notable"), 2);
    m_importance->addItem(tr("Major"), 3);
    m_importance->setCurrentIndex(std::clamp(initial.event.importance, 1, 3) - 1);
    m_country = new QLineEdit(initial.country);
    m_country->setPlaceholderText(tr("e.g. US, CN, EU"));
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Summary:"), m_summary);
    form->addRow(tr("Source &link:"), m_url);
    form->addRow(tr("&Importance:"), m_importance);
    form->addRow(tr("&Countries:"), m_country);
    layout->addLayout(form);
    m_problem = new QLabel;
    m_problem->setForegroundRole(QPalette::PlaceholderText);
    m_problem->setWordWrap(true);
    layout->addWidget(m_problem);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_title, &QLineEdit::textChanged, this, &EventDialog::validate);
    connect(m_url, &QLineEdit::textChanged, this, &EventDialog::validate);
    connect(m_country, &QLineEdit::textChanged, this, &EventDialog::validate);
    validate();
    m_title->setFocus();
}

QString EventDialog::problem() const
{
    if (m_title->text().trimmed().isEmpty())
        return tr("Give the event a title.");
    const QString url = m_url->text().trimmed();
    if (!url.isEmpty()) {
        const QUrl u(url, QUrl::StrictMode);
        if (!u.isValid() ||
            (u.scheme() != QLatin1String("http") && u.scheme() != QLatin1String("https")) ||
            u.host().isEmpty())
            return tr("The source link should start with http:// or https://.");
    }
    static const QRegularExpression codes(
        QStringLiteral("^\\s*([A-Za-z]{2}\\s*(,\\s*[A-Za-z]{2}\\s*)*)?$"));
    if (!codes.match(m_country->text()).hasMatch())
        return tr("Countries are two-letter codes separated by commas, like US, CN, EU.");
    return QString();
}

void EventDialog::validate()
{
    const QString p = problem();
    m_problem->setText(p);
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(p.isEmpty());
}

UserEvent EventDialog::result() const
{
    UserEvent u = m_initial;
    u.event.day = m_date->date();
    u.event.title = m_title->text().trimmed();
    u.event.summary = m_summary->toPlainText().trimmed();
    u.event.url = m_url->text().trimmed();
    u.event.importance = m_importance->currentData().toInt();
    QStringList codes;
    for (const QString &c : m_country->text().split(u',', Qt::SkipEmptyParts))
        codes << c.trimmed().toUpper();
    u.country = codes.join(u',');
    u.event.lane = QStringLiteral("user");
    u.event.origin = Origin::User;
    return u;
}

} // namespace stratos
