#pragma once
// The markets page's lower half: a chosen event's details (date, summary,
// source) and an event study of it: the return of each security on day 0 and
// over days 0..+1 and 0..+5, and the excess over the Nasdaq Composite.

#include <QList>
#include <QStringList>
#include <QWidget>

#include "model/entities.h"

class QComboBox;
class QTableView;
class QTextBrowser;
class QLabel;

namespace stratos {

class Repository;
class ColumnTableModel;

class EventStudyPanel : public QWidget
{
    Q_OBJECT
public:
    static inline const QString kBenchmark = QStringLiteral("^IXIC");

    explicit EventStudyPanel(QWidget *parent = nullptr);
    void setRepository(const Repository *repo);
    void setSecurities(const QStringList &symbols);
    bool selectEvent(const QString &key);
    QString currentEvent() const;
    // When the chart's range [from, to] moves away from the chosen event, chooses
    // the most important of the events the chart marks (`marked`, the latest of
    // equals), or none when it marks none; an event inside the range stays.
    void followRange(QDate from, QDate to, const QStringList &marked);

    QTableView *table() const { return m_view; }
    QTextBrowser *details() const { return m_details; }
    QComboBox *eventPicker() const { return m_picker; }
    QLabel *benchmarkEndNote() const { return m_benchmarkEnd; }
    QString tableCsv() const;

signals:
    void eventChosen(const QString &key);

private:
    void recompute();
    void showDetails(const Event &e);
    void exportCsv();

    const Repository *m_repo = nullptr;
    QList<Event> m_events;
    QStringList m_symbols;
    QComboBox *m_picker;
    QTextBrowser *m_details;
    QTableView *m_view;
    QLabel *m_note;
    QLabel *m_benchmarkEnd; // says where the benchmark's prices stop, when they stop early
    ColumnTableModel *m_model;
};

} // namespace stratos
