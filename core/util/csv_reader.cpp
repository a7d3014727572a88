#include "util/csv_reader.h"

#include <QStringDecoder>

namespace stratos {

CsvReader::CsvReader(QString text, QChar separator, QString fileName)
    : m_text(std::move(text)), m_sep(separator), m_file(std::move(fileName))
{
}

bool CsvReader::next(CsvRecord &record)
{
    record.fields.clear();
    record.columns.clear();
    if (m_error || m_pos >= m_text.size())
        return false;

    record.line = m_line;
    const qsizetype n = m_text.size();
    QString field;
    bool fieldStarted = false;
    while (true) {
        record.columns.append(int(m_pos - m_lineStart) + 1);
        field.clear();
        fieldStarted = false;
        if (m_pos < n && m_text[m_pos] == u'"') {
            const int quoteLine = m_line;
            const int quoteCol = int(m_pos - m_lineStart) + 1;
            ++m_pos;
            bool closed = false;
            while (m_pos < n) {
                const QChar c = m_text[m_pos];
                if (c == u'"') {
                    if (m_pos + 1 < n && m_text[m_pos + 1] == u'"') {
                        field += u'"';
                        m_pos += 2;
                        continue;
                    }
                    ++m_pos;
                    closed = true;
                    break;
                }
                if (c == u'\n') {
                    ++m_line;
                    m_lineStart = m_pos + 1;
                }
                field += c;
                ++m_pos;
            }
            if (!closed) {
                m_error = Error{QStringLiteral("expected a closing quote for the field opened here, "
                                               "found the end of the file"),
                                m_file, quoteLine, quoteCol};
                return false;
            }
            if (m_pos < n && m_text[m_pos] != m_sep && m_text[m_pos] != u'\n') {
                m_error = Error{QStringLiteral("expected a separator or end of line after a "
                                               "closing quote, found '%1'")
                                    .arg(m_text[m_pos]),
                                m_file, m_line, int(m_pos - m_lineStart) + 1};
                return false;
            }
            fieldStarted = true;
        } else {
            const qsizetype start = m_pos;
            while (m_pos < n && m_text[m_pos] != m_sep && m_text[m_pos] != u'\n')
                ++m_pos;
            field = m_text.mid(start, m_pos - start);
        }
        Q_UNUSED(fieldStarted);
        record.fields.append(field);
        if (m_pos >= n)
            return true;
        if (m_text[m_pos] == m_sep) {
            ++m_pos;
            if (m_pos >= n) { // trailing separator at end of file: one more empty field
                record.columns.append(int(m_pos - m_lineStart) + 1);
                record.fields.append(QString());
                return true;
            }
            continue;
        }
        // newline
        ++m_pos;
        ++m_line;
        m_lineStart = m_pos;
        return true;
    }
}

Result<QString> decodeUtf8Text(const QByteArray &bytes, const QString &fileName)
{
    QByteArrayView view(bytes);
    if (view.startsWith("\xEF\xBB\xBF"))
        view = view.sliced(3);
    if (view.startsWith("\xFF\xFE") || view.startsWith("\xFE\xFF"))
        return Error{QStringLiteral("expected UTF-8 text, found a UTF-16 byte order mark; "
                                    "save the file as UTF-8"),
                     fileName, 1, 1};
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(view);
    if (decoder.hasError()) {
        // Find the first bad byte to report where it is.
        int line = 1;
        qsizetype lineStart = 0;
        for (qsizetype i = 0; i < text.size(); ++i) {
            if (text[i] == QChar::ReplacementCharacter)
                return Error{QStringLiteral("expected UTF-8 text, found bytes in another "
                                            "encoding (Latin-1 or Windows-1252?)"),
                             fileName, line, int(i - lineStart) + 1};
            if (text[i] == u'\n') {
                ++line;
                lineStart = i + 1;
            }
        }
        return Error{QStringLiteral("expected UTF-8 text, found invalid bytes"), fileName, 0, 0};
    }
    if (text.contains(u'\r')) {
        text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
        text.replace(u'\r', u'\n');
    }
    return text;
}

} // namespace stratos
