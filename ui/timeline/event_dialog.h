#pragma once
// Adds or edits one of the user's own timeline events: date, title, summary,
// a source link, importance and the countries it is about.

#include "event_editor.h"

#include <QDialog>

class QDateEdit;
class QLineEdit;
class QPlainTextEdit;
class QComboBox;
class QLabel;
class QDialogButtonBox;

namespace stratos {

class EventDialog : public QDialog
{
    Q_OBJECT
public:
    explicit EventDialog(const UserEvent &initial, bool isNew, QWidget *parent = nullptr);
    UserEvent result() const;

    QLineEdit *titleEdit() const { return m_title; }
    QDateEdit *dateEdit() const { return m_date; }
    QPlainTextEdit *summaryEdit() const { return m_summary; }
    QLineEdit *urlEdit() const { return m_url; }
    QLineEdit *countryEdit() const { return m_country; }

    // Empty when the input can be saved; otherwise what to fix.
    QString problem() const;

private:
    void validate();

    UserEvent m_initial;
    QDateEdit *m_date;
    QLineEdit *m_title;
    QPlainTextEdit *m_summary;
    QLineEdit *m_url;
    QComboBox *m_importance;
    QLineEdit *m_country;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace stratos
