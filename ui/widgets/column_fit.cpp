#include "widgets/column_fit.h"
#include "widgets/coalesce_timer.h"

#include <QEvent>
#include <QHeaderView>
#include <QScrollBar>
#include <QTableView>

namespace stratos {

namespace {
constexpr int kMaxNatural = 420; // a summary's natural width would be its whole text
constexpr int kMinFlexible = 90;
// Rows measured besides those on screen: measuring text is the costly part of a
// table's first show (Qt's default, 1000 rows, took most of the Space page's),
// and a few hundred rows already show each column's usual width; a rarer,
// longer value is elided like any beyond kMaxNatural.
constexpr int kMeasuredRows = 200;
} // namespace

ColumnFitter *ColumnFitter::install(QTableView *view, QList<int> flexible)
{
    return new ColumnFitter(view, std::move(flexible));
}

ColumnFitter::ColumnFitter(QTableView *view, QList<int> flexible)
    : QObject(view), m_view(view), m_viewport(view->viewport()), m_flexible(std::move(flexible))
{
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setResizeContentsPrecision(kMeasuredRows);
    m_viewport->installEventFilter(this);
    // Data arrive in bursts (reset, then the page's own resizeColumnsToContents): fit once after.
    coalesceCalls(m_timer, 0, this, &ColumnFitter::refit);
    const auto later = [this] { m_timer.start(); };
    if (QAbstractItemModel *m = m_view->model()) {
        connect(m, &QAbstractItemModel::modelReset, this, later);
        connect(m, &QAbstractItemModel::layoutChanged, this, later);
        connect(m, &QAbstractItemModel::rowsInserted, this, later);
    }
}

bool ColumnFitter::eventFilter(QObject *watched, QEvent *event)
{
    // A page's table fills while it is hidden: fit when it shows, and on every resize.
    // No call into m_view here: while the view is destroyed its viewport still
    // sends events, and the view is then no longer a QAbstractScrollArea (UBSan
    // found it under the random user).
    if ((event->type() == QEvent::Resize || event->type() == QEvent::Show) && watched == m_viewport && !m_fitting)
        m_timer.start();
    return QObject::eventFilter(watched, event);
}

void ColumnFitter::refit()
{
    QHeaderView *header = m_view->horizontalHeader();
    const int columns = header->count();
    if (columns == 0 || !m_view->isVisible())
        return;
    m_fitting = true;
    QList<int> width(columns), floor(columns);
    int total = 0;
    for (int c = 0; c < columns; ++c) {
        if (header->isSectionHidden(c))
            continue;
        floor[c] = header->sectionSizeHint(c);
        width[c] = std::min(kMaxNatural, std::max(floor[c], static_cast<QAbstractItemView *>(m_view)->sizeHintForColumn(c)));
        total += width[c];
    }
    QList<int> flexible;
    for (int c : m_flexible)
        if (c < columns && !header->isSectionHidden(c))
            flexible << c;
    if (flexible.isEmpty())
        flexible << columns - 1;
    const int available = m_view->viewport()->width();
    int spare = available - total;
    // Wider than needed: the flexible columns share the rest. Too narrow: they
    // give way, widest first, down to their header; past that the table scrolls.
    while (spare != 0) {
        const int before = spare;
        for (int c : flexible) {
            const int share = spare / int(flexible.size()) + (spare > 0 ? 1 : -1);
            const int room = spare > 0 ? share : std::max(share, std::min(0, std::max(floor[c], kMinFlexible) - width[c]));
            const int step = spare > 0 ? std::min(room, spare) : std::max(room, spare);
            width[c] += step;
            spare -= step;
            if (spare == 0)
                break;
        }
        if (spare == before)
            break;
    }
    for (int c = 0; c < columns; ++c)
        if (!header->isSectionHidden(c))
            header->resizeSection(c, width[c]);
    m_fitting = false;
}

} // namespace stratos
