#include "timeline/event_commands.h"

#include <QCoreApplication>

namespace stratos {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("EventCommand", text);
}

QString quoted(const QString &title)
{
    return title.size() > 40 ? title.left(39) + QStringLiteral("…") : title;
}

} // namespace

EventCommand::EventCommand(EventContextPtr context, const QString &text) : m_ctx(std::move(context))
{
    setText(text);
}

void EventCommand::finish(const Status &status, const QString &selectKey)
{
    const bool first = !m_ran;
    m_ran = true;
    if (!status) {
        m_failed = true;
        if (first)
            setObsolete(true); // nothing happened: nothing to undo
        if (m_ctx->failed)
            m_ctx->failed(status.error().toString());
    }
    if (m_ctx->changed)
        m_ctx->changed(selectKey);
}

AddEventCommand::AddEventCommand(EventContextPtr context, UserEvent event)
    : EventCommand(std::move(context), tr("Add “%1”").arg(quoted(event.event.title))),
      m_event(std::move(event))
{
}

void AddEventCommand::redo()
{
    finish(m_ctx->editor.add(m_event), m_event.event.key);
}

void AddEventCommand::undo()
{
    finish(m_ctx->editor.remove(m_event.event.key), QString());
}

EditEventCommand::EditEventCommand(EventContextPtr context, UserEvent before, UserEvent after)
    : EventCommand(std::move(context), tr("Edit “%1”").arg(quoted(after.event.title))),
      m_before(std::move(before)), m_after(std::move(after))
{
}

// Saves `to` over the row; the version it leaves is what the opposite step
// (`other`) must find there, so undo and redo check against our own writes and
// still refuse to overwrite a change someone else made in between.
static Status saveStep(EventEditor &editor, const UserEvent &to, UserEvent &other)
{
    auto saved = editor.save(to);
    if (!saved)
        return saved.error();
    if (saved->conflict)
        return Error(tr("“%1” was changed by someone else in the meantime; nothing was saved. "
                        "Open it again to see their version.")
                         .arg(quoted(saved->conflict->theirs.event.title)));
    other.rowVersion = saved->rowVersion;
    return {};
}

void EditEventCommand::redo()
{
    finish(saveStep(m_ctx->editor, m_after, m_before), m_after.event.key);
}

void EditEventCommand::undo()
{
    finish(saveStep(m_ctx->editor, m_before, m_after), m_before.event.key);
}

DeleteEventCommand::DeleteEventCommand(EventContextPtr context, UserEvent event)
    : EventCommand(std::move(context), tr("Delete “%1”").arg(quoted(event.event.title))),
      m_event(std::move(event))
{
}

void DeleteEventCommand::redo()
{
    finish(m_ctx->editor.remove(m_event.event.key), QString());
}

void DeleteEventCommand::undo()
{
    finish(m_ctx->editor.add(m_event), m_event.event.key);
}

HideEventCommand::HideEventCommand(EventContextPtr context, const QString &key, const QString &title,
                                   bool hide)
    : EventCommand(std::move(context), (hide ? tr("Hide “%1”") : tr("Show “%1” again")).arg(quoted(title))),
      m_key(key), m_hide(hide)
{
}

// The event selected afterwards is the one back on the timeline, if any.
void HideEventCommand::redo()
{
    finish(m_ctx->editor.setHidden(m_key, m_hide), m_hide ? QString() : m_key);
}

void HideEventCommand::undo()
{
    finish(m_ctx->editor.setHidden(m_key, !m_hide), m_hide ? m_key : QString());
}

} // namespace stratos
