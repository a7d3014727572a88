#include "libpq_on_demand.h"

#include <libpq-fe.h>

#include <QByteArray>
#include <QLibrary>

// Each PQ* below has libpq's own signature (libpq-fe.h declares them), so the
// code of db/pg/ calls libpq as if it were linked. The first call of each
// resolves libpq's function once; without libpq each reports failure the way
// libpq does for a missing connection (null results, CONNECTION_BAD, -1).

namespace stratos::pg {
namespace {

struct Libpq
{
    QLibrary library;
    QString error;
    Libpq()
    {
        // STRATOS_LIBPQ names another file: a libpq installed apart from the
        // system's, or (tests) one that is not there.
        if (const QString path = qEnvironmentVariable("STRATOS_LIBPQ"); !path.isEmpty())
            library.setFileName(path);
        else
#if defined(Q_OS_WIN)
            library.setFileName(QStringLiteral("libpq"));
#else
            library.setFileNameAndVersion(QStringLiteral("pq"), 5); // libpq.so.5, libpq.5.dylib
#endif
        if (!library.load())
            error = library.errorString();
    }
};

Libpq &libpq()
{
    static Libpq lib; // thread-safe initialisation: workers may be first
    return lib;
}

QFunctionPointer resolve(const char *name)
{
    Libpq &lib = libpq();
    return lib.error.isEmpty() ? lib.library.resolve(name) : nullptr;
}

const char *missingMessage()
{
    static const QByteArray message =
        QStringLiteral("the PostgreSQL client library (libpq) could not be loaded: %1\n").arg(libpq().error).toUtf8();
    return message.constData();
}

} // namespace

QString libpqLoadError() { return libpq().error; }

} // namespace stratos::pg

// Resolved once per function, on its first call.
#define STRATOS_LIBPQ(name)                                                                                          \
    static const auto real = reinterpret_cast<decltype(&::name)>(stratos::pg::resolve(#name))

extern "C" {

PGconn *PQconnectdbParams(const char *const *keywords, const char *const *values, int expand_dbname)
{
    STRATOS_LIBPQ(PQconnectdbParams);
    return real ? real(keywords, values, expand_dbname) : nullptr;
}
ConnStatusType PQstatus(const PGconn *conn)
{
    STRATOS_LIBPQ(PQstatus);
    return real ? real(conn) : CONNECTION_BAD;
}
char *PQerrorMessage(const PGconn *conn)
{
    STRATOS_LIBPQ(PQerrorMessage);
    return real ? real(conn) : const_cast<char *>(stratos::pg::missingMessage());
}
void PQfinish(PGconn *conn)
{
    STRATOS_LIBPQ(PQfinish);
    if (real)
        real(conn);
}
void PQreset(PGconn *conn)
{
    STRATOS_LIBPQ(PQreset);
    if (real)
        real(conn);
}
int PQsetClientEncoding(PGconn *conn, const char *encoding)
{
    STRATOS_LIBPQ(PQsetClientEncoding);
    return real ? real(conn, encoding) : -1;
}
char *PQdb(const PGconn *conn)
{
    STRATOS_LIBPQ(PQdb);
    return real ? real(conn) : nullptr;
}
char *PQuser(const PGconn *conn)
{
    STRATOS_LIBPQ(PQuser);
    return real ? real(conn) : nullptr;
}
char *PQhost(const PGconn *conn)
{
    STRATOS_LIBPQ(PQhost);
    return real ? real(conn) : nullptr;
}
char *PQport(const PGconn *conn)
{
    STRATOS_LIBPQ(PQport);
    return real ? real(conn) : nullptr;
}
int PQbackendPID(const PGconn *conn)
{
    STRATOS_LIBPQ(PQbackendPID);
    return real ? real(conn) : 0;
}
int PQsocket(const PGconn *conn)
{
    STRATOS_LIBPQ(PQsocket);
    return real ? real(conn) : -1;
}
int PQconsumeInput(PGconn *conn)
{
    STRATOS_LIBPQ(PQconsumeInput);
    return real ? real(conn) : 0;
}
PGnotify *PQnotifies(PGconn *conn)
{
    STRATOS_LIBPQ(PQnotifies);
    return real ? real(conn) : nullptr;
}
void PQfreemem(void *ptr)
{
    STRATOS_LIBPQ(PQfreemem);
    if (real)
        real(ptr);
}
PGresult *PQexec(PGconn *conn, const char *query)
{
    STRATOS_LIBPQ(PQexec);
    return real ? real(conn, query) : nullptr;
}
PGresult *PQexecParams(PGconn *conn, const char *command, int nParams, const Oid *paramTypes,
                       const char *const *paramValues, const int *paramLengths, const int *paramFormats,
                       int resultFormat)
{
    STRATOS_LIBPQ(PQexecParams);
    return real ? real(conn, command, nParams, paramTypes, paramValues, paramLengths, paramFormats, resultFormat)
                : nullptr;
}
PGresult *PQgetResult(PGconn *conn)
{
    STRATOS_LIBPQ(PQgetResult);
    return real ? real(conn) : nullptr;
}
int PQputCopyData(PGconn *conn, const char *buffer, int nbytes)
{
    STRATOS_LIBPQ(PQputCopyData);
    return real ? real(conn, buffer, nbytes) : -1;
}
int PQputCopyEnd(PGconn *conn, const char *errormsg)
{
    STRATOS_LIBPQ(PQputCopyEnd);
    return real ? real(conn, errormsg) : -1;
}
void PQclear(PGresult *res)
{
    STRATOS_LIBPQ(PQclear);
    if (real)
        real(res);
}
ExecStatusType PQresultStatus(const PGresult *res)
{
    STRATOS_LIBPQ(PQresultStatus);
    return real ? real(res) : PGRES_FATAL_ERROR;
}
char *PQresultErrorMessage(const PGresult *res)
{
    STRATOS_LIBPQ(PQresultErrorMessage);
    return real ? real(res) : const_cast<char *>(stratos::pg::missingMessage());
}
char *PQresultErrorField(const PGresult *res, int fieldcode)
{
    STRATOS_LIBPQ(PQresultErrorField);
    return real ? real(res, fieldcode) : nullptr;
}
char *PQcmdTuples(PGresult *res)
{
    STRATOS_LIBPQ(PQcmdTuples);
    return real ? real(res) : const_cast<char *>("");
}
int PQntuples(const PGresult *res)
{
    STRATOS_LIBPQ(PQntuples);
    return real ? real(res) : 0;
}
int PQnfields(const PGresult *res)
{
    STRATOS_LIBPQ(PQnfields);
    return real ? real(res) : 0;
}
Oid PQftype(const PGresult *res, int field_num)
{
    STRATOS_LIBPQ(PQftype);
    return real ? real(res, field_num) : 0;
}
char *PQgetvalue(const PGresult *res, int tup_num, int field_num)
{
    STRATOS_LIBPQ(PQgetvalue);
    return real ? real(res, tup_num, field_num) : nullptr;
}
int PQgetisnull(const PGresult *res, int tup_num, int field_num)
{
    STRATOS_LIBPQ(PQgetisnull);
    return real ? real(res, tup_num, field_num) : 1;
}
int PQgetlength(const PGresult *res, int tup_num, int field_num)
{
    STRATOS_LIBPQ(PQgetlength);
    return real ? real(res, tup_num, field_num) : 0;
}

} // extern "C"
