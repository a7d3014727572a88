#include "pages/space_page.h"

#include "models/column_table_model.h"
#include "repository.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace stratos {

static const QStringList kConstellations = {"Starlink", "Kuiper", "OneWeb", "Guowang", "Qianfan"};

SpacePage::SpacePage(QWidget *parent) : Page(parent)
{
    const auto right = Qt::AlignRight | Qt::AlignVCenter;
    QList<ColumnTableModel::Column> cols{{tr("Year")}};
    for (const QString &c : kConstellations)
        cols.append({c == QLatin1String("Kuiper") ? tr("Kuiper / Leo") : c, right});
    cols.append({tr("Orbital launches (all)"), right});
    m_perYear = new ColumnTableModel(cols, this);
    m_launches = new ColumnTableModel({{tr("Tag")}, {tr("Launched (UTC)")}, {tr("Vehicle")}, {tr("Site")},
                                       {tr("Country")}, {tr("Operator")}, {tr("Outcome")},
                                       {tr("Payloads"), right}},
                                      this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    auto *heading = new QLabel(tr("Satellites launched per constellation and year (successful orbital launches)"));
    QFont f = heading->font();
    f.setBold(true);
    heading->setFont(f);
    layout->addWidget(heading);
    auto *split = new QSplitter(Qt::Vertical);
    m_perYearView = new QTableView;
    m_perYearView->setModel(m_perYear);
    m_perYearView->verticalHeader()->hide();
    m_perYearView->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_perYearView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    split->addWidget(m_perYearView);

    auto *lower = new QWidget;
    auto *ll = new QVBoxLayout(lower);
    ll->setContentsMargins(0, 8, 0, 0);
    m_filter = new QLineEdit;
    m_filter->setPlaceholderText(tr("Filter launches by tag, vehicle, site, country or operator…"));
    m_filter->setClearButtonEnabled(true);
    ll->addWidget(m_filter);
    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_launches);
    proxy->setFilterKeyColumn(-1);
    proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy->setSortRole(int(TableRole::SortKey));
    m_launchView = new QTableView;
    m_launchView->setModel(proxy);
    m_launchView->setSortingEnabled(true);
    m_launchView->sortByColumn(1, Qt::DescendingOrder);
    m_launchView->verticalHeader()->hide();
    m_launchView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_launchView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_launchView->setAlternatingRowColors(true);
    m_launchView->horizontalHeader()->setStretchLastSection(true);
    ll->addWidget(m_launchView);
    split->addWidget(lower);
    layout->addWidget(split, 1);
    connect(m_filter, &QLineEdit::textChanged, proxy, &QSortFilterProxyModel::setFilterFixedString);
}

void SpacePage::reload(const Repository &repo)
{
    QMap<int, QMap<QString, int>> sats;
    for (const ConstellationYear &cy : repo.constellationYears())
        sats[cy.year][cy.constellation] = cy.satellites;
    const auto perCountry = repo.launchesPerYearByCountry();
    QList<QVariantList> rows;
    for (auto it = perCountry.cbegin(); it != perCountry.cend(); ++it) {
        QVariantList r{it.key()};
        for (const QString &c : kConstellations)
            r.append(sats.value(it.key()).value(c));
        int total = 0;
        for (int n : it.value())
            total += n;
        r.append(total);
        rows.append(r);
    }
    m_perYear->setRows(rows);
    QList<QVariantList> launches;
    for (const Launch &l : repo.launches())
        launches.append({l.tag, QString(l.launchedAt).replace(u'T', u' '), l.vehicle, l.site,
                         l.country, l.operatorName, l.outcome, l.payloads});
    m_launches->setRows(launches);
    m_launchView->resizeColumnsToContents();
}

} // namespace stratos
