// `stratos list-charts` and `stratos export-chart` through the real binary, for
// every chart id: PNG of the asked size and not blank, SVG that parses and
// draws its title, a one-page PDF, and a CSV with exactly the rows the store
// has for that chart. Errors: one line and exit 2 for usage, 1 for writes.
#include "chart_row_counts.h"
#include "charts/chart_catalog.h"
#include "test_env.h"

#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <gtest/gtest.h>

using namespace stratos::test;

namespace {

class ExportChart : public ::testing::TestWithParam<ChartCase>
{
protected:
    static void SetUpTestSuite()
    {
        s_dir = new QTemporaryDir;
        s_db = s_dir->filePath("charts.sqlite");
        const auto r = runStratos({"stats", "--db", s_db}); // seeds the store once
        ASSERT_EQ(r.exitCode, 0) << qPrintable(r.err);
    }
    static void TearDownTestSuite()
    {
        QSqlDatabase::removeDatabase("expected");
        delete s_dir;
    }
    static int expectedRows(const QString &sql)
    {
        if (!QSqlDatabase::contains("expected")) {
            QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "expected");
            db.setDatabaseName(s_db);
            db.setConnectOptions("QSQLITE_OPEN_READONLY");
            EXPECT_TRUE(db.open());
        }
        return countRows(QSqlDatabase::database("expected"), sql);
    }
    ProcessResult exportAs(const QString &format, const QString &out, const QStringList &more = {})
    {
        QStringList args{"export-chart", "--db", s_db, "--chart", GetParam().id, "--format", format, "--out", out};
        return runStratos(args + GetParam().args + more);
    }
    static QString s_db;
    static QTemporaryDir *s_dir;
};
QString ExportChart::s_db;
QTemporaryDir *ExportChart::s_dir = nullptr;

QString fileName(const ChartCase &c, const QString &ext) { return QString(c.id).replace(u'.', u'_') + u'.' + ext; }

} // namespace

TEST_P(ExportChart, PngHasTheRequestedSizeAndIsNotBlank)
{
    const QString png = s_dir->filePath(fileName(GetParam(), "png"));
    const auto r = exportAs("png", png, {"--width", "900", "--height", "520"});
    ASSERT_EQ(r.exitCode, 0) << qPrintable(r.err);
    EXPECT_TRUE(r.err.isEmpty()) << qPrintable(r.err);
    const QImage img(png);
    ASSERT_FALSE(img.isNull());
    EXPECT_EQ(img.size(), QSize(900, 520));
    QSet<QRgb> colours;
    int ink = 0, samples = 0;
    for (int y = 0; y < img.height(); y += 2)
        for (int x = 0; x < img.width(); x += 2, ++samples) {
            const QRgb p = img.pixel(x, y);
            colours.insert(p);
            ink += qGray(p) < 200;
        }
    EXPECT_GT(colours.size(), 30) << "too few colours: blank?";
    EXPECT_GT(ink, samples / 100) << "almost nothing drawn";
}

TEST_P(ExportChart, SvgParsesAndDrawsPathsAndTheTitle)
{
    const QString svg = s_dir->filePath(fileName(GetParam(), "svg"));
    const auto r = exportAs("svg", svg);
    ASSERT_EQ(r.exitCode, 0) << qPrintable(r.err);
    QFile f(svg);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    EXPECT_TRUE(bytes.contains("<path"));
    QXmlStreamReader xml(bytes);
    QString title, drawnText, element;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement())
            element = xml.name().toString();
        if (xml.isCharacters() && !xml.isWhitespace()) {
            if (element == QLatin1String("title") && title.isEmpty())
                title = xml.text().toString();
            else if (element == QLatin1String("text") || element == QLatin1String("tspan"))
                drawnText += xml.text().toString() + u'\n';
        }
    }
    ASSERT_FALSE(xml.hasError()) << qPrintable(xml.errorString());
    ASSERT_FALSE(title.isEmpty());
    EXPECT_TRUE(drawnText.contains(title)) << qPrintable(title);
    EXPECT_TRUE(drawnText.contains(QLatin1String("Made with Stratos"))) << "attribution line missing";
}

TEST_P(ExportChart, PdfHasExactlyOnePage)
{
    const QString pdf = s_dir->filePath(fileName(GetParam(), "pdf"));
    const auto r = exportAs("pdf", pdf);
    ASSERT_EQ(r.exitCode, 0) << qPrintable(r.err);
    QFile f(pdf);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QString bytes = QString::fromLatin1(f.readAll());
    EXPECT_TRUE(bytes.startsWith(QLatin1String("%PDF")));
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page(?![s\\w])"));
    EXPECT_EQ(bytes.count(page), 1);
}

TEST_P(ExportChart, CsvHasAHeaderAndEveryRowTheStoreHas)
{
    const QString csv = s_dir->filePath(fileName(GetParam(), "csv"));
    const auto r = exportAs("csv", csv);
    ASSERT_EQ(r.exitCode, 0) << qPrintable(r.err);
    QFile f(csv);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(f.readAll()).split(u'\n', Qt::SkipEmptyParts);
    ASSERT_FALSE(lines.isEmpty());
    EXPECT_TRUE(lines.first().startsWith(QLatin1String("series,"))) << qPrintable(lines.first());
    const int expected = expectedRows(GetParam().countSql);
    ASSERT_GT(expected, 0);
    EXPECT_EQ(lines.size() - 1, expected);
}

INSTANTIATE_TEST_SUITE_P(EveryChart, ExportChart, ::testing::ValuesIn(chartCases()),
                         [](const ::testing::TestParamInfo<ChartCase> &info) {
                             return QString(info.param.id).replace(u'.', u'_').replace(u'-', u'_').toStdString();
                         });

TEST(ExportChartCli, ListChartsPrintsOneIdAndTitlePerLineForEveryCase)
{
    const auto r = runStratos({"list-charts"});
    ASSERT_EQ(r.exitCode, 0) << qPrintable(r.err);
    const QStringList lines = r.out.trimmed().split(u'\n');
    static const QRegularExpression re(QStringLiteral("^([a-z]+\\.[a-z-]+)\\t\\S.*$"));
    QStringList ids;
    for (const QString &l : lines) {
        const auto m = re.match(l);
        ASSERT_TRUE(m.hasMatch()) << qPrintable(l);
        ids << m.captured(1);
    }
    EXPECT_EQ(ids, stratos::charts::chartIds());
    QStringList tested;
    for (const ChartCase &c : chartCases())
        tested << c.id;
    EXPECT_EQ(tested, ids) << "every chart needs an export test case";
}

TEST(ExportChartCli, BadUsageGivesOneLineAndExitCode2)
{
    QTemporaryDir dir;
    const QString db = dir.filePath("x.sqlite");
    const QString out = dir.filePath("x.png");
    const QList<QStringList> cases = {
        {"export-chart", "--db", db, "--chart", "models.nope", "--format", "png", "--out", out},
        {"export-chart", "--db", db, "--chart", "models.compute", "--format", "gif", "--out", out},
        {"export-chart", "--db", db, "--format", "png", "--out", out},
        {"export-chart", "--db", db, "--chart", "models.compute", "--format", "png"},
        {"export-chart", "--db", db, "--chart", "markets.rebased", "--out", out, "--series", "NVDA,NOPE"},
        {"export-chart", "--db", db, "--chart", "markets.rebased", "--out", out, "--from", "2025-13-01"},
        {"export-chart", "--db", db, "--chart", "markets.rebased", "--out", out, "--from", "2025-02-01", "--to", "2025-01-01"},
        {"export-chart", "--db", db, "--chart", "markets.rebased", "--out", out, "--width", "12"},
        {"export-chart", "--db", db, "--chart", "markets.rebased", "--out", out, "--bogus"},
    };
    for (const QStringList &args : cases) {
        const auto r = runStratos(args);
        EXPECT_EQ(r.exitCode, 2) << qPrintable(args.join(' '));
        EXPECT_TRUE(r.out.isEmpty()) << qPrintable(args.join(' '));
        EXPECT_EQ(r.err.count(u'\n'), 1) << qPrintable(r.err);
        EXPECT_TRUE(r.err.startsWith(QLatin1String("stratos: "))) << qPrintable(r.err);
    }
    EXPECT_FALSE(QFileInfo::exists(out));
}

TEST(ExportChartCli, FailedWritesAreReportedWithExitCode1)
{
    QTemporaryDir dir;
    const QString db = dir.filePath("x.sqlite");
    QStringList targets = {"/nonexistent-dir/chart.png", dir.filePath("x.sqlite") + "/inside-a-file.svg"};
    ASSERT_EQ(runStratos({"stats", "--db", db}).exitCode, 0);
    for (const QString &out : targets) {
        for (const char *format : {"png", "svg", "pdf", "csv"}) {
            const auto r = runStratos({"export-chart", "--db", db, "--chart", "models.training-cost",
                                       "--format", format, "--out", out});
            EXPECT_EQ(r.exitCode, 1) << format << " " << qPrintable(out);
            EXPECT_EQ(r.err.count(u'\n'), 1) << qPrintable(r.err);
            EXPECT_TRUE(r.err.contains(QLatin1String("cannot write"))) << qPrintable(r.err);
        }
    }
    if (QFileInfo::exists("/dev/full")) { // a disk that is always full
        for (const char *format : {"png", "svg", "pdf", "csv"}) {
            const auto r = runStratos({"export-chart", "--db", db, "--chart", "space.constellations",
                                       "--format", format, "--out", "/dev/full"});
            EXPECT_EQ(r.exitCode, 1) << format;
            EXPECT_TRUE(r.err.contains(QLatin1String("No space left"))) << format << ": " << qPrintable(r.err);
        }
    }
}

TEST(ExportChartCli, ScaleTwoDoublesThePixelsNotTheLayout)
{
    QTemporaryDir dir;
    const QString db = dir.filePath("x.sqlite");
    const QString png = dir.filePath("x2.png");
    const auto r = runStratos({"export-chart", "--db", db, "--chart", "markets.rebased", "--out", png,
                               "--width", "800", "--height", "450", "--scale", "2"});
    ASSERT_EQ(r.exitCode, 0) << qPrintable(r.err);
    const QImage img(png);
    EXPECT_EQ(img.size(), QSize(1600, 900));
}
