#pragma once
// Decodes HTML character references (&amp; &#8217; &eacute; ...) the way a
// browser would for text content: unknown names stay as written.

#include <QString>

namespace stratos {

// Decodes every character reference in text.
QString decodeHtmlEntities(const QString &text);

} // namespace stratos
