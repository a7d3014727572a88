// Epoch AI models CSV: the reference file against a record count taken from
// the raw text, both layouts, and the values the store relies on.
#include "import/country_codes.h"
#include "import_test_util.h"

using namespace stratos::import;
using namespace stratos::import::test;

namespace {

// RFC 4180 records in the text, counted without the parser: newlines outside
// quotes end a record; the header is not counted.
int countRecords(const QByteArray &bytes)
{
    int records = 0;
    bool inQuotes = false;
    bool lineHasText = false;
    for (const char c : bytes) {
        if (c == '"')
            inQuotes = !inQuotes; // "" toggles twice: no change
        if (c == '\n' && !inQuotes) {
            records += lineHasText;
            lineHasText = false;
        } else if (c != '\r') {
            lineHasText = true;
        }
    }
    records += lineHasText;
    return records - 1;
}

const ParsedModel *modelNamed(const ParseOutcome &o, const QString &name)
{
    for (const ParsedModel &m : o.models)
        if (m.name == name)
            return &m;
    return nullptr;
}

// The newer layout: 47 columns, different order, "Country (of organization)".
QByteArray newerHeader()
{
    QStringList names = {"Model",
                         "Organization",
                         "Publication date",
                         "Domain",
                         "Task",
                         "Parameters",
                         "Training compute (FLOP)",
                         "Training dataset size (total)",
                         "Training compute cost (2023 USD)",
                         "Country (of organization)",
                         "Model accessibility",
                         "Open model weights?",
                         "Link"};
    for (int i = int(names.size()); i < 47; ++i)
        names.append(QStringLiteral("Extra %1").arg(i));
    return names.join(u',').toUtf8() + '\n';
}

QByteArray newerRow(const QByteArray &first13)
{
    return first13 + QByteArray(47 - 13, ',') + '\n';
}

} // namespace

TEST(EpochCsv, ReferenceFileMatchesTheRawRecordCount)
{
    const QString path =
        stratos::test::sharedFile(QStringLiteral("reference/epoch/notable_ai_models.csv"));
    STRATOS_SKIP_WITHOUT(path);
    const QByteArray bytes = readAll(path);
    const ParseOutcome o = parseFile(bytes, QStringLiteral("notable_ai_models.csv"));
    ASSERT_TRUE(o.ok()) << problemsOf(o);
    EXPECT_EQ(o.format, Format::Epoch);
    EXPECT_EQ(o.layout, QStringLiteral("Epoch AI models, older layout (42 columns)"));
    const int records = countRecords(bytes);
    EXPECT_EQ(records, 914);
    EXPECT_EQ(o.dataLines, records);
    EXPECT_EQ(o.models.size(), records);

    const ParsedModel *r1 = modelNamed(o, QStringLiteral("DeepSeek-R1"));
    ASSERT_NE(r1, nullptr);
    EXPECT_EQ(r1->publishedOn, QDate(2025, 1, 20));
    EXPECT_EQ(r1->country, QStringLiteral("CN"));
    EXPECT_EQ(r1->organization, QStringLiteral("DeepSeek"));
    EXPECT_EQ(r1->domain, QStringLiteral("Language"));
    EXPECT_EQ(*r1->parameters, 671e9);
    EXPECT_EQ(*r1->trainingComputeFlop, 5.17e24);
    EXPECT_EQ(*r1->trainingCostUsd2023, 6770000.0);
    EXPECT_EQ(r1->openWeights, std::optional<bool>(true));
    EXPECT_EQ(r1->link, QStringLiteral("https://api-docs.deepseek.com/news/news250120"));

    const ParsedModel *exaone = modelNamed(o, QStringLiteral("EXAONE Deep 32B"));
    ASSERT_NE(exaone, nullptr);
    EXPECT_EQ(exaone->line, 2);
    EXPECT_EQ(exaone->country, QStringLiteral("KR"));
    EXPECT_EQ(exaone->openWeights, std::optional<bool>(true)) << "Open weights (non-commercial)";
    EXPECT_FALSE(exaone->trainingCostUsd2023.has_value()) << "empty cell";

    // Every country came out as an ISO code or empty.
    for (const ParsedModel &m : o.models)
        EXPECT_TRUE(m.country.isEmpty() || m.country.size() == 2)
            << m.name.toStdString() << " " << m.country.toStdString();
}

TEST(EpochCsv, CountryNamesToIso)
{
    using stratos::import::detail::firstCountry;
    EXPECT_EQ(firstCountry(u"United States of America"), QStringLiteral("US"));
    EXPECT_EQ(firstCountry(u"United Kingdom of Great Britain and Northern Ireland"),
              QStringLiteral("GB"));
    EXPECT_EQ(firstCountry(u"Korea (Republic of)"), QStringLiteral("KR"));
    EXPECT_EQ(firstCountry(u"United Arab Emirates"), QStringLiteral("AE"));
    EXPECT_EQ(firstCountry(u"Multinational,United States of America"), QStringLiteral("US"));
    EXPECT_EQ(firstCountry(u"Hong Kong,China"), QStringLiteral("HK"));
    EXPECT_EQ(firstCountry(u"Multinational"), QString());
    EXPECT_EQ(firstCountry(u"Atlantis"), QStringLiteral("Atlantis")) << "unknown: as written";
    EXPECT_EQ(firstCountry(u""), QString());
}

TEST(EpochCsv, NewerLayoutWithQuotedCommasAndNewlines)
{
    QByteArray text = newerHeader();
    text += newerRow("\"Qwen3-235B-A22B\",\"Alibaba,Qwen Team\",2025-04-29,\"Language,Multimodal\","
                     "\"Chat,\nCode generation\",235000000000,3.4078e+24,,,\"China\","
                     "Open weights (unrestricted),,https://qwenlm.github.io");
    text += newerRow("Claude 3.7 Sonnet,Anthropic,2025-02-24,Language,Chat,,,,,"
                     "\"United States of America,United States of America\",API access,,");
    text += newerRow("Some model,Lab,2024-01-02,Vision,,,,,1500000,France,,Yes,");
    const ParseOutcome o = parseText(text, QStringLiteral("all_ai_models.csv"));
    ASSERT_TRUE(o.ok()) << problemsOf(o);
    EXPECT_EQ(o.format, Format::Epoch);
    EXPECT_EQ(o.layout, QStringLiteral("Epoch AI models, newer layout (47 columns)"));
    ASSERT_EQ(o.models.size(), 3);
    const ParsedModel &qwen = o.models[0];
    EXPECT_EQ(qwen.organization, QStringLiteral("Alibaba"));
    EXPECT_EQ(qwen.domain, QStringLiteral("Language,Multimodal"));
    EXPECT_EQ(*qwen.parameters, 235e9);
    EXPECT_EQ(*qwen.trainingComputeFlop, 3.4078e+24);
    EXPECT_FALSE(qwen.trainingCostUsd2023);
    EXPECT_EQ(qwen.country, QStringLiteral("CN"));
    EXPECT_EQ(qwen.openWeights, std::optional<bool>(true));
    const ParsedModel &claude = o.models[1];
    EXPECT_EQ(claude.line, 4) << "the record before spans two lines";
    EXPECT_EQ(claude.country, QStringLiteral("US"));
    EXPECT_EQ(claude.openWeights, std::optional<bool>(false));
    EXPECT_FALSE(claude.parameters);
    EXPECT_EQ(o.models[2].openWeights, std::optional<bool>(true)) << "from Open model weights?";
    EXPECT_EQ(*o.models[2].trainingCostUsd2023, 1500000.0);
    EXPECT_EQ(o.models[2].country, QStringLiteral("FR"));
}

TEST(EpochCsv, BadValuesAreProblemsWithLineAndColumn)
{
    const QByteArray text =
        "Model,Organization,Publication date,Parameters,Training compute (FLOP)\n"
        "A,Lab,2025-01-20,12e9,1e24\n"
        "B,Lab,20/01/2025,12e9,1e24\n"
        "C,Lab,2025-01-20,about 7B,1e24\n"
        ",Lab,2025-01-20,,\n"
        "D,Lab,2025-01-20,1\n";
    const ParseOutcome o = parseText(text, QStringLiteral("models.csv"));
    ASSERT_EQ(o.problems.size(), 4) << problemsOf(o);
    EXPECT_EQ(where(o.problems[0]), QStringLiteral("3:7"));
    EXPECT_EQ(o.problems[0].message,
              QStringLiteral("expected a publication date like 2025-01-20, found '20/01/2025'"));
    EXPECT_EQ(where(o.problems[1]), QStringLiteral("4:18"));
    EXPECT_EQ(
        o.problems[1].message,
        QStringLiteral("expected a number for Parameters (like 3.4078e+24), found 'about 7B'"));
    EXPECT_EQ(where(o.problems[2]), QStringLiteral("5:1"));
    EXPECT_EQ(o.problems[2].message, QStringLiteral("expected a model name, found an empty field"));
    EXPECT_EQ(where(o.problems[3]), QStringLiteral("6:19"));
    EXPECT_EQ(o.problems[3].message,
              QStringLiteral("expected 5 fields as named in the header, found 4"));
    EXPECT_EQ(o.dataLines, 5);
    EXPECT_EQ(o.models.size(), 1);
}

TEST(EpochCsv, ProblemAfterAMultiLineFieldNamesItsOwnLine)
{
    const QByteArray text = "Model,Abstract,Publication date\n"
                            "A,\"first line\nsecond, line\",2025-13-01\n";
    const ParseOutcome o = parseText(text, QStringLiteral("models.csv"));
    ASSERT_EQ(o.problems.size(), 1) << problemsOf(o);
    EXPECT_EQ(where(o.problems[0]), QStringLiteral("3:15"));
}

TEST(EpochCsv, HeaderWithoutModelColumn)
{
    const ParseOutcome o =
        parseText("Name,Organization,Publication date\nA,B,2025-01-01\n", QStringLiteral("x.csv"),
                  [] { ParseOptions p; p.format = Format::Epoch; return p; }());
    ASSERT_EQ(o.problems.size(), 1);
    EXPECT_EQ(
        o.problems[0].message,
        QStringLiteral(
            "expected a 'Model' column in the header, found Name, Organization, Publication date"));
}
