#pragma once
// A page's chart area: tabs to pick one of the page's charts, the picked
// chart's own controls beside them, and the chart view below.

#include <QMap>
#include <QStringList>
#include <QWidget>

class QTabBar;
class QStackedWidget;

namespace stratos {

class ChartView;

class ChartPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ChartPanel(const QStringList &chartIds, QWidget *parent = nullptr);

    QString currentChart() const;
    bool selectChart(const QString &id);
    // Widgets shown next to the tabs while chart `id` is selected (the panel owns them).
    void setControls(const QString &id, QWidget *controls);
    ChartView *view() const { return m_view; }
    QTabBar *tabs() const { return m_tabs; }

signals:
    void currentChartChanged(const QString &id);

private:
    QStringList m_ids;
    QTabBar *m_tabs;
    QStackedWidget *m_controls;
    QMap<QString, QWidget *> m_controlFor;
    ChartView *m_view;
};

} // namespace stratos
