#include "ask/ask_sources.h"

#include "ask/citations.h"
#include "claim_store.h"
#include "library/document_table_model.h"
#include "library_store.h"
#include "text/document_text.h"

#include <QDateTime>
#include <QHash>
#include <QRegularExpression>

namespace stratos {

QJsonArray sourcesJson(const ask::AskContext &context, const LibraryStore &library, const ClaimStore *claims)
{
    QHash<qint64, QList<StoredClaim>> differing; // document -> its claims that differ
    auto differsIn = [&](qint64 documentId, int start, int end) {
        if (!claims)
            return QJsonArray();
        if (!differing.contains(documentId)) {
            QList<StoredClaim> list;
            for (const StoredClaim &c : claims->claimsForDocument(documentId))
                if (c.check.verdict == Verdict::Differs)
                    list.append(c);
            differing.insert(documentId, list);
        }
        QJsonArray out;
        for (const StoredClaim &c : differing.value(documentId))
            if (c.start >= start && c.end <= end)
                out.append(QStringLiteral("%1 (store: %2)").arg(c.figure, c.check.storeFigure));
        return out;
    };
    QJsonArray out;
    QHash<qint64, std::pair<bool, QString>> pdfText; // document -> (is pdf, text)
    for (const ask::RetrievedPassage &p : context.passages) {
        QString location = DocumentTableModel::fileLabel(p.documentPath);
        if (!pdfText.contains(p.documentId)) {
            const auto row = library.document(p.documentId);
            const bool pdf = row && row->mime == QLatin1String("application/pdf");
            pdfText.insert(p.documentId, {pdf, pdf ? library.text(p.documentId) : QString()});
        }
        const auto &[pdf, text] = pdfText.value(p.documentId);
        if (const int page = pdf ? pageAtOffset(text, p.start) : 0)
            location += QStringLiteral(" · p. %1").arg(page);
        location += QStringLiteral(" · chars %1–%2").arg(p.start).arg(p.end);
        QJsonObject source{{"n", p.number},
                               {"kind", "passage"},
                               {"title", p.documentTitle},
                               {"location", location},
                               {"documentId", p.documentId},
                               {"path", p.documentPath},
                               {"start", p.start},
                               {"end", p.end},
                               {"excerpt", p.text}};
        if (const QJsonArray d = differsIn(p.documentId, p.start, p.end); !d.isEmpty())
            source.insert(QStringLiteral("differs"), d);
        out.append(source);
    }
    for (const ask::DataFact &f : context.facts)
        out.append(QJsonObject{{"n", f.number},
                               {"kind", "data"},
                               {"title", f.label},
                               {"location", f.rowKeys},
                               {"text", f.text},
                               {"table", f.table},
                               {"rows", f.rowKeys}});
    return out;
}

QJsonArray sourcesKept(const QJsonArray &sources, const ask::AskContext &kept)
{
    QJsonArray out;
    const auto renumbered = [](QJsonObject o, int n) {
        o.insert(QStringLiteral("n"), n);
        return o;
    };
    for (const ask::RetrievedPassage &p : kept.passages)
        for (const QJsonValue &v : sources) {
            const QJsonObject o = v.toObject();
            if (o.value(QLatin1String("kind")).toString() == QLatin1String("passage") &&
                o.value(QLatin1String("documentId")).toInteger() == p.documentId &&
                o.value(QLatin1String("start")).toInt() == p.start && o.value(QLatin1String("end")).toInt() == p.end) {
                out.append(renumbered(o, p.number));
                break;
            }
        }
    for (const ask::DataFact &f : kept.facts)
        for (const QJsonValue &v : sources) {
            const QJsonObject o = v.toObject();
            if (o.value(QLatin1String("kind")).toString() == QLatin1String("data") &&
                o.value(QLatin1String("title")).toString() == f.label && o.value(QLatin1String("text")).toString() == f.text) {
                out.append(renumbered(o, f.number));
                break;
            }
        }
    return out;
}

QJsonObject sourceByNumber(const QJsonArray &sources, int n)
{
    for (const QJsonValue &v : sources)
        if (v.toObject().value(QLatin1String("n")).toInt() == n)
            return v.toObject();
    return {};
}

ask::AskContext numbersOnly(const QJsonArray &sources)
{
    ask::AskContext context;
    for (const QJsonValue &v : sources) {
        const QJsonObject o = v.toObject();
        const int n = o.value(QLatin1String("n")).toInt();
        if (o.value(QLatin1String("kind")).toString() == QLatin1String("data")) {
            ask::DataFact f;
            f.number = n;
            context.facts.append(f);
        } else {
            ask::RetrievedPassage p;
            p.number = n;
            context.passages.append(p);
        }
    }
    return context;
}

CitationSplit splitCitations(const QString &answer, const QJsonArray &sources)
{
    // The engine's citation check, on the numbers this answer was given.
    const QList<ask::Citation> found = ask::findCitations(answer, numbersOnly(sources));
    return {ask::citedNumbers(found, true), ask::citedNumbers(found, false)};
}

QString sourcesBlock(const QString &answer, const QJsonArray &sources)
{
    const CitationSplit split = splitCitations(answer, sources);
    QString out;
    for (int n : split.valid) {
        const QJsonObject s = sourceByNumber(sources, n);
        const bool data = s.value(QLatin1String("kind")).toString() == QLatin1String("data");
        out += QStringLiteral("[%1] %2%3 — %4\n")
                   .arg(n)
                   .arg(data ? QStringLiteral("Data: ") : QString(), s.value(QLatin1String("title")).toString(),
                        s.value(QLatin1String("location")).toString());
    }
    for (int n : split.invented)
        out += QStringLiteral("[%1] not a source: the model cited a number it was not given\n").arg(n);
    return out;
}

QString conversationMarkdown(const QString &title, const QList<ExportedMessage> &messages, const QString &backend)
{
    QString md = QStringLiteral("# %1\n\n_Exported from Stratos on %2. Answers: %3._\n")
                     .arg(title.isEmpty() ? QStringLiteral("Conversation") : title,
                          QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")), backend);
    for (const ExportedMessage &m : messages) {
        if (m.role == QLatin1String("user")) {
            md += QStringLiteral("\n## %1\n\n").arg(m.text.simplified());
            continue;
        }
        md += m.text.trimmed() + u'\n';
        if (m.status == QLatin1String("stopped"))
            md += QStringLiteral("\n_(stopped before the answer was complete)_\n");
        else if (m.status == QLatin1String("failed"))
            md += QStringLiteral("\n_(failed: %1)_\n").arg(m.error);
        const QString block = sourcesBlock(m.text, m.sources);
        if (block.isEmpty())
            continue;
        md += QStringLiteral("\n**Sources**\n\n");
        for (const QString &line : block.trimmed().split(u'\n')) {
            md += QStringLiteral("- %1\n").arg(line);
            // The cited words themselves, so the note stands on its own.
            const int n = line.mid(1, line.indexOf(u']') - 1).toInt();
            QString quote = sourceByNumber(m.sources, n).value(QLatin1String("excerpt")).toString().simplified();
            if (quote.isEmpty())
                quote = sourceByNumber(m.sources, n).value(QLatin1String("text")).toString().simplified();
            if (!quote.isEmpty())
                md += QStringLiteral("  > %1\n").arg(quote.size() > 400 ? quote.left(399) + QChar(0x2026) : quote);
        }
    }
    return md;
}

} // namespace stratos
