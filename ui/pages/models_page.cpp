#include "pages/models_page.h"

#include "chart_data.h"
#include "charts/chart_catalog.h"
#include "charts/chart_link.h"
#include "charts/chart_panel.h"
#include "models/column_table_model.h"
#include "pages/model_filter_proxy.h"
#include "repository.h"
#include "widgets/table_select.h"
#include "widgets/check_list_button.h"
#include "widgets/column_fit.h"
#include "widgets/record_views.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSet>
#include <QSettings>
#include <QTableView>
#include <QVBoxLayout>

namespace stratos {

namespace {
const QString kApiChart = QStringLiteral("models.api-price");
}

ModelsPage::ModelsPage(QWidget *parent) : ChartPage(QStringLiteral("models"), parent)
{
    const auto right = Qt::AlignRight | Qt::AlignVCenter;
    auto usd = [](const QVariant &v) { return formatUsd(v.toDouble()); };
    auto price = [](const QVariant &v) { return QStringLiteral("$%1").arg(v.toDouble(), 0, 'f', 2); };
    m_model = new ColumnTableModel(
        {{tr("Model")},
         {tr("Organization")},
         {tr("Country")},
         {tr("Released")},
         {tr("Parameters"), right, [](const QVariant &v) { return formatCompact(v.toDouble()); }},
         {tr("Training compute"), right, [](const QVariant &v) { return formatFlop(v.toDouble()); }, tr("FLOP")},
         {tr("Training cost"), right, usd, tr("USD; basis in the tooltip")},
         {tr("Open weights"), Qt::AlignCenter, [](const QVariant &v) { return v.toBool() ? QStringLiteral("✓") : QString(); }},
         {tr("API in /1M"), right, price, tr("USD per million input tokens")},
         {tr("API out /1M"), right, price, tr("USD per million output tokens")}},
        this);
    m_proxy = new ModelFilterProxy(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(int(TableRole::SortKey));

    m_priceModels = new CheckListButton(tr("Models"));
    m_priceModels->setObjectName(QStringLiteral("priceModels"));
    charts()->setControls(kApiChart, m_priceModels);

    layOutPage(charts(), buildTableArea(), {560, 300});

    connect(m_priceModels, &CheckListButton::checkedChanged, this, &ModelsPage::replot);
}

QWidget *ModelsPage::buildTableArea()
{
    m_table = newFilteredTable(tr("Filter by model or organization…"), m_proxy, 3, Qt::DescendingOrder);
    ColumnFitter::install(m_table.view, {0, 1}); // names take the spare width, not "API out"
    m_country = new QComboBox;
    m_org = new QComboBox;
    m_org->setMinimumContentsLength(14);
    m_org->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_since = new QComboBox;
    m_openOnly = new QCheckBox(tr("Open weights only"));
    addLabelled(m_table.choices, tr("Country:"), m_country);
    addLabelled(m_table.choices, tr("Organization:"), m_org);
    addLabelled(m_table.choices, tr("Since:"), m_since);
    m_table.choices->addWidget(m_openOnly);

    connect(m_table.filter, &QLineEdit::textChanged, this, [this](const QString &t) {
        m_proxy->setText(t);
        updateCount();
    });
    // One plain connection per combo box. A nested lambda capturing `this` and a
    // member-function pointer read `this` from the wrong slot when built with GCC 12
    // -O1 -fsanitize=address,undefined (UBSan: misaligned ModelsPage in make test-asan).
    connect(m_country, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setCountry(m_country->currentData().toString());
        updateCount();
    });
    connect(m_org, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setOrganization(m_org->currentData().toString());
        updateCount();
    });
    connect(m_since, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setSinceYear(m_since->currentData().toInt());
        updateCount();
    });
    connect(m_openOnly, &QCheckBox::toggled, this, [this](bool on) {
        m_proxy->setOpenOnly(on);
        updateCount();
    });
    return m_table.area;
}

void ModelsPage::reload(const Repository &repo)
{
    setRepository(&repo);
    const QList<AiModel> models = repo.models();
    QList<QVariantList> rows;
    QList<QString> tips;
    QSet<QString> countries, orgs;
    const QVariant none;
    auto opt = [&none](const std::optional<double> &v) { return v ? QVariant(*v) : none; };
    for (const AiModel &m : models) {
        rows.append({m.name, m.organization, m.country, m.releasedOn.toString(Qt::ISODate),
                     opt(m.parameters), opt(m.trainingComputeFlop), opt(m.trainingCostUsd),
                     m.openWeights, opt(m.apiInputUsdPerMTok), opt(m.apiOutputUsdPerMTok)});
        QString basis = m.costBasis == QLatin1String("epoch_2023_usd") ? tr("Epoch AI estimate, 2023 USD")
                        : m.costBasis == QLatin1String("reported")     ? tr("figure reported by the developer")
                                                                       : QString();
        tips.append(tr("%1 — %2\nSource: %3 %4%5")
                        .arg(m.name, m.organization, m.sourceTitle, m.sourceUrl,
                             basis.isEmpty() ? QString() : tr("\nTraining cost: %1").arg(basis)));
        if (!m.country.isEmpty())
            countries.insert(m.country);
        if (!m.organization.isEmpty())
            orgs.insert(m.organization);
    }
    m_model->setRows(rows, tips);
    QStringList c(countries.begin(), countries.end()), o(orgs.begin(), orgs.end());
    c.sort();
    o.sort(Qt::CaseInsensitive);
    fillFilters(c, o);
    updateCount();

    const QStringList priced = charts::availableSeries(repo, kApiChart);
    const QStringList chosen = m_priceModels->checked();
    m_priceModels->setItems(priced);
    m_priceModels->setChecked(chosen.isEmpty() ? charts::defaultSeries(repo, kApiChart) : chosen);
    replot();
}

void ModelsPage::fillFilters(const QStringList &countries, const QStringList &orgs)
{
    refillChoices(m_country, tr("All"), countries);
    refillChoices(m_org, tr("All"), orgs);
    QList<std::pair<QString, QVariant>> years{{tr("Any year"), 0}};
    for (int y = 2019; y <= 2026; ++y)
        years.append({QString::number(y), y});
    refillChoices(m_since, years);
}

ChartPage::ChartRequest ModelsPage::chartRequest(const QString &chart)
{
    ChartRequest request;
    if (chart == kApiChart) {
        request.options.series = m_priceModels->checked();
        if (request.options.series.isEmpty())
            request.instead = tr("Choose models to compare");
    }
    return request;
}

void ModelsPage::applyLink(const ChartLink &link)
{
    if (link.chartId == kApiChart && !link.series.isEmpty())
        m_priceModels->setChecked(link.series);
}

void ModelsPage::saveChoices(QSettings &s) const
{
    s.setValue(QStringLiteral("priceModels"), m_priceModels->checked());
}

void ModelsPage::restoreChoices(QSettings &s)
{
    const QStringList models = s.value(QStringLiteral("priceModels")).toStringList();
    if (!models.isEmpty())
        m_priceModels->setChecked(models);
}

void ModelsPage::updateCount()
{
    m_table.count->setText(tr("%1 of %2 models").arg(m_proxy->rowCount()).arg(m_model->rowCount()));
}

bool ModelsPage::showRow(const QString &kind, const QString &key)
{
    // A link from the timeline: the model's row, or the organisation's models.
    if (kind == QLatin1String("organization")) {
        m_table.filter->setText(key);
        return m_proxy->rowCount() > 0;
    }
    if (kind != QLatin1String("model"))
        return false;
    return revealTableRow(m_table.view, m_table.filter, 0, key);
}

} // namespace stratos
