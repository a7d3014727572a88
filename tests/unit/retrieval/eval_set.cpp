#include "eval_set.h"

#include "test_env.h"

#include <QDir>
#include <QFile>
#include <QSet>

namespace stratos::test {

Result<QList<EvalQuestion>> parseEvalSet(const QString &text, const QString &fileName)
{
    QList<EvalQuestion> out;
    QSet<int> ids;
    const QStringList lines = text.split(u'\n');
    for (int i = 0; i < lines.size(); ++i) {
        const QString &line = lines[i];
        if (line.trimmed().isEmpty() || line.startsWith(u'#'))
            continue;
        const QStringList cols = line.split(u'\t');
        bool ok = false;
        EvalQuestion q;
        q.id = cols.value(0).toInt(&ok);
        if (cols.size() != 4 || !ok || q.id <= 0 || ids.contains(q.id))
            return Error{QStringLiteral("expected: a new positive id, question, fact, files (4 tab-separated columns)"),
                         fileName, i + 1, 1};
        ids.insert(q.id);
        q.question = cols[1].trimmed();
        q.fact = cols[2].trimmed();
        q.files = cols[3].trimmed().split(u'|', Qt::SkipEmptyParts);
        if (q.question.isEmpty() || q.fact.isEmpty() || q.files.isEmpty())
            return Error{QStringLiteral("empty question, fact or files"), fileName, i + 1, 1};
        if ((q.fact == QLatin1String("-")) != (q.files == QStringList{QStringLiteral("-")}))
            return Error{QStringLiteral("an unanswerable question has \"-\" as both fact and files"), fileName, i + 1, 1};
        out << q;
    }
    return out;
}

Result<QList<EvalQuestion>> loadEvalSet()
{
    const QString path = QDir(sourceDir()).filePath(QStringLiteral("tests/data/retrieval_eval/questions.tsv"));
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("cannot read: %1").arg(f.errorString()), path};
    return parseEvalSet(QString::fromUtf8(f.readAll()), path);
}

bool containsFact(const QString &text, const QString &fact)
{
    return text.simplified().contains(fact.simplified(), Qt::CaseInsensitive);
}

} // namespace stratos::test
