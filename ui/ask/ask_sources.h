#pragma once
// What an answer was given and what it cites, in the forms the panel needs:
// JSON for the page and the store, a target for a clicked citation, the
// clipboard text and the Markdown export.

#include "ask/ask_types.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace stratos {

class ClaimStore;
class LibraryStore;

// One source as the page shows it: {n, kind: passage|data, title, location,
// documentId, path, start, end, excerpt} or {n, kind: data, title, location,
// text, table, rows}.
// With claims, a passage source lists its figures that differ from the store's
// data ("differs": ["3.6% (store: -3.07%)"]), so the answer can say so by the citation.
QJsonArray sourcesJson(const ask::AskContext &context, const LibraryStore &library, const ClaimStore *claims = nullptr);
// The sources of `sources` that `kept` still has (the same span of the same
// document, the same figure), numbered as `kept` numbers them: what a backend
// gave its model, or the built-in answer's order of first citation.
QJsonArray sourcesKept(const QJsonArray &sources, const ask::AskContext &kept);

// A context holding only the numbers of these sources (for ask::findCitations).
ask::AskContext numbersOnly(const QJsonArray &sources);

struct CitationSplit
{
    QList<int> valid;    // cited and provided
    QList<int> invented; // cited but never provided: flagged, never a source
};
CitationSplit splitCitations(const QString &answer, const QJsonArray &sources);

QJsonObject sourceByNumber(const QJsonArray &sources, int n);

// "[1] Title — file.txt · chars 10–90" lines for the cited sources.
QString sourcesBlock(const QString &answer, const QJsonArray &sources);

struct ExportedMessage
{
    QString role;   // user, assistant
    QString text;
    QString status; // ok, stopped, failed
    QString error;
    QJsonArray sources;
};
QString conversationMarkdown(const QString &title, const QList<ExportedMessage> &messages, const QString &backend);

} // namespace stratos
