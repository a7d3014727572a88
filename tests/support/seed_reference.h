#pragma once
// Which reference file the embedded seed took a security's prices from
// (db/seed/curated/securities.csv, column `file`), so a test compares the
// store with that file whatever copy the seed is built from.

#include "test_env.h"
#include "util/csv_reader.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QString>

namespace stratos::test {

// The path of SYMBOL's price file under ../shared/reference, or empty when the
// seed names none or the file is absent.
inline QString seedPriceFile(const QString &symbol)
{
    QFile f(QDir(sourceDir()).filePath(QStringLiteral("db/seed/curated/securities.csv")));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    CsvReader reader(QString::fromUtf8(f.readAll()), u',', f.fileName());
    CsvRecord rec;
    if (!reader.next(rec))
        return {};
    const qsizetype symbolCol = rec.fields.indexOf(QStringLiteral("symbol"));
    const qsizetype fileCol = rec.fields.indexOf(QStringLiteral("file"));
    while (symbolCol >= 0 && fileCol >= 0 && reader.next(rec))
        if (rec.fields.value(symbolCol) == symbol)
            return sharedFile(QStringLiteral("reference/") + rec.fields.value(fileCol));
    return {};
}

// The newest release day among the embedded seed's models (db/seed/models.csv),
// read from the seed file itself: what a fresh store's models are "as of".
inline QDate seedNewestModelDay()
{
    QFile f(QDir(sourceDir()).filePath(QStringLiteral("db/seed/models.csv")));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    CsvReader reader(QString::fromUtf8(f.readAll()), u',', f.fileName());
    CsvRecord rec;
    if (!reader.next(rec))
        return {};
    const qsizetype dayCol = rec.fields.indexOf(QStringLiteral("released_on"));
    QDate newest;
    while (dayCol >= 0 && reader.next(rec)) {
        const QDate day = QDate::fromString(rec.fields.value(dayCol), Qt::ISODate);
        if (day.isValid() && (!newest.isValid() || day > newest))
            newest = day;
    }
    return newest;
}

} // namespace stratos::test
