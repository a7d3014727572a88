#pragma once
// Space: orbital launches per year by country and satellites launched per
// constellation, beside the satellites in service on a day, above the launch
// log (filterable) and a per-year table.

#include "pages/chart_page.h"
#include "widgets/record_views.h"

class QTableView;
class QLineEdit;
class QComboBox;
class QCheckBox;
class QLabel;
class QSortFilterProxyModel;

namespace stratos {

class ColumnTableModel;
class LaunchFilterProxy;
class InServicePanel;

class SpacePage : public ChartPage
{
    Q_OBJECT
public:
    explicit SpacePage(QWidget *parent = nullptr);
    QString id() const override { return QStringLiteral("space"); }
    QString title() const override { return tr("Space"); }
    void reload(const Repository &repo) override;
    bool showRow(const QString &kind, const QString &key) override;

    QTableView *launchTable() const { return m_launchLog.view; }
    QLineEdit *launchFilter() const { return m_launchLog.filter; }
    QComboBox *countryFilter() const { return m_country; }
    QCheckBox *logScale() const { return m_log; }
    InServicePanel *inService() const { return m_inService; }

protected:
    ChartRequest chartRequest(const QString &chart) override;
    void saveChoices(QSettings &settings) const override;
    void restoreChoices(QSettings &settings) override;

private:
    QWidget *buildTables();
    void updateCount();

    InServicePanel *m_inService;
    QCheckBox *m_log;
    ColumnTableModel *m_perYear;
    ColumnTableModel *m_launches;
    LaunchFilterProxy *m_proxy;
    QTableView *m_perYearView;
    FilteredTable m_launchLog;
    QComboBox *m_country;
    QComboBox *m_outcome;
};

} // namespace stratos
