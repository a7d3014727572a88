#pragma once
// Country spellings of the source files mapped to ISO 3166 alpha-2: Epoch's
// UN-style names, GCAT state codes and Launch Library's alpha-3 codes.

#include <QString>
#include <QStringView>

namespace stratos::import::detail {

// "United States of America" -> "US"; unknown names come back as written,
// "Multinational" and empty come back empty.
QString isoFromCountryName(QStringView name);

// Epoch's comma-separated list ("Multinational,United States of America"):
// the first real country, mapped. Empty when there is none.
QString firstCountry(QStringView list);

// GCAT state codes: F -> FR, J -> JP, UK -> GB, D -> DE, ...; codes that are
// already ISO, the Soviet Union (SU) and organisations (I-ESA) stay as written.
QString isoFromGcatState(QStringView code);

// "USA" -> "US"; two-letter codes pass through upper-cased.
QString isoFromAlpha3(QStringView code);

} // namespace stratos::import::detail
