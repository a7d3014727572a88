#include "ask/name_words.h"

namespace stratos::ask {

QList<QStringList> nameCompounds(QStringView text)
{
    QList<QStringList> out;
    QString cur;
    bool joined = false; // the word before `cur` ended in a hyphen that joins it to `cur`
    auto flush = [&](bool hyphenFollows) {
        if (cur.isEmpty())
            return;
        if (joined && !out.isEmpty())
            out.last() << cur;
        else
            out << QStringList{cur};
        cur.clear();
        joined = hyphenFollows;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c.isLetterOrNumber()) {
            cur += c.toLower();
            continue;
        }
        // "V2.5", "k1.5", "3.07": a point between digits joins one name or number.
        if (c == u'.' && !cur.isEmpty() && cur.back().isDigit() && i + 1 < text.size() && text[i + 1].isDigit()) {
            cur += c;
            continue;
        }
        const bool hyphen = (c == u'-' || c == u'\u2011') && !cur.isEmpty() && i + 1 < text.size() &&
                            text[i + 1].isLetterOrNumber();
        if (cur.isEmpty())
            joined = false;
        flush(hyphen);
    }
    flush(false);
    return out;
}

QStringList nameWords(QStringView text)
{
    QStringList out;
    for (const QStringList &c : nameCompounds(text))
        out << c;
    return out;
}

} // namespace stratos::ask
