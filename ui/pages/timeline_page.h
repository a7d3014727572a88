#pragma once
// Timeline: the interactive timeline (lanes, zoom, pan, overview strip) with
// filters above it and the selected event's details beside it; the user's
// own events are added, edited and deleted here, with undo and redo.

#include "pages/page.h"
#include "timeline/timeline_filter.h"

#include <QTimer>
#include <memory>

class QLineEdit;
class QDateEdit;
class QLabel;
class QSplitter;
class QToolButton;
class QUndoStack;
class QAction;

namespace stratos {

class TimelineView;
class OverviewStrip;
class DetailsPane;
class CheckListButton;
class ElidingLabel;
struct UserEvent;
class EventCommand;
struct EventCommandContext;

class TimelinePage : public Page
{
    Q_OBJECT
public:
    explicit TimelinePage(QWidget *parent = nullptr);
    ~TimelinePage() override;
    QString id() const override { return QStringLiteral("timeline"); }
    QString title() const override { return tr("Timeline"); }
    void reload(const Repository &repo) override;
    // kind "event": selects the event with that key and brings it into view.
    bool showRow(const QString &kind, const QString &key) override;
    // The visible range, the selection, lanes, countries and the pane's width.
    void saveState(QSettings &settings) const override;
    void restoreState(QSettings &settings) override;

    TimelineView *view() const { return m_view; }
    OverviewStrip *overview() const { return m_overview; }
    DetailsPane *details() const { return m_details; }
    QLineEdit *searchEdit() const { return m_search; }
    CheckListButton *laneFilter() const { return m_lanes; }
    CheckListButton *countryFilter() const { return m_countries; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }
    QUndoStack *undoStack() const { return m_undo; }
    QAction *undoAction() const { return m_undoAction; }
    QAction *redoAction() const { return m_redoAction; }

    // Applies the filter widgets now instead of after the typing pause.
    void applyFilterNow();
    // The same as the dialogs do, without them (tests, scripts).
    bool addUserEvent(const UserEvent &event);
    bool editUserEvent(const UserEvent &after);
    bool deleteSelected();
    bool hideSelected();
    // Shows hidden curated events again, as one undoable change.
    bool unhideEvents(const QStringList &keys);
    QToolButton *hiddenButton() const { return m_hiddenButton; }

signals:
    // The user added, edited, deleted, hid or restored an event (undo and redo too).
    void eventsChanged();

public slots:
    void addEventDialog(QDate day = {});
    void editSelectedDialog();
    void exportView();
    void openRelated();
    void hiddenEventsDialog();

private:
    QWidget *buildFilterBar();
    void fillCountryFilter();
    timeline::TimelineFilter currentFilter() const;
    void updateDetails();
    void followRow(const QString &pageId, const QString &kind, const QString &key);
    void updateStatus();
    void reloadEvents(const QString &selectKey);
    void showContextMenu(int item, const QPoint &globalPos);
    bool push(EventCommand *command);

    const Repository *m_repo = nullptr;
    std::shared_ptr<EventCommandContext> m_ctx;
    bool m_initialised = false;
    bool m_canEdit = false;
    TimelineView *m_view;
    OverviewStrip *m_overview;
    DetailsPane *m_details;
    QSplitter *m_split;
    QLineEdit *m_search;
    CheckListButton *m_lanes;
    CheckListButton *m_countries;
    QDateEdit *m_from;
    QDateEdit *m_to;
    ElidingLabel *m_status;
    QToolButton *m_addButton;
    QToolButton *m_hiddenButton;
    QUndoStack *m_undo;
    QAction *m_undoAction;
    QAction *m_redoAction;
    QTimer m_filterTimer;
};

} // namespace stratos
