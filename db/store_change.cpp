#include "store_change.h"

#include "dialect.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QSysInfo>

namespace stratos {

ChangeKinds everyChangeKind()
{
    ChangeKinds all;
    for (ChangeKind k : kAllChangeKinds)
        all |= k;
    return all;
}

QString changeKindName(ChangeKind kind)
{
    switch (kind) {
    case ChangeKind::Prices: return QStringLiteral("prices");
    case ChangeKind::Models: return QStringLiteral("models");
    case ChangeKind::Launches: return QStringLiteral("launches");
    case ChangeKind::Satellites: return QStringLiteral("satellites");
    case ChangeKind::Documents: return QStringLiteral("documents");
    case ChangeKind::Events: return QStringLiteral("events");
    }
    return {};
}

std::optional<ChangeKind> changeKindFromName(const QString &name)
{
    for (ChangeKind k : kAllChangeKinds)
        if (changeKindName(k) == name)
            return k;
    return std::nullopt;
}

QString changeKindNames(ChangeKinds kinds)
{
    QStringList names;
    for (ChangeKind k : kAllChangeKinds)
        if (kinds.testFlag(k))
            names << changeKindName(k);
    names.sort();
    return names.join(QStringLiteral(", "));
}

QString changeChannel()
{
    return QStringLiteral("stratos_changes");
}

QString thisProcessOrigin()
{
    return QStringLiteral("%1:%2").arg(QSysInfo::machineHostName()).arg(QCoreApplication::applicationPid());
}

std::optional<StoreChange> parseStoreChange(const QString &payload)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(payload.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    const QJsonObject o = doc.object();
    if (!o.value(QStringLiteral("kind")).isString())
        return std::nullopt;
    StoreChange c;
    if (const auto kind = changeKindFromName(o.value(QStringLiteral("kind")).toString()))
        c.kinds = *kind;
    else
        c.unknownKind = true;
    c.user = o.value(QStringLiteral("user")).toString();
    c.origin = o.value(QStringLiteral("origin")).toString();
    c.detail = o.value(QStringLiteral("detail")).toString();
    return c;
}

Status announceChange(const QSqlDatabase &db, ChangeKind kind, const QString &detail)
{
    if (dialectOf(db) != SqlDialect::Postgres)
        return {};
    // The server fills in who made the change: the name its logs and grants know.
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT pg_notify(?, json_build_object('kind', ?::text, 'user', current_user::text, "
                             "'origin', ?::text, 'detail', ?::text)::text)"));
    q.addBindValue(changeChannel());
    q.addBindValue(changeKindName(kind));
    q.addBindValue(thisProcessOrigin());
    q.addBindValue(detail);
    if (!q.exec())
        return Error(QStringLiteral("cannot tell the other windows about the change: %1").arg(q.lastError().text()));
    return {};
}

} // namespace stratos
