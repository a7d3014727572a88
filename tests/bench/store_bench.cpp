// Store benchmarks: first-run seed load into a new file, and cold open of a
// seeded store (what every start of the app and of each CLI command pays).
#include "repository.h"
#include "store.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <benchmark/benchmark.h>

using namespace stratos;

static void BM_FirstRunSeedLoad(benchmark::State &state)
{
    int n = 0;
    for (auto _ : state) {
        state.PauseTiming();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("seed-%1.sqlite").arg(n++));
        state.ResumeTiming();
        auto store = Store::open(path);
        if (!store)
            state.SkipWithError(qPrintable(store.error().toString()));
        benchmark::DoNotOptimize(store.ok());
        state.PauseTiming();
        store = Error{};
        state.ResumeTiming();
    }
}
BENCHMARK(BM_FirstRunSeedLoad)->Unit(benchmark::kMillisecond)->Iterations(5);

static void BM_ColdOpenSeededStore(benchmark::State &state)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("seeded.sqlite"));
    {
        auto store = Store::open(path);
        if (!store) {
            state.SkipWithError(qPrintable(store.error().toString()));
            return;
        }
    }
    for (auto _ : state) {
        auto store = Store::open(path);
        // What the status bar needs right after opening.
        benchmark::DoNotOptimize(Repository((*store)->database()).tableCounts());
    }
}
BENCHMARK(BM_ColdOpenSeededStore)->Unit(benchmark::kMillisecond);

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
