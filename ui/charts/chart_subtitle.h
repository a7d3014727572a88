#pragma once
// A zoomed chart's subtitle names the days on screen, not the range it was built
// for: "… 2 Dec 2024 – 28 Feb 2025" becomes "… 6 Jan 2025 – 31 Jan 2025".

#include <QDate>
#include <QString>

namespace stratos {

// Replaces the subtitle's "d MMM yyyy – d MMM yyyy" (as db/chart_data writes it)
// with from–to, or adds "Shown: from – to." when it names no range.
QString subtitleForRange(const QString &subtitle, QDate from, QDate to);

} // namespace stratos
