// Timeline frame time: 100,000 synthetic events over 30 years; each step (a
// wheel zoom or a pan) is followed by the layout of the visible range and a
// paint of the whole view into an image, as the screen would get it. Reports
// the median and the worst of 100 steps (target: median <= 16 ms).
#include "timeline/timeline_view.h"

#include <QApplication>
#include <QImage>
#include <QPainter>
#include <QRandomGenerator>
#include <algorithm>
#include <benchmark/benchmark.h>
#include <chrono>
#include <ctime>

using namespace stratos;
using namespace stratos::timeline;

namespace {

QList<TimelineEvent> syntheticEvents(int n)
{
    static const char *words[] = {"export", "controls", "model",    "launch",        "satellites",
                                  "chips",  "Nvidia",   "DeepSeek", "constellation", "rule",
                                  "shares", "fall",     "open",     "weights",       "Starlink",
                                  "Kuiper", "policy",   "price",    "compute",       "training"};
    QRandomGenerator rng(2025);
    const QDate from(1996, 1, 1);
    const int days = int(from.daysTo(QDate(2026, 1, 1)));
    QList<TimelineEvent> out;
    out.reserve(n);
    for (int i = 0; i < n; ++i) {
        TimelineEvent e;
        e.event.key = QStringLiteral("s%1").arg(i);
        e.event.day = from.addDays(rng.bounded(days));
        QStringList title;
        const int len = 3 + int(rng.bounded(7));
        for (int w = 0; w < len; ++w)
            title << QLatin1String(words[rng.bounded(20)]);
        e.event.title = title.join(u' ');
        e.event.importance = 1 + int(rng.bounded(3));
        e.lane = Lane(rng.bounded(5));
        e.t = dayToTime(e.event.day);
        out.append(e);
    }
    return out;
}

struct Fixture
{
    TimelineView view;
    QImage image;
    Fixture()
    {
        view.resize(1400, 820);
        view.setEvents(syntheticEvents(100000));
        view.show();
        image = QImage(view.viewport()->size(), QImage::Format_ARGB32_Premultiplied);
        frame();
    }
    // One frame as the screen gets it: layout of what is visible, then paint.
    void frame()
    {
        view.flushLayout();
        QPainter p(&image);
        view.viewport()->render(&p);
    }
};

Fixture &fixture()
{
    static Fixture f;
    return f;
}

template <typename Step> void runSteps(benchmark::State &state, Step step)
{
    Fixture &f = fixture();
    std::vector<double> ms, cpu;
    int i = 0;
    for (auto _ : state) {
        const auto t0 = std::chrono::steady_clock::now();
        const std::clock_t c0 = std::clock();
        step(f.view, i++);
        f.frame();
        const double elapsed =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
        cpu.push_back(double(std::clock() - c0) * 1000 / CLOCKS_PER_SEC);
        state.SetIterationTime(elapsed);
        ms.push_back(elapsed * 1000);
    }
    // Wall time is what the user waits for; CPU time shows the cost when the
    // machine is shared (a loaded CI box inflates the wall figures).
    std::sort(ms.begin(), ms.end());
    std::sort(cpu.begin(), cpu.end());
    state.counters["median_ms"] = ms[ms.size() / 2];
    state.counters["worst_ms"] = ms.back();
    state.counters["median_cpu_ms"] = cpu[cpu.size() / 2];
    state.counters["worst_cpu_ms"] = cpu.back();
    state.counters["labels"] = double(f.view.frame().labels.size());
    state.counters["badges"] = double(f.view.frame().badges.size());
}

} // namespace

// From all 30 years: ten wheel notches in, ten out, and again (spans 30 years to 3).
static void BM_TimelineZoomStep(benchmark::State &state)
{
    fixture().view.fitAll();
    runSteps(state, [](TimelineView &v, int i) {
        const double x = v.scale().x0() + v.scale().width() * (0.2 + 0.06 * (i % 10));
        v.zoomBy((i / 10) % 2 == 0 ? TimelineView::kWheelStep : 1 / TimelineView::kWheelStep, x);
    });
}
BENCHMARK(BM_TimelineZoomStep)->UseManualTime()->Unit(benchmark::kMillisecond)->Iterations(100);

// A one-year window (about 3,300 events in view) dragged 60 px per step.
static void BM_TimelinePanStepOneYear(benchmark::State &state)
{
    fixture().view.setVisibleDays(QDate(2010, 1, 1), QDate(2010, 12, 31));
    runSteps(state, [](TimelineView &v, int i) { v.panBy(i < 50 ? -60 : 60); });
}
BENCHMARK(BM_TimelinePanStepOneYear)
    ->UseManualTime()
    ->Unit(benchmark::kMillisecond)
    ->Iterations(100);

// The worst case: every one of the 100,000 events in view while panning.
static void BM_TimelinePanStepAllTime(benchmark::State &state)
{
    fixture().view.fitAll();
    runSteps(state, [](TimelineView &v, int i) { v.panBy(i < 50 ? -20 : 20); });
}
BENCHMARK(BM_TimelinePanStepAllTime)
    ->UseManualTime()
    ->Unit(benchmark::kMillisecond)
    ->Iterations(100);

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
