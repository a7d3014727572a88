// The labelled set (tests/data/claims/labelled.tsv), written before the finder
// was tuned and split by id: odd ids tune, even ids are held out. Both halves
// are reported; only the tuning half's misses are printed, so nobody tunes on
// the held-out half by accident. The gate sits a few points below the held-out
// rates measured when the finder was finished (see docs/claims.md).
#include "claim_store.h"
#include "independent_sql.h"
#include "store.h"
#include "test_env.h"
#include "text/document_text.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <iostream>

using namespace stratos;

namespace {

// Held-out gate: the rates measured when the finder was finished (docs/claims.md), minus a few points;
// the goals are 80% and 90%.
constexpr double kMinRecall = 0.90; // measured 39/41 = 95%
constexpr double kMinVerdicts = 0.93; // measured 42/43 = 98%

struct Item
{
    int id = 0;
    bool heldOut = false;
    QString source, docDate, context, figure, entity, measure, expected;
};

QList<Item> readSet(QString *error)
{
    QFile f(test::sourceDir() + QStringLiteral("/tests/data/claims/labelled.tsv"));
    if (!f.open(QIODevice::ReadOnly)) {
        *error = f.errorString();
        return {};
    }
    QList<Item> items;
    bool header = true;
    for (const QByteArray &raw : f.readAll().split('\n')) {
        const QString line = QString::fromUtf8(raw);
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        if (header) {
            header = false;
            continue;
        }
        const QStringList c = line.split(u'\t');
        if (c.size() != 11) {
            *error = QStringLiteral("line with %1 columns: %2").arg(c.size()).arg(line);
            return {};
        }
        items.append({c[0].toInt(), c[1] == QLatin1String("heldout"), c[2], c[3], c[4], c[5], c[6], c[7], c[10]});
    }
    return items;
}

struct Tally
{
    int items = 0, checkable = 0, found = 0, judged = 0, right = 0, wrongDiffers = 0, nonClaims = 0, falseClaims = 0,
        skipped = 0;
    double recall() const { return checkable ? double(found) / checkable : 0; }
    double verdicts() const { return judged ? double(right) / judged : 0; }
};

class LabelledSet : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_dir = new QTemporaryDir;
        auto s = Store::open(s_dir->filePath(QStringLiteral("store.sqlite")));
        ASSERT_TRUE(s.ok()) << qPrintable(s.error().toString());
        s_store = s->release();
    }
    static void TearDownTestSuite()
    {
        delete s_store;
        delete s_dir;
    }
    static inline QTemporaryDir *s_dir = nullptr;
    static inline Store *s_store = nullptr;
};

TEST_F(LabelledSet, BothHalvesMeetTheGoalsAndEveryFigureMatchesSql)
{
    QString error;
    const QList<Item> items = readSet(&error);
    ASSERT_TRUE(error.isEmpty()) << qPrintable(error);
    ASSERT_GE(items.size(), 60);
    const ClaimStore claims(s_store->database());
    Tally tally[2];
    int sqlCompared = 0;
    for (const Item &it : items) {
        Tally &t = tally[it.heldOut ? 1 : 0];
        ++t.items;
        QString text = it.context;
        QDate date = QDate::fromString(it.docDate, Qt::ISODate);
        int at = text.indexOf(it.figure);
        if (it.source.startsWith(QLatin1String("seed:"))) {
            const QString path = test::sharedFile(QStringLiteral("seeds/") + it.source.mid(5));
            QFile f(path);
            if (path.isEmpty() || !f.open(QIODevice::ReadOnly)) {
                ++t.skipped;
                continue;
            }
            auto doc = extractDocument(f.readAll(), DocumentKind::Text, path);
            ASSERT_TRUE(doc.ok()) << qPrintable(path);
            text = doc->text;
            date = doc->meta.date;
            const int anchor = int(text.indexOf(it.context));
            ASSERT_GE(anchor, 0) << "item " << it.id << ": anchor not in the seed text";
            at = int(text.indexOf(it.figure, anchor));
            if (at < 0) { // articles put no-break spaces inside figures ("$589 billion", "$5 M")
                QString pattern = QRegularExpression::escape(it.figure);
                pattern.replace(QStringLiteral("\\ "), QStringLiteral("[ \\x{00A0}\\x{202F}]"));
                at = int(text.indexOf(QRegularExpression(pattern), anchor));
            }
        }
        ASSERT_GE(at, 0) << "item " << it.id << ": figure not in its text";
        auto checked = claims.checkText(text, date);
        ASSERT_TRUE(checked.ok()) << qPrintable(checked.error().toString());
        const CheckedClaim *hit = nullptr;
        for (const CheckedClaim &c : *checked)
            if (c.claim.start < at + it.figure.size() && at < c.claim.end)
                hit = &c;
        const bool checkable = it.expected == QLatin1String("agrees") || it.expected == QLatin1String("differs")
                               || it.expected == QLatin1String("no data");
        const QString verdict = hit ? verdictKey(hit->check.verdict) : QStringLiteral("not found");
        if (it.expected == QLatin1String("not a claim")) {
            ++t.nonClaims;
            t.falseClaims += hit ? 1 : 0;
        } else {
            t.checkable += checkable ? 1 : 0;
            t.found += checkable && hit ? 1 : 0;
            if (hit) {
                ++t.judged;
                t.right += verdict == it.expected ? 1 : 0;
                t.wrongDiffers += it.expected == QLatin1String("agrees") && hit->check.verdict == Verdict::Differs ? 1 : 0;
            }
        }
        const bool ok = it.expected == QLatin1String("not a claim") ? !hit : (hit ? verdict == it.expected : !checkable);
        if (!ok && !it.heldOut)
            std::cout << "  tune item " << it.id << " [" << it.figure.toStdString() << "] expected "
                      << it.expected.toStdString() << ", got " << verdict.toStdString()
                      << (hit ? " (" + hit->claim.describe().toStdString() + "; " + hit->check.storeFigure.toStdString()
                                    + "; " + hit->check.note.toStdString() + hit->claim.unclearWhy.toStdString() + ")"
                              : std::string())
                      << "\n";
        // Every figure the checker agrees or disagrees with equals an independent query.
        if (hit && (hit->check.verdict == Verdict::Agrees || hit->check.verdict == Verdict::Differs)) {
            const auto independent = test::independentFigure(s_store->database(), hit->claim, date);
            ASSERT_TRUE(independent.has_value()) << "item " << it.id << ": no independent query for " << hit->claim.describe().toStdString();
            if (independent->isNumber) {
                ASSERT_TRUE(hit->check.storeValue.has_value()) << "item " << it.id;
                EXPECT_NEAR(*hit->check.storeValue, independent->number, 0.005) << "item " << it.id;
            } else {
                EXPECT_EQ(hit->check.storeFigure, independent->text) << "item " << it.id;
            }
            ++sqlCompared;
        }
    }
    for (int half = 0; half < 2; ++half) {
        const Tally &t = tally[half];
        std::cout << (half ? "held-out" : "tuning  ") << ": " << t.items << " items (" << t.skipped << " skipped), "
                  << t.found << "/" << t.checkable << " checkable figures found (" << int(100 * t.recall() + 0.5) << "%), "
                  << t.right << "/" << t.judged << " verdicts right (" << int(100 * t.verdicts() + 0.5) << "%), "
                  << t.wrongDiffers << " wrong 'differs', " << t.falseClaims << "/" << t.nonClaims
                  << " non-claims taken as claims\n";
    }
    EXPECT_GT(sqlCompared, 20);
    const Tally &held = tally[1];
    EXPECT_GE(held.recall(), kMinRecall);
    EXPECT_GE(held.verdicts(), kMinVerdicts);
    EXPECT_EQ(held.wrongDiffers, 0);
    EXPECT_EQ(tally[0].wrongDiffers, 0);
}

} // namespace
