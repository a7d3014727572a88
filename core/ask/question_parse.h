#pragma once
// Reads the dates, years and names a question mentions, so the store can be
// asked for the figures behind it. Pure functions over strings.

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace stratos::ask {

// "2025-01-27", "January 27, 2025", "Jan. 27 2025", "27 January 2025"; in order, without repeats.
QList<QDate> datesInText(const QString &text);

// Four-digit years 1950..2100, including those inside dates; in order, without repeats.
QList<int> yearsInText(const QString &text);

// Lower-case runs of letters and digits: "DeepSeek-V3's" -> deepseek, v3, s.
QStringList wordTokens(const QString &text);

// Where `phrase` occurs as consecutive tokens of `tokens`, or -1.
int indexOfPhrase(const QStringList &tokens, const QStringList &phrase);

} // namespace stratos::ask
