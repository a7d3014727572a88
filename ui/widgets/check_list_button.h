#pragma once
// A button that opens a checkable, filterable list: choose securities for a
// chart, models for a price comparison. Shows the choice on its face.

#include <QStringList>
#include <QToolButton>

class QListWidget;
class QLineEdit;

namespace stratos {

class CheckListButton : public QToolButton
{
    Q_OBJECT
public:
    explicit CheckListButton(const QString &label, QWidget *parent = nullptr);

    // keys with their display texts (same order); keeps the checks of keys that remain.
    void setItems(const QStringList &keys, const QStringList &texts = {});
    void setChecked(const QStringList &keys);
    QStringList checked() const;
    QListWidget *list() const { return m_list; }

signals:
    void checkedChanged(const QStringList &keys);

private:
    void updateText();

    QString m_label;
    QListWidget *m_list;
    QLineEdit *m_filter;
};

} // namespace stratos
