#pragma once
// What the embedded seed says, read from its own CSV files (db/seed/...), so
// a test compares the store with the seed whatever copy it is built from.

#include "test_env.h"
#include "util/csv_reader.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QList>
#include <QString>
#include <QStringList>

namespace stratos::test {

// Calls row(values) for each data row of db/seed/FILE, with the values of the
// named columns in the order asked, until row returns false. Calls nothing
// when the file is missing or its header lacks one of the columns.
template <typename Row>
void forEachSeedRow(const QString &file, const QStringList &columns, Row &&row)
{
    QFile f(QDir(sourceDir()).filePath(QStringLiteral("db/seed/") + file));
    if (!f.open(QIODevice::ReadOnly))
        return;
    CsvReader reader(QString::fromUtf8(f.readAll()), u',', f.fileName());
    CsvRecord rec;
    if (!reader.next(rec))
        return;
    QList<qsizetype> at;
    for (const QString &name : columns) {
        at.append(rec.fields.indexOf(name));
        if (at.last() < 0)
            return;
    }
    QStringList values;
    while (reader.next(rec)) {
        values.clear();
        for (const qsizetype i : at)
            values.append(rec.fields.value(i));
        if (!row(std::as_const(values)))
            return;
    }
}

// The path of SYMBOL's price file under ../shared/reference (the seed's
// db/seed/curated/securities.csv, column `file`), or empty when the seed
// names none or the file is absent.
inline QString seedPriceFile(const QString &symbol)
{
    QString path;
    forEachSeedRow(QStringLiteral("curated/securities.csv"), {QStringLiteral("symbol"), QStringLiteral("file")},
                   [&](const QStringList &v) {
                       if (v[0] != symbol)
                           return true;
                       path = sharedFile(QStringLiteral("reference/") + v[1]);
                       return false;
                   });
    return path;
}

// The newest release day among the embedded seed's models (db/seed/models.csv):
// what a fresh store's models are "as of".
inline QDate seedNewestModelDay()
{
    QDate newest;
    forEachSeedRow(QStringLiteral("models.csv"), {QStringLiteral("released_on")}, [&](const QStringList &v) {
        const QDate day = QDate::fromString(v[0], Qt::ISODate);
        if (day.isValid() && (!newest.isValid() || day > newest))
            newest = day;
        return true;
    });
    return newest;
}

} // namespace stratos::test
