#pragma once
// Timeline: the curated and user events in time order, filterable by lane and
// text. (The graphical timeline widget replaces the list in a later issue.)

#include "pages/page.h"

class QTableView;
class QLineEdit;
class QComboBox;
class QTextBrowser;
class QSortFilterProxyModel;

namespace stratos {

class ColumnTableModel;

class TimelinePage : public Page
{
    Q_OBJECT
public:
    explicit TimelinePage(QWidget *parent = nullptr);
    QString id() const override { return QStringLiteral("timeline"); }
    QString title() const override { return tr("Timeline"); }
    void reload(const Repository &repo) override;

private:
    void showDetails();
    ColumnTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QLineEdit *m_filter;
    QComboBox *m_lane;
    QTextBrowser *m_details;
    QList<QStringList> m_extra; // per row: summary, url, concerns
};

} // namespace stratos
