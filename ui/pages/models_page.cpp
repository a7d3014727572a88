#include "pages/models_page.h"

#include "models/column_table_model.h"
#include "repository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace stratos {

// Text filter over name/organization plus country and open-weights filters.
class ModelFilterProxy : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setCountry(const QString &c) { m_country = c; invalidateFilter(); }
    void setOpenOnly(bool on) { m_openOnly = on; invalidateFilter(); }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        auto *m = static_cast<ColumnTableModel *>(sourceModel());
        const QVariantList &r = m->row(row);
        if (!m_country.isEmpty() && r.value(2).toString() != m_country)
            return false;
        if (m_openOnly && !r.value(7).toBool())
            return false;
        const QRegularExpression re = filterRegularExpression();
        if (re.pattern().isEmpty())
            return true;
        Q_UNUSED(parent);
        return r.value(0).toString().contains(re) || r.value(1).toString().contains(re);
    }

private:
    QString m_country;
    bool m_openOnly = false;
};

ModelsPage::ModelsPage(QWidget *parent) : Page(parent)
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
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    auto *bar = new QHBoxLayout;
    m_filter = new QLineEdit;
    m_filter->setPlaceholderText(tr("Filter by model or organization…"));
    m_filter->setClearButtonEnabled(true);
    m_country = new QComboBox;
    m_openOnly = new QCheckBox(tr("Open weights only"));
    m_count = new QLabel;
    bar->addWidget(m_filter, 2);
    bar->addWidget(new QLabel(tr("Country:")));
    bar->addWidget(m_country);
    bar->addWidget(m_openOnly);
    bar->addStretch(1);
    bar->addWidget(m_count);
    layout->addLayout(bar);

    m_view = new QTableView;
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(3, Qt::DescendingOrder);
    m_view->verticalHeader()->hide();
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_view, 1);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &t) {
        m_proxy->setFilterRegularExpression(
            QRegularExpression(QRegularExpression::escape(t), QRegularExpression::CaseInsensitiveOption));
        updateCount();
    });
    connect(m_country, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setCountry(m_country->currentData().toString());
        updateCount();
    });
    connect(m_openOnly, &QCheckBox::toggled, this, [this](bool on) {
        m_proxy->setOpenOnly(on);
        updateCount();
    });
}

void ModelsPage::reload(const Repository &repo)
{
    const QList<AiModel> models = repo.models();
    QList<QVariantList> rows;
    QList<QString> tips;
    QSet<QString> countries;
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
    }
    m_model->setRows(rows, tips);
    const QString current = m_country->currentData().toString();
    m_country->blockSignals(true);
    m_country->clear();
    m_country->addItem(tr("All"), QString());
    QStringList sorted(countries.begin(), countries.end());
    sorted.sort();
    for (const QString &c : sorted)
        m_country->addItem(c, c);
    m_country->setCurrentIndex(qMax(0, m_country->findData(current)));
    m_country->blockSignals(false);
    m_view->resizeColumnsToContents();
    m_view->setColumnWidth(0, qMin(m_view->columnWidth(0), 260));
    updateCount();
}

void ModelsPage::updateCount()
{
    m_count->setText(tr("%1 of %2 models").arg(m_proxy->rowCount()).arg(m_model->rowCount()));
}

} // namespace stratos
