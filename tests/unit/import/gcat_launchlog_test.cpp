// GCAT launch log: both reference files against counts computed from the raw
// text, every date precision, both layouts, and constellation inference.
#include "import/gcat_fields.h"
#include "import_test_util.h"

#include <QElapsedTimer>
#include <QHash>
#include <QSet>
#include <iostream>

using namespace stratos::import;
using namespace stratos::import::test;

namespace {

const char *kHeader20 =
    "#Launch_Tag\tLaunch_Date\tPiece\tType\tName\tPLName\tJCAT\tSatOwner\tSatState\t"
    "LV_Type\tFlight_ID\tPlatform\tLaunch_Site\tLaunch_Pad\tAscent_Site\t"
    "Ascent_Pad\tAgency\tLVState\tLaunch_Code\tLTCite\n";
const char *kHeader17 =
    "#Launch_Tag\tLaunch_Date\tPiece\tType\tName\tPLName\tJCAT\tLV_Type\tFlight_ID\t"
    "Platform\tLaunch_Site\tLaunch_Pad\tAscent_Site\tAscent_Pad\tAgency\t"
    "Launch_Code\tLTCite\n";

// A 20-column row; fields space-padded the way GCAT pads them.
QByteArray row20(const char *tag, const char *date, const char *piece, const char *name,
                 const char *plName, const char *owner, const char *satState, const char *lvState,
                 const char *code, const char *vehicle = "Falcon 9")
{
    return QByteArray(tag) + " \t" + date + '\t' + piece + "\tP           \t" + name + '\t' +
           plName + "\tS00001    \t" + owner + '\t' + satState + '\t' + vehicle +
           "\tF1\t-\tCCSFS\tSLC40\t-\t-\tSPX\t" + lvState + '\t' + code + "  \tWire\n";
}

struct RawCounts
{
    QSet<QByteArray> tags;
    QSet<QByteArray> orbitalTags;
    int rows = 0;
};

// Reads the TSV without the parser: header names, then tag and code per row.
RawCounts countRaw(const QByteArray &bytes)
{
    RawCounts c;
    const QList<QByteArray> lines = linesOf(bytes);
    QList<QByteArray> header = lines.value(0).split('\t');
    header[0] = header[0].mid(1); // '#'
    const qsizetype tagCol = header.indexOf(QByteArray("Launch_Tag"));
    const qsizetype codeCol = header.indexOf(QByteArray("Launch_Code"));
    for (qsizetype i = 1; i < lines.size(); ++i) {
        if (lines[i].startsWith('#') || lines[i].isEmpty())
            continue;
        const QList<QByteArray> f = lines[i].split('\t');
        const QByteArray tag = f.value(tagCol).trimmed();
        const QByteArray code = f.value(codeCol).trimmed();
        ++c.rows;
        c.tags.insert(tag);
        if (code.startsWith('O') || code.startsWith('D'))
            c.orbitalTags.insert(tag);
    }
    return c;
}

const ParsedLaunch *launchByTag(const ParseOutcome &o, const QString &tag)
{
    for (const ParsedLaunch &l : o.launches)
        if (l.tag == tag)
            return &l;
    return nullptr;
}

} // namespace

TEST(GcatLaunchLog, ReferenceFilesMatchCountsFromTheRawText)
{
    for (const char *name : {"launchlog_1957_2024.tsv", "launchlog_2024_2026.tsv"}) {
        SCOPED_TRACE(name);
        const QString path =
            stratos::test::sharedFile(QStringLiteral("reference/gcat/") + QLatin1String(name));
        STRATOS_SKIP_WITHOUT(path);
        const QByteArray bytes = readAll(path);
        const RawCounts raw = countRaw(bytes);
        const ParseOutcome o = parseFile(bytes, QLatin1String(name));
        ASSERT_TRUE(o.ok()) << problemsOf(o);
        EXPECT_EQ(o.format, Format::Gcat);
        EXPECT_EQ(o.dataLines, raw.rows);
        EXPECT_EQ(o.launches.size(), raw.tags.size());
        int orbital = 0, payloads = 0;
        for (const ParsedLaunch &l : o.launches) {
            orbital += l.orbital;
            payloads += int(l.payloads.size());
            EXPECT_TRUE(raw.orbitalTags.contains(l.tag.toUtf8()) == l.orbital)
                << l.tag.toStdString();
        }
        EXPECT_EQ(orbital, raw.orbitalTags.size());
        EXPECT_EQ(payloads, raw.rows);
    }
}

TEST(GcatLaunchLog, SpotValuesFromTheFirstLaunches)
{
    const QString path =
        stratos::test::sharedFile(QStringLiteral("reference/gcat/launchlog_1957_2024.tsv"));
    STRATOS_SKIP_WITHOUT(path);
    const ParseOutcome o = parseFile(readAll(path), QStringLiteral("launchlog_1957_2024.tsv"));
    ASSERT_TRUE(o.ok()) << problemsOf(o);
    const ParsedLaunch *sputnik = launchByTag(o, QStringLiteral("1957 ALP"));
    ASSERT_NE(sputnik, nullptr) << "the tag is trimmed of its padding";
    EXPECT_EQ(sputnik->launchedAt, QStringLiteral("1957-10-04T19:28:34"));
    EXPECT_EQ(sputnik->country, QStringLiteral("SU"));
    EXPECT_EQ(sputnik->outcome, QStringLiteral("success"));
    EXPECT_TRUE(sputnik->orbital);
    EXPECT_EQ(sputnik->vehicle, QStringLiteral("Sputnik 8K71PS"));
    EXPECT_EQ(sputnik->site, QStringLiteral("NIIP-5"));
    EXPECT_EQ(sputnik->line, 2);
    ASSERT_EQ(sputnik->payloads.size(), 1);
    EXPECT_EQ(sputnik->payloads[0].name, QStringLiteral("1-y ISZ"));
    EXPECT_EQ(sputnik->payloads[0].jcat, QStringLiteral("S00002"));
    EXPECT_EQ(sputnik->payloads[0].type, QStringLiteral("P"));
}

TEST(GcatLaunchLog, ConstellationsIn2024To2026)
{
    const QString path =
        stratos::test::sharedFile(QStringLiteral("reference/gcat/launchlog_2024_2026.tsv"));
    STRATOS_SKIP_WITHOUT(path);
    const QByteArray bytes = readAll(path);
    // Starlink payloads straight from the text: Name starts "Starlink", not a simulator.
    int starlinkRaw = 0;
    for (const QByteArray &line : linesOf(bytes).mid(1)) {
        const QByteArray name = line.split('\t').value(4).trimmed();
        starlinkRaw += name.startsWith("Starlink") && !name.startsWith("Starlink Simulator");
    }
    const ParseOutcome o = parseFile(bytes, QStringLiteral("launchlog_2024_2026.tsv"));
    ASSERT_TRUE(o.ok()) << problemsOf(o);
    QHash<QString, int> payloads;
    QHash<QString, QSet<QString>> launches;
    for (const ParsedLaunch &l : o.launches)
        for (const ParsedPayload &p : l.payloads)
            if (!p.constellation.isEmpty()) {
                ++payloads[p.constellation];
                launches[p.constellation].insert(l.tag);
            }
    EXPECT_EQ(o.launches.size(), 829);
    EXPECT_EQ(payloads.value(QStringLiteral("Starlink")), starlinkRaw);
    EXPECT_EQ(payloads.value(QStringLiteral("Kuiper")), 396);
    EXPECT_EQ(launches.value(QStringLiteral("Kuiper")).size(), 14);
    EXPECT_EQ(payloads.value(QStringLiteral("Qianfan")), 257);
    EXPECT_EQ(payloads.value(QStringLiteral("Guowang")), 213);

    const ParsedLaunch *failure = nullptr;
    for (const ParsedLaunch &l : o.launches)
        if (l.tag.startsWith(u"2025-F") && !failure)
            failure = &l;
    ASSERT_NE(failure, nullptr);
    EXPECT_EQ(failure->outcome, QStringLiteral("failure"));
    // Orbital follows Launch_Code, not the tag: 2024-U01 (Starship FT-3) is NS,
    // while the log codes 2026-U02 (Starship FT-12) OS.
    const ParsedLaunch *ft3 = launchByTag(o, QStringLiteral("2024-U01"));
    ASSERT_NE(ft3, nullptr);
    EXPECT_FALSE(ft3->orbital);
    EXPECT_EQ(ft3->launchCode, QStringLiteral("NS"));
    const ParsedLaunch *ft12 = launchByTag(o, QStringLiteral("2026-U02"));
    ASSERT_NE(ft12, nullptr);
    EXPECT_TRUE(ft12->orbital);
    int simulators = 0;
    for (const ParsedPayload &p : ft12->payloads) {
        const bool simulator = p.name.startsWith(u"Starlink Simulator");
        simulators += simulator;
        EXPECT_EQ(p.constellation, simulator || !p.name.startsWith(u"Starlink")
                                       ? QString()
                                       : QStringLiteral("Starlink"))
            << p.name.toStdString();
    }
    EXPECT_GT(simulators, 0);
}

TEST(GcatLaunchLog, EveryDatePrecision)
{
    using stratos::import::detail::parseGcatDate;
    const struct
    {
        const char *in;
        const char *iso;
        bool uncertain;
    } cases[] = {
        {"2025 Aug 11 1235", "2025-08-11T12:35", false},
        {"1957 Oct  4 1928:34", "1957-10-04T19:28:34", false},
        {"1957 Oct  4 1928:34.5", "1957-10-04T19:28:34", false},
        {"2019 May 24", "2019-05-24", false},
        {"1962 Aug 23 1133?", "1962-08-23T11:33", true},
        {"1966 Feb 11 1800:00?", "1966-02-11T18:00:00", true},
        {"1965 Jun?", "1965-06", true},
        {"1965 Jun", "1965-06", false},
        {"1965", "1965", false},
        {"2016 Dec 31 2359:60", "2016-12-31T23:59:60", false},
    };
    for (const auto &c : cases) {
        const auto d = parseGcatDate(QByteArrayView(c.in));
        ASSERT_TRUE(d.has_value()) << c.in;
        EXPECT_EQ(d->iso, QLatin1String(c.iso)) << c.in;
        EXPECT_EQ(d->uncertain, c.uncertain) << c.in;
    }
    for (const char *bad : {"", "2025 Foo 11", "2025 Feb 30", "2025 Aug 11 2460", "25 Aug 11",
                            "2025 Aug 11 12", "2025 Aug 11 1235 extra", "2025-08-11"})
        EXPECT_FALSE(parseGcatDate(QByteArrayView(bad)).has_value()) << bad;
}

TEST(GcatLaunchLog, TwentyColumnsGroupedIntoLaunches)
{
    QByteArray text = kHeader20;
    text += "# Updated 2026 Sep 28\n";
    text += row20("2025-101", "2025 Aug 11 1235", "2025-101A", "Starlink 34741", "Starlink V2 Mini",
                  "SPXS", "US", "US", "OS");
    text += row20("2025-101", "2025 Aug 11 1235", "2025-101B", "Starlink 34742", "Starlink V2 Mini",
                  "SPXS", "US", "US", "OS");
    text += row20("2025-102", "2025 Aug 12", "2025-102A", "Kuiper-00081", "Kuiper LA02-01", "KUIP",
                  "US", "-", "OS", "Atlas V");
    text += row20("2025-103", "2025 Aug 13 0101?", "2025-103A", "WHDW 01-01",
                  "Xingwang Digui 01-01", "CASC", "CN", "CN", "OS");
    text += row20("2025-104", "2025 Aug 14", "2025-104A", "Qianfan Jigui 01",
                  "Qianfan Xingzuo I-2-01", "SSST", "CN", "CN", "OS");
    text += row20("2025-105", "2025 Aug 15", "2025-105A", "OneWeb-0700", "OneWeb", "ONEWEBN", "UK",
                  "F", "OS");
    text += row20("2025-F02", "2025 Aug 16", "2025-F02", "Starlink Simulator 1",
                  "Starlink Simulator", "SPXS", "US", "US", "OF", "Starship");
    text += row20("2026-U02", "2026 Jan  2", "2026-U02", "Test", "Test", "SPXS", "US", "US", "NS");
    text +=
        row20("2025-106", "2025 Aug 17", "2025-106A", "Probe", "Probe", "NASA", "US", "US", "DS");
    text += row20("2025-107", "2025 Aug 18", "2025-107A", "Sat", "Sat", "J", "J", "J", "O");
    const ParseOutcome o = parseText(text, QStringLiteral("launchlog.tsv"));
    ASSERT_TRUE(o.ok()) << problemsOf(o);
    EXPECT_EQ(o.dataLines, 10) << "the # Updated line is not data";
    ASSERT_EQ(o.launches.size(), 9);
    const ParsedLaunch &first = o.launches[0];
    EXPECT_EQ(first.tag, QStringLiteral("2025-101"));
    EXPECT_EQ(first.line, 3);
    EXPECT_EQ(first.launchedAt, QStringLiteral("2025-08-11T12:35"));
    EXPECT_EQ(first.payloads.size(), 2);
    EXPECT_EQ(first.payloads[1].line, 4);
    EXPECT_EQ(first.payloads[0].constellation, QStringLiteral("Starlink"));
    EXPECT_EQ(first.operatorName, QStringLiteral("SPX"));
    EXPECT_EQ(first.pad, QStringLiteral("SLC40"));
    EXPECT_EQ(o.launches[1].payloads[0].constellation, QStringLiteral("Kuiper"));
    EXPECT_EQ(o.launches[1].country, QStringLiteral("US"))
        << "no LVState: the first payload's SatState";
    EXPECT_EQ(o.launches[2].payloads[0].constellation, QStringLiteral("Guowang"));
    EXPECT_TRUE(o.launches[2].dateUncertain);
    EXPECT_EQ(o.launches[3].payloads[0].constellation, QStringLiteral("Qianfan"));
    EXPECT_EQ(o.launches[4].payloads[0].constellation, QStringLiteral("OneWeb"));
    EXPECT_EQ(o.launches[4].country, QStringLiteral("FR"));
    EXPECT_EQ(o.launches[4].payloads[0].state, QStringLiteral("GB"));
    const ParsedLaunch &failed = o.launches[5];
    EXPECT_TRUE(failed.orbital);
    EXPECT_EQ(failed.outcome, QStringLiteral("failure"));
    EXPECT_EQ(failed.payloads[0].constellation, QString()) << "simulators are not Starlinks";
    EXPECT_FALSE(o.launches[6].orbital);
    EXPECT_EQ(o.launches[6].outcome, QStringLiteral("success"));
    EXPECT_TRUE(o.launches[7].orbital) << "deep space also reaches orbit";
    EXPECT_EQ(o.launches[8].outcome, QStringLiteral("unknown"));
    EXPECT_EQ(o.launches[8].country, QStringLiteral("JP"));
}

TEST(GcatLaunchLog, SeventeenColumnLayout)
{
    QByteArray text = kHeader17;
    text += "1957 ALP  \t1957 Oct  4 1928:34\t1957 ALP 2\tP           \t1-y ISZ\tPS-1\tS00002\t"
            "Sputnik 8K71PS\tM1-PS\t-\tNIIP-5\tLC1\t-\t-\tMVS\tOS\tEnergiya\n";
    text += "1957 ALP  \t1957 Oct  4 1928:34\t1957 ALP 1\tR           \tR-7 core\t-\t-\t"
            "Sputnik 8K71PS\tM1-PS\t-\tNIIP-5\tLC1\t-\t-\tMVS\tOS\tEnergiya\n";
    const ParseOutcome o = parseText(text, QStringLiteral("launchlog_old.tsv"));
    ASSERT_TRUE(o.ok()) << problemsOf(o);
    EXPECT_EQ(o.layout, QStringLiteral("GCAT launch log, 17 columns (older layout)"));
    ASSERT_EQ(o.launches.size(), 1);
    EXPECT_EQ(o.launches[0].launchedAt, QStringLiteral("1957-10-04T19:28:34"));
    EXPECT_EQ(o.launches[0].payloads.size(), 2);
    EXPECT_EQ(o.launches[0].payloads[1].jcat, QStringLiteral("1957 ALP 1"))
        << "JCAT '-' falls back to Piece";
    EXPECT_EQ(o.launches[0].payloads[0].owner, QString());
    EXPECT_EQ(o.launches[0].country, QString()) << "no state columns in this layout";
}

TEST(GcatLaunchLog, BadRowsAreProblemsWithLineAndColumn)
{
    QByteArray text = kHeader20;
    text += row20("2025-101", "2025 Aug 11 1235", "2025-101A", "A", "A", "X", "US", "US", "OS");
    text += row20("2025-102", "2025 Aug 32", "2025-102A", "B", "B", "X", "US", "US", "OS");
    text += "2025-103 \t2025 Aug 11\tonly three fields\n";
    text += row20("2025-104", "2025 Aug 11", "2025-104A", "C", "C", "X", "US", "US", "");
    const ParseOutcome o = parseText(text, QStringLiteral("bad.tsv"));
    ASSERT_EQ(o.problems.size(), 3) << problemsOf(o);
    EXPECT_EQ(where(o.problems[0]), QStringLiteral("3:11"));
    EXPECT_EQ(
        o.problems[0].message,
        QStringLiteral("expected a launch date like '2025 Aug 11 1235' or '1957 Oct  4 1928:34', "
                       "found '2025 Aug 32'"));
    EXPECT_EQ(where(o.problems[1]), QStringLiteral("4:40"));
    EXPECT_EQ(o.problems[1].message,
              QStringLiteral("expected 20 tab-separated fields as named in the header, found 3"));
    EXPECT_EQ(o.problems[2].line, 5);
    EXPECT_TRUE(o.problems[2].message.startsWith(QStringLiteral("expected a Launch_Code")));
    EXPECT_EQ(o.dataLines, 4);
}

// Found by fuzz_gcat (tests/data/fuzz-regressions/fuzz_gcat/no-launch-tag-column.tsv):
// a header that starts "Launch_Tag" without a Launch_Tag column read out of bounds.
TEST(GcatLaunchLog, HeaderWithoutLaunchTagColumnIsAProblem)
{
    QByteArray text = QByteArray("Launch_Tag#") + kHeader20;
    text += row20("2025-101", "2025 Aug 11 1235", "2025-101A", "A", "A", "X", "US", "US", "OS");
    const ParseOutcome o = parseText(text, QStringLiteral("odd.tsv"));
    EXPECT_EQ(o.format, Format::Gcat);
    ASSERT_EQ(o.problems.size(), 1) << problemsOf(o);
    EXPECT_EQ(where(o.problems[0]), QStringLiteral("1:1"));
    EXPECT_EQ(o.problems[0].message,
              QStringLiteral("expected a Launch_Tag column in the GCAT header, found 20 "
                             "tab-separated names"));
    EXPECT_TRUE(o.launches.isEmpty());
}

// Found by fuzz_gcat (tests/data/fuzz-regressions/fuzz_gcat/year-0225.tsv): a
// four-digit year before the space age was taken as year 225, "225" in the store.
TEST(GcatLaunchLog, AYearBeforeTheSpaceAgeIsAProblem)
{
    QByteArray text = kHeader20;
    text += row20("2025-101", "0225 Aug 11", "2025-101A", "A", "A", "X", "US", "US", "OS");
    text += row20("2025-102", "1899", "2025-102A", "B", "B", "X", "US", "US", "OS");
    text += row20("2025-103", "1957 Oct  4 1928:34", "2025-103A", "C", "C", "X", "US", "US", "OS");
    const ParseOutcome o = parseText(text, QStringLiteral("years.tsv"));
    ASSERT_EQ(o.problems.size(), 2) << problemsOf(o);
    EXPECT_EQ(where(o.problems[0]), QStringLiteral("2:11"));
    EXPECT_TRUE(o.problems[0].message.endsWith(QStringLiteral("found '0225 Aug 11'"))) << qPrintable(o.problems[0].message);
    EXPECT_EQ(where(o.problems[1]), QStringLiteral("3:11"));
    ASSERT_EQ(o.launches.size(), 1);
    EXPECT_EQ(o.launches[0].launchedAt, QStringLiteral("1957-10-04T19:28:34"));
}

TEST(GcatLaunchLog, SeventyThousandRowsQuickly)
{
    const QString path =
        stratos::test::sharedFile(QStringLiteral("reference/gcat/launchlog_1957_2024.tsv"));
    STRATOS_SKIP_WITHOUT(path);
    // 70,000 rows from the real file, tags made distinct per copy.
    const QList<QByteArray> lines = linesOf(readAll(path));
    QByteArray text = lines[0] + '\n';
    int rows = 0;
    for (int copy = 0; rows < 70000; ++copy)
        for (qsizetype i = 1; i < lines.size() && rows < 70000; ++i, ++rows) {
            const qsizetype tab = lines[i].indexOf('\t');
            text += lines[i].left(tab).trimmed() + "-R" + QByteArray::number(copy) +
                    lines[i].mid(tab) + '\n';
        }
    QElapsedTimer timer;
    timer.start();
    const ParseOutcome o = parseText(text, QStringLiteral("launchlog_70k.tsv"));
    const qint64 ms = timer.elapsed();
    ASSERT_TRUE(o.ok()) << problemsOf(o);
    EXPECT_EQ(o.dataLines, 70000);
    std::cout << "[ timing   ] 70,000 GCAT rows parsed in " << ms << " ms\n";
}

TEST(GcatFields, PayloadCatalogueQuartersAndDecades)
{
    using stratos::import::detail::parseGcatDate;
    EXPECT_EQ(parseGcatDate("2007 Q1")->iso, QStringLiteral("2007-01"));
    EXPECT_EQ(parseGcatDate("1988 Q4?")->iso, QStringLiteral("1988-10"));
    EXPECT_TRUE(parseGcatDate("1988 Q4?")->uncertain);
    EXPECT_EQ(parseGcatDate("2010s?")->iso, QStringLiteral("2010"));
    EXPECT_TRUE(parseGcatDate("2010s")->uncertain);
    EXPECT_FALSE(parseGcatDate("2007 Q5"));
    EXPECT_FALSE(parseGcatDate("2015s"));
    EXPECT_FALSE(parseGcatDate("2007 Q1 12"));
}

TEST(GcatFields, ConstellationNamesIgnoreCaseAsUnicodeDoes)
{
    using stratos::import::detail::inferConstellation;
    EXPECT_EQ(inferConstellation(QStringLiteral("STARLINK-1007"), {}, {}), QStringLiteral("Starlink"));
    EXPECT_EQ(inferConstellation(QStringLiteral("Hulianwang GUOWANG 01"), {}, {}), QStringLiteral("Guowang"));
    EXPECT_EQ(inferConstellation(QStringLiteral("x"), QStringLiteral("SatNet gUoWaNg"), {}), QStringLiteral("Guowang"));
    EXPECT_EQ(inferConstellation(QStringLiteral("Guowan"), {}, {}), QString());
    // Test craft and mass simulators belong to no constellation, however written.
    EXPECT_EQ(inferConstellation(QStringLiteral("Starlink Mass SIMULATOR"), {}, {}), QString());
    EXPECT_EQ(inferConstellation(QStringLiteral("Starlink"), QStringLiteral("simulator 2"), {}), QString());
    // Outside ASCII, folding follows Unicode: the long s folds to s.
    EXPECT_EQ(inferConstellation(QStringLiteral("Starlink \u017Fimulator"), {}, {}), QString());
    EXPECT_EQ(inferConstellation(QStringLiteral("Ω Guowang"), {}, {}), QStringLiteral("Guowang"));
    EXPECT_EQ(inferConstellation(QStringLiteral("Ω Guowan"), {}, {}), QString());
}
