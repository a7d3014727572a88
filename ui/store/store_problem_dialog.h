#pragma once
// Shown at start when the store cannot be opened: what is wrong in plain words,
// and the ways out (try again, read-only, restore, another store, start over, quit).

#include "store_check.h"

#include <QDialog>
#include <QMap>

class QGridLayout;
class QPushButton;

namespace stratos {

class StoreProblemDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Choice { Quit, TryAgain, OpenReadOnly, RestoreBackup, OpenAnother, CreateNew };

    explicit StoreProblemDialog(const StoreHealth &health, QWidget *parent = nullptr);

    Choice choice() const { return m_choice; }
    // The backup to restore (RestoreBackup) or the store to open (OpenAnother).
    QString chosenPath() const { return m_chosenPath; }
    // Null when that way out does not apply to this problem.
    QPushButton *button(Choice choice) const { return m_buttons.value(choice); }
    Choice defaultChoice() const { return m_default; }

private:
    QPushButton *addChoice(Choice choice, const QString &text, const QString &description);
    void choose(Choice choice);
    QString explanation() const;

    StoreHealth m_health;
    QMap<Choice, QPushButton *> m_buttons;
    QGridLayout *m_choices = nullptr;
    Choice m_choice = Choice::Quit;
    Choice m_default = Choice::OpenAnother;
    QString m_chosenPath;
};

} // namespace stratos
