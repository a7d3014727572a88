#pragma once
// Reads the small "---\nkey: value\n---" header our Markdown notes start with.

#include <QMap>
#include <QString>

namespace stratos {

struct FrontMatter
{
    QMap<QString, QString> fields; // lower-case keys
    int bodyStart = 0;             // offset of the text after the closing ---
};

FrontMatter parseFrontMatter(const QString &text);

} // namespace stratos
