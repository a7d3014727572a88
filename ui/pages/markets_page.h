#pragma once
// Markets: chosen securities over a chosen range, rebased to 100 or as daily
// changes, with the timeline's events as markers; clicking one opens its
// details and an event study below the chart.

#include "pages/page.h"

#include <QDate>
#include <QMap>
#include <QTimer>

class QComboBox;
class QDateEdit;
class QSplitter;

namespace stratos {

class ChartPanel;
class CheckListButton;
class EventStudyPanel;

class MarketsPage : public Page
{
    Q_OBJECT
public:
    explicit MarketsPage(QWidget *parent = nullptr);
    QString id() const override { return QStringLiteral("markets"); }
    QString title() const override { return tr("Markets"); }
    void reload(const Repository &repo) override;
    bool showChart(const QString &link) override;
    void saveState(QSettings &settings) const override;
    void restoreState(QSettings &settings) override;

    ChartPanel *charts() const { return m_charts; }
    EventStudyPanel *eventStudy() const { return m_study; }
    CheckListButton *securities() const { return m_securities; }
    void setRange(QDate from, QDate to);

private:
    void replot();
    void applyPreset(int index);
    QDate presetEnd() const;

    const Repository *m_repo = nullptr;
    ChartPanel *m_charts;
    EventStudyPanel *m_study;
    CheckListButton *m_securities;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_preset;
    QSplitter *m_split;
    // Each security's newest price: presets count back from the chosen ones' newest, not from today.
    QMap<QString, QDate> m_lastDays;
    QTimer m_replot;
};

} // namespace stratos
