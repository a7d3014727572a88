#pragma once
// Helpers for the importer tests: read reference files, parse inline text,
// and print problems when an expectation fails.

#include "import/parsed.h"
#include "test_env.h"

#include <QFile>
#include <QStringList>
#include <gtest/gtest.h>

namespace stratos::import::test {

inline QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

inline ParseOutcome parseText(const QByteArray &text, const QString &fileName,
                              const ParseOptions &options = {})
{
    return parseFile(text, fileName, options);
}

// All problems as "FILE:LINE:COLUMN: message" lines, for failure output.
inline std::string problemsOf(const ParseOutcome &o)
{
    QStringList lines;
    for (const Error &e : o.problems)
        lines.append(e.toString());
    return lines.join(u'\n').toStdString();
}

// "LINE:COLUMN" of a problem.
inline QString where(const Error &e)
{
    return QStringLiteral("%1:%2").arg(e.line).arg(e.column);
}

// The file's lines without the final empty one, as bytes (no CR).
inline QList<QByteArray> linesOf(const QByteArray &bytes)
{
    QList<QByteArray> lines = bytes.split('\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    for (QByteArray &l : lines)
        if (l.endsWith('\r'))
            l.chop(1);
    return lines;
}

} // namespace stratos::import::test
