// Grounding: figures come from the store with the rows they were read from,
// numbers match SQL run here, invented citations are flagged; `stratos ask`.
#include "ask/builtin_backend.h"
#include "ask/citations.h"
#include "ask_context.h"
#include "ask_facts.h"
#include "backend_run.h"
#include "seed_store.h"
#include "test_env.h"

#include <QLocale>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTcpServer>
#include <gtest/gtest.h>

using namespace stratos;

namespace {

class Grounding : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_store = test::makeSeedStore(QString(), true).release();
        ASSERT_TRUE(s_store->store) << s_store->error.toStdString();
    }
    static void TearDownTestSuite()
    {
        delete s_store;
        s_store = nullptr;
    }
    QSqlDatabase db() const { return s_store->store->database(); }
    double sql(const QString &query) const
    {
        QSqlQuery q(db());
        EXPECT_TRUE(q.exec(query) && q.next()) << query.toStdString();
        return q.value(0).toDouble();
    }
    static test::SeedStore *s_store;
};
test::SeedStore *Grounding::s_store = nullptr;

QString dayMovePercentSql(const char *symbol)
{
    return QStringLiteral("SELECT round(100.0 * (d.close - p.close) / p.close, 2) FROM security s "
                          "JOIN price_bar d ON d.security_id = s.id AND d.day = '2025-01-27' "
                          "JOIN price_bar p ON p.security_id = s.id AND p.day = '2025-01-24' WHERE s.symbol = '%1'")
        .arg(QLatin1String(symbol));
}

} // namespace

TEST_F(Grounding, NvdaOnTheDayOfTheDeepSeekShockIsCitedFromThePriceRows)
{
    const double pct = sql(dayMovePercentSql("NVDA"));
    ASSERT_LT(pct, -10);
    const QString question = QStringLiteral("How far did NVDA fall on 2025-01-27?");
    const ask::AskContext ctx = buildAskContext(db(), question, 6);
    ASSERT_EQ(ctx.facts.size(), 1);
    const ask::DataFact &f = ctx.facts.first();
    // The question asks for a figure the store holds: the fact opens the answer, so it is [1].
    EXPECT_EQ(f.number, 1);
    for (const ask::RetrievedPassage &p : ctx.passages)
        EXPECT_GT(p.number, f.number);
    EXPECT_EQ(f.table, QStringLiteral("price_bar"));
    EXPECT_TRUE(f.rowKeys.contains("NVDA on 2025-01-24 and 2025-01-27")) << f.rowKeys.toStdString();
    EXPECT_TRUE(f.text.contains(QStringLiteral("down %1%").arg(std::abs(pct), 0, 'f', 2))) << f.text.toStdString();

    // The built-in answer states the figure with the fact's citation.
    ask::BuiltinBackend b;
    const test::BackendRun r = test::runBackend(b, [&] { b.start(ctx); });
    ASSERT_TRUE(r.finished);
    EXPECT_TRUE(r.answer.contains(QStringLiteral("%1% (").arg(std::abs(pct), 0, 'f', 2)));
    EXPECT_TRUE(ask::citedNumbers(ask::findCitations(r.answer, ctx), true).contains(f.number));
}

TEST_F(Grounding, CompanyAndIndexNamesMapToSymbols)
{
    const QList<ask::DataFact> nvidia = securityMoveFacts(db(), QStringLiteral("What happened to Nvidia on January 27, 2025?"));
    ASSERT_EQ(nvidia.size(), 1);
    EXPECT_TRUE(nvidia.first().label.contains(": NVDA on ")) << nvidia.first().label.toStdString();
    const double nasdaq = sql(dayMovePercentSql("^IXIC"));
    const QList<ask::DataFact> ixic = securityMoveFacts(db(), QStringLiteral("What did the Nasdaq do on January 27, 2025?"));
    ASSERT_EQ(ixic.size(), 1);
    EXPECT_TRUE(ixic.first().label.contains(": ^IXIC on ")) << ixic.first().label.toStdString();
    EXPECT_TRUE(ixic.first().text.contains(QStringLiteral("%1%").arg(std::abs(nasdaq), 0, 'f', 2)));
    // A weekend: the last trading day before it, said so.
    const QList<ask::DataFact> sunday = securityMoveFacts(db(), QStringLiteral("NVDA on 2025-01-26"));
    ASSERT_EQ(sunday.size(), 1);
    EXPECT_TRUE(sunday.first().text.startsWith("2025-01-26 was not a trading day"));
    EXPECT_TRUE(securityMoveFacts(db(), QStringLiteral("How did NVDA do?")).isEmpty()); // no date, no figure
}

TEST_F(Grounding, KuiperSatellitesPerYearComeFromPayloadRows)
{
    const int expected = int(sql(QStringLiteral(
        "SELECT count(*) FROM payload p JOIN launch l ON l.id = p.launch_id WHERE p.constellation = 'Kuiper' "
        "AND l.outcome = 'success' AND substr(l.launched_at, 1, 4) = '2025'")));
    ASSERT_GT(expected, 0);
    const QList<ask::DataFact> facts = constellationFacts(db(), QStringLiteral("How many Kuiper satellites were launched in 2025?"));
    ASSERT_EQ(facts.size(), 1);
    EXPECT_TRUE(facts.first().text.contains(QStringLiteral("counts %1 Kuiper satellites").arg(QLocale(QLocale::English).toString(expected))))
        << facts.first().text.toStdString();
    EXPECT_TRUE(facts.first().table.contains("payload"));
    EXPECT_TRUE(facts.first().rowKeys.contains("2025-")) << facts.first().rowKeys.toStdString();
    // Only the names the store holds: no alias is made up for a known question.
    EXPECT_TRUE(constellationFacts(db(), QStringLiteral("Amazon Leo satellites in 2025")).isEmpty());
    // Launch counts answer questions about launches or a year, not about plans.
    EXPECT_TRUE(constellationFacts(db(), QStringLiteral("How many Kuiper satellites are planned?")).isEmpty());
}

TEST_F(Grounding, ModelTrainingCostAndApiPriceComeFromTheModelRow)
{
    const double cost = sql(QStringLiteral("SELECT training_cost_usd FROM ai_model WHERE name = 'DeepSeek-V3'"));
    const double input = sql(QStringLiteral("SELECT api_input_usd_per_mtok FROM ai_model WHERE name = 'DeepSeek-V3'"));
    const QList<ask::DataFact> facts = modelCostFacts(db(), QStringLiteral("How much did DeepSeek-V3 cost to train?"));
    ASSERT_EQ(facts.size(), 2);
    EXPECT_TRUE(facts[0].text.contains(QStringLiteral("$%1 million").arg(cost / 1e6, 0, 'f', 2))) << facts[0].text.toStdString();
    EXPECT_TRUE(facts[1].text.contains(QStringLiteral("$%1 per million input").arg(input, 0, 'f', 2)));
    EXPECT_EQ(facts[0].rowKeys.left(24), QStringLiteral("ai_model 'DeepSeek-V3': "));
    // "R1" alone names DeepSeek-R1; GPT-4 Turbo is not also GPT-4.
    const QList<ask::DataFact> r1 = modelCostFacts(db(), QStringLiteral("Compare the API price of R1 with o1"));
    ASSERT_FALSE(r1.isEmpty());
    EXPECT_TRUE(r1.first().text.contains("DeepSeek-R1"));
    for (const ask::DataFact &f : modelCostFacts(db(), QStringLiteral("What did GPT-4 Turbo cost?")))
        EXPECT_TRUE(f.text.contains("GPT-4 Turbo"));
}

TEST_F(Grounding, InventedCitationsAreFlaggedAgainstTheContext)
{
    const ask::AskContext ctx = buildAskContext(db(), QStringLiteral("How far did NVDA fall on 2025-01-27?"), 3);
    const int fact = ctx.facts.first().number;
    const QString answer = QStringLiteral("NVDA fell [%1], says [1], and also [42].").arg(fact);
    const QList<ask::Citation> c = ask::findCitations(answer, ctx);
    EXPECT_EQ(ask::citedNumbers(c, false), QList<int>{42});
    EXPECT_TRUE(ask::citedNumbers(c, true).contains(fact));
}

TEST(AskCommand, PrintsTheAnswerThenItsSources)
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("cli.sqlite"));
    const test::ProcessResult r =
        test::runStratos({QStringLiteral("ask"), QStringLiteral("--db"), db, QStringLiteral("How far did NVDA fall on 2025-01-27?")});
    ASSERT_TRUE(r.finished);
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("\nSources:\n"))) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QRegularExpression(QStringLiteral("\\[\\d+\\] DATA — [^\\n]*daily prices: NVDA on [^\\n]*\\(price_bar: NVDA on "))))
        << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QRegularExpression(QStringLiteral("\\[\\d+\\] .+ — .+ chars \\d+-\\d+\\n")))) << r.out.toStdString();
}

TEST(AskCommand, ExitCodesForUsageAndBackendFailures)
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("cli.sqlite"));
    EXPECT_EQ(test::runStratos({QStringLiteral("ask"), QStringLiteral("--db"), db}).exitCode, 2);
    EXPECT_EQ(test::runStratos({QStringLiteral("ask"), QStringLiteral("--backend"), QStringLiteral("gpt"), QStringLiteral("q")}).exitCode, 2);
    EXPECT_EQ(test::runStratos({QStringLiteral("ask"), QStringLiteral("--top-k"), QStringLiteral("0"), QStringLiteral("q")}).exitCode, 2);
    QTcpServer probe;
    ASSERT_TRUE(probe.listen(QHostAddress::LocalHost, 0));
    const QString url = QStringLiteral("http://127.0.0.1:%1").arg(probe.serverPort());
    probe.close();
    const test::ProcessResult r = test::runStratos({QStringLiteral("ask"), QStringLiteral("--db"), db, QStringLiteral("--backend"),
                                                    QStringLiteral("openai"), QStringLiteral("--endpoint"), url,
                                                    QStringLiteral("Who founded DeepSeek?")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains("refused")) << r.err.toStdString();
    const test::ProcessResult remote = test::runStratos({QStringLiteral("ask"), QStringLiteral("--db"), db, QStringLiteral("--backend"),
                                                         QStringLiteral("ollama"), QStringLiteral("--model"), QStringLiteral("m"),
                                                         QStringLiteral("--endpoint"), QStringLiteral("http://192.0.2.1:11434"),
                                                         QStringLiteral("Who founded DeepSeek?")});
    EXPECT_EQ(remote.exitCode, 1);
    EXPECT_TRUE(remote.err.contains("--allow-remote")) << remote.err.toStdString();
}
