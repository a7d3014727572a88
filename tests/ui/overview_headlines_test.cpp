// The overview's cards compare what the `headline` table names (seed data, see
// db/headlines.h), not models, a day or constellations written in the code:
// change the rows as an update or the user would, reload, and every card
// follows, its figure equal to the same comparison computed in SQL.
#include "main_window.h"
#include "pages/event_study_panel.h"
#include "pages/markets_page.h"
#include "pages/overview_page.h"
#include "store.h"
#include "test_env.h"
#include "widgets/stat_card.h"

#include <QLabel>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <gtest/gtest.h>

using namespace stratos;

namespace {

QString heading(StatCard *card)
{
    auto *label = card->findChild<QLabel *>(QStringLiteral("cardHeading"));
    return label ? label->text() : QString();
}

QString caption(StatCard *card)
{
    auto *label = card->findChild<QLabel *>(QStringLiteral("cardCaption"));
    return label ? label->text() : QString();
}

} // namespace

TEST(OverviewHeadlines, CardsFollowTheHeadlineTable)
{
    QTemporaryDir dir;
    auto opened = Store::open(dir.filePath("overview.sqlite"));
    ASSERT_TRUE(opened.ok()) << qPrintable(opened.error().toString());
    std::unique_ptr<Store> store = std::move(*opened);
    QSqlDatabase db = store->database();
    MainWindow w(*store);
    w.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&w));
    auto *page = static_cast<OverviewPage *>(w.page(QStringLiteral("overview")));
    EXPECT_EQ(heading(page->card("cost_ratio")), QStringLiteral("Training cost: DeepSeek-V3 vs GPT-4"));
    EXPECT_EQ(heading(page->card("constellations")), QStringLiteral("Satellites launched: Starlink vs Kuiper"));

    // Another pair of models with training costs: the cheapest and the dearest.
    QSqlQuery q(db);
    ASSERT_TRUE(q.exec("SELECT a.name, b.name, b.training_cost_usd / a.training_cost_usd FROM "
                       "(SELECT name, training_cost_usd FROM ai_model WHERE training_cost_usd > 0 "
                       " ORDER BY training_cost_usd LIMIT 1) a, "
                       "(SELECT name, training_cost_usd FROM ai_model WHERE training_cost_usd > 0 "
                       " ORDER BY training_cost_usd DESC LIMIT 1) b") && q.next());
    const QString cheap = q.value(0).toString(), dear = q.value(1).toString();
    const double ratio = q.value(2).toDouble();
    ASSERT_NE(cheap, QStringLiteral("DeepSeek-V3"));
    for (const QString &sql :
         {QStringLiteral("UPDATE headline SET first = '%1', second = '%2', origin = 'user' WHERE card = 'training_cost'")
              .arg(cheap, dear),
          QStringLiteral("UPDATE headline SET event_key = 'nvidia-1-trillion' WHERE card = 'market_day'"),
          QStringLiteral("UPDATE headline SET first = 'OneWeb', second = 'Guowang', others = 'Starlink' "
                         "WHERE card = 'constellations'")})
        ASSERT_TRUE(q.exec(sql)) << qPrintable(q.lastError().text());
    w.reloadAll();

    EXPECT_EQ(heading(page->card("cost_ratio")), QStringLiteral("Training cost: %1 vs %2").arg(cheap, dear));
    EXPECT_EQ(page->card("cost_ratio")->figure(), QStringLiteral("%1× cheaper").arg(ratio, 0, 'f', 1));

    ASSERT_TRUE(q.exec("SELECT title FROM event WHERE key = 'nvidia-1-trillion'") && q.next());
    EXPECT_TRUE(heading(page->card("deepseek_day")).endsWith(q.value(0).toString()));
    ASSERT_TRUE(q.exec("SELECT (c.close / p.close - 1) * 100 FROM price_bar c, price_bar p, security s "
                       "WHERE s.symbol = 'NVDA' AND c.security_id = s.id AND p.security_id = s.id "
                       "AND c.day = '2023-05-30' AND p.day = (SELECT max(day) FROM price_bar "
                       "WHERE security_id = s.id AND day < '2023-05-30')") && q.next());
    const double move = q.value(0).toDouble();
    EXPECT_EQ(page->card("deepseek_day")->figure(),
              QStringLiteral("NVDA %1%2 %").arg(move < 0 ? "−" : "+").arg(std::abs(move), 0, 'f', 2));

    ASSERT_TRUE(q.exec("SELECT sum(p.constellation = 'OneWeb'), sum(p.constellation = 'Guowang') FROM payload p "
                       "JOIN launch l ON l.id = p.launch_id WHERE l.outcome = 'success'") && q.next());
    const QLocale loc;
    EXPECT_EQ(page->card("constellations")->figure(),
              QStringLiteral("%1 vs %2").arg(loc.toString(q.value(0).toInt()), loc.toString(q.value(1).toInt())));
    EXPECT_TRUE(caption(page->card("constellations")).startsWith(QLatin1String("Starlink "))) << qPrintable(caption(page->card("constellations")));

    // The market card opens its own day on the Markets page, with that event's study.
    StatCard *day = page->card("deepseek_day");
    w.showPage(QStringLiteral("overview"));
    QTest::mouseClick(day, Qt::LeftButton, {}, day->rect().center());
    EXPECT_EQ(w.currentPageId(), QStringLiteral("markets"));
    auto *markets = static_cast<MarketsPage *>(w.page(QStringLiteral("markets")));
    EXPECT_EQ(markets->eventStudy()->currentEvent(), QStringLiteral("nvidia-1-trillion"));
}
