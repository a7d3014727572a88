#include "existing_rows.h"

namespace stratos {

void ExistingRows::endKey(qsizetype start)
{
    m_keySpans.emplace_back(start, m_keys.size() - start);
}

void ExistingRows::add(const DirectRow &row) { addRaw(row); }

void ExistingRows::add(const pg::ResultRow &row) { addRaw(row); }

template <typename Row>
void ExistingRows::addRaw(const Row &row)
{
    const qsizetype keyStart = m_keys.size();
    for (int c = 0; c < m_keyColumns; ++c) {
        if (c > 0)
            m_keys += keySeparator;
        // As QVariant::toString() spells the value the direct read would give.
        switch (row.type(c)) {
        case Row::Integer:
            m_keys += QString::number(row.integer(c));
            break;
        case Row::Real:
            m_keys += QVariant(row.real(c)).toString();
            break;
        case Row::Null:
            break;
        case Row::Text:
            m_keys += QString::fromUtf8(row.utf8(c));
            break;
        }
    }
    endKey(keyStart);
    for (int c = m_keyColumns; c < m_keyColumns + m_valueColumns; ++c) {
        Cell cell;
        switch (row.type(c)) {
        case Row::Integer:
            cell.type = Cell::Integer;
            cell.integer = row.integer(c);
            break;
        case Row::Real:
            cell.type = Cell::Real;
            cell.real = row.real(c);
            break;
        case Row::Null:
            cell.type = Cell::Null;
            cell.integer = 0;
            break;
        case Row::Text: {
            const QByteArrayView text = row.utf8(c);
            cell.type = Cell::Text;
            cell.offset = m_text.size();
            cell.size = qint32(text.size());
            m_text.append(text);
        }
        }
        m_cells.push_back(cell);
    }
}

void ExistingRows::add(const QVariantList &row)
{
    const qsizetype keyStart = m_keys.size();
    for (int c = 0; c < m_keyColumns; ++c) {
        if (c > 0)
            m_keys += keySeparator;
        m_keys += row.at(c).toString();
    }
    endKey(keyStart);
    for (int c = m_keyColumns; c < m_keyColumns + m_valueColumns; ++c) {
        const QVariant &v = row.at(c);
        Cell cell;
        if (v.isNull()) {
            cell.type = Cell::Null;
            cell.integer = 0;
        } else if (v.typeId() == QMetaType::LongLong) {
            cell.type = Cell::Integer;
            cell.integer = v.toLongLong();
        } else if (v.typeId() == QMetaType::Double) {
            cell.type = Cell::Real;
            cell.real = v.toDouble();
        } else if (v.typeId() != QMetaType::QString) {
            cell.type = Cell::Other;
            cell.offset = m_other.size();
            m_other.append(v);
        } else {
            const QByteArray text = v.toString().toUtf8();
            cell.type = Cell::Text;
            cell.offset = m_text.size();
            cell.size = qint32(text.size());
            m_text.append(text);
        }
        m_cells.push_back(cell);
    }
}

void ExistingRows::finish()
{
    m_index.clear();
    m_index.reserve(qsizetype(m_keySpans.size()));
    const QStringView keys(m_keys);
    for (qsizetype i = 0; i < qsizetype(m_keySpans.size()); ++i)
        m_index.insert(keys.sliced(m_keySpans[size_t(i)].first, m_keySpans[size_t(i)].second),
                       i); // a later row wins
}

QVariantList ExistingRows::values(qsizetype row) const
{
    if (auto it = m_replaced.constFind(row); it != m_replaced.cend())
        return it.value();
    QVariantList out;
    out.reserve(m_valueColumns);
    const Cell *cell = m_cells.data() + row * m_valueColumns;
    for (int c = 0; c < m_valueColumns; ++c, ++cell) {
        switch (cell->type) {
        case Cell::Null:
            out.append(QVariant());
            break;
        case Cell::Integer:
            out.append(QVariant(qlonglong(cell->integer)));
            break;
        case Cell::Real:
            out.append(QVariant(cell->real));
            break;
        case Cell::Text:
            out.append(QString::fromUtf8(m_text.constData() + cell->offset, cell->size));
            break;
        case Cell::Other:
            out.append(m_other.at(cell->offset));
            break;
        }
    }
    return out;
}

} // namespace stratos
