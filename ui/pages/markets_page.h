#pragma once
// Markets: chosen securities over a chosen range, rebased to 100 or as daily
// changes, with the timeline's events as markers; clicking one opens its
// details and an event study below the chart.

#include "pages/chart_page.h"

#include <QDate>
#include <QMap>

class QComboBox;
class QDateEdit;

namespace stratos {

class CheckListButton;
class EventStudyPanel;

class MarketsPage : public ChartPage
{
    Q_OBJECT
public:
    explicit MarketsPage(QWidget *parent = nullptr);
    QString id() const override { return QStringLiteral("markets"); }
    QString title() const override { return tr("Markets"); }
    void reload(const Repository &repo) override;

    EventStudyPanel *eventStudy() const { return m_study; }
    CheckListButton *securities() const { return m_securities; }
    void setRange(QDate from, QDate to);

protected:
    ChartRequest chartRequest(const QString &chart) override;
    void chartShown(const charts::ChartSpec &spec) override;
    void applyLink(const ChartLink &link) override;
    void saveChoices(QSettings &settings) const override;
    void restoreChoices(QSettings &settings) override;

private:
    void applyPreset(int index);
    QDate presetEnd() const;

    EventStudyPanel *m_study;
    CheckListButton *m_securities;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_preset;
    // Each security's newest price: presets count back from the chosen ones' newest, not from today.
    QMap<QString, QDate> m_lastDays;
};

} // namespace stratos
