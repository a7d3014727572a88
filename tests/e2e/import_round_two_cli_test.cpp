// Importers, round two, through the real binary: every reference data file
// (prices, epoch, gcat) with its outcome, --skip-bad-rows output, a ticker-less
// file name refused, `stratos satellites`, and --help on every command.
#include "test_env.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QMap>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <iostream>

using namespace stratos::test;

namespace {

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write(content);
    return path;
}

} // namespace

TEST(ImportRoundTwoCli, EveryReferenceDataFileImportsOrIsRefusedAsExpected)
{
    const QString root = sharedFile(QStringLiteral("reference"));
    STRATOS_SKIP_WITHOUT(root);
    QTemporaryDir dir;
    const QString db = dir.filePath("s.sqlite");
    QStringList files;
    for (const QString &sub : {QStringLiteral("prices"), QStringLiteral("prices-2026"),
                              QStringLiteral("epoch"), QStringLiteral("gcat")}) {
        QDirIterator it(QDir(root).filePath(sub), {"*.csv", "*.txt", "*.tsv"}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            files.append(it.next());
    }
    files.sort();
    ASSERT_GE(files.size(), 40);
    // The one file whose name holds no ticker: refused with the reason, then
    // imported once the user says the symbol.
    const QString investing = QStringLiteral("NVIDIA Stock Price History.csv");
    for (const QString &file : files) {
        SCOPED_TRACE(file.toStdString());
        const ProcessResult r = runStratos({"import", file, "--db", db});
        std::cout << "outcome: " << qPrintable(QDir(root).relativeFilePath(file)) << " -> exit "
                  << r.exitCode << ": " << qPrintable((r.exitCode == 0 ? r.out : r.err).trimmed().section(u'\n', -1)) << '\n';
        if (file.endsWith(QLatin1String("psatcat_2025-04-07.tsv"))) {
            // One broken TDate ("2025 Par  4"): refused whole, or imported without it.
            EXPECT_EQ(r.exitCode, 1);
            EXPECT_TRUE(r.err.contains(QLatin1String(":21723:80: expected an end-of-operations date"))) << qPrintable(r.err);
            const ProcessResult again = runStratos({"import", "--skip-bad-rows", file, "--db", db});
            EXPECT_EQ(again.exitCode, 0) << qPrintable(again.err);
            EXPECT_TRUE(again.out.contains(QLatin1String(":21723:80: skipped: "))) << qPrintable(again.out);
            continue;
        }
        if (file.endsWith(investing)) {
            EXPECT_EQ(r.exitCode, 1);
            EXPECT_TRUE(r.err.contains(QStringLiteral("found none in '%1'; give the symbol (--symbol)").arg(investing)))
                << qPrintable(r.err);
            const ProcessResult again = runStratos({"import", file, "--symbol", "NVDA", "--db", db});
            EXPECT_EQ(again.exitCode, 0) << qPrintable(again.err);
            continue;
        }
        EXPECT_EQ(r.exitCode, 0) << qPrintable(r.err);
        EXPECT_TRUE(r.out.contains(QLatin1String(": added "))) << qPrintable(r.out);
    }
}

TEST(ImportRoundTwoCli, SkipBadRowsListsEachSkippedRowAndHistoryShowsIt)
{
    QTemporaryDir dir;
    const QString db = dir.filePath("s.sqlite");
    const QString csv = writeFile(dir, "models.csv",
                                  "Model,Organization,Publication date,Parameters\n"
                                  "Zeta-7,Example Lab,2023-03-15,\n"
                                  "Broken,Lab,NVIDIA H100 SXM5,\n"
                                  "Extra,Lab,2024-01-01,1,2,3\n"
                                  "Omega-9,Example Lab,2024-12-26,6.71e+11\n");
    ProcessResult r = runStratos({"import", csv, "--db", db});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QLatin1String("rejected, the store was not changed"))) << qPrintable(r.err);

    r = runStratos({"import", "--skip-bad-rows", csv, "--db", db});
    ASSERT_EQ(r.exitCode, 0) << qPrintable(r.err);
    EXPECT_TRUE(r.out.contains(csv + QStringLiteral(": skipped 2 bad rows:\n"))) << qPrintable(r.out);
    EXPECT_TRUE(r.out.contains(csv + QStringLiteral(":3:12: skipped: expected a publication date"))) << qPrintable(r.out);
    EXPECT_TRUE(r.out.contains(csv + QStringLiteral(":4:24: skipped: expected 4 fields as named in the header, found 6")))
        << qPrintable(r.out);
    EXPECT_TRUE(r.out.contains(QLatin1String(": added 2,"))) << qPrintable(r.out);

    r = runStratos({"imports", "--db", db});
    ASSERT_EQ(r.exitCode, 0);
    EXPECT_TRUE(r.out.contains(QLatin1String("skipped 2"))) << qPrintable(r.out);

    // A header that is wrong for every row is refused whatever the option.
    const QString wrong = writeFile(dir, "NVDA.csv",
                                    "Date,Open,High,Low,Close,Adj Close,Volume\n"
                                    "2025-01-27,1,2,0.5,1.5,100\n2025-01-28,1,2,0.5,1.5,100\n");
    r = runStratos({"import", "--skip-bad-rows", wrong, "--db", db});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QLatin1String("expected at least one good row"))) << qPrintable(r.err);
}

TEST(ImportRoundTwoCli, TickerLessFileNameIsRefusedWithTheMessage)
{
    QTemporaryDir dir;
    const QString db = dir.filePath("s.sqlite");
    const QString csv = writeFile(dir, "daily.csv", "timestamp,open,high,low,close,volume\n"
                                                    "2025-01-27,1,2,0.5,1.5,100\n");
    ProcessResult r = runStratos({"import", csv, "--db", db});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("%1:1:1: expected a symbol in the file or in its name, found none in "
                                              "'daily.csv'; give the symbol (--symbol)")
                                   .arg(csv)))
        << qPrintable(r.err);
    r = runStratos({"import", csv, "--symbol", "AMZN", "--db", db});
    EXPECT_EQ(r.exitCode, 0) << qPrintable(r.err);
    EXPECT_TRUE(r.out.contains(QLatin1String("AMZN"))) << qPrintable(r.out);
}

TEST(ImportRoundTwoCli, SatellitesOperatingOnADay)
{
    QTemporaryDir dir;
    const QString db = dir.filePath("s.sqlite");
    // The store's own counts first (the seed has a payload catalogue): the
    // import must add exactly its rows to them.
    const auto counts = [&](const QStringList &more) {
        const ProcessResult r = runStratos(QStringList{"satellites", "--db", db} + more);
        EXPECT_EQ(r.exitCode, 0) << qPrintable(r.err);
        QMap<QString, std::pair<int, int>> out; // launched, operating
        for (const QString &line : r.out.split(u'\n')) {
            const QStringList f = line.split(u'\t');
            if (f.size() == 3 && f[1].toInt() > 0)
                out[f[0]] = {f[1].toInt(), f[2].toInt()};
        }
        return out;
    };
    ASSERT_EQ(runStratos({"stats", "--db", db}).exitCode, 0); // creates and seeds the store
    const auto before2023 = counts({"--on", "2023-06-30"});
    const auto beforeNow = counts({});
    // Three Starlink payloads: one ended before the day, one after it, one still operating.
    const QString tsv = writeFile(dir, "psatcat.tsv",
                                  "#JCAT\tPiece\tName\tLDate\tTLast\tTOp\tTDate\tTF\tProgram\n"
                                  "# Updated 2025 Apr  7 2348:35\t\t\t\t\t\t\t\t\n"
                                  "S1\t2020-001A\tStarlink 1\t2020 Jan  7\t-\t-\t2022 Mar  1\t-\tStarlink 1.0\n"
                                  "S2\t2020-001B\tStarlink 2\t2020 Jan  7\t-\t-\t2024 Mar  1\t-\tStarlink 1.0\n"
                                  "S3\t2023-001A\tStarlink 3\t2023 Jan  7\t-\t-\t*\t-\tStarlink 2M S1\n"
                                  "S4\t2024-001A\tQianfan Jigui 01\t2024 Aug  6\t-\t-\t*\t-\tQianfan\n");
    ProcessResult r = runStratos({"import", tsv, "--db", db});
    ASSERT_EQ(r.exitCode, 0) << qPrintable(r.err);
    const auto after2023 = counts({"--on", "2023-06-30"});
    const auto starlink = [](const auto &m) { return m.value(QStringLiteral("Starlink")); };
    const auto qianfan = [](const auto &m) { return m.value(QStringLiteral("Qianfan")); };
    EXPECT_EQ(starlink(after2023).first, starlink(before2023).first + 3);
    EXPECT_EQ(starlink(after2023).second, starlink(before2023).second + 2);
    EXPECT_EQ(qianfan(after2023), qianfan(before2023)) << "S4 was launched in 2024";
    r = runStratos({"satellites", "--db", db});
    ASSERT_EQ(r.exitCode, 0) << qPrintable(r.err);
    EXPECT_TRUE(r.out.contains(QLatin1String("operating on 2025-04-07"))) << qPrintable(r.out);
    const auto afterNow = counts({});
    EXPECT_EQ(starlink(afterNow).first, starlink(beforeNow).first + 3);
    EXPECT_EQ(starlink(afterNow).second, starlink(beforeNow).second + 1);
    EXPECT_EQ(qianfan(afterNow).first, qianfan(beforeNow).first + 1);
    EXPECT_EQ(qianfan(afterNow).second, qianfan(beforeNow).second + 1);
}

TEST(ImportRoundTwoCli, HelpOnEveryCommand)
{
    ProcessResult list = runStratos({"help"});
    ASSERT_EQ(list.exitCode, 0) << qPrintable(list.err);
    const QRegularExpression commandLine(QStringLiteral("^  ([a-z-]+) "), QRegularExpression::MultilineOption);
    QStringList commands;
    for (auto it = commandLine.globalMatch(list.out); it.hasNext();)
        commands.append(it.next().captured(1));
    for (const char *expected : {"import", "imports", "stats", "export-chart", "satellites", "ask", "help"})
        EXPECT_TRUE(commands.contains(QLatin1String(expected))) << expected << "\n" << qPrintable(list.out);
    for (const QString &command : commands) {
        if (command == u"help")
            continue;
        SCOPED_TRACE(command.toStdString());
        for (const char *flag : {"--help", "-h"}) {
            const ProcessResult r = runStratos({command, QLatin1String(flag)});
            EXPECT_EQ(r.exitCode, 0) << qPrintable(r.err);
            EXPECT_TRUE(r.out.startsWith(QStringLiteral("Usage: stratos %1").arg(command))) << qPrintable(r.out);
            EXPECT_TRUE(r.out.contains(QLatin1String("-h, --help"))) << qPrintable(r.out);
            EXPECT_TRUE(r.err.isEmpty()) << qPrintable(r.err);
        }
        const ProcessResult viaHelp = runStratos({"help", command});
        EXPECT_EQ(viaHelp.exitCode, 0);
        EXPECT_TRUE(viaHelp.out.startsWith(QStringLiteral("Usage: stratos %1").arg(command)));
    }
    const ProcessResult import = runStratos({"import", "--help"});
    EXPECT_TRUE(import.out.contains(QLatin1String("--skip-bad-rows")));
    const ProcessResult unknown = runStratos({"help", "nosuch"});
    EXPECT_EQ(unknown.exitCode, 2);
}
