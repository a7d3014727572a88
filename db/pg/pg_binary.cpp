#include "pg_binary.h"

#include <QDate>
#include <QDateTime>
#include <QtEndian>

#include <cmath>
#include <limits>

namespace stratos::pg {

namespace {

template <typename T>
void appendBig(QByteArray &out, T value)
{
    char bytes[sizeof(T)];
    qToBigEndian(value, bytes);
    out.append(bytes, sizeof(T));
}

void appendLength(QByteArray &out, qint32 length) { appendBig(out, length); }

// A fixed-width field, its length and its bytes in one append (appends of a
// few bytes each were a tenth of an import's own time).
template <typename T>
void appendField(QByteArray &out, T value)
{
    char bytes[4 + sizeof(T)];
    qToBigEndian(qint32(sizeof(T)), bytes);
    qToBigEndian(value, bytes + 4);
    out.append(bytes, sizeof bytes);
}

// A whole number as the server's int input would read it; nullopt otherwise.
std::optional<qint64> wholeNumber(const QVariant &v)
{
    bool ok = false;
    switch (v.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Bool: return v.toLongLong();
    case QMetaType::ULongLong: {
        const qulonglong u = v.toULongLong();
        if (u > qulonglong(std::numeric_limits<qint64>::max()))
            return std::nullopt;
        return qint64(u);
    }
    case QMetaType::Double:
    case QMetaType::Float: {
        // Text COPY prints 3.0 as "3", which an integer column takes.
        const double d = v.toDouble();
        if (!std::isfinite(d) || std::trunc(d) != d || std::abs(d) >= 9.2e18)
            return std::nullopt;
        return qint64(d);
    }
    default: {
        const qint64 n = QString::fromUtf8(copyText(v)).trimmed().toLongLong(&ok);
        return ok ? std::optional<qint64>(n) : std::nullopt;
    }
    }
}

std::optional<double> realNumber(const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::Double:
    case QMetaType::Float:
    case QMetaType::LongLong:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
    case QMetaType::Short:
    case QMetaType::UShort: return v.toDouble();
    default: {
        bool ok = false;
        const double d = QString::fromUtf8(copyText(v)).trimmed().toDouble(&ok);
        return ok ? std::optional<double>(d) : std::nullopt;
    }
    }
}

std::optional<bool> truth(const QVariant &v)
{
    if (v.typeId() == QMetaType::Bool)
        return v.toBool();
    const QByteArray t = copyText(v).trimmed().toLower();
    if (t == "t" || t == "true" || t == "1" || t == "yes" || t == "on" || t == "y")
        return true;
    if (t == "f" || t == "false" || t == "0" || t == "no" || t == "off" || t == "n")
        return false;
    return std::nullopt;
}

} // namespace

QByteArray copyText(const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::Bool: return v.toBool() ? "t" : "f";
    case QMetaType::Double: return QByteArray::number(v.toDouble(), 'g', 17);
    case QMetaType::Float: return QByteArray::number(double(v.toFloat()), 'g', 9);
    case QMetaType::LongLong: return QByteArray::number(v.toLongLong());
    case QMetaType::QDate: return v.toDate().toString(Qt::ISODate).toUtf8();
    case QMetaType::QDateTime: return v.toDateTime().toString(Qt::ISODateWithMs).toUtf8();
    case QMetaType::QByteArray: return v.toByteArray();
    default: return v.toString().toUtf8();
    }
}

std::optional<BinaryRows::Type> BinaryRows::typeOf(unsigned oid)
{
    switch (oid) { // pg_type.dat's fixed OIDs
    case 16: return Type::Bool;
    case 20: return Type::Int8;
    case 21: return Type::Int2;
    case 23: return Type::Int4;
    case 25:   // text
    case 1043: // varchar
        return Type::Text;
    case 700: return Type::Float4;
    case 701: return Type::Float8;
    default: return std::nullopt;
    }
}

QByteArray BinaryRows::header()
{
    // The signature, then flags (no OIDs) and the length of an extension area (none).
    static const char signature[] = "PGCOPY\n\377\r\n";
    QByteArray out(signature, 11);
    appendBig(out, qint32(0));
    appendBig(out, qint32(0));
    return out;
}

QByteArray BinaryRows::trailer()
{
    QByteArray out;
    appendBig(out, qint16(-1));
    return out;
}

void BinaryRows::appendFieldCount(QByteArray &out, int fields) { appendBig(out, qint16(fields)); }

Status BinaryRows::appendFields(QByteArray &out, const QVariantList &values, int first) const
{
    for (qsizetype i = 0; i < values.size(); ++i) {
        const qsizetype column = first + i;
        if (column >= m_types.size())
            return Error(QStringLiteral("a row has more values than the %1 columns").arg(m_types.size()));
        const QVariant &v = values[i];
        if (v.isNull()) {
            appendLength(out, -1);
            continue;
        }
        const Type type = m_types[column];
        const auto refuse = [&](const char *expected) {
            return Error(QStringLiteral("column %1 expects %2, found \"%3\"")
                             .arg(m_columns.value(column), QLatin1String(expected), QString::fromUtf8(copyText(v))));
        };
        switch (type) {
        case Type::Int2:
        case Type::Int4:
        case Type::Int8: {
            const std::optional<qint64> n = wholeNumber(v);
            if (!n)
                return refuse("a whole number");
            if (type == Type::Int8) {
                appendField(out, *n);
            } else if (type == Type::Int4) {
                if (*n < std::numeric_limits<qint32>::min() || *n > std::numeric_limits<qint32>::max())
                    return refuse("a whole number of at most 32 bits");
                appendField(out, qint32(*n));
            } else {
                if (*n < std::numeric_limits<qint16>::min() || *n > std::numeric_limits<qint16>::max())
                    return refuse("a whole number of at most 16 bits");
                appendField(out, qint16(*n));
            }
            break;
        }
        case Type::Float4:
        case Type::Float8: {
            const std::optional<double> d = realNumber(v);
            if (!d)
                return refuse("a number");
            if (type == Type::Float8) {
                appendField(out, qFromUnaligned<quint64>(&*d));
            } else {
                const float f = float(*d);
                appendField(out, qFromUnaligned<quint32>(&f));
            }
            break;
        }
        case Type::Bool: {
            const std::optional<bool> b = truth(v);
            if (!b)
                return refuse("true or false");
            appendLength(out, 1);
            out.append(*b ? '\1' : '\0');
            break;
        }
        case Type::Text: {
            if (v.typeId() == QMetaType::QString) { // the common case, without a copy
                const QString &s = *static_cast<const QString *>(v.constData());
                const qsizetype at = out.size();
                appendLength(out, 0);
                out += s.toUtf8();
                qToBigEndian(qint32(out.size() - at - 4), out.data() + at);
                break;
            }
            const QByteArray text = copyText(v);
            appendLength(out, qint32(text.size()));
            out += text;
            break;
        }
        }
    }
    return Status::success();
}

} // namespace stratos::pg
