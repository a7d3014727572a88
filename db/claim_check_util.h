#pragma once
// Internal to the claim checker: small shared helpers.

#include "claim_check.h"
#include "claims/tolerance.h"

namespace stratos::claimcheck {

ClaimCheck unclear(const QString &why, const QString &dependsOn);
ClaimCheck noData(const QString &why, const QString &dependsOn);
Verdict verdictOf(claims::Fit f);
QString number(double v, int decimals);
QString sourceTitle(const QSqlDatabase &db, qint64 sourceId);

} // namespace stratos::claimcheck
