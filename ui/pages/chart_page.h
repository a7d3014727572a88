#pragma once
// Base of the pages built around a ChartPanel (Models, Markets, Space): the
// page's chart tabs, replotting from the store with the page's own choices, a
// chart that cannot be built shown as such (never the previous chart left on
// screen), links to a chart, and the chosen chart and splitter kept across
// sessions beside the page's own choices.

#include "chart_data.h"
#include "pages/page.h"

#include <QTimer>

class QLayout;
class QSplitter;

namespace stratos {

class ChartLink;
class ChartPanel;

class ChartPage : public Page
{
    Q_OBJECT
public:
    ChartPanel *charts() const { return m_charts; }
    bool showChart(const QString &link) final;
    void saveState(QSettings &settings) const final;
    void restoreState(QSettings &settings) final;
    // What the chart area says instead of a chart (nothing chosen, or why the
    // chart could not be built); empty while a chart is shown.
    QString chartMessage() const { return m_message; }

protected:
    ChartPage(const QString &pageId, QWidget *parent);

    // What to draw for `chart`: its options, or a message to show instead.
    struct ChartRequest
    {
        charts::ChartOptions options;
        QString instead;
    };
    virtual ChartRequest chartRequest(const QString &chart) = 0;
    // After a chart is on screen (markers to follow, a row to highlight).
    virtual void chartShown(const charts::ChartSpec &spec) { Q_UNUSED(spec); }
    // A link's series, range or event, before its chart is selected.
    virtual void applyLink(const ChartLink &link) { Q_UNUSED(link); }
    // The page's own choices; restored before the chart is chosen.
    virtual void saveChoices(QSettings &settings) const { Q_UNUSED(settings); }
    virtual void restoreChoices(QSettings &settings) { Q_UNUSED(settings); }

    void setRepository(const Repository *repo) { m_repo = repo; }
    const Repository *repository() const { return m_repo; }
    // The page's layout: an optional bar, then `charts` above `below` in a
    // splitter whose sizes are kept with the page's state.
    void layOutPage(QWidget *charts, QWidget *below, const QList<int> &sizes, QLayout *bar = nullptr);
    void replot();
    // Typing a date or ticking several boxes makes one replot, not one per change.
    void scheduleReplot() { m_replotTimer.start(); }

private:
    void showMessage(const QString &chart, const QString &message);

    const Repository *m_repo = nullptr;
    ChartPanel *m_charts;
    QSplitter *m_split = nullptr;
    QTimer m_replotTimer;
    QString m_message;
};

} // namespace stratos
