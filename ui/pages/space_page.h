#pragma once
// Space: orbital launches per year by country and satellites launched per
// constellation, beside the satellites in service on a day, above the launch
// log (filterable) and a per-year table.

#include "pages/page.h"

class QTableView;
class QLineEdit;
class QComboBox;
class QCheckBox;
class QLabel;
class QSplitter;
class QSortFilterProxyModel;

namespace stratos {

class ColumnTableModel;
class ChartPanel;
class LaunchFilterProxy;
class InServicePanel;

class SpacePage : public Page
{
    Q_OBJECT
public:
    explicit SpacePage(QWidget *parent = nullptr);
    QString id() const override { return QStringLiteral("space"); }
    QString title() const override { return tr("Space"); }
    void reload(const Repository &repo) override;
    bool showChart(const QString &link) override;
    void saveState(QSettings &settings) const override;
    void restoreState(QSettings &settings) override;
    bool showRow(const QString &kind, const QString &key) override;

    ChartPanel *charts() const { return m_charts; }
    QTableView *launchTable() const { return m_launchView; }
    QLineEdit *launchFilter() const { return m_filter; }
    QComboBox *countryFilter() const { return m_country; }
    QCheckBox *logScale() const { return m_log; }
    InServicePanel *inService() const { return m_inService; }

private:
    QWidget *buildTables();
    void replot();
    void updateCount();

    const Repository *m_repo = nullptr;
    ChartPanel *m_charts;
    InServicePanel *m_inService;
    QCheckBox *m_log;
    QSplitter *m_split;
    ColumnTableModel *m_perYear;
    ColumnTableModel *m_launches;
    LaunchFilterProxy *m_proxy;
    QTableView *m_perYearView;
    QTableView *m_launchView;
    QLineEdit *m_filter;
    QComboBox *m_country;
    QComboBox *m_outcome;
    QLabel *m_count;
};

} // namespace stratos
