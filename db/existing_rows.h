#pragma once
// The rows a RowWriter finds in the store before an import, kept compactly:
// every text in one UTF-8 buffer, every key in one string, one small cell per
// value. Holding them as a QVariantList per row cost an allocation per value;
// loading, and later freeing, 20,000 payloads that way was most of the time of
// a GCAT import that changes a few rows. A row becomes QVariants again only
// when the file names its key.

#include "pg/pg_read.h"
#include "sqlite_direct.h"

#include <QHash>
#include <QString>
#include <QStringView>
#include <QVariant>

#include <vector>

namespace stratos {

class ExistingRows
{
public:
    ExistingRows(int keyColumns, int valueColumns)
        : m_keyColumns(keyColumns), m_valueColumns(valueColumns)
    {
    }

    // A row as read: its key columns, then its value columns.
    void add(const DirectRow &row);
    void add(const pg::ResultRow &row); // a team store's, read the same way
    void add(const QVariantList &row);
    // Indexes the keys; call once after the last add().
    void finish();

    bool isEmpty() const { return m_index.isEmpty(); }
    // The row whose key columns, joined as RowWriter joins them, are `key`; -1 when none.
    qsizetype find(const QString &key) const { return m_index.value(QStringView(key), -1); }
    // The row's values as read (or as last replaced), as the direct read gives them:
    // qlonglong, double, QString or null.
    QVariantList values(qsizetype row) const;
    void replace(qsizetype row, const QVariantList &values) { m_replaced.insert(row, values); }

    // How RowWriter joins key parts (a unit separator cannot occur in a key).
    static constexpr QChar keySeparator{0x1f};

private:
    struct Cell
    {
        enum Type : quint8
        {
            Null,
            Integer,
            Real,
            Text,
            Other
        };
        Type type = Null;
        qint32 size = 0; // bytes of a text
        union {
            qint64 integer;
            double real;
            qint64 offset; // of a text in m_text, or of a value in m_other
        };
    };
    void endKey(qsizetype start);
    template <typename Row>
    void addRaw(const Row &row);

    int m_keyColumns;
    int m_valueColumns;
    QByteArray m_text;         // every value's text, UTF-8
    QVariantList m_other;      // values of other types (a team store's booleans...), as read
    std::vector<Cell> m_cells; // m_valueColumns per row
    QString m_keys;            // every row's key, one after the other
    std::vector<std::pair<qsizetype, qsizetype>> m_keySpans; // start, length in m_keys
    QHash<QStringView, qsizetype> m_index;                   // views into m_keys
    QHash<qsizetype, QVariantList> m_replaced;
};

} // namespace stratos
