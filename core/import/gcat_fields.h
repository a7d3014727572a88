#pragma once
// Reading single GCAT values: launch dates at every precision the log uses,
// and the constellation a payload belongs to.

#include <QByteArrayView>
#include <QString>
#include <QVarLengthArray>
#include <optional>

namespace stratos::import::detail {

struct GcatDate
{
    QString iso;            // "1957-10-04T19:28:34", "2019-05-24", "1967-10"
    bool uncertain = false; // the log marked it with '?'
};

// "2025 Aug 11 1235", "1957 Oct  4 1928:34", "2019 May 24", "1962 Aug 23 1133?",
// "1965 Jun" and "1965"; the payload catalogue's "2007 Q1" (as 2007-01) and
// "2010s" (as 2010, uncertain). Fractions of seconds are dropped. Empty on error.
std::optional<GcatDate> parseGcatDate(QByteArrayView text);

// A GCAT field without the spaces and tabs that pad it (both GCAT files pad).
QByteArrayView trimSpaces(QByteArrayView s);

// A text field: trimmed, and empty where GCAT writes '-' for "no value".
QString gcatText(QByteArrayView field);

using GcatFields = QVarLengthArray<QByteArrayView, 32>;
// Splits a line at its tabs; with columns, also the 1-based character column
// each field starts at (for problem messages).
void splitTabs(QByteArrayView line, GcatFields &fields, QVarLengthArray<int, 32> *columns = nullptr);

// Starlink, Kuiper, OneWeb, Guowang, Qianfan or empty; simulators belong to none.
QString inferConstellation(const QString &name, const QString &plName, const QString &owner);

} // namespace stratos::import::detail
