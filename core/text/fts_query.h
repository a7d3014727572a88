#pragma once
// Turns what a user typed into a safe FTS5 MATCH expression: FTS syntax
// characters can never reach the parser, stop words are dropped.

#include <QString>
#include <QStringList>

namespace stratos {

// Lower-cased word tokens of the text, stop words removed.
QStringList searchTerms(const QString &text);

// "exact phrase" OR (all words) OR any word, each term quoted. Empty when the
// text has no searchable words.
QString buildFtsQuery(const QString &text);

} // namespace stratos
