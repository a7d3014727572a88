// Metadata of the real documents (../shared/reference/documents) as the import
// detects it, against what a librarian reads off each file (checked by hand),
// and the user's correction surviving a re-import.
#include "eval_store.h"
#include "docimport/document_importer.h"
#include "library_store.h"
#include "store.h"
#include "test_env.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace stratos;

namespace {

struct Expected
{
    const char *file;
    const char *title;
    const char *authors;   // "" when the document names none
    const char *publisher; // "" when none is detected
    QDate date;
    const char *titleFrom;
};

const Expected kExpected[] = {
    {"ChinAI-255-Panic-buying-NVIDIA-A100-chip.md",
     "ChinAI #255: Panic buying, speculative booms, and whack-a-mole \u2014 what lengths will Chinese companies go to "
     "get an NVIDIA A100 chip?",
     "", "chinai.substack.com", QDate(2024, 5, 29), "first heading"},
    {"DeepSeek_R1.pdf", "DeepSeek-R1: Incentivizing Reasoning Capability in LLMs via Reinforcement Learning",
     "DeepSeek-AI", "", QDate(2025, 1, 23), "first page (largest type)"},
    {"FCC-Denies-Starlink-Low-Orbit-Bid-for-Lower-Latency---IEEE-Spectrum.md",
     "FCC Denies Starlink Low-Orbit Bid for Lower Latency", "", "IEEE Spectrum", QDate(2024, 5, 27), "first heading"},
    {"FR-2025-00636_AI_Diffusion_Framework.pdf", "Framework for Artificial Intelligence Diffusion",
     "Bureau of Industry and Security, Department of Commerce", "", QDate(), "first page (the subject line above AGENCY:)"},
    {"Kimi_k1.5.pdf", "KIMI K1.5: SCALING REINFORCEMENT LEARNING WITH LLMS", "Kimi Team", "", QDate(2025, 3, 3),
     "first page (largest type)"},
    {"McDowell2020_LEO_population_SpaceX_Starlink_impacts.pdf",
     "The Low Earth Orbit Satellite Population and Impacts of the SpaceX Starlink Constellation", "Jonathan C. McDowell",
     "", QDate(2020, 4, 29), "PDF metadata"},
    {"Qwen3_Technical_Report.pdf", "Qwen3 Technical Report", "Qwen Team", "", QDate(2025, 5, 14),
     "first page (largest type)"},
    {"deepseek-v2-tech-report.pdf",
     "DeepSeek-V2: A Strong, Economical, and Efficient Mixture-of-Experts Language Model", "DeepSeek-AI", "",
     QDate(2024, 6, 19), "first page (largest type)"},
    {"openai_gpt-5-2-system-card.pdf", "Update to GPT-5 System Card: GPT-5.2", "OpenAI", "", QDate(2025, 12, 11),
     "first page (largest type)"},
    {"qwenlm_blog_qwen2.5-max_index.html", "Qwen2.5-Max: Exploring the Intelligence of Large-scale MoE Model",
     "Qwen Team", "Qwen", QDate(2025, 1, 28), "og:title"},
    {"wired_ai_burn_planet.html", "AI Can Do Great Things\u2014if It Doesn't Burn the Planet", "Will Knight", "Wired",
     QDate(2020, 1, 21), "og:title"},
};

Store::Options noSeed()
{
    Store::Options o;
    o.loadSeed = false;
    return o;
}

} // namespace

TEST(DocumentMetadata, EveryRealDocumentGetsTheTitleAuthorsAndDateALibrarianWould)
{
    test::EvalStore &s = test::evalStore(); // the real documents, imported as a user would
    const QString docs = s.documentsDir;
    STRATOS_SKIP_WITHOUT(docs);
    ASSERT_TRUE(s.store);
    ASSERT_TRUE(s.error.isEmpty()) << s.error.toStdString();
    int imported = 0;
    for (const QString &f : QDir(docs).entryList(QDir::Files))
        imported += DocumentImporter::isDocumentFile(f) ? 1 : 0;
    ASSERT_EQ(imported, int(std::size(kExpected))) << "a new file in reference/documents needs its expectation";
    LibraryStore library(s.store->database());
    for (const Expected &e : kExpected) {
        SCOPED_TRACE(e.file);
        const auto row = library.documentByPath(QDir(docs).absoluteFilePath(QString::fromUtf8(e.file)));
        ASSERT_TRUE(row.has_value());
        EXPECT_EQ(row->title, QString::fromUtf8(e.title));
        EXPECT_EQ(row->authors, QString::fromUtf8(e.authors));
        if (*e.publisher) {
            EXPECT_EQ(row->publisher, QString::fromUtf8(e.publisher));
        }
        EXPECT_EQ(row->publishedOn, e.date);
        EXPECT_TRUE(row->metaSource.startsWith(QStringLiteral("title: %1").arg(QString::fromUtf8(e.titleFrom))))
            << row->metaSource.toStdString();
    }
}

TEST(DocumentMetadata, TheUsersCorrectionWinsAndSurvivesReimport)
{
    const QString source = test::sharedFile(
        QStringLiteral("reference/documents/FCC-Denies-Starlink-Low-Orbit-Bid-for-Lower-Latency---IEEE-Spectrum.md"));
    STRATOS_SKIP_WITHOUT(source);
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("fcc.md"));
    ASSERT_TRUE(QFile::copy(source, copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    auto store = Store::open(dir.filePath(QStringLiteral("meta.sqlite")), noSeed());
    ASSERT_TRUE(store);
    DocumentImporter importer((*store)->database());
    ASSERT_EQ(importer.importPaths({copy}, {}).failures(), 0);
    LibraryStore library((*store)->database());
    auto row = library.documentByPath(copy);
    ASSERT_TRUE(row);
    EXPECT_EQ(row->metaSource, QStringLiteral("title: first heading; date: front matter"));
    ASSERT_TRUE(library.updateMeta(row->id, {QStringLiteral("FCC keeps Starlink above the ISS"), QStringLiteral("IEEE Spectrum"),
                                             QDate(2024, 5, 21), row->url, QStringLiteral("Margo Anderson")}));
    QFile f(copy);
    ASSERT_TRUE(f.open(QIODevice::Append));
    f.write("\nA paragraph added later.\n");
    f.close();
    const DocImportRun again = importer.importPaths({copy}, {});
    ASSERT_EQ(again.failures(), 0);
    EXPECT_EQ(again.outcomes.value(0).write, DocumentWrite::Replaced);
    row = library.documentByPath(copy);
    EXPECT_EQ(row->title, QStringLiteral("FCC keeps Starlink above the ISS"));
    EXPECT_EQ(row->authors, QStringLiteral("Margo Anderson"));
    EXPECT_EQ(row->publishedOn, QDate(2024, 5, 21));
    EXPECT_EQ(row->metaSource, QStringLiteral("edited by the user"));
    EXPECT_TRUE(library.text(row->id).contains(QStringLiteral("A paragraph added later.")));
}
