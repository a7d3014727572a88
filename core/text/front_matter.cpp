#include "text/front_matter.h"

#include <QStringList>

namespace stratos {

FrontMatter parseFrontMatter(const QString &text)
{
    FrontMatter fm;
    // Some tools keep the header in an HTML comment ("<!--yml\nkey: value\n-->")
    // so that Markdown renderers do not show it.
    if (text.startsWith(QLatin1String("<!--"))) {
        const qsizetype close = text.indexOf(QLatin1String("-->"));
        if (close < 0)
            return fm;
        const QStringList lines = text.mid(4, close - 4).split(u'\n');
        for (const QString &line : lines.mid(1)) {
            const qsizetype colon = line.indexOf(u':');
            if (colon > 0)
                fm.fields.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
        }
        if (fm.fields.isEmpty())
            return fm; // an ordinary comment, not a header
        qsizetype body = close + 3;
        while (body < text.size() && text[body].isSpace())
            ++body;
        fm.bodyStart = int(body);
        return fm;
    }
    if (!text.startsWith(QLatin1String("---\n")))
        return fm;
    const qsizetype close = text.indexOf(QLatin1String("\n---"), 3);
    if (close < 0)
        return fm;
    const QString header = text.mid(4, close - 4);
    for (const QString &line : header.split(u'\n')) {
        const qsizetype colon = line.indexOf(u':');
        if (colon <= 0)
            continue;
        fm.fields.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
    }
    qsizetype body = close + 4;
    while (body < text.size() && text[body] != u'\n')
        ++body; // rest of the closing line
    fm.bodyStart = int(qMin(body + 1, text.size()));
    return fm;
}

} // namespace stratos
