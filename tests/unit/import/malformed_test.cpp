// The malformed corpus in tests/data/malformed: each file is rejected with the
// expected message at the expected line and column, and nothing is parsed.
#include "import_test_util.h"

#include <QDir>


using namespace stratos::import;
using namespace stratos::import::test;

namespace {

QString corpusFile(const char *name)
{
    return QDir(stratos::test::sourceDir())
        .filePath(QStringLiteral("tests/data/malformed/") + QLatin1String(name));
}

struct Case
{
    const char *file;
    const char *where;
    const char *message;
};

} // namespace

TEST(Malformed, EachFileYieldsTheExpectedError)
{
    ASSERT_FALSE(stratos::test::sourceDir().isEmpty()) << "STRATOS_SOURCE_DIR is not set";
    const Case cases[] = {
        {"truncated_quote.csv", "2:30",
         "expected a closing quote for the field opened here, found the end of the file"},
        {"wrong_column_count.csv", "4:39", "expected 6 fields as named in the header, found 5"},
        {"misaligned_header.csv", "2:46",
         "expected 7 fields per row as the header names (Date,Open,High,Low,Close,Adj Close,"
         "Volume), found 6: the header does not match the rows"},
        {"bad_date.csv", "3:1",
         "expected a date written like the first row's (2025-01-27), found '01/28/2025'"},
        {"bad_number.csv", "3:30", "expected a positive number for Close, found '1l9.0'"},
        {"binary_garbage.bin", "3:1", "expected a text file, found binary data (a NUL byte)"},
        {"empty.csv", "1:1", "expected data, found an empty file"},
        {"header_only.csv", "2:1", "expected price rows after the header, found none"},
        {"latin1.csv", "1:8",
         "expected UTF-8 text, found bytes in another encoding (Latin-1 or Windows-1252?)"},
        {"gcat_bad_date.tsv", "3:11",
         "expected a launch date like '2025 Aug 11 1235' or '1957 Oct  4 1928:34', found "
         "'2025 Agu 12 0101'"},
        {"ll2_missing_id.json", "7:5", "expected a launch with an \"id\", found nothing"},
        {"epoch_truncated_quote.csv", "2:25",
         "expected a closing quote for the field opened here, found the end of the file"},
    };
    for (const Case &c : cases) {
        SCOPED_TRACE(c.file);
        const QString path = corpusFile(c.file);
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::ReadOnly)) << path.toStdString();
        const ParseOutcome o = parseFile(f.readAll(), QLatin1String(c.file));
        ASSERT_FALSE(o.ok());
        ASSERT_EQ(o.problems.size(), 1) << problemsOf(o);
        EXPECT_EQ(where(o.problems[0]), QLatin1String(c.where));
        EXPECT_EQ(o.problems[0].message, QString::fromUtf8(c.message));
        EXPECT_EQ(o.problems[0].file, QLatin1String(c.file));
    }
}

TEST(Malformed, FiftyMegabyteSingleLine)
{
    constexpr qsizetype size = qsizetype(50) * 1024 * 1024;
    // No newline at all: nothing recognisable.
    const ParseOutcome garbage = parseFile(QByteArray(size, 'A'), QStringLiteral("huge.csv"));
    ASSERT_EQ(garbage.problems.size(), 1);
    EXPECT_EQ(where(garbage.problems[0]), QStringLiteral("1:1"));
    EXPECT_TRUE(garbage.problems[0].message.startsWith(QStringLiteral(
        "expected an Epoch AI models CSV, a GCAT launch log or payload catalogue, a Launch "
        "Library 2 JSON page or a daily price CSV, found a first line 'AAAA")))
        << garbage.problems[0].message.toStdString();
    EXPECT_TRUE(garbage.problems[0].message.endsWith(QStringLiteral("(52428800 characters)")));

    // A price header, then one enormous line.
    const QByteArray prices = "Date,Close\n2025-01-27," + QByteArray(size, '9') + '\n';
    const ParseOutcome longLine = parseFile(prices, QStringLiteral("NVDA.csv"));
    ASSERT_EQ(longLine.problems.size(), 1) << problemsOf(longLine);
    EXPECT_EQ(where(longLine.problems[0]), QStringLiteral("2:1"));
    EXPECT_EQ(longLine.problems[0].message,
              QStringLiteral("expected a line of at most 1048576 bytes, found one of %1 bytes (is "
                             "this really a data file?)")
                  .arg(size + 11));

    // An unterminated quote that runs for 50 MB.
    const QByteArray quote = "Model,Organization\n\"" + QByteArray(size, 'x');
    const ParseOutcome epoch = parseFile(quote, QStringLiteral("models.csv"));
    ASSERT_EQ(epoch.problems.size(), 1) << problemsOf(epoch);
    EXPECT_EQ(where(epoch.problems[0]), QStringLiteral("2:1"));
}
