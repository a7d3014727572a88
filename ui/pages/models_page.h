#pragma once
// AI models and their costs: comparison charts (training cost and compute over
// time, API prices, releases per quarter) above a sortable, filterable table.

#include "pages/chart_page.h"
#include "widgets/record_views.h"

#include <QStringList>

class QLineEdit;
class QComboBox;
class QCheckBox;
class QTableView;
class QLabel;

namespace stratos {

class ColumnTableModel;
class ModelFilterProxy;
class CheckListButton;

class ModelsPage : public ChartPage
{
    Q_OBJECT
public:
    explicit ModelsPage(QWidget *parent = nullptr);
    QString id() const override { return QStringLiteral("models"); }
    QString title() const override { return tr("Models & costs"); }
    void reload(const Repository &repo) override;
    bool showRow(const QString &kind, const QString &key) override;

    QTableView *table() const { return m_table.view; }
    QLineEdit *filterEdit() const { return m_table.filter; }
    QComboBox *countryFilter() const { return m_country; }
    QComboBox *organizationFilter() const { return m_org; }
    QCheckBox *openWeightsFilter() const { return m_openOnly; }
    QComboBox *sinceFilter() const { return m_since; }
    CheckListButton *priceModels() const { return m_priceModels; }

protected:
    ChartRequest chartRequest(const QString &chart) override;
    void applyLink(const ChartLink &link) override;
    void saveChoices(QSettings &settings) const override;
    void restoreChoices(QSettings &settings) override;

private:
    QWidget *buildTableArea();
    void fillFilters(const QStringList &countries, const QStringList &orgs);
    void updateCount();

    ColumnTableModel *m_model;
    ModelFilterProxy *m_proxy;
    CheckListButton *m_priceModels;
    FilteredTable m_table;
    QComboBox *m_country = nullptr;
    QComboBox *m_org = nullptr;
    QComboBox *m_since = nullptr;
    QCheckBox *m_openOnly = nullptr;
};

} // namespace stratos
