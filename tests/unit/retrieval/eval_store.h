#pragma once
// One store for the retrieval tests: the embedded dataset and briefing notes
// (as a new user has them) plus every real document, imported once per run.

#include "store.h"

#include <QString>
#include <QTemporaryDir>
#include <memory>

namespace stratos::test {

struct EvalStore
{
    QTemporaryDir dir;
    std::unique_ptr<Store> store;
    QString documentsDir; // empty when ../shared/reference/documents is absent
    QString error;        // import failures, one per line
};

EvalStore &evalStore();

} // namespace stratos::test
