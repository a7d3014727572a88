#pragma once
// The curated events the user hid, to show again: a list (day and title) to
// tick, and "Show again". The page runs the choice as one undoable change.

#include "model/entities.h"

#include <QDialog>
#include <QList>

class QListWidget;
class QPushButton;

namespace stratos {

class HiddenEventsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit HiddenEventsDialog(const QList<Event> &hidden, QWidget *parent = nullptr);
    // Keys of the ticked events, in the list's order.
    QStringList chosenKeys() const;
    QListWidget *list() const { return m_list; }
    QPushButton *showButton() const { return m_show; }

private:
    QListWidget *m_list;
    QPushButton *m_show;
};

} // namespace stratos
