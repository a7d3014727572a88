// The timeline's event index and filter: order, ranges, Tab stepping, dimming.
#include "timeline/timeline_model.h"

#include <gtest/gtest.h>

using namespace stratos;
using namespace stratos::timeline;

namespace {

TimelineEvent ev(const char *key, QDate day, Lane lane, const char *title,
                 QStringList countries = {})
{
    TimelineEvent e;
    e.event.key = QLatin1String(key);
    e.event.day = day;
    e.event.title = QLatin1String(title);
    e.lane = lane;
    e.t = dayToTime(day);
    e.countries = countries;
    return e;
}

TimelineModel sample()
{
    TimelineModel m;
    m.setEvents(
        {ev("c", QDate(2025, 1, 27), Lane::Market, "DeepSeek shock: Nvidia falls", {"US", "CN"}),
         ev("a", QDate(2024, 12, 26), Lane::Model, "DeepSeek-V3 released", {"CN"}),
         ev("d", QDate(2025, 2, 2), Lane::Policy, "AI Act bans apply", {"EU"}),
         ev("b", QDate(2025, 1, 20), Lane::Model, "DeepSeek-R1 released", {"CN"}),
         ev("e", QDate(2025, 1, 20), Lane::Policy, "Trump revokes the order", {"US"})});
    return m;
}

QStringList keysInTabOrder(const TimelineModel &m)
{
    QStringList keys;
    for (int i = m.step(-1, 1); i >= 0; i = m.step(i, 1))
        keys << m.event(i).event.key;
    return keys;
}

} // namespace

TEST(TimelineModel, SortsByDayThenLane)
{
    const TimelineModel m = sample();
    EXPECT_EQ(keysInTabOrder(m), (QStringList{"a", "b", "e", "c", "d"}));
}

TEST(TimelineModel, RangeFindsEventsByBinarySearch)
{
    const TimelineModel m = sample();
    const auto [first, last] = m.range(dayToTime(QDate(2025, 1, 1)), dayToTime(QDate(2025, 1, 31)));
    EXPECT_EQ(first, 1);
    EXPECT_EQ(last, 4);
}

TEST(TimelineModel, ShiftTabStepsBackwards)
{
    const TimelineModel m = sample();
    int i = m.step(-1, -1);
    EXPECT_EQ(m.event(i).event.key, QStringLiteral("d"));
    i = m.step(i, -1);
    EXPECT_EQ(m.event(i).event.key, QStringLiteral("c"));
    EXPECT_EQ(m.step(0, -1), -1);
}

TEST(TimelineModel, LaneAndCountryFiltersHideEvents)
{
    TimelineModel m = sample();
    TimelineFilter f;
    f.lanes[std::size_t(Lane::Policy)] = false;
    m.setFilter(f);
    EXPECT_EQ(keysInTabOrder(m), (QStringList{"a", "b", "c"}));
    f = {};
    f.countries = {"EU", "US"};
    m.setFilter(f);
    EXPECT_EQ(keysInTabOrder(m), (QStringList{"e", "c", "d"}));
}

TEST(TimelineModel, TextDimsTheRestAndTabVisitsMatches)
{
    TimelineModel m = sample();
    TimelineFilter f;
    f.text = QStringLiteral("deepseek RELEASED");
    m.setFilter(f);
    EXPECT_EQ(m.shownCount(), 5);
    EXPECT_EQ(m.matchCount(), 2);
    EXPECT_EQ(m.state(m.indexOfKey("c")), EventState::Dimmed);
    EXPECT_EQ(m.state(m.indexOfKey("b")), EventState::Match);
    EXPECT_EQ(keysInTabOrder(m), (QStringList{"a", "b"}));
}

TEST(TimelineModel, DateRangeFilter)
{
    TimelineModel m = sample();
    TimelineFilter f;
    f.from = QDate(2025, 1, 21);
    f.to = QDate(2025, 1, 31);
    m.setFilter(f);
    EXPECT_EQ(keysInTabOrder(m), QStringList{"c"});
}

TEST(TimelineModel, NearestAndDensity)
{
    const TimelineModel m = sample();
    EXPECT_EQ(m.event(m.nearest(dayToTime(QDate(2025, 1, 26)))).event.key, QStringLiteral("c"));
    const auto d =
        m.density(Lane::Model, dayToTime(QDate(2024, 12, 1)), dayToTime(QDate(2025, 2, 28)), 3);
    EXPECT_EQ(d, (std::vector<int>{1, 1, 0}));
}

TEST(EventCountries, FromConcernsAndTitle)
{
    Event e;
    e.title = QStringLiteral("US restricts advanced AI chip exports to China");
    e.concerns = {"security:NVDA", "security:ASML", "constellation:Qianfan"};
    const QHash<QString, QString> map = {{"security:NVDA", "US"}, {"security:ASML", "NL"}};
    EXPECT_EQ(eventCountries(e, map), (QStringList{"CN", "NL", "US"}));
    EXPECT_EQ(countriesNamedIn(QStringLiteral("European Parliament adopts the AI Act")),
              QStringList{"EU"});
    EXPECT_TRUE(countriesNamedIn(QStringLiteral("Focus on usage")).isEmpty());
}
