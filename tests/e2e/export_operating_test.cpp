// Issue 14: the Space constellation chart's exports carry "operating on D"
// beside "launched", as the page does. Through the real binary
// (`stratos export-chart`); expected counts are computed here from the store
// with SQL of the test's own.
#include "test_env.h"

#include <QFile>
#include <QLocale>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <gtest/gtest.h>

using namespace stratos::test;

namespace {

struct Expected
{
    QDate day;
    QMap<QString, std::pair<int, int>> counts; // constellation -> (operating, launched)
};

// On the catalogue's update day: operating = '*' or ended after the day.
Expected expectedOnCatalogueDay(const QString &dbPath)
{
    Expected e;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("operating"));
        db.setDatabaseName(dbPath);
        EXPECT_TRUE(db.open());
        QSqlQuery q(db);
        EXPECT_TRUE(q.exec(QStringLiteral("SELECT max(as_of) FROM satellite_status")) && q.next());
        e.day = QDate::fromString(q.value(0).toString(), Qt::ISODate);
        q.prepare(QStringLiteral("SELECT constellation, count(*) FROM satellite_status "
                                 "WHERE launched_on <= ? AND (operating = 1 OR ended_on > ?) GROUP BY 1"));
        q.addBindValue(e.day.toString(Qt::ISODate));
        q.addBindValue(e.day.toString(Qt::ISODate));
        EXPECT_TRUE(q.exec());
        while (q.next())
            e.counts[q.value(0).toString()].first = q.value(1).toInt();
        q.prepare(QStringLiteral("SELECT constellation, count(*) FROM satellite_status WHERE launched_on <= ? GROUP BY 1"));
        q.addBindValue(e.day.toString(Qt::ISODate));
        EXPECT_TRUE(q.exec());
        while (q.next())
            e.counts[q.value(0).toString()].second = q.value(1).toInt();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("operating"));
    return e;
}

QString svgText(const QByteArray &bytes)
{
    QXmlStreamReader xml(bytes);
    QString text, element;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement())
            element = xml.name().toString();
        if (xml.isCharacters() && !xml.isWhitespace() &&
            (element == QLatin1String("text") || element == QLatin1String("tspan")))
            text += xml.text().toString() + u'\n';
    }
    return text;
}

} // namespace

TEST(ExportOperating, CsvAndSvgOfTheConstellationChartSayHowManyAreOperating)
{
    QTemporaryDir dir;
    const QString db = dir.filePath("space.sqlite");
    ASSERT_EQ(runStratos({"stats", "--db", db}).exitCode, 0);
    const Expected e = expectedOnCatalogueDay(db);
    ASSERT_TRUE(e.day.isValid()) << "the seed has no payload catalogue";
    ASSERT_GT(e.counts.value(QStringLiteral("Starlink")).first, 1000);
    const QLocale en(QLocale::English);
    const QString dayText = en.toString(e.day, QStringLiteral("d MMM yyyy"));

    const QString csv = dir.filePath("c.csv");
    auto r = runStratos({"export-chart", "--db", db, "--chart", "space.constellations", "--format", "csv", "--out", csv});
    ASSERT_EQ(r.exitCode, 0) << qPrintable(r.err);
    QFile c(csv);
    ASSERT_TRUE(c.open(QIODevice::ReadOnly));
    QMap<QString, int> inCsv;
    for (const QByteArray &line : c.readAll().split('\n')) {
        const QList<QByteArray> f = line.split(',');
        if (f.size() >= 4 && f[0] == "Operating on " + dayText.toUtf8()) {
            EXPECT_EQ(f[1], e.day.toString(Qt::ISODate).toUtf8()) << line.constData();
            inCsv[QString::fromUtf8(f[3])] = f[2].toInt();
        }
    }
    for (auto it = e.counts.cbegin(); it != e.counts.cend(); ++it) {
        const QString name = it.key() == QLatin1String("Kuiper") ? QStringLiteral("Kuiper / Leo") : it.key();
        EXPECT_EQ(inCsv.value(name, -1), it.value().first) << qPrintable(name);
    }

    const QString svg = dir.filePath("c.svg");
    r = runStratos({"export-chart", "--db", db, "--chart", "space.constellations", "--format", "svg", "--out", svg});
    ASSERT_EQ(r.exitCode, 0) << qPrintable(r.err);
    QFile s(svg);
    ASSERT_TRUE(s.open(QIODevice::ReadOnly));
    const QString text = svgText(s.readAll()).simplified();
    EXPECT_TRUE(text.contains(QStringLiteral("Operating on ") + dayText)) << qPrintable(text);
    const auto starlink = e.counts.value(QStringLiteral("Starlink"));
    EXPECT_TRUE(text.contains(QStringLiteral("Starlink %1 of %2").arg(en.toString(starlink.first), en.toString(starlink.second))))
        << qPrintable(text);

    // A chart that ends before the catalogue's day counts on its own last day.
    const QString early = dir.filePath("early.csv");
    r = runStratos({"export-chart", "--db", db, "--chart", "space.constellations", "--format", "csv", "--out", early,
                    "--to", "2022-12-31"});
    ASSERT_EQ(r.exitCode, 0) << qPrintable(r.err);
    QFile ec(early);
    ASSERT_TRUE(ec.open(QIODevice::ReadOnly));
    EXPECT_TRUE(ec.readAll().contains("Operating on 31 Dec 2022,2022-12-31,"));
}
