#pragma once
// Undoable changes to the timeline's events (QUndoStack commands): add, edit
// and delete the user's own events, hide curated ones. Each runs through
// EventEditor and then tells the page which event to select after reloading.

#include "event_editor.h"

#include <QUndoCommand>
#include <functional>
#include <memory>

namespace stratos {

struct EventCommandContext
{
    EventEditor editor;
    std::function<void(const QString &selectKey)> changed; // reload, select this key
    std::function<void(const QString &message)> failed;    // tell the user
};
using EventContextPtr = std::shared_ptr<EventCommandContext>;

class EventCommand : public QUndoCommand
{
public:
    bool failed() const { return m_failed; }

protected:
    EventCommand(EventContextPtr context, const QString &text);
    // Reports the outcome; a command that failed on its first run leaves the stack.
    void finish(const Status &status, const QString &selectKey);

    EventContextPtr m_ctx;
    bool m_ran = false;
    bool m_failed = false;
};

class AddEventCommand : public EventCommand
{
public:
    AddEventCommand(EventContextPtr context, UserEvent event);
    void redo() override;
    void undo() override;

private:
    UserEvent m_event;
};

class EditEventCommand : public EventCommand
{
public:
    EditEventCommand(EventContextPtr context, UserEvent before, UserEvent after);
    void redo() override;
    void undo() override;

private:
    UserEvent m_before, m_after;
};

class DeleteEventCommand : public EventCommand
{
public:
    DeleteEventCommand(EventContextPtr context, UserEvent event);
    void redo() override;
    void undo() override;

private:
    UserEvent m_event;
};

// Hides a curated event, or (hide = false) shows a hidden one again.
class HideEventCommand : public EventCommand
{
public:
    HideEventCommand(EventContextPtr context, const QString &key, const QString &title, bool hide = true);
    void redo() override;
    void undo() override;

private:
    QString m_key;
    bool m_hide;
};

} // namespace stratos
