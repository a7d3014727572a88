#include "pages/timeline_page.h"

#include "charts/chart_link.h"
#include "repository.h"
#include "timeline/details_pane.h"
#include "timeline/event_commands.h"
#include "timeline/overview_strip.h"
#include "timeline/timeline_view.h"
#include "timeline_data.h"
#include "widgets/check_list_button.h"
#include "widgets/eliding_label.h"
#include "widgets/record_views.h"
#include "widgets/coalesce_timer.h"

#include <QAction>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QSplitter>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>
#include <tuple>

namespace stratos {

using namespace timeline;

namespace {

const QDate kNoDate(1900, 1, 1); // a QDateEdit's "not set"

// The story's centre of gravity, where the page opens: DeepSeek, Stargate, the market's reaction.
const QDate kOpenFrom(2024, 12, 1);

// A text button of the page's bar that calls `slot` when clicked.
template <typename Receiver, typename Slot>
QToolButton *barButton(const QString &text, const QString &toolTip, const Receiver *receiver, Slot slot)
{
    auto *button = new QToolButton;
    button->setText(text);
    button->setToolTip(toolTip);
    QObject::connect(button, &QToolButton::clicked, receiver, slot);
    return button;
}
const QDate kOpenTo(2025, 2, 28);
const QDate kOpenOn(2025, 1, 27);

QDateEdit *optionalDate(const QString &unset)
{
    auto *d = new QDateEdit;
    d->setCalendarPopup(true);
    d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    d->setMinimumDate(kNoDate);
    d->setSpecialValueText(unset);
    d->setDate(kNoDate);
    return d;
}

} // namespace

TimelinePage::TimelinePage(QWidget *parent) : Page(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 8);
    layout->setSpacing(8);
    m_view = new TimelineView;
    m_overview = new OverviewStrip(m_view->model());
    m_details = new DetailsPane;
    m_undo = new QUndoStack(this);
    // Undo and redo belong to the page: other pages keep their own Ctrl+Z.
    m_undoAction = m_undo->createUndoAction(this, tr("Undo"));
    m_undoAction->setShortcuts(QKeySequence::Undo);
    m_redoAction = m_undo->createRedoAction(this, tr("Redo"));
    QList<QKeySequence> redo = QKeySequence::keyBindings(QKeySequence::Redo);
    if (!redo.contains(QKeySequence(QStringLiteral("Ctrl+Shift+Z"))))
        redo.prepend(QKeySequence(QStringLiteral("Ctrl+Shift+Z")));
    m_redoAction->setShortcuts(redo);
    for (QAction *a : {m_undoAction, m_redoAction}) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
    }
    layout->addWidget(buildFilterBar());

    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->setSpacing(0);
    leftLayout->addWidget(m_view, 1);
    leftLayout->addWidget(m_overview);
    m_split = new QSplitter(Qt::Horizontal);
    m_split->addWidget(left);
    m_split->addWidget(m_details);
    m_split->setStretchFactor(0, 3);
    m_split->setStretchFactor(1, 1);
    m_split->setSizes({840, 460});
    m_split->setChildrenCollapsible(false);
    m_details->setMinimumWidth(360);
    layout->addWidget(m_split, 1);

    coalesceCalls(m_filterTimer, 150, this, &TimelinePage::applyFilterNow);
    connect(m_view, &TimelineView::rangeChanged, m_overview, &OverviewStrip::setWindow);
    connect(m_overview, &OverviewStrip::windowRequested, m_view, &TimelineView::setVisibleRange);
    connect(m_overview, &OverviewStrip::zoomRequested, this,
            [this](double factor, double t) { m_view->zoomBy(factor, m_view->scale().toX(t)); });
    connect(m_view, &TimelineView::selectionChanged, this, &TimelinePage::updateDetails);
    connect(m_view, &TimelineView::activated, this, [this](int index) {
        if (m_view->model().event(index).isUserEvent())
            editSelectedDialog();
        else
            openRelated();
    });
    connect(m_view, &TimelineView::deleteRequested, this, [this](int index) {
        if (m_view->model().event(index).isUserEvent())
            deleteSelected();
        else
            hideSelected();
    });
    connect(m_view, &TimelineView::contextMenuRequested, this, &TimelinePage::showContextMenu);
    connect(m_details, &DetailsPane::openRow, this, &TimelinePage::followRow);
    connect(m_details, &DetailsPane::editRequested, this, &TimelinePage::editSelectedDialog);
    connect(m_details, &DetailsPane::deleteRequested, this, &TimelinePage::deleteSelected);
    connect(m_details, &DetailsPane::hideRequested, this, &TimelinePage::hideSelected);

    setFocusProxy(m_view);
    applyFilterNow();
}

TimelinePage::~TimelinePage() = default;

QWidget *TimelinePage::buildFilterBar()
{
    auto *bar = new QWidget;
    auto *h = new QHBoxLayout(bar);
    h->setContentsMargins(0, 0, 0, 0);
    h->setSpacing(4); // eleven controls in one row must fit a 1024-pixel window
    m_search = newFilterEdit(tr("Search events…"));
    m_search->setObjectName(QStringLiteral("timelineSearch"));
    m_search->setMinimumWidth(100);
    m_lanes = new CheckListButton(tr("Lanes"));
    QStringList keys, titles;
    for (Lane l : allLanes()) {
        keys << laneKey(l);
        titles << laneTitle(l);
    }
    m_lanes->setItems(keys, titles);
    m_lanes->setFaceShowsTexts(true);
    m_lanes->setChecked(keys);
    m_countries = new CheckListButton(tr("Countries"));
    m_from = optionalDate(tr("From: any"));
    m_to = optionalDate(tr("To: any"));
    m_from->setToolTip(tr("Only events on or after this day"));
    m_to->setToolTip(tr("Only events on or before this day"));
    auto *fit = barButton(tr("Fit all"), tr("Show every event (Home)"), m_view, &TimelineView::fitAll);
    m_addButton = barButton(tr("Add event…"), {}, this, [this] { addEventDialog(); });
    // Fixed words on the buttons ("Undo Add event 'Launch'" would resize the bar
    // and move every button after it); what would be undone is in the tooltip.
    auto *undo = new QToolButton;
    auto *redo = new QToolButton;
    undo->setObjectName(QStringLiteral("undoButton"));
    redo->setObjectName(QStringLiteral("redoButton"));
    for (const auto &[b, a, word] : {std::tuple{undo, m_undoAction, tr("Undo")}, std::tuple{redo, m_redoAction, tr("Redo")}}) {
        QToolButton *button = b;
        QAction *action = a;
        button->setText(word);
        connect(button, &QToolButton::clicked, action, &QAction::trigger);
        const auto sync = [button, action] {
            button->setEnabled(action->isEnabled());
            button->setToolTip(action->text());
        };
        connect(action, &QAction::changed, button, sync);
        sync();
    }
    m_hiddenButton = barButton({}, tr("Curated events you hid, to show again"), this, &TimelinePage::hiddenEventsDialog);
    m_hiddenButton->setObjectName(QStringLiteral("hiddenEventsButton"));
    auto *exportButton = barButton(tr("Export…"), tr("Save the visible timeline as PNG, SVG, PDF or CSV"), this,
                                   &TimelinePage::exportView);
    m_status = new ElidingLabel;
    m_status->setObjectName(QStringLiteral("timelineStatus"));
    m_status->setForegroundRole(QPalette::PlaceholderText);
    // The count gives way first in a narrow window (ElidingLabel; the whole text is its tooltip).
    h->addWidget(m_search, 2);
    h->addWidget(m_lanes);
    h->addWidget(m_countries);
    h->addWidget(m_from);
    h->addWidget(m_to);
    h->addWidget(m_status, 1);
    h->addWidget(fit);
    h->addWidget(m_addButton);
    h->addWidget(undo);
    h->addWidget(redo);
    h->addWidget(m_hiddenButton);
    h->addWidget(exportButton);

    connect(m_search, &QLineEdit::textChanged, this, [this] { m_filterTimer.start(); });
    // Enter: the next match (after the last, the first again), selected and in view.
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        applyFilterNow();
        if (!m_view->model().filter().hasText())
            return;
        int next = m_view->model().step(m_view->selectedIndex(), 1);
        if (next < 0)
            next = m_view->model().step(-1, 1);
        if (next >= 0)
            m_view->selectIndex(next);
    });
    connect(m_lanes, &CheckListButton::checkedChanged, this, &TimelinePage::applyFilterNow);
    connect(m_countries, &CheckListButton::checkedChanged, this, &TimelinePage::applyFilterNow);
    for (QDateEdit *d : {m_from, m_to})
        connect(d, &QDateEdit::dateChanged, this, [this] {
            applyFilterNow();
            // A date range also says where to look.
            const TimelineFilter f = currentFilter();
            if (f.from.isValid() || f.to.isValid()) {
                const QDate a = f.from.isValid() ? f.from : timeToDay(m_view->visibleStart());
                const QDate b = f.to.isValid() ? f.to : timeToDay(m_view->visibleEnd());
                if (a <= b)
                    m_view->setVisibleDays(a, b);
            }
        });
    return bar;
}

TimelineFilter TimelinePage::currentFilter() const
{
    TimelineFilter f;
    const QStringList lanes = m_lanes->checked();
    for (Lane l : allLanes())
        f.lanes[std::size_t(l)] = lanes.contains(laneKey(l));
    for (const QString &c : m_countries->checked())
        f.countries.insert(c);
    f.text = m_search->text();
    f.from = m_from->date() == kNoDate ? QDate() : m_from->date();
    f.to = m_to->date() == kNoDate ? QDate() : m_to->date();
    return f;
}

void TimelinePage::applyFilterNow()
{
    m_filterTimer.stop();
    const TimelineFilter f = currentFilter();
    if (m_lanes->checked().size() == kLaneCount)
        m_lanes->setFaceText(tr("Lanes: all"));
    if (m_countries->checked().isEmpty())
        m_countries->setFaceText(tr("Countries: all"));
    if (f == m_view->model().filter())
        return;
    m_view->setFilter(f);
    m_overview->modelChanged();
    updateStatus();
}

void TimelinePage::updateStatus()
{
    // Documents sit on the timeline but are not events: the status bar's
    // "events" is the store's event count, and so is this one.
    const TimelineModel &m = m_view->model();
    int events = 0;
    for (const TimelineEvent &e : m.events())
        events += e.isDocument() ? 0 : 1;
    const int documents = int(m.events().size()) - events;
    const int shownDocuments = m.shownInLane(Lane::Document);
    const int shownEvents = m.shownCount() - shownDocuments;
    const auto part = [](int shown, int all, const QString &noun) {
        return shown == all ? QStringLiteral("%1 %2").arg(all).arg(noun)
                            : tr("%1 of %2 %3").arg(shown).arg(all).arg(noun);
    };
    QString text = part(shownEvents, events, tr("events"));
    if (documents > 0)
        text += QStringLiteral(" · ") + part(shownDocuments, documents, tr("documents"));
    if (m.filter().hasText())
        text = (m.matchCount() == 1 ? tr("1 match") : tr("%1 matches").arg(m.matchCount())) +
               QStringLiteral(" · ") + text;
    m_status->setFullText(text);
}

void TimelinePage::fillCountryFilter()
{
    QMap<QString, int> counts;
    for (const TimelineEvent &e : m_view->model().events())
        for (const QString &c : e.countries)
            ++counts[c];
    QList<QPair<int, QString>> byCount;
    for (auto it = counts.begin(); it != counts.end(); ++it)
        byCount.append({-it.value(), it.key()});
    std::sort(byCount.begin(), byCount.end());
    QStringList keys, texts;
    for (const auto &[n, code] : byCount) {
        keys << code;
        texts << QStringLiteral("%1 (%2) · %3").arg(countryName(code), code).arg(-n);
    }
    m_countries->setItems(keys, texts);
    if (m_countries->checked().isEmpty())
        m_countries->setFaceText(tr("Countries: all"));
}

void TimelinePage::reload(const Repository &repo)
{
    m_repo = &repo;
    if (!m_ctx) {
        m_ctx = std::make_shared<EventCommandContext>(
            EventCommandContext{EventEditor(repo.database()), {}, {}});
        m_ctx->changed = [this](const QString &key) {
            reloadEvents(key);
            emit eventsChanged();
        };
        m_ctx->failed = [this](const QString &message) {
            QMessageBox::warning(this, tr("Timeline"),
                                 tr("The change could not be saved.\n\n%1").arg(message));
        };
    }
    m_canEdit = !m_ctx->editor.readOnly();
    m_addButton->setEnabled(m_canEdit);
    reloadEvents(m_view->selectedKey());
    if (!m_initialised) {
        m_initialised = true;
        m_view->setVisibleDays(kOpenFrom, kOpenTo);
        // Open on the day the market reacted, the event most people come for.
        int pick = -1;
        const auto [first, last] =
            m_view->model().range(dayToTime(kOpenOn.addDays(-7)), dayToTime(kOpenOn.addDays(7)));
        for (int i = first; i < last; ++i) {
            const TimelineEvent &e = m_view->model().event(i);
            if (e.lane != Lane::Market)
                continue;
            const TimelineEvent *best = pick < 0 ? nullptr : &m_view->model().event(pick);
            if (!best || e.event.importance > best->event.importance ||
                (e.event.importance == best->event.importance &&
                 std::abs(e.event.day.daysTo(kOpenOn)) < std::abs(best->event.day.daysTo(kOpenOn))))
                pick = i;
        }
        if (pick >= 0)
            m_view->selectIndex(pick, false);
    }
}

void TimelinePage::reloadEvents(const QString &selectKey)
{
    if (!m_repo)
        return;
    m_view->setEvents(loadTimelineEvents(*m_repo, m_repo->database()));
    fillCountryFilter();
    m_view->setFilter(currentFilter());
    if (!selectKey.isEmpty())
        m_view->selectKey(selectKey);
    m_overview->modelChanged();
    updateStatus();
    updateDetails();
    const int hidden = m_ctx ? int(m_ctx->editor.hiddenEvents().size()) : 0;
    m_hiddenButton->setText(tr("Hidden (%1)…").arg(hidden));
    m_hiddenButton->setVisible(hidden > 0); // room for the counts while nothing is hidden
}

void TimelinePage::updateDetails()
{
    const int i = m_view->selectedIndex();
    m_details->setEvent(i >= 0 ? &m_view->model().event(i) : nullptr, m_repo, m_canEdit);
}

bool TimelinePage::showRow(const QString &kind, const QString &key)
{
    if (kind != QLatin1String("event"))
        return false;
    if (m_view->model().indexOfKey(key) >= 0 && !m_view->selectKey(key)) {
        // Filtered out: clear the filters rather than fail silently.
        m_search->clear();
        QStringList all;
        for (Lane l : allLanes())
            all << laneKey(l);
        m_lanes->setChecked(all);
        m_countries->setChecked({});
        m_from->setDate(kNoDate);
        m_to->setDate(kNoDate);
        applyFilterNow();
    }
    return m_view->selectKey(key);
}

void TimelinePage::followRow(const QString &pageId, const QString &kind, const QString &key)
{
    const int i = m_view->selectedIndex();
    // Prices and constellations are charts: open the chart around the event, with its marker.
    if (i >= 0 && (kind == QLatin1String("security") || kind == QLatin1String("constellation"))) {
        const TimelineEvent &e = m_view->model().event(i);
        ChartLink link;
        link.event = e.event.key;
        if (kind == QLatin1String("security")) {
            link.chartId = QStringLiteral("markets.rebased");
            for (const QString &c : e.event.concerns)
                if (c.startsWith(QLatin1String("security:")))
                    link.series << c.mid(9);
            link.from = e.event.day.addDays(-30);
            link.to = e.event.day.addDays(30);
        } else {
            link.chartId = QStringLiteral("space.constellations");
            link.series = {key};
        }
        emit openChart(link.toString());
        return;
    }
    emit openRow(pageId, kind, key);
}

void TimelinePage::openRelated()
{
    m_details->openRelated();
}

} // namespace stratos
