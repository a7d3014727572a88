#pragma once
// The landing page: headline figures computed from the store (never typed in),
// each card opening the page behind it, and the latest events.

#include "pages/page.h"

#include <QMap>
#include <optional>

class QTableView;
class QGridLayout;

namespace stratos {

class StatCard;
class ColumnTableModel;
struct AiModel;
struct Event;
struct HeadlineComparison;
struct Headlines;

class OverviewPage : public Page
{
    Q_OBJECT
public:
    explicit OverviewPage(QWidget *parent = nullptr);
    QString id() const override { return QStringLiteral("overview"); }
    QString title() const override { return tr("Overview"); }
    void reload(const Repository &repo) override;

    StatCard *card(const QString &key) const { return m_cards.value(key); }

private:
    StatCard *addCard(const QString &key, const QString &heading, const QString &target, int row,
                      int col);
    void showModelComparisons(const QList<AiModel> &models, const Headlines &headlines);
    void showMarketCards(const Repository &repo, const std::optional<HeadlineComparison> &day,
                         const QList<Event> &events);
    void showConstellations(const Repository &repo, const std::optional<HeadlineComparison> &which);
    QMap<QString, StatCard *> m_cards;
    QGridLayout *m_grid = nullptr;
    ColumnTableModel *m_events = nullptr;
    QTableView *m_eventsView = nullptr;
};

} // namespace stratos
