#include "seed_store.h"

#include "corpus_loader.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <algorithm>

namespace stratos::test {

std::unique_ptr<SeedStore> makeSeedStore(const QString &seedsDir, bool withDataset)
{
    auto s = std::make_unique<SeedStore>();
    Store::Options options;
    options.loadSeed = withDataset;
    auto store = Store::open(s->dir.filePath(QStringLiteral("ask.sqlite")), options);
    if (!store) {
        s->error = store.error().toString();
        return s;
    }
    s->store = std::move(*store);
    if (seedsDir.isEmpty())
        return s;
    QSqlDatabase db = s->store->database();
    db.transaction();
    CorpusLoader loader(db);
    for (const QString &name : QDir(seedsDir).entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name)) {
        QFile f(QDir(seedsDir).filePath(name));
        if (!f.open(QIODevice::ReadOnly)) {
            s->error = f.errorString();
            return s;
        }
        DocumentInput doc;
        doc.path = f.fileName();
        doc.rawBytes = f.readAll();
        doc.text = QString::fromUtf8(doc.rawBytes);
        doc.mime = QStringLiteral("text/plain");
        for (const QString &line : doc.text.split(u'\n')) {
            if (!line.trimmed().isEmpty()) {
                doc.title = line.trimmed();
                break;
            }
        }
        auto w = loader.write(doc, QStringLiteral("import"));
        if (!w) {
            s->error = w.error().toString();
            return s;
        }
        ++s->documents;
    }
    db.commit();
    return s;
}

bool addSyntheticDocuments(Store &store, int passages)
{
    // Text with a news-like word distribution: a Zipf law over 4,000 made-up
    // words, with the topic words of the product spread among the common ones.
    static const QStringList topics = {
        "orbit",    "launch",   "market",  "model",     "compute", "chip",     "export",  "policy",
        "satellite", "rocket",  "training", "inference", "price",  "index",    "shares",  "cloud",
        "startup",  "benchmark", "token",  "license",   "open",    "weights",  "capital", "revenue",
        "regulator", "europe",  "china",   "america",   "lab",     "research", "dataset", "spectrum",
        "ground",   "station",  "antenna", "latency",   "fiber",   "network",  "gpu",     "cluster",
        "energy",   "subsidy",  "tariff",  "investor",  "quarter", "growth",   "decline", "rally"};
    static const QStringList syllables = {"ka", "lo", "mi", "ra", "te", "su", "vin", "dor", "pel", "tra",
                                          "ne", "bo", "gu", "zen", "fa", "qui", "sho", "mar", "li", "ton"};
    QRandomGenerator rng(42);
    QStringList vocabulary;
    for (int i = 0; vocabulary.size() < 4000; ++i) {
        QString w;
        for (int k = 0, n = 2 + int(rng.bounded(3)); k < n; ++k)
            w += syllables[int(rng.bounded(syllables.size()))];
        if (!vocabulary.contains(w))
            vocabulary << w;
    }
    for (int t = 0; t < topics.size(); ++t)
        vocabulary.insert(30 + t * 12, topics[t]); // ranks 30..600
    QList<double> cumulative;
    double total = 0;
    for (int r = 0; r < vocabulary.size(); ++r)
        cumulative << (total += 1.0 / (r + 1.0));
    auto word = [&] {
        const double x = rng.generateDouble() * total;
        return vocabulary[int(std::lower_bound(cumulative.begin(), cumulative.end(), x) - cumulative.begin())];
    };
    QSqlDatabase db = store.database();
    db.transaction();
    CorpusLoader loader(db);
    const int perDoc = 50;
    for (int d = 0; d * perDoc < passages; ++d) {
        DocumentInput doc;
        doc.path = QStringLiteral("/synthetic/doc-%1.txt").arg(d);
        doc.title = QStringLiteral("Synthetic report %1").arg(d);
        doc.mime = QStringLiteral("text/plain");
        QString text;
        for (int p = 0; p < perDoc && d * perDoc + p < passages; ++p) {
            for (int s = 0; s < 5; ++s) {
                QString sentence;
                const int n = 10 + int(rng.bounded(10));
                for (int w = 0; w < n; ++w)
                    sentence += word() + (w + 1 < n ? u' ' : u'.');
                sentence[0] = sentence[0].toUpper();
                text += sentence + (s < 4 ? u' ' : u'\n');
            }
            text += u'\n';
        }
        doc.text = text;
        doc.rawBytes = text.toUtf8();
        if (!loader.write(doc, QStringLiteral("import")))
            return false;
    }
    return db.commit();
}

} // namespace stratos::test
