#pragma once
// COPY's binary format for the rows an import sends (RowCopy). In text format
// every number is printed by Stratos and parsed again by the server: for a
// million price bars, printing the doubles (17 significant digits, so they
// come back exact) was the largest part of Stratos's own time, and parsing
// them a tenth of the server's. Binary sends the eight bytes of the value.
//
// Binary COPY takes each value in exactly the column's type (an int4 column
// refuses eight bytes), so the encoder is made from the table's column types
// as the server reports them. Only types whose layout is fixed and simple are
// written here; a table with any other type keeps the text format.

#include "util/result.h"

#include <QByteArray>
#include <QList>
#include <QStringList>
#include <QVariantList>

#include <optional>

namespace stratos::pg {

// The text COPY gives a value (before its escapes): also what a text column
// receives in binary, so both formats store the same text.
QByteArray copyText(const QVariant &value);

class BinaryRows
{
public:
    enum class Type : quint8 { Bool, Int2, Int4, Int8, Float4, Float8, Text };

    // The type behind a PostgreSQL type OID; nullopt for a type written only as text.
    static std::optional<Type> typeOf(unsigned oid);
    BinaryRows(QStringList columns, QList<Type> types) : m_columns(std::move(columns)), m_types(std::move(types)) {}

    // What a binary COPY starts and ends with.
    static QByteArray header();
    static QByteArray trailer();
    // A row starts with its number of fields.
    static void appendFieldCount(QByteArray &out, int fields);
    // Appends `values` as the fields of the columns from `first` on. A null
    // QVariant is SQL NULL. A value the column cannot hold (a word for a
    // number, 2.5 for a whole number) is an error naming the column, as the
    // server's own text input would refuse it.
    Status appendFields(QByteArray &out, const QVariantList &values, int first = 0) const;

private:
    QStringList m_columns;
    QList<Type> m_types;
};

} // namespace stratos::pg
