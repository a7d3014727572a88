#pragma once
// What a claim's own wording allows: the interval a store figure must fall in
// to agree, and the wider band around it where the honest answer is "unclear".
// The rules, with examples, are in docs/claims.md.

#include "claims/claim.h"

#include <QDate>

namespace stratos::claims {

enum class Fit { Within, Doubtful, Outside };

struct Allowed
{
    double low = 0, high = 0;          // agrees inside [low, high]
    double doubtLow = 0, doubtHigh = 0; // unclear inside this, differs outside
};

Allowed allowedRange(const Figure &figure, Measure measure);
Fit fit(const Figure &figure, Measure measure, double storeValue);

// A date claim (release date, the day of the Nth satellite) against the store's day.
Fit fitDate(const ClaimDate &claimed, const QDate &store);

} // namespace stratos::claims
