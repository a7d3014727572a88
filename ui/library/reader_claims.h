#pragma once
// The checked figures of a document, as the reader page takes them: a summary
// line and, per figure, its span, verdict, the store's figure, rows and source.
// Read from the store as kept; nothing is recomputed when a document opens.

#include <QJsonObject>
#include <QSqlDatabase>

namespace stratos {

// {"summary": "12 figures checked: ...", "items": [{start, end, verdict, figure, claim,
//  storeFigure, rowsSummary, source, note, rows: [{table, key, text}]}]}; empty when none.
QJsonObject readerClaims(QSqlDatabase db, qint64 documentId);

} // namespace stratos
