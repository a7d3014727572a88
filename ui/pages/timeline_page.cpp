#include "pages/timeline_page.h"

#include "models/column_table_model.h"
#include "repository.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace stratos {

TimelinePage::TimelinePage(QWidget *parent) : Page(parent)
{
    m_model = new ColumnTableModel({{tr("Day")}, {tr("Lane")}, {tr("Event")}, {tr("Summary")}}, this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    auto *bar = new QHBoxLayout;
    m_filter = new QLineEdit;
    m_filter->setPlaceholderText(tr("Search titles and summaries…"));
    m_filter->setClearButtonEnabled(true);
    m_lane = new QComboBox;
    m_lane->addItem(tr("All lanes"), QString());
    m_lane->addItem(tr("AI models"), tr("AI models"));
    m_lane->addItem(tr("Markets"), tr("Markets"));
    m_lane->addItem(tr("Space"), tr("Space"));
    m_lane->addItem(tr("Policy"), tr("Policy"));
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_lane);
    layout->addLayout(bar);
    auto *split = new QSplitter(Qt::Horizontal);
    m_view = new QTableView;
    m_view->setModel(m_proxy);
    m_view->verticalHeader()->hide();
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_details = new QTextBrowser;
    m_details->setOpenExternalLinks(true);
    split->addWidget(m_view);
    split->addWidget(m_details);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    layout->addWidget(split, 1);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &t) {
        m_proxy->setFilterFixedString(t);
    });
    connect(m_lane, &QComboBox::currentIndexChanged, this, [this] {
        const QString lane = m_lane->currentData().toString();
        m_proxy->setFilterKeyColumn(lane.isEmpty() ? -1 : 1);
        m_proxy->setFilterFixedString(lane.isEmpty() ? m_filter->text() : lane);
    });
}

void TimelinePage::reload(const Repository &repo)
{
    static const QMap<QString, QString> lanes = {{"model", tr("AI models")}, {"market", tr("Markets")},
                                                 {"space", tr("Space")}, {"policy", tr("Policy")},
                                                 {"user", tr("Mine")}};
    QList<QVariantList> rows;
    m_extra.clear();
    for (const Event &e : repo.events()) {
        rows.append({e.day.toString(Qt::ISODate), lanes.value(e.lane, e.lane), e.title, e.summary});
        m_extra.append({e.title, e.summary, e.url, e.concerns.join(QStringLiteral(", ")),
                        e.day.toString(Qt::ISODate)});
    }
    m_model->setRows(rows);
    m_view->resizeColumnsToContents();
    m_view->setColumnWidth(2, qMin(m_view->columnWidth(2), 320));
    m_view->setColumnWidth(3, 200);
    disconnect(m_view->selectionModel(), nullptr, this, nullptr);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &TimelinePage::showDetails);
    // Start near the story's centre of gravity: January 2025.
    for (int r = 0; r < m_model->rowCount(); ++r)
        if (m_model->row(r).value(0).toString() >= QLatin1String("2025-01-20")) {
            const QModelIndex idx = m_proxy->mapFromSource(m_model->index(r, 0));
            m_view->setCurrentIndex(idx);
            m_view->scrollTo(idx, QAbstractItemView::PositionAtCenter);
            break;
        }
}

void TimelinePage::showDetails()
{
    const QModelIndex idx = m_proxy->mapToSource(m_view->currentIndex());
    if (!idx.isValid() || idx.row() >= m_extra.size())
        return;
    const QStringList &e = m_extra[idx.row()];
    m_details->setHtml(QStringLiteral("<h3>%1</h3><p><i>%5</i></p><p>%2</p><p><b>%6</b> %4</p>"
                                      "<p><b>%7</b> <a href=\"%3\">%3</a></p>")
                           .arg(e[0].toHtmlEscaped(), e[1].toHtmlEscaped(), e[2].toHtmlEscaped(),
                                e[3].toHtmlEscaped(), e[4], tr("Concerns:"), tr("Source:")));
}

} // namespace stratos
