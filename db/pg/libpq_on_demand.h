#pragma once
// libpq is loaded the first time db/pg/ calls it, not when Stratos starts
// (issue 18: libpq and the ~20 libraries it brings cost every start about
// 6 ms of CPU, for a team store most users never open). libpq_on_demand.cpp
// defines the PQ* functions db/pg/ calls; each finds libpq's own at its
// first call. Only db/pg/ includes libpq-fe.h; nothing links libpq.

#include <QString>

namespace stratos::pg {

// Loads libpq if it is not loaded yet: empty when it is there, else why not
// ("libpq.so.5: cannot open shared object file…").
QString libpqLoadError();

} // namespace stratos::pg
