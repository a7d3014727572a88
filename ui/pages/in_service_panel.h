#pragma once
// Satellites in service: per constellation, payloads launched by a day and
// operating on it (GCAT's payload catalogue), with a CSV export.

#include <QWidget>

class QDateEdit;
class QLabel;
class QPushButton;
class QTableView;

namespace stratos {

class ColumnTableModel;
class Repository;

class InServicePanel : public QWidget
{
    Q_OBJECT
public:
    explicit InServicePanel(QWidget *parent = nullptr);
    void reload(const Repository &repo);

    QDateEdit *dateEdit() const { return m_date; }
    QTableView *table() const { return m_view; }
    QPushButton *exportButton() const { return m_export; }
    // Writes the CSV the Export button writes; false with a message on failure.
    bool exportCsv(const QString &path, QString *error = nullptr) const;

private:
    void refresh();
    void fitTableWidth();

    const Repository *m_repo = nullptr;
    bool m_dateChosen = false; // the user picked a day
    QDateEdit *m_date;
    ColumnTableModel *m_model;
    QTableView *m_view;
    QLabel *m_note;
    QPushButton *m_export;
};

} // namespace stratos
