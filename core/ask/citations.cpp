#include "ask/citations.h"

#include <QHash>
#include <QRegularExpression>
#include <algorithm>

namespace stratos::ask {

QSet<int> providedNumbers(const AskContext &context)
{
    QSet<int> out;
    for (const RetrievedPassage &p : context.passages)
        out.insert(p.number);
    for (const DataFact &f : context.facts)
        out.insert(f.number);
    return out;
}

QList<Citation> findCitations(const QString &answer, const AskContext &context)
{
    static const QRegularExpression bracket(QStringLiteral("\\[\\s*(\\d{1,4}(?:\\s*[-\u2013,;]\\s*\\d{1,4})*)\\s*\\]"));
    static const QRegularExpression item(QStringLiteral("(\\d{1,4})(?:\\s*[-\u2013]\\s*(\\d{1,4}))?"));
    const QSet<int> provided = providedNumbers(context);
    QList<Citation> out;
    auto it = bracket.globalMatch(answer);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        auto items = item.globalMatch(m.captured(1));
        while (items.hasNext()) {
            const QRegularExpressionMatch im = items.next();
            const int from = im.captured(1).toInt();
            const int to = im.captured(2).isEmpty() ? from : im.captured(2).toInt();
            // A range is expanded only when it is short; "[1-999]" is one invented citation.
            if (to < from || to - from > 10) {
                out.append({from, false, int(m.capturedStart())});
                continue;
            }
            for (int n = from; n <= to; ++n)
                out.append({n, provided.contains(n), int(m.capturedStart())});
        }
    }
    return out;
}

QList<int> citedNumbers(const QList<Citation> &citations, bool valid)
{
    QList<int> out;
    for (const Citation &c : citations)
        if (c.valid == valid && !out.contains(c.number))
            out << c.number;
    return out;
}

const RetrievedPassage *passageFor(const AskContext &context, int number)
{
    for (const RetrievedPassage &p : context.passages)
        if (p.number == number)
            return &p;
    return nullptr;
}

const DataFact *factFor(const AskContext &context, int number)
{
    for (const DataFact &f : context.facts)
        if (f.number == number)
            return &f;
    return nullptr;
}

AskContext renumberByCitation(const AskContext &context, QString *answer)
{
    QHash<int, int> to;
    int next = 1;
    for (const int n : citedNumbers(findCitations(*answer, context), true))
        to.insert(n, next++);
    for (const RetrievedPassage &p : context.passages)
        if (!to.contains(p.number))
            to.insert(p.number, next++);
    for (const DataFact &f : context.facts)
        if (!to.contains(f.number))
            to.insert(f.number, next++);
    AskContext out = context;
    for (RetrievedPassage &p : out.passages)
        p.number = to.value(p.number);
    for (DataFact &f : out.facts)
        f.number = to.value(f.number);
    std::sort(out.passages.begin(), out.passages.end(),
              [](const RetrievedPassage &a, const RetrievedPassage &b) { return a.number < b.number; });
    std::sort(out.facts.begin(), out.facts.end(), [](const DataFact &a, const DataFact &b) { return a.number < b.number; });
    static const QRegularExpression mark(QStringLiteral("\\[(\\d+)\\]"));
    QString rewritten;
    qsizetype last = 0;
    for (auto it = mark.globalMatch(*answer); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const int n = m.captured(1).toInt();
        rewritten += QStringView(*answer).mid(last, m.capturedStart() - last);
        rewritten += to.contains(n) ? QStringLiteral("[%1]").arg(to.value(n)) : m.captured();
        last = m.capturedEnd();
    }
    rewritten += QStringView(*answer).mid(last);
    *answer = rewritten;
    return out;
}

AskContext fitToBudget(const AskContext &context, int budgetChars)
{
    AskContext out;
    out.question = context.question;
    out.facts = context.facts;
    int used = int(context.question.size());
    for (const DataFact &f : context.facts)
        used += int(f.text.size() + f.label.size()) + 40;
    for (const RetrievedPassage &p : context.passages) {
        const QString &text = p.passageText.isEmpty() ? p.text : p.passageText;
        const int cost = int(text.size() + p.documentTitle.size()) + 60;
        if (budgetChars > 0 && used + cost > budgetChars && !out.passages.isEmpty())
            continue;
        used += cost;
        out.passages << p;
    }
    return out;
}

} // namespace stratos::ask
