#include "pages/markets_page.h"

#include "models/column_table_model.h"
#include "repository.h"

#include <QChart>
#include <QChartView>
#include <QDateEdit>
#include <QDateTimeAxis>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineSeries>
#include <QSplitter>
#include <QTableView>
#include <QValueAxis>
#include <QVBoxLayout>

namespace stratos {

MarketsPage::MarketsPage(QWidget *parent) : Page(parent)
{
    const auto right = Qt::AlignRight | Qt::AlignVCenter;
    m_model = new ColumnTableModel({{tr("Symbol")},
                                    {tr("Name")},
                                    {tr("Kind")},
                                    {tr("Adjusted")},
                                    {tr("From")},
                                    {tr("To")},
                                    {tr("Last close"), right, [](const QVariant &v) { return QString::number(v.toDouble(), 'f', 2); }}},
                                   this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    auto *bar = new QHBoxLayout;
    m_from = new QDateEdit(QDate(2024, 10, 1));
    m_to = new QDateEdit(QDate(2025, 3, 31));
    for (QDateEdit *e : {m_from, m_to}) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    bar->addWidget(new QLabel(tr("Select securities in the table; range:")));
    bar->addWidget(m_from);
    bar->addWidget(new QLabel(QStringLiteral("–")));
    bar->addWidget(m_to);
    bar->addStretch(1);
    layout->addLayout(bar);

    auto *split = new QSplitter(Qt::Vertical);
    m_view = new QTableView;
    m_view->setModel(m_model);
    m_view->verticalHeader()->hide();
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::MultiSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_chart = new QChartView;
    m_chart->setRenderHint(QPainter::Antialiasing);
    split->addWidget(m_chart);
    split->addWidget(m_view);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    layout->addWidget(split, 1);
    connect(m_from, &QDateEdit::dateChanged, this, &MarketsPage::replot);
    connect(m_to, &QDateEdit::dateChanged, this, &MarketsPage::replot);
}

void MarketsPage::reload(const Repository &repo)
{
    m_repo = &repo;
    QList<QVariantList> rows;
    for (const SecuritySummary &s : repo.securities())
        rows.append({s.security.symbol, s.security.name, s.security.kind,
                     s.security.adjusted ? tr("yes") : tr("no"), s.firstDay.toString(Qt::ISODate),
                     s.lastDay.toString(Qt::ISODate), s.lastClose});
    m_model->setRows(rows);
    m_view->resizeColumnsToContents();
    disconnect(m_view->selectionModel(), nullptr, this, nullptr);
    for (int r = 0; r < m_model->rowCount(); ++r) {
        const QString sym = m_model->row(r).value(0).toString();
        if (sym == QLatin1String("NVDA") || sym == QLatin1String("^IXIC") || sym == QLatin1String("TSM") || sym == QLatin1String("AVGO"))
            m_view->selectionModel()->select(m_model->index(r, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MarketsPage::replot);
    replot();
}

void MarketsPage::replot()
{
    if (!m_repo)
        return;
    auto *chart = new QChart;
    chart->setTitle(tr("Price rebased to 100 at the start of the range"));
    auto *x = new QDateTimeAxis;
    x->setFormat(QStringLiteral("MMM yyyy"));
    x->setTitleText(tr("Date"));
    auto *y = new QValueAxis;
    y->setTitleText(tr("Index (start = 100)"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    double lo = 100, hi = 100;
    for (const QModelIndex &idx : m_view->selectionModel()->selectedRows()) {
        const QString sym = m_model->row(idx.row()).value(0).toString();
        const QList<PriceBar> bars = m_repo->priceBars(sym, m_from->date(), m_to->date());
        if (bars.isEmpty() || bars.first().close == 0)
            continue;
        auto *s = new QLineSeries;
        s->setName(sym);
        const double base = bars.first().close;
        for (const PriceBar &b : bars) {
            const double v = b.close / base * 100.0;
            lo = qMin(lo, v);
            hi = qMax(hi, v);
            s->append(double(QDateTime(b.day, QTime(12, 0)).toMSecsSinceEpoch()), v);
        }
        chart->addSeries(s);
        s->attachAxis(x);
        s->attachAxis(y);
    }
    x->setRange(QDateTime(m_from->date(), QTime(0, 0)), QDateTime(m_to->date(), QTime(0, 0)));
    y->setRange(std::floor(lo / 10) * 10, std::ceil(hi / 10) * 10);
    y->applyNiceNumbers();
    chart->legend()->setAlignment(Qt::AlignTop);
    QChart *old = m_chart->chart();
    m_chart->setChart(chart);
    delete old;
}

} // namespace stratos
