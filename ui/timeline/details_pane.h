#pragma once
// The timeline's details pane: the selected event's title, date, summary,
// sources as links, the rows it concerns (each a link to its page) and a
// context chart; buttons to edit or delete the user's own events or to hide
// curated ones.

#include "timeline/timeline_event.h"
#include "timeline_context.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTabBar;

namespace stratos {

class ChartView;
class Repository;

class DetailsPane : public QWidget
{
    Q_OBJECT
public:
    explicit DetailsPane(QWidget *parent = nullptr);

    // nullptr shows the hint for an empty selection. repo may be null (no chart).
    void setEvent(const timeline::TimelineEvent *event, const Repository *repo, bool canEdit);
    bool isEmpty() const { return m_key.isEmpty(); }
    QString eventKey() const { return m_key; }
    QString titleText() const;
    QString summaryText() const;
    QString sourcesHtml() const;
    QString concernsHtml() const;
    ChartView *chart() const { return m_chart; }
    int chartCount() const { return int(m_charts.size()); }
    // Asks for the page of the event's main row (double-click, "Open in ...").
    bool openRelated();

signals:
    void openRow(const QString &pageId, const QString &kind, const QString &key);
    void editRequested();
    void deleteRequested();
    void hideRequested();

private:
    void showChart(int index);

    QString m_key;
    QWidget *m_body;
    QLabel *m_hint;
    QLabel *m_meta;
    QLabel *m_title;
    QLabel *m_summary;
    QLabel *m_sources;
    QLabel *m_concernsHeading;
    QLabel *m_concerns;
    QTabBar *m_chartTabs;
    ChartView *m_chart;
    QPushButton *m_open;
    QPushButton *m_edit;
    QPushButton *m_delete;
    QPushButton *m_hide;
    QList<charts::ChartSpec> m_charts;
    ConcernRow m_related; // what "Open in ..." and double-click open
};

} // namespace stratos
