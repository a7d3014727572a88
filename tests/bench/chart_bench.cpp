// Chart benchmarks: min/max decimation of 10M points to 2,000 pixel columns, and
// the time from a zoom (range change) to the repainted chart for a 1M-point
// series, decimated against the same chart fed every point. Ratios: see
// docs/charts.md.
#include "analytics/decimate.h"
#include "charts/chart_view.h"
#include "charts/plot_view.h"
#include "charts/spec_chart.h"

#include <QApplication>
#include <QRandomGenerator>
#include <benchmark/benchmark.h>
#include <cmath>

using namespace stratos;

namespace {

// A random walk with rare spikes: the shape decimation must not flatten.
QList<QPointF> walk(qsizetype n)
{
    QList<QPointF> pts;
    pts.reserve(n);
    QRandomGenerator rng(42);
    double y = 0;
    for (qsizetype i = 0; i < n; ++i) {
        y += rng.generateDouble() - 0.5;
        const double spike = rng.bounded(100000) == 0 ? 500.0 : 0.0;
        pts.append({double(i), y + spike});
    }
    return pts;
}

charts::ChartSpec lineSpec(qsizetype n)
{
    charts::ChartSpec spec;
    spec.id = "bench.line";
    spec.title = "1M points";
    spec.x = {charts::AxisKind::Value, "x", {}, charts::ValueFormat::Number, {}, {}};
    spec.y = {charts::AxisKind::Value, "y", {}, charts::ValueFormat::Number, {}, {}};
    charts::Series s;
    s.key = s.name = "walk";
    s.points = walk(n);
    spec.series = {s};
    return spec;
}

void BM_Decimate10MTo2000Px(benchmark::State &state)
{
    static const QList<QPointF> pts = walk(10'000'000);
    qsizetype kept = 0;
    for (auto _ : state) {
        const QList<QPointF> out = decimateMinMax(pts, 0, double(pts.size() - 1), 2000);
        kept = out.size();
        benchmark::DoNotOptimize(out.constData());
    }
    state.counters["points_out"] = double(kept);
    state.SetItemsProcessed(state.iterations() * pts.size());
}
BENCHMARK(BM_Decimate10MTo2000Px)->Unit(benchmark::kMillisecond);

// From setting a new x range to a finished repaint of the plot. The debounce
// delay itself is left out: refillNow() is what its timer runs.
void redrawAfterZoom(benchmark::State &state, bool decimate)
{
    ChartView view;
    view.resize(1400, 800);
    view.setDecimation(decimate);
    view.setSpec(lineSpec(1'000'000));
    view.show();
    QApplication::processEvents();
    view.refillNow();
    view.plot()->viewport()->repaint();
    SpecChart *chart = view.chart();
    const auto [lo, hi] = chart->xRange();
    const double span = hi - lo;
    static const double zooms[] = {0.5, 0.2, 1.0, 0.05, 0.7};
    int i = 0;
    for (auto _ : state) {
        const double f = zooms[i++ % 5];
        const double centre = lo + span * 0.45;
        chart->setXRange(centre - span * f / 2, centre + span * f / 2);
        view.refillNow();
        view.plot()->viewport()->repaint();
    }
    state.counters["points_in_qt"] = chart->plottedPointCount();
    state.counters["plot_px"] = chart->plotPixelWidth();
}

void BM_RedrawAfterZoom1M_Decimated(benchmark::State &state) { redrawAfterZoom(state, true); }
void BM_RedrawAfterZoom1M_RawPoints(benchmark::State &state) { redrawAfterZoom(state, false); }
BENCHMARK(BM_RedrawAfterZoom1M_Decimated)->Unit(benchmark::kMillisecond)->Iterations(25);
BENCHMARK(BM_RedrawAfterZoom1M_RawPoints)->Unit(benchmark::kMillisecond)->Iterations(10);

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
