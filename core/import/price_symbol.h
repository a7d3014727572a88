#pragma once
// Where a price file's symbol comes from: its content, then the user, then the
// file name, and only when the name holds exactly one ticker. Never a guess.

#include <QString>
#include <QStringList>

namespace stratos::import::detail {

struct FileNameSymbol
{
    QString symbol;        // empty unless exactly one token is a ticker
    QString token;         // the token it came from, as written
    QStringList candidates; // every token that could be a ticker (for messages)
};

// The base name (no folder, no last extension) is cut into tokens at '_' and
// spaces. A token is a ticker when the store knows it (any case; "GSPC" also
// as "^GSPC"), or by itself: 1-5 capital letters with an optional class
// suffix ("NVDA", "BRK-B"), a caret index ("^GSPC"), a well-known index name
// written without its caret ("IXIC" -> ^IXIC), or Stooq's "nvda.us" form.
// Lower-case words ("daily", "prices"), years and long words never are.
FileNameSymbol symbolFromFileName(const QString &fileName, const QStringList &known = {});

} // namespace stratos::import::detail
