#include "pages/space_page.h"

#include "chart_data.h"
#include "charts/chart_catalog.h"
#include "charts/chart_panel.h"
#include "models/column_table_model.h"
#include "pages/in_service_panel.h"
#include "repository.h"
#include "widgets/table_select.h"
#include "widgets/column_fit.h"
#include "widgets/record_views.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSet>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace stratos {

// Text over every column, plus country and outcome.
class LaunchFilterProxy : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    enum Column { Country = 4, Outcome = 6 };
    void set(const QString &text, const QString &country, const QString &outcome)
    {
        m_text = text.trimmed();
        m_country = country;
        m_outcome = outcome;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &) const override
    {
        const QVariantList &r = static_cast<const ColumnTableModel *>(sourceModel())->row(row);
        if (!m_country.isEmpty() && r.value(Country).toString() != m_country)
            return false;
        if (!m_outcome.isEmpty() && r.value(Outcome).toString() != m_outcome)
            return false;
        if (m_text.isEmpty())
            return true;
        return std::any_of(r.begin(), r.end(), [this](const QVariant &v) {
            return v.toString().contains(m_text, Qt::CaseInsensitive);
        });
    }

private:
    QString m_text, m_country, m_outcome;
};

namespace {
const QStringList kConstellations = {"Starlink", "Kuiper", "OneWeb", "Guowang", "Qianfan"};
const QString kConstellationChart = QStringLiteral("space.constellations");
} // namespace

SpacePage::SpacePage(QWidget *parent) : ChartPage(QStringLiteral("space"), parent)
{
    m_log = new QCheckBox(tr("Log scale"));
    m_log->setToolTip(tr("Compare growth rates: Kuiper, Guowang and Qianfan are small next to Starlink"));
    charts()->setControls(kConstellationChart, m_log);
    m_inService = new InServicePanel;
    auto *top = new QSplitter(Qt::Horizontal);
    top->setChildrenCollapsible(false);
    top->addWidget(charts());
    top->addWidget(m_inService);
    top->setStretchFactor(0, 4);
    top->setStretchFactor(1, 1);
    layOutPage(top, buildTables(), {560, 300});
    connect(m_log, &QCheckBox::toggled, this, &SpacePage::replot);
}

QWidget *SpacePage::buildTables()
{
    const auto right = Qt::AlignRight | Qt::AlignVCenter;
    m_launches = new ColumnTableModel({{tr("Tag")}, {tr("Launched (UTC)")}, {tr("Vehicle")}, {tr("Site")},
                                       {tr("Country")}, {tr("Operator")}, {tr("Outcome")},
                                       {tr("Payloads"), right}},
                                      this);
    QList<ColumnTableModel::Column> cols{{tr("Year")}};
    for (const QString &c : kConstellations)
        cols.append({c == QLatin1String("Kuiper") ? tr("Kuiper / Leo") : c, right, {},
                     tr("Satellites launched (launches)")});
    cols.append({tr("Orbital launches (all)"), right});
    m_perYear = new ColumnTableModel(cols, this);

    m_proxy = new LaunchFilterProxy(this);
    m_proxy->setSourceModel(m_launches);
    m_proxy->setSortRole(int(TableRole::SortKey));
    m_launchLog = newFilteredTable(tr("Filter launches by tag, vehicle, site or operator…"), m_proxy, 1, Qt::DescendingOrder);
    ColumnFitter::install(m_launchLog.view, {2, 5}); // vehicle and operator names take the spare width
    m_country = new QComboBox;
    m_outcome = new QComboBox;
    m_outcome->addItem(tr("Any outcome"), QString());
    m_outcome->addItem(tr("Successes"), QStringLiteral("success"));
    m_outcome->addItem(tr("Failures"), QStringLiteral("failure"));
    addLabelled(m_launchLog.choices, tr("Country:"), m_country);
    m_launchLog.choices->addWidget(m_outcome);

    m_perYearView = newRecordTable(m_perYear);
    m_perYearView->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);

    auto *tabs = new QTabWidget;
    tabs->setDocumentMode(true);
    tabs->addTab(m_launchLog.area, tr("Launch log"));
    tabs->addTab(m_perYearView, tr("Satellites per constellation and year"));

    auto apply = [this] {
        m_proxy->set(m_launchLog.filter->text(), m_country->currentData().toString(), m_outcome->currentData().toString());
        updateCount();
    };
    connect(m_launchLog.filter, &QLineEdit::textChanged, this, apply);
    connect(m_country, &QComboBox::currentIndexChanged, this, apply);
    connect(m_outcome, &QComboBox::currentIndexChanged, this, apply);
    return tabs;
}

void SpacePage::reload(const Repository &repo)
{
    setRepository(&repo);
    QMap<int, QMap<QString, ConstellationYear>> sats;
    for (const ConstellationYear &cy : repo.constellationYears())
        sats[cy.year][cy.constellation] = cy;
    const auto perCountry = repo.launchesPerYearByCountry();
    QList<QVariantList> rows;
    const QLocale loc;
    for (auto it = perCountry.cbegin(); it != perCountry.cend(); ++it) {
        QVariantList r{it.key()};
        for (const QString &c : kConstellations) {
            const ConstellationYear cy = sats.value(it.key()).value(c);
            r.append(cy.satellites ? QStringLiteral("%1 (%2)").arg(loc.toString(cy.satellites)).arg(cy.launches)
                                   : QString());
        }
        int total = 0;
        for (int n : it.value())
            total += n;
        r.append(total);
        rows.append(r);
    }
    m_perYear->setRows(rows);
    QList<QVariantList> launches;
    QSet<QString> countries;
    for (const Launch &l : repo.launches()) {
        // One format for every row: GCAT gives seconds for some launches only ("01:47:00" beside "14:00").
        launches.append({l.tag, l.launchedAt.left(16).replace(u'T', u' '), l.vehicle, l.site,
                         l.country, l.operatorName, l.outcome, l.payloads});
        countries.insert(l.country);
    }
    m_launches->setRows(launches);
    QStringList sorted(countries.begin(), countries.end());
    sorted.sort();
    refillChoices(m_country, tr("All"), sorted);
    m_inService->reload(repo);
    updateCount();
    replot();
}

ChartPage::ChartRequest SpacePage::chartRequest(const QString &)
{
    ChartRequest request;
    request.options.logScale = m_log->isChecked();
    return request;
}

void SpacePage::updateCount()
{
    m_launchLog.count->setText(tr("%1 of %2 launches").arg(m_proxy->rowCount()).arg(m_launches->rowCount()));
}

void SpacePage::saveChoices(QSettings &s) const
{
    s.setValue(QStringLiteral("logScale"), m_log->isChecked());
}

void SpacePage::restoreChoices(QSettings &s)
{
    m_log->blockSignals(true);
    m_log->setChecked(s.value(QStringLiteral("logScale"), false).toBool());
    m_log->blockSignals(false);
}

bool SpacePage::showRow(const QString &kind, const QString &key)
{
    // A link from the timeline: a launch by its tag.
    if (kind != QLatin1String("launch"))
        return false;
    return revealTableRow(m_launchLog.view, m_launchLog.filter, 0, key);
}

} // namespace stratos
