#pragma once
// A document's details (title, authors, publisher, date, URL) saved after
// someone else changed them: ConflictDialog with those fields.

#include "library_store.h"
#include "widgets/conflict_dialog.h"

namespace stratos {

class DocumentConflictDialog : public ConflictDialog
{
    Q_OBJECT
public:
    explicit DocumentConflictDialog(const DocumentEditConflict &conflict, QWidget *parent = nullptr);
};

} // namespace stratos
