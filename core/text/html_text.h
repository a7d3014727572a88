#pragma once
// Extracts readable text and metadata from an HTML page without a browser:
// scripts, styles and hidden furniture are dropped, entities decoded, and
// block structure kept as paragraph breaks. The result is plain text only.

#include "text/text_metadata.h"

#include <QString>

namespace stratos {

struct HtmlExtract
{
    QString text;       // paragraphs separated by blank lines
    DocumentMeta meta;  // <title>/og:title/<h1>, og:site_name, published time, canonical URL
};

HtmlExtract extractHtml(const QString &html);

} // namespace stratos
