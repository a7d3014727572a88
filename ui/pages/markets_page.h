#pragma once
// Markets: the securities in the store and their prices rebased to 100.

#include "pages/page.h"

#include <QDate>

class QTableView;
class QChartView;
class QDateEdit;

namespace stratos {

class ColumnTableModel;

class MarketsPage : public Page
{
    Q_OBJECT
public:
    explicit MarketsPage(QWidget *parent = nullptr);
    QString id() const override { return QStringLiteral("markets"); }
    QString title() const override { return tr("Markets"); }
    void reload(const Repository &repo) override;

private:
    void replot();
    const Repository *m_repo = nullptr;
    ColumnTableModel *m_model;
    QTableView *m_view;
    QChartView *m_chart;
    QDateEdit *m_from;
    QDateEdit *m_to;
};

} // namespace stratos
