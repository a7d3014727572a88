#pragma once
// Finds the figures in a text that the store can check: security and index
// moves and closes, model prices, training costs, sizes and release dates,
// satellites and launches. Pure text work: the names of what the store holds
// come in as an EntityCatalog, and nothing here knows the store's values.

#include "claims/claim.h"
#include "claims/entity_catalog.h"

#include <QDate>
#include <QList>
#include <QString>

namespace stratos::claims {

// Claims in text, in text order. documentDate resolves "Monday", "yesterday"
// and days without a year; it may be invalid. Offsets are into text.
QList<Claim> findClaims(const QString &text, const QDate &documentDate, const EntityCatalog &catalog);

} // namespace stratos::claims
