#include "timeline/event_conflict_dialog.h"

namespace stratos {

namespace {

QStringList fields(const UserEvent &e)
{
    return {e.event.day.toString(Qt::ISODate), e.event.title, e.event.summary,
            QString::number(e.event.importance), e.event.url, e.country};
}

} // namespace

EventConflictDialog::EventConflictDialog(const EditConflict &conflict, QWidget *parent)
    : ConflictDialog(tr("“%1” was changed by someone else after you opened it. Both versions are "
                        "below; the differences are in bold. Which one should the store keep?")
                         .arg(conflict.theirs.event.title),
                     {tr("Date"), tr("Title"), tr("Summary"), tr("Importance"), tr("Link"), tr("Countries")},
                     fields(conflict.mine), fields(conflict.theirs), parent)
{
}

} // namespace stratos
