#pragma once
// The datasets that users update as a whole (imports, `stratos update`, feeds):
// each has one advisory lock, so two people never write the same dataset at
// once. (Other windows learn what changed through store_change.h.)

#include <QString>
#include <array>

namespace stratos::pg {

enum class Dataset { Prices, Models, Launches, Satellites, Documents };

inline constexpr std::array<Dataset, 5> kAllDatasets = {Dataset::Prices, Dataset::Models, Dataset::Launches,
                                                         Dataset::Satellites, Dataset::Documents};

inline QString datasetName(Dataset d)
{
    switch (d) {
    case Dataset::Prices: return QStringLiteral("prices");
    case Dataset::Models: return QStringLiteral("models");
    case Dataset::Launches: return QStringLiteral("launches");
    case Dataset::Satellites: return QStringLiteral("satellites");
    case Dataset::Documents: return QStringLiteral("documents");
    }
    return {};
}

// The two int4 keys of pg_advisory_lock(classid, objid): a constant that marks
// Stratos's locks (so other applications on the same database do not collide)
// and the dataset.
inline constexpr int kLockClass = 0x53545241; // "STRA"
inline int datasetLockKey(Dataset d)
{
    return int(d) + 1;
}

} // namespace stratos::pg
