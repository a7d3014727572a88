#include "library/document_conflict_dialog.h"

namespace stratos {

namespace {

QStringList fields(const DocumentEdit &e)
{
    return {e.title, e.authors, e.publisher, e.publishedOn.toString(Qt::ISODate), e.url};
}

} // namespace

DocumentConflictDialog::DocumentConflictDialog(const DocumentEditConflict &conflict, QWidget *parent)
    : ConflictDialog(tr("The details of “%1” were changed by someone else after this window showed them. "
                        "Both versions are below; the differences are in bold. Which one should the "
                        "store keep?")
                         .arg(conflict.theirs.title),
                     {tr("Title"), tr("Authors"), tr("Publisher"), tr("Date"), tr("URL")}, fields(conflict.mine),
                     fields(conflict.theirs), parent)
{
}

} // namespace stratos
