#pragma once
// Sizes a table's columns to their contents and gives spare width to the columns
// that read better wider (names, titles, summaries) instead of stretching the last
// one; when the width is short those columns give way first, down to their header.
// Pages with a fitter leave the widths to it (no resizeColumnsToContents of their
// own: that measured every row a second time).

#include <QList>
#include <QObject>
#include <QTimer>

class QTableView;

namespace stratos {

class ColumnFitter : public QObject
{
    Q_OBJECT
public:
    // flexible: the columns that take spare width and give it back; the fitter
    // belongs to the view and refits after every reset and resize.
    static ColumnFitter *install(QTableView *view, QList<int> flexible);
    void refit();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    ColumnFitter(QTableView *view, QList<int> flexible);
    QTableView *m_view;
    // The view's viewport, kept so the filter never calls into the view: it
    // gets the viewport's last events while the view is being destroyed.
    QObject *m_viewport;
    QList<int> m_flexible;
    QTimer m_timer;
    bool m_fitting = false;
};

} // namespace stratos
