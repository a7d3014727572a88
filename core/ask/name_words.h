#pragma once
// The words of a text as names are written: a version number whole ("V2.5"), and the
// words a hyphen joins into one name ("DeepSeek-V2") kept together, so a question on
// one model does not meet another's name word by word.

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace stratos::ask {

// The words of a text, lower-cased, with a version or decimal number whole: "DeepSeek-V2.5"
// gives "deepseek" and "v2.5", so it does not meet a question on DeepSeek-V2 word by word.
QStringList nameWords(QStringView text);
// The same words grouped by the hyphen that joins them into one name:
// "DeepSeek-V2.5 costs" gives {"deepseek", "v2.5"}, {"costs"}.
QList<QStringList> nameCompounds(QStringView text);

} // namespace stratos::ask
