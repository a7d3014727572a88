#pragma once
// The About text: version and the attributions the data licences require.

#include <QString>

namespace stratos {

QString aboutHtml();
QString attributionLine(); // one line for chart exports

} // namespace stratos
