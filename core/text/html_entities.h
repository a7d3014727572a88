#pragma once
// Decodes HTML character references (&amp; &#8217; &eacute; ...) the way a
// browser does in text content (WHATWG HTML, "character reference state"):
// all 2,231 named references, the longest name that matches, the legacy names
// without ';', &#128;..&#159; as Windows-1252 characters; unknown names stay
// as written. Controls other than tab/newline/CR become U+FFFD.

#include <QString>

namespace stratos {

// Decodes every character reference in text.
QString decodeHtmlEntities(const QString &text);

} // namespace stratos
