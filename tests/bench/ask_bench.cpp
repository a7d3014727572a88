// Ask benchmarks: retrieval (FTS5 bm25 + sentence re-ranking + store facts)
// over the five seed articles, the built-in notes and 10,000 synthetic
// passages, for 100 questions; and the built-in answer end to end.
#include "ask/builtin_backend.h"
#include "ask_context.h"
#include "ask_facts.h"
#include "seed_questions.h"
#include "seed_store.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <algorithm>
#include <ctime>
#include <benchmark/benchmark.h>

using namespace stratos;

namespace {

QString seedsDir()
{
    QString shared = qEnvironmentVariable("STRATOS_SHARED_DIR", QStringLiteral(STRATOS_SHARED_PATH));
    const QString seeds = QDir(shared).filePath(QStringLiteral("seeds"));
    return QDir(seeds).exists() ? seeds : QString();
}

test::SeedStore &corpus()
{
    static std::unique_ptr<test::SeedStore> s = [] {
        auto store = test::makeSeedStore(seedsDir(), true);
        if (store->store)
            test::addSyntheticDocuments(*store->store, 10000);
        return store;
    }();
    return *s;
}

QStringList hundredQuestions()
{
    QStringList out;
    for (const test::SeedQuestion &q : test::seedQuestions())
        out << QString::fromUtf8(q.question);
    const QStringList data = {"How far did NVDA fall on 2025-01-27?", "What did the Nasdaq do on January 27, 2025?",
                              "How many Kuiper satellites were launched in 2025?", "How much did DeepSeek-V3 cost to train?",
                              "What is the API price of DeepSeek-R1?", "How did Broadcom trade on 2025-01-27?"};
    out << data;
    const QStringList topics = {"satellite latency", "GPU cluster energy", "export policy for chips", "open weights license",
                                "investor rally in shares", "ground station antenna", "training compute budget",
                                "inference price per token", "regulator in europe", "cloud revenue growth",
                                "rocket launch cadence", "spectrum for the network", "benchmark of the model",
                                "tariff on china", "capital for the startup", "dataset for research",
                                "fiber versus orbit", "quarter decline in the index"};
    const QStringList forms = {"What does the report say about %1?", "Why is %1 important?", "How much %1 is expected?",
                               "Who leads on %1?"};
    for (int i = 0; out.size() < 100; ++i)
        out << forms[i % forms.size()].arg(topics[(i / forms.size() + i) % topics.size()]);
    return out.mid(0, 100);
}

// CPU time of this thread: what a question costs, whatever else the machine runs.
double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

double percentile(QList<double> v, double p)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v[std::min<qsizetype>(v.size() - 1, qsizetype(double(v.size()) * p))];
}

struct Latencies
{
    QList<double> wall, cpu;
    template <typename F> void measure(F &&f)
    {
        QElapsedTimer t;
        const double c0 = threadCpuMs();
        t.start();
        f();
        wall << double(t.nsecsElapsed()) / 1e6;
        cpu << threadCpuMs() - c0;
    }
    void report(benchmark::State &state) const
    {
        state.counters["median_ms"] = percentile(wall, 0.5);
        state.counters["p95_ms"] = percentile(wall, 0.95);
        state.counters["cpu_median_ms"] = percentile(cpu, 0.5);
        state.counters["cpu_p95_ms"] = percentile(cpu, 0.95);
        state.counters["questions"] = 100;
    }
};

} // namespace

static void BM_AskRetrieval100Questions(benchmark::State &state)
{
    test::SeedStore &s = corpus();
    if (!s.store) {
        state.SkipWithError(qPrintable(s.error));
        return;
    }
    const QStringList questions = hundredQuestions();
    Latencies l;
    for (auto _ : state)
        for (const QString &q : questions)
            l.measure([&] { benchmark::DoNotOptimize(buildAskContext(s.store->database(), q, 6).passages.size()); });
    l.report(state);
}
BENCHMARK(BM_AskRetrieval100Questions)->Unit(benchmark::kMillisecond)->Iterations(3);

static void BM_AskBuiltinAnswerEndToEnd(benchmark::State &state)
{
    test::SeedStore &s = corpus();
    if (!s.store) {
        state.SkipWithError(qPrintable(s.error));
        return;
    }
    const QStringList questions = hundredQuestions();
    Latencies l;
    for (auto _ : state)
        for (const QString &q : questions)
            l.measure([&] {
                const ask::AskContext ctx = buildAskContext(s.store->database(), q, 6);
                ask::BuiltinBackend backend;
                QEventLoop loop;
                QObject::connect(&backend, &ask::Backend::finished, &loop, &QEventLoop::quit);
                QObject::connect(&backend, &ask::Backend::failed, &loop, &QEventLoop::quit);
                backend.start(ctx);
                loop.exec();
            });
    l.report(state);
}
BENCHMARK(BM_AskBuiltinAnswerEndToEnd)->Unit(benchmark::kMillisecond)->Iterations(3);

// The parts: full-text candidates alone, and the store facts alone.
static void BM_AskPartFtsCandidates(benchmark::State &state)
{
    test::SeedStore &s = corpus();
    const QStringList questions = hundredQuestions();
    Latencies l;
    for (auto _ : state)
        for (const QString &q : questions)
            l.measure([&] { benchmark::DoNotOptimize(passageCandidates(s.store->database(), q, 30).size()); });
    l.report(state);
}
BENCHMARK(BM_AskPartFtsCandidates)->Unit(benchmark::kMillisecond)->Iterations(3);

static void BM_AskPartStoreFacts(benchmark::State &state)
{
    test::SeedStore &s = corpus();
    const QStringList questions = hundredQuestions();
    Latencies l;
    for (auto _ : state)
        for (const QString &q : questions)
            l.measure([&] { benchmark::DoNotOptimize(dataFactsForQuestion(s.store->database(), q, 1).size()); });
    l.report(state);
}
BENCHMARK(BM_AskPartStoreFacts)->Unit(benchmark::kMillisecond)->Iterations(3);

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
