#pragma once
// Test stores for the Ask tests: the five seed articles (../shared/seeds)
// imported through CorpusLoader, with or without the embedded dataset.

#include "store.h"

#include <QString>
#include <QTemporaryDir>
#include <memory>

namespace stratos::test {

struct SeedStore
{
    QTemporaryDir dir;
    std::unique_ptr<Store> store;
    int documents = 0;
    QString error; // why the store could not be made
};

// Empty seedsDir: the store has only what the embedded dataset brings.
std::unique_ptr<SeedStore> makeSeedStore(const QString &seedsDir, bool withDataset);

// Adds `count` generated passages (benchmark and load tests).
bool addSyntheticDocuments(Store &store, int passages);

} // namespace stratos::test
