// Launch Library 2 JSON pages: fields mapped from nested objects, lenient about
// missing optional objects, strict about the results list, id and net.
#include "import/ll2_json.h"
#include "import_test_util.h"

using namespace stratos::import;
using namespace stratos::import::test;

namespace {

const QByteArray kPage = R"({
  "count": 7420,
  "next": "https://ll.thespacedevs.com/2.2.0/launch/?limit=3&offset=3",
  "previous": null,
  "results": [
    {
      "id": "e3df2ecd-c239-472f-95e4-2b89b4f75800",
      "name": "Falcon 9 Block 5 | Starlink Group 12-7",
      "net": "2025-01-27T05:00:00Z",
      "status": {"id": 3, "name": "Launch Successful", "abbrev": "Success"},
      "launch_service_provider": {"id": 121, "name": "SpaceX"},
      "rocket": {"configuration": {"name": "Falcon 9", "full_name": "Falcon 9 Block 5"}},
      "mission": {"name": "Starlink Group 12-7", "orbit": {"name": "Low Earth Orbit", "abbrev": "LEO"}},
      "pad": {"name": "Space Launch Complex 40",
              "location": {"name": "Cape Canaveral SFS, FL, USA"},
              "country": {"name": "United States of America", "alpha_2_code": "US"}}
    },
    {
      "id": "b6f2c2a4-0000-4c88-9f5b-0123456789ab",
      "name": "Long March 8A | Qianfan",
      "net": "2025-02-11T09:30:00.000+08:00",
      "status": {"abbrev": "Partial Failure"},
      "launch_service_provider": {"name": "China Aerospace Science and Technology Corporation"},
      "rocket": {"configuration": {"name": "Long March 8A"}},
      "mission": null,
      "pad": {"name": "LC-2", "location": {"name": "Hainan Commercial Launch Site", "country_code": "CHN"}}
    },
    {"id": 42, "name": "New Shepard | NS-29", "net": "2025-02-04T15:00:00Z",
     "status": {"abbrev": "TBD"}, "mission": {"orbit": {"abbrev": "Sub"}}}
  ]
})";

} // namespace

TEST(Ll2Json, PageOfLaunches)
{
    const ParseOutcome o = parseText(kPage, QStringLiteral("launches_page1.json"));
    ASSERT_TRUE(o.ok()) << problemsOf(o);
    EXPECT_EQ(o.format, Format::Ll2);
    EXPECT_EQ(o.dataLines, 3);
    ASSERT_EQ(o.launches.size(), 3);

    const ParsedLaunch &a = o.launches[0];
    EXPECT_EQ(a.tag, QStringLiteral("LL2:e3df2ecd-c239-472f-95e4-2b89b4f75800"));
    EXPECT_EQ(a.line, 6);
    EXPECT_EQ(a.launchedAt, QStringLiteral("2025-01-27T05:00:00"));
    EXPECT_EQ(a.outcome, QStringLiteral("success"));
    EXPECT_EQ(a.operatorName, QStringLiteral("SpaceX"));
    EXPECT_EQ(a.vehicle, QStringLiteral("Falcon 9 Block 5"));
    EXPECT_EQ(a.site, QStringLiteral("Cape Canaveral SFS, FL, USA"));
    EXPECT_EQ(a.pad, QStringLiteral("Space Launch Complex 40"));
    EXPECT_EQ(a.country, QStringLiteral("US"));
    EXPECT_EQ(a.name, QStringLiteral("Falcon 9 Block 5 | Starlink Group 12-7"));
    EXPECT_TRUE(a.orbital);

    const ParsedLaunch &b = o.launches[1];
    EXPECT_EQ(b.launchedAt, QStringLiteral("2025-02-11T01:30:00")) << "net kept in UTC";
    EXPECT_EQ(b.outcome, QStringLiteral("failure"));
    EXPECT_EQ(b.country, QStringLiteral("CN")) << "older exports: pad.location.country_code";
    EXPECT_EQ(b.vehicle, QStringLiteral("Long March 8A"));
    EXPECT_TRUE(b.orbital) << "no mission: assume orbital";

    const ParsedLaunch &c = o.launches[2];
    EXPECT_EQ(c.tag, QStringLiteral("LL2:42"));
    EXPECT_EQ(c.outcome, QStringLiteral("unknown"));
    EXPECT_FALSE(c.orbital);
    EXPECT_EQ(c.country, QString());
    EXPECT_EQ(c.line, 28);
}

TEST(Ll2Json, ResultOffsetsPointAtEachEntry)
{
    const QByteArray json =
        R"({"count":2,"x":{"results":[9]},"results":[ {"a":"]"} , [1,2], "s,\"" ,7 ]})";
    const QList<qsizetype> offsets = stratos::import::detail::ll2ResultOffsets(json);
    ASSERT_EQ(offsets.size(), 4);
    EXPECT_EQ(json.mid(offsets[0], 4), QByteArray("{\"a\""));
    EXPECT_EQ(json.mid(offsets[1], 3), QByteArray("[1,"));
    EXPECT_EQ(json.mid(offsets[2], 3), QByteArray("\"s,"));
    EXPECT_EQ(json.mid(offsets[3], 1), QByteArray("7"));
}

TEST(Ll2Json, StrictAboutResultsIdAndNet)
{
    const ParseOutcome notList =
        parseText(R"({"count": 1, "results": {"id": "x"}})", QStringLiteral("a.json"));
    ASSERT_EQ(notList.problems.size(), 1);
    EXPECT_EQ(notList.problems[0].message,
              QStringLiteral("expected a \"results\" list of launches, found an object"));

    const ParseOutcome missing = parseText(R"({"next": null})", QStringLiteral("a.json"));
    ASSERT_EQ(missing.problems.size(), 1);
    EXPECT_EQ(missing.problems[0].message,
              QStringLiteral("expected a \"results\" list of launches, found nothing"));

    const ParseOutcome empty =
        parseText(R"({"count": 0, "results": []})", QStringLiteral("a.json"));
    ASSERT_EQ(empty.problems.size(), 1);
    EXPECT_TRUE(empty.problems[0].message.contains(QStringLiteral("empty list")));

    const ParseOutcome entries =
        parseText("{\"results\": [\n"
                  "  {\"id\": \"a\", \"net\": \"2025-01-27T05:00:00Z\"},\n"
                  "  {\"name\": \"no id\", \"net\": \"2025-01-27T05:00:00Z\"},\n"
                  "  {\"id\": \"c\"},\n"
                  "  {\"id\": \"d\", \"net\": \"soon\"},\n"
                  "  \"x\"\n"
                  "]}\n",
                  QStringLiteral("page.json"));
    ASSERT_EQ(entries.problems.size(), 4) << problemsOf(entries);
    EXPECT_EQ(where(entries.problems[0]), QStringLiteral("3:3"));
    EXPECT_EQ(entries.problems[0].message,
              QStringLiteral("expected a launch with an \"id\", found nothing"));
    EXPECT_EQ(where(entries.problems[1]), QStringLiteral("4:3"));
    EXPECT_EQ(entries.problems[1].message,
              QStringLiteral("expected a \"net\" date-time in launch c, found nothing"));
    EXPECT_EQ(where(entries.problems[2]), QStringLiteral("5:3"));
    EXPECT_EQ(entries.problems[2].message,
              QStringLiteral("expected \"net\" to be a date-time like 2025-01-27T05:00:00Z, found "
                             "'soon' (launch d)"));
    EXPECT_EQ(where(entries.problems[3]), QStringLiteral("6:3"));
    EXPECT_EQ(entries.problems[3].message,
              QStringLiteral("expected a launch object in \"results\", found a string"));
    EXPECT_EQ(entries.dataLines, 5);
    EXPECT_EQ(entries.launches.size(), 1);
}

TEST(Ll2Json, InvalidJsonSaysWhere)
{
    const ParseOutcome o = parseText("{\"results\": [\n  {\"id\": \"a\",, \"net\": \"x\"}\n]}",
                                     QStringLiteral("broken.json"));
    ASSERT_EQ(o.problems.size(), 1);
    EXPECT_TRUE(o.problems[0].message.startsWith(QStringLiteral("expected valid JSON, found ")));
    EXPECT_EQ(o.problems[0].line, 2);
}
