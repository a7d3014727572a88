// Issue 12, bug 10: a curated event's figures agree with the rows it links to.
// For every event about a constellation: the satellites of each launch that day
// are named in its text, and when the text states a running total ("bringing
// the total to", "fleet", "in orbit"), the total the Concerns list shows for it
// ("56 satellites launched by then") is named too, exactly, or within 2 % after
// "about"/"nearly". A company's own figure may stand beside it, never alone.
#include "repository.h"
#include "store.h"
#include "timeline_context.h"
#include "timeline_data.h"

#include <QLocale>
#include <numeric>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace stratos;

namespace {

struct Figure
{
    bool approximate = false;
    qint64 value = 0;
};

// Numbers as prose writes them: "1,200", "27", "six", "about 330".
QList<Figure> figuresIn(const QString &text)
{
    static const QStringList words = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
                                      "nine", "ten", "eleven", "twelve"};
    static const QRegularExpression re(
        QStringLiteral("(?:\\b(about|nearly|around|more than|over|some)\\s+)?(?:(\\d{1,3}(?:,\\d{3})+|\\d+)(?!\\.?\\d)|\\b(%1)\\b)")
            .arg(words.join(u'|')),
        QRegularExpression::CaseInsensitiveOption);
    QList<Figure> out;
    for (auto it = re.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        Figure f;
        f.approximate = m.hasCaptured(1);
        f.value = m.hasCaptured(2) ? QString(m.captured(2)).remove(u',').toLongLong()
                                   : words.indexOf(m.captured(3).toLower());
        out << f;
    }
    return out;
}

bool names(const QList<Figure> &figures, qint64 value)
{
    return std::any_of(figures.begin(), figures.end(), [value](const Figure &f) {
        return f.value == value || (f.approximate && std::abs(f.value - value) <= value / 50);
    });
}

TEST(CuratedFigures, ProseNumbersAreRead)
{
    const QList<Figure> f = figuresIn(QStringLiteral("first six satellites, about 1,200 km, KA-02 took it to 54."));
    ASSERT_EQ(f.size(), 4);
    EXPECT_EQ(f[0].value, 6);
    EXPECT_TRUE(f[1].approximate);
    EXPECT_EQ(f[1].value, 1200);
    EXPECT_EQ(f[2].value, 2);
    EXPECT_EQ(f[3].value, 54);
    EXPECT_TRUE(names(figuresIn(QStringLiteral("about 330 in orbit")), 333));
    EXPECT_FALSE(names(figuresIn(QStringLiteral("330 in orbit")), 333));
}

TEST(CuratedFigures, ConstellationEventsAgreeWithTheirLaunchesAndTotals)
{
    QTemporaryDir dir;
    auto store = Store::open(dir.filePath(QStringLiteral("seeded.sqlite")));
    ASSERT_TRUE(store.ok()) << qPrintable(store.error().toString());
    const Repository repo((*store)->database());
    const QList<ConstellationLaunch> launches = repo.constellationLaunches();
    ASSERT_FALSE(launches.isEmpty());
    static const QRegularExpression totalWords(
        QStringLiteral("\\b(total|fleet|in orbit|bringing|brought|taking|lifting|raising|put)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression shownTotal(QStringLiteral("^([\\d,]+) satellites launched by then$"));

    int checkedLaunches = 0, checkedTotals = 0;
    for (const timeline::TimelineEvent &e : loadTimelineEvents(repo, (*store)->database())) {
        if (e.isDocument() || e.isUserEvent())
            continue;
        const QList<Figure> figures = figuresIn(e.event.summary);
        for (const ConcernRow &row : eventConcernRows(repo, e)) {
            if (row.kind != QLatin1String("constellation"))
                continue;
            SCOPED_TRACE(qPrintable(QStringLiteral("%1 (%2): %3").arg(e.event.key, row.key, e.event.summary)));
            // The launches of this constellation that day: each batch, or their sum, is in the text.
            QList<int> batches;
            for (const ConstellationLaunch &l : launches)
                if (l.constellation == row.key && l.day == e.event.day)
                    batches << l.satellites;
            if (!batches.isEmpty()) {
                const int sum = std::accumulate(batches.begin(), batches.end(), 0);
                const bool each = std::all_of(batches.begin(), batches.end(), [&](int n) { return names(figures, n); });
                EXPECT_TRUE(names(figures, sum) || each) << "the store has batches of " << sum << " in all that day";
                ++checkedLaunches;
            }
            // The Concerns list's running total, when the text states one.
            const auto shown = shownTotal.match(row.figure);
            ASSERT_TRUE(shown.hasMatch()) << qPrintable(row.figure);
            if (!totalWords.match(e.event.summary).hasMatch())
                continue;
            const qint64 total = QLocale(QLocale::English).toLongLong(shown.captured(1));
            EXPECT_TRUE(names(figures, total)) << "the Concerns list says " << total << " satellites launched by then";
            ++checkedTotals;
        }
    }
    // The seed has many constellation events; a silent zero would prove nothing.
    EXPECT_GE(checkedLaunches, 15);
    EXPECT_GE(checkedTotals, 8);
}

} // namespace
