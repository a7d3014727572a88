// TimelinePage: the user's own events (add, edit, delete with undo), hiding
// curated events, the context menu and exporting the visible timeline.
#include "pages/timeline_page.h"

#include "timeline/details_pane.h"
#include "timeline/event_commands.h"
#include "timeline/event_conflict_dialog.h"
#include "timeline/event_dialog.h"
#include "timeline/hidden_events_dialog.h"
#include "timeline/timeline_export.h"
#include "timeline/timeline_view.h"
#include "widgets/check_list_button.h"

#include <QApplication>
#include <QClipboard>
#include <QHash>
#include <QPushButton>
#include <QFileDialog>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QUndoStack>

namespace stratos {

using namespace timeline;

bool TimelinePage::push(EventCommand *command)
{
    if (!m_ctx || !m_canEdit) {
        delete command;
        return false;
    }
    // QUndoStack runs redo() at once; a failed first run marks the command obsolete.
    bool ok = true;
    const auto failed = m_ctx->failed;
    m_ctx->failed = [&ok, failed](const QString &message) {
        ok = false;
        if (failed)
            failed(message);
    };
    m_undo->push(command);
    m_ctx->failed = failed;
    return ok;
}

bool TimelinePage::addUserEvent(const UserEvent &event)
{
    UserEvent e = event;
    if (e.event.key.isEmpty())
        e.event.key = EventEditor::newKey();
    e.event.origin = Origin::User;
    e.event.lane = QStringLiteral("user");
    return push(new AddEventCommand(m_ctx, e));
}

bool TimelinePage::editUserEvent(const UserEvent &after)
{
    if (!m_ctx)
        return false;
    auto before = m_ctx->editor.load(after.event.key);
    if (!before)
        return false;
    UserEvent mine = after;
    // Someone else saved this event after the user opened it (a shared store):
    // show both and let the user choose, instead of overwriting theirs.
    if (mine.rowVersion != 0 && before->rowVersion != mine.rowVersion) {
        EventConflictDialog dialog(EditConflict{mine, *before}, this);
        if (dialog.exec() != QDialog::Accepted || dialog.choice() != EventConflictDialog::Choice::KeepMine) {
            reloadEvents(after.event.key); // show theirs
            return false;
        }
        mine.rowVersion = before->rowVersion; // mine replaces theirs, knowingly
    }
    return push(new EditEventCommand(m_ctx, *before, mine));
}

bool TimelinePage::deleteSelected()
{
    const int i = m_view->selectedIndex();
    if (i < 0 || !m_ctx || !m_view->model().event(i).isUserEvent())
        return false;
    auto event = m_ctx->editor.load(m_view->model().event(i).event.key);
    if (!event)
        return false;
    return push(new DeleteEventCommand(m_ctx, *event));
}

bool TimelinePage::hideSelected()
{
    const int i = m_view->selectedIndex();
    if (i < 0)
        return false;
    const TimelineEvent &e = m_view->model().event(i);
    if (e.isDocument() || e.isUserEvent())
        return false;
    return push(new HideEventCommand(m_ctx, e.event.key, e.event.title));
}

bool TimelinePage::unhideEvents(const QStringList &keys)
{
    if (!m_ctx || !m_canEdit || keys.isEmpty())
        return false;
    QHash<QString, QString> titles;
    for (const Event &e : m_ctx->editor.hiddenEvents())
        titles.insert(e.key, e.title);
    // One step on the undo stack, however many come back.
    m_undo->beginMacro(keys.size() == 1 ? tr("Show “%1” again").arg(titles.value(keys.first()))
                                        : tr("Show %1 hidden events again").arg(keys.size()));
    bool ok = true;
    for (const QString &key : keys)
        ok = push(new HideEventCommand(m_ctx, key, titles.value(key), false)) && ok;
    m_undo->endMacro();
    return ok;
}

void TimelinePage::hiddenEventsDialog()
{
    if (!m_ctx)
        return;
    HiddenEventsDialog dialog(m_ctx->editor.hiddenEvents(), this);
    dialog.showButton()->setVisible(m_canEdit); // a read-only store only lists them
    if (dialog.exec() == QDialog::Accepted)
        unhideEvents(dialog.chosenKeys());
}

void TimelinePage::addEventDialog(QDate day)
{
    if (!m_canEdit)
        return;
    UserEvent initial;
    initial.event.importance = 2;
    initial.event.day =
        day.isValid() ? day : timeToDay((m_view->visibleStart() + m_view->visibleEnd()) / 2);
    EventDialog dialog(initial, true, this);
    if (dialog.exec() == QDialog::Accepted) {
        // Make sure the new event can be seen: its lane on, the range around it.
        QStringList lanes = m_lanes->checked();
        if (!lanes.contains(QStringLiteral("user"))) {
            lanes << QStringLiteral("user");
            m_lanes->setChecked(lanes);
            applyFilterNow();
        }
        addUserEvent(dialog.result());
    }
}

void TimelinePage::editSelectedDialog()
{
    const int i = m_view->selectedIndex();
    if (!m_canEdit || i < 0 || !m_view->model().event(i).isUserEvent())
        return;
    auto current = m_ctx->editor.load(m_view->model().event(i).event.key);
    if (!current)
        return;
    EventDialog dialog(*current, false, this);
    if (dialog.exec() == QDialog::Accepted)
        editUserEvent(dialog.result());
}

void TimelinePage::showContextMenu(int item, const QPoint &globalPos)
{
    QMenu menu(this);
    if (item >= 0) {
        const TimelineEvent &e = m_view->model().event(item);
        if (!m_details->isEmpty())
            menu.addAction(tr("Open the related page"), this, &TimelinePage::openRelated);
        if (e.isUserEvent()) {
            menu.addAction(tr("Edit…"), this, &TimelinePage::editSelectedDialog)
                ->setEnabled(m_canEdit);
            menu.addAction(tr("Delete"), this, &TimelinePage::deleteSelected)
                ->setEnabled(m_canEdit);
        } else if (!e.isDocument()) {
            menu.addAction(tr("Hide this event"), this, &TimelinePage::hideSelected)
                ->setEnabled(m_canEdit);
        }
        menu.addAction(tr("Copy date and title"), this, [e] {
            QApplication::clipboard()->setText(
                QStringLiteral("%1 %2").arg(e.event.day.toString(Qt::ISODate), e.event.title));
        });
        menu.addSeparator();
    }
    const QDate day = timeToDay(m_view->timeAt(m_view->viewport()->mapFromGlobal(globalPos).x()));
    menu.addAction(tr("Add an event on %1…")
                       .arg(QLocale(QLocale::English).toString(day, QStringLiteral("d MMM yyyy"))),
                   this, [this, day] { addEventDialog(day); })
        ->setEnabled(m_canEdit);
    menu.addAction(tr("Fit all"), m_view, &TimelineView::fitAll);
    menu.addAction(tr("Export the view…"), this, &TimelinePage::exportView);
    menu.exec(globalPos);
}

void TimelinePage::exportView()
{
    QSettings settings;
    const QString dir = settings.value(QStringLiteral("timeline/exportDir")).toString();
    const QString base = QStringLiteral("timeline-%1-%2")
                             .arg(timeToDay(m_view->visibleStart()).toString(Qt::ISODate),
                                  timeToDay(m_view->visibleEnd()).toString(Qt::ISODate));
    QString filter;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the timeline"),
        dir.isEmpty() ? base + QStringLiteral(".png") : dir + u'/' + base + QStringLiteral(".png"),
        tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf);;CSV of the events "
           "(*.csv)"),
        &filter);
    if (path.isEmpty())
        return;
    settings.setValue(QStringLiteral("timeline/exportDir"), QFileInfo(path).absolutePath());
    auto format = exportFormatFromName(QFileInfo(path).suffix());
    if (!format)
        format = filter.contains(QLatin1String("svg"))   ? ExportFormat::Svg
                 : filter.contains(QLatin1String("pdf")) ? ExportFormat::Pdf
                 : filter.contains(QLatin1String("csv")) ? ExportFormat::Csv
                                                         : ExportFormat::Png;
    ExportRequest request;
    request.path = path;
    request.format = *format;
    request.size = m_view->viewport()->size().expandedTo(QSize(900, 500));
    request.scale = devicePixelRatioF() < 2 ? 2 : devicePixelRatioF(); // crisp on slides
    TimelineExportView v{m_view->visibleStart(), m_view->visibleEnd(), m_view->selectedIndex(), {}};
    QStringList parts;
    if (m_lanes->checked().size() != kLaneCount)
        parts << tr("Lanes: %1").arg(m_lanes->checked().join(QStringLiteral(", ")));
    if (!m_countries->checked().isEmpty())
        parts << tr("Countries: %1").arg(m_countries->checked().join(QStringLiteral(", ")));
    if (m_view->model().filter().hasText())
        parts << tr("Highlighted: \"%1\"").arg(m_view->model().filter().text.trimmed());
    v.subtitle = parts.join(QStringLiteral(" · "));
    if (Status s = exportTimeline(m_view->model(), v, request); !s)
        QMessageBox::warning(this, tr("Export"), s.error().toString());
}

void TimelinePage::saveState(QSettings &s) const
{
    s.setValue(QStringLiteral("from"), timeToDay(m_view->visibleStart()).toString(Qt::ISODate));
    s.setValue(QStringLiteral("to"), timeToDay(m_view->visibleEnd()).toString(Qt::ISODate));
    s.setValue(QStringLiteral("selected"), m_view->selectedKey());
    s.setValue(QStringLiteral("lanes"), m_lanes->checked());
    s.setValue(QStringLiteral("countries"), m_countries->checked());
    s.setValue(QStringLiteral("split"), m_split->saveState());
}

void TimelinePage::restoreState(QSettings &s)
{
    m_split->restoreState(s.value(QStringLiteral("split")).toByteArray());
    if (s.contains(QStringLiteral("lanes")))
        m_lanes->setChecked(s.value(QStringLiteral("lanes")).toStringList());
    m_countries->setChecked(s.value(QStringLiteral("countries")).toStringList());
    applyFilterNow();
    const QDate from = QDate::fromString(s.value(QStringLiteral("from")).toString(), Qt::ISODate);
    const QDate to = QDate::fromString(s.value(QStringLiteral("to")).toString(), Qt::ISODate);
    if (from.isValid() && to.isValid() && from < to)
        m_view->setVisibleDays(from, to);
    const QString key = s.value(QStringLiteral("selected")).toString();
    if (!key.isEmpty())
        m_view->selectKey(key, false);
}

} // namespace stratos
