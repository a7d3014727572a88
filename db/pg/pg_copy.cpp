#include "pg_copy.h"

#include "pg_binary.h"

#include <QHash>

#include <libpq-fe.h>

#include <QDateTime>
#include <QFile>
#include <QSqlDriver>
#include <QRegularExpression>

namespace stratos::pg {

namespace {

constexpr int kChunk = 256 * 1024; // bytes per PQputCopyData: fewer round trips through libpq

QString quoteIdent(const QString &name)
{
    QString q = name;
    q.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

void appendEscaped(QByteArray &out, const QByteArray &value)
{
    for (const char c : value) {
        switch (c) {
        case '\\': out += "\\\\"; break;
        case '\t': out += "\\t"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        default: out += c;
        }
    }
}

// "COPY prices, line 50001, column close: ..." -> 50001
int lineFromContext(const QString &context)
{
    static const QRegularExpression re(QStringLiteral("\\bline (\\d+)"));
    const auto m = re.match(context);
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}

} // namespace

Result<std::unique_ptr<CopyIn>> CopyIn::start(Connection &conn, const QString &table, const QStringList &columns,
                                              CopyFormat format, bool csvHeader)
{
    QStringList cols;
    for (const QString &c : columns)
        cols << quoteIdent(c);
    QString options;
    switch (format) {
    case CopyFormat::Text: options = QStringLiteral("FORMAT text"); break;
    case CopyFormat::Csv:
        options = QStringLiteral("FORMAT csv") + (csvHeader ? QStringLiteral(", HEADER true") : QString());
        break;
    case CopyFormat::Binary: options = QStringLiteral("FORMAT binary"); break;
    }
    const QString sql = QStringLiteral("COPY %1 (%2) FROM STDIN (%3)").arg(quoteIdent(table), cols.join(QStringLiteral(", ")), options);
    PGresult *res = PQexec(conn.handle(), sql.toUtf8().constData());
    if (!res || PQresultStatus(res) != PGRES_COPY_IN) {
        Error e = conn.failure(res, QStringLiteral("starting COPY into %1").arg(table));
        PQclear(res);
        return e;
    }
    PQclear(res);
    return std::unique_ptr<CopyIn>(new CopyIn(conn, table));
}

CopyIn::~CopyIn()
{
    if (m_open)
        abort(QStringLiteral("the import stopped"));
}

Status CopyIn::put(const QByteArray &bytes)
{
    if (PQputCopyData(m_conn.handle(), bytes.constData(), int(bytes.size())) != 1)
        return m_conn.failure(nullptr, QStringLiteral("sending rows to %1").arg(m_table));
    return Status::success();
}

QByteArray CopyIn::textRow(const QVariantList &values)
{
    QByteArray out;
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i > 0)
            out += '\t';
        if (values[i].isNull())
            out += "\\N";
        else
            appendEscaped(out, copyText(values[i]));
    }
    out += '\n';
    return out;
}

Status CopyIn::putRow(const QVariantList &values)
{
    m_buffer += textRow(values);
    if (m_buffer.size() >= kChunk)
        return flushBuffer();
    return Status::success();
}

Status CopyIn::flushBuffer()
{
    if (m_buffer.isEmpty())
        return Status::success();
    Status st = put(m_buffer);
    m_buffer.clear();
    return st;
}

Result<qint64> CopyIn::finish()
{
    if (Status st = flushBuffer(); !st) {
        abort(st.error().message);
        return st.error();
    }
    m_open = false;
    if (PQputCopyEnd(m_conn.handle(), nullptr) != 1)
        return m_conn.failure(nullptr, QStringLiteral("ending COPY into %1").arg(m_table));
    PGresult *res = PQgetResult(m_conn.handle());
    qint64 rows = 0;
    std::optional<Error> error;
    if (!res || PQresultStatus(res) != PGRES_COMMAND_OK) {
        Error e = m_conn.failure(res, QStringLiteral("COPY into %1").arg(m_table));
        if (res) {
            const char *ctx = PQresultErrorField(res, PG_DIAG_CONTEXT);
            e.line = ctx ? lineFromContext(QString::fromUtf8(ctx)) : 0;
        }
        error = e;
    } else {
        rows = QByteArray(PQcmdTuples(res)).toLongLong();
    }
    PQclear(res);
    while (PGresult *more = PQgetResult(m_conn.handle())) // drain: the connection is usable again after a null
        PQclear(more);
    if (error)
        return *error;
    return rows;
}

void CopyIn::abort(const QString &why)
{
    if (!m_open)
        return;
    m_open = false;
    PQputCopyEnd(m_conn.handle(), why.toUtf8().constData());
    while (PGresult *res = PQgetResult(m_conn.handle()))
        PQclear(res);
}

std::unique_ptr<RowCopy> RowCopy::create(const QSqlDatabase &db, const QString &table, const QStringList &columns,
                                         const QVariantList &constants)
{
    if (!db.driver())
        return nullptr;
    const QVariant handle = db.driver()->handle();
    // Qt registers QPSQL's handle as the struct behind libpq's typedef.
    if (qstrcmp(handle.typeName(), "pg_conn*") != 0 && qstrcmp(handle.typeName(), "PGconn*") != 0)
        return nullptr;
    PGconn *conn = *static_cast<PGconn *const *>(handle.constData());
    if (!conn)
        return nullptr;
    std::unique_ptr<RowCopy> copy(new RowCopy);
    copy->m_conn = Connection::borrow(conn);
    copy->m_table = table;
    copy->m_columns = columns;
    copy->m_constants = constants;
    return copy;
}

RowCopy::~RowCopy() = default;

Status RowCopy::chooseFormat()
{
    // Binary when the server's type of every column has a binary writer here.
    auto rows = m_conn->query(QStringLiteral("SELECT attname, atttypid::int FROM pg_attribute WHERE attrelid = to_regclass($1) "
                                             "AND attnum > 0 AND NOT attisdropped"),
                              {m_table});
    if (!rows)
        return rows.error();
    QHash<QString, unsigned> types;
    for (const QStringList &row : *rows)
        types.insert(row.value(0), row.value(1).toUInt());
    QList<BinaryRows::Type> columnTypes;
    for (const QString &c : m_columns) {
        const std::optional<BinaryRows::Type> t = BinaryRows::typeOf(types.value(c));
        if (!t)
            break;
        columnTypes << *t;
    }
    m_constantBytes.clear();
    if (columnTypes.size() == m_columns.size()) {
        m_binary = std::make_unique<BinaryRows>(m_columns, columnTypes);
        const qsizetype first = m_columns.size() - m_constants.size();
        if (Status st = m_binary->appendFields(m_constantBytes, m_constants, int(first)); !st)
            return st;
    } else if (!m_constants.isEmpty()) {
        m_constantBytes = CopyIn::textRow(m_constants);
        m_constantBytes.prepend('\t');
        m_constantBytes.chop(1); // the row's newline comes after them
    }
    m_formatChosen = true;
    return Status::success();
}

Status RowCopy::add(const QVariantList &values)
{
    // One COPY for all the rows, its data sent in 256 kB pieces as they are
    // made: the server stores one piece while the next is being built.
    if (!m_copy) {
        if (!m_formatChosen)
            if (Status st = chooseFormat(); !st)
                return st;
        auto copy = CopyIn::start(*m_conn, m_table, m_columns, m_binary ? CopyFormat::Binary : CopyFormat::Text);
        if (!copy)
            return copy.error();
        m_copy = std::move(*copy);
        m_buffer = m_binary ? BinaryRows::header() : QByteArray();
        m_buffer.reserve(kChunk + kChunk / 4);
    }
    Status st = Status::success();
    if (m_binary) {
        BinaryRows::appendFieldCount(m_buffer, int(values.size() + m_constants.size()));
        st = m_binary->appendFields(m_buffer, values);
    } else {
        m_buffer += CopyIn::textRow(values);
        m_buffer.chop(1);
    }
    if (st) {
        m_buffer += m_constantBytes;
        if (!m_binary)
            m_buffer += '\n';
        if (m_buffer.size() >= kChunk) {
            st = m_copy->put(m_buffer);
            m_buffer.resize(0); // keeps its capacity: the next piece is not grown by copying
        }
    }
    if (!st) {
        m_buffer.clear();
        m_copy.reset(); // ends the COPY with the error: the server discards its rows
        return st;
    }
    return Status::success();
}

Status RowCopy::flush()
{
    if (!m_copy)
        return Status::success();
    std::unique_ptr<CopyIn> copy = std::move(m_copy);
    if (m_binary)
        m_buffer += BinaryRows::trailer();
    if (Status st = copy->put(std::exchange(m_buffer, {})); !st)
        return st; // the CopyIn going away ends the COPY with the error
    auto n = copy->finish();
    if (!n)
        return n.error();
    return Status::success();
}

Result<qint64> copyFile(Connection &conn, const QString &path, const QString &table, const QStringList &columns,
                        const CopyFileOptions &options)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(QStringLiteral("cannot read the file: %1").arg(file.errorString()), path);
    if (Status st = conn.begin(); !st)
        return Error(st.error().message, path);
    auto fail = [&](Error e) -> Result<qint64> {
        conn.rollback();
        e.file = path;
        return e;
    };
    auto copy = CopyIn::start(conn, table, columns, options.format, options.csvHeader);
    if (!copy)
        return fail(copy.error());
    qint64 sent = 0;
    while (!file.atEnd()) {
        const QByteArray chunk = file.read(kChunk);
        if (chunk.isEmpty() && file.error() != QFileDevice::NoError) {
            (*copy)->abort(file.errorString());
            return fail(Error(QStringLiteral("cannot read the file: %1").arg(file.errorString())));
        }
        if (Status st = (*copy)->put(chunk); !st) {
            (*copy)->abort(st.error().message);
            return fail(st.error());
        }
        sent += chunk.size();
        if (options.progress && !options.progress(sent)) {
            (*copy)->abort(QStringLiteral("canceled by the user"));
            return fail(Error(QStringLiteral("the import was canceled; nothing of the file was written")));
        }
    }
    auto rows = (*copy)->finish();
    if (!rows)
        return fail(rows.error());
    if (Status st = conn.commit(); !st)
        return fail(st.error());
    return *rows;
}

} // namespace stratos::pg
