#pragma once
// RFC 4180 CSV reader over an in-memory UTF-8 text: quoted fields with embedded
// separators, quotes and newlines; tracks the line and column of every record.

#include "util/result.h"

#include <QString>
#include <QStringList>
#include <QStringView>

namespace stratos {

struct CsvRecord
{
    QStringList fields;
    int line = 0;              // 1-based line where the record starts
    QList<int> columns;        // 1-based column (character) where each field starts
};

class CsvReader
{
public:
    explicit CsvReader(QString text, QChar separator = u',', QString fileName = {});

    // Reads the next record. Returns false at end of input or on error (see error()).
    bool next(CsvRecord &record);
    bool atEnd() const { return m_pos >= m_text.size(); }
    bool hasError() const { return m_error.has_value(); }
    const Error &error() const { return *m_error; }

private:
    QString m_text;
    QChar m_sep;
    QString m_file;
    qsizetype m_pos = 0;
    int m_line = 1;
    qsizetype m_lineStart = 0;
    std::optional<Error> m_error;
};

// Strips a UTF-8 BOM and normalises CRLF/CR to LF. Returns an error when the
// bytes are not valid UTF-8 (e.g. Latin-1 or UTF-16 files).
Result<QString> decodeUtf8Text(const QByteArray &bytes, const QString &fileName = {});

} // namespace stratos
