#pragma once
// An event saved after someone else changed it: ConflictDialog with the
// event's fields.

#include "event_editor.h"
#include "widgets/conflict_dialog.h"

namespace stratos {

class EventConflictDialog : public ConflictDialog
{
    Q_OBJECT
public:
    explicit EventConflictDialog(const EditConflict &conflict, QWidget *parent = nullptr);
};

} // namespace stratos
