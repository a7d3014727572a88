#pragma once
// Row versions (migration 0013), the same cases on both backends: two
// connections to one store stand for two users. An edit saved against a row
// that changed since it was loaded is refused with both versions; nothing is
// overwritten silently. (row_version_test.cpp: SQLite; pg_row_version_test.cpp:
// PostgreSQL.)
#include "event_editor.h"
#include "store.h"

#include <QSqlQuery>
#include <gtest/gtest.h>

namespace stratos::test {

// Alice and Bob: two connections to one store.
inline void anEditAgainstAChangedEventIsRefusedWithBothVersions(Store *alice, Store *bob)
{
    ASSERT_TRUE(alice && bob);
    EventEditor aliceEditor(alice->database());
    EventEditor bobEditor(bob->database());
    UserEvent e;
    e.event.key = EventEditor::newKey();
    e.event.day = QDate(2025, 3, 1);
    e.event.title = QStringLiteral("Export rule draft");
    ASSERT_TRUE(aliceEditor.add(e).ok());

    auto aliceCopy = aliceEditor.load(e.event.key); // both open the event
    auto bobCopy = bobEditor.load(e.event.key);
    ASSERT_TRUE(aliceCopy.ok() && bobCopy.ok());
    EXPECT_EQ(aliceCopy->rowVersion, 1);

    bobCopy->event.title = QStringLiteral("Export rule published");
    auto bobSaved = bobEditor.save(*bobCopy);
    ASSERT_TRUE(bobSaved.ok()) << qPrintable(bobSaved.error().message);
    EXPECT_FALSE(bobSaved->conflict);
    EXPECT_EQ(bobSaved->rowVersion, 2);

    aliceCopy->event.summary = QStringLiteral("Alice's notes on the draft");
    auto aliceSaved = aliceEditor.save(*aliceCopy);
    ASSERT_TRUE(aliceSaved.ok()) << qPrintable(aliceSaved.error().message);
    ASSERT_TRUE(aliceSaved->conflict.has_value()) << "Alice's save would have erased Bob's title";
    EXPECT_EQ(aliceSaved->conflict->mine.event.summary, QStringLiteral("Alice's notes on the draft"));
    EXPECT_EQ(aliceSaved->conflict->theirs.event.title, QStringLiteral("Export rule published"));
    EXPECT_EQ(aliceSaved->conflict->theirs.rowVersion, 2);
    auto stored = bobEditor.load(e.event.key);
    EXPECT_EQ(stored->event.title, QStringLiteral("Export rule published"));
    EXPECT_TRUE(stored->event.summary.isEmpty()) << "the refused save wrote nothing";
    EXPECT_FALSE(aliceEditor.update(*aliceCopy).ok()) << "update() reports the conflict as an error";

    // Alice has seen both and keeps hers: saved against the version she saw.
    UserEvent keepMine = aliceSaved->conflict->mine;
    keepMine.rowVersion = aliceSaved->conflict->theirs.rowVersion;
    auto kept = aliceEditor.save(keepMine);
    ASSERT_TRUE(kept.ok());
    EXPECT_FALSE(kept->conflict);
    EXPECT_EQ(kept->rowVersion, 3);
    EXPECT_EQ(bobEditor.load(e.event.key)->event.summary, QStringLiteral("Alice's notes on the draft"));
}

inline void everyWriterMovesTheVersionOnNotOnlyTheEditor(Store *store)
{
    ASSERT_TRUE(store);
    EventEditor editor(store->database());
    UserEvent e;
    e.event.key = EventEditor::newKey();
    e.event.day = QDate(2024, 5, 6);
    e.event.title = QStringLiteral("Launch window");
    ASSERT_TRUE(editor.add(e).ok());
    auto loaded = editor.load(e.event.key);
    ASSERT_TRUE(loaded.ok());
    // An import or feed rewriting the row (any UPDATE that leaves row_version alone).
    QSqlQuery q(store->database());
    ASSERT_TRUE(q.exec(QStringLiteral("UPDATE event SET importance = 3 WHERE key = '%1'").arg(e.event.key)));
    EXPECT_EQ(editor.load(e.event.key)->rowVersion, loaded->rowVersion + 1);
    loaded->event.title = QStringLiteral("Launch window moved");
    auto saved = editor.save(*loaded);
    ASSERT_TRUE(saved.ok());
    EXPECT_TRUE(saved->conflict.has_value());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT row_version FROM document WHERE 1 = 0"))) << "document has row_version";
}

} // namespace stratos::test
