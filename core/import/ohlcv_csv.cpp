#include "import/ohlcv_csv.h"

#include "import/line_walk.h"
#include "import/ohlcv_header.h"
#include "import/price_rows.h"
#include "util/csv_reader.h"

#include <QLocale>
#include <QVarLengthArray>
#include <algorithm>
#include <cmath>
#include <cstring>
#include <vector>

namespace stratos::import::detail {
namespace {

qsizetype countLines(QByteArrayView text)
{
    qsizetype n = 1;
    for (const char *p = text.data(), *end = p + text.size();
         (p = static_cast<const char *>(std::memchr(p, '\n', size_t(end - p)))); ++p)
        ++n;
    return n;
}

class PriceParser
{
public:
    PriceParser(const QByteArray &text, ParseContext &ctx) : m_text(text), m_ctx(ctx) {}

    void run(bool fast);

private:
    // Feeds every row; header rows first. Returns false to stop.
    bool feed(const CsvRow &row);
    bool finishHeader();
    void runFast();
    void runGeneral();

    const QByteArray &m_text;
    ParseContext &m_ctx;
    QList<CsvRow> m_headerRows; // the first rows until the header is known
    std::optional<PriceColumns> m_cols;
    std::optional<PriceRowReader> m_rows;
    bool m_stop = false;      // nothing more can be read
    bool m_countOnly = false; // the rows no longer match the header: only count them
    QList<QList<QByteArray>> m_headerStorage; // general path: bytes of m_headerRows
};

void PriceParser::run(bool fast)
{
    if (fast)
        runFast();
    else
        runGeneral();
    if (m_stop || m_ctx.out().cancelled)
        return;
    if (!m_cols && !m_headerRows.isEmpty())
        finishHeader(); // a file of fewer than three lines
    if (m_stop)
        return;
    if (!m_cols && m_headerRows.isEmpty() && !m_ctx.hasProblems())
        m_ctx.problem(1, 1,
                      QStringLiteral("expected a price header like Date,Open,High,Low,"
                                     "Close,Volume, found an empty file"));
    else if (m_cols && m_ctx.out().dataLines == 0 && !m_ctx.hasProblems())
        m_ctx.problem(m_headerRows.last().line + 1, 1,
                      QStringLiteral("expected price rows after the header, found none"));
    if (m_rows && !m_countOnly) {
        m_rows->finish();
        m_ctx.finishRows(int(m_ctx.out().prices.bars.size()));
    }
}

bool PriceParser::feed(const CsvRow &row)
{
    if (!m_cols) {
        m_headerRows.append(row);
        if (m_headerRows.size() < 3)
            return true;
        return finishHeader();
    }
    if (m_countOnly)
        ++m_ctx.out().dataLines;
    else if (!m_rows->read(row))
        m_countOnly = true;
    return !m_stop;
}

bool PriceParser::finishHeader()
{
    QList<const CsvRow *> rows;
    for (const CsvRow &r : std::as_const(m_headerRows))
        rows.append(&r);
    HeaderProblem problem;
    m_cols = recognisePriceHeader(rows, problem);
    if (!m_cols) {
        m_ctx.problem(problem.line, problem.column, problem.message);
        m_stop = true;
        return false;
    }
    m_rows.emplace(*m_cols, m_ctx);
    ParseOutcome &out = m_ctx.out();
    out.layout = m_cols->layout;
    ParsedPrices &prices = out.prices;
    const ParseOptions &options = m_ctx.options();
    prices.adjusted = m_cols->adjClose >= 0 || options.adjusted.value_or(false);
    prices.adjustedKnown = m_cols->adjClose >= 0 || options.adjusted.has_value();
    // Rows after the header that were read ahead are data.
    const QList<CsvRow> pending = m_headerRows.mid(m_cols->headerRows);
    m_headerRows.resize(m_cols->headerRows);
    for (const CsvRow &row : pending)
        feed(row);
    return !m_stop;
}

void PriceParser::runFast()
{
    // Unquoted ASCII: split on bytes, no per-field allocation.
    m_ctx.out().prices.bars.reserve(countLines(m_text));
    CsvRow row;
    LineWalk lines(m_text);
    while (!m_stop && lines.next()) {
        const QByteArrayView line = lines.line();
        const int lineNo = lines.lineNo();
        if (lines.pollDue(16384) && m_ctx.poll(lines.pos()))
            return;
        if (lines.tooLong(m_ctx)) {
            if (!m_cols) {
                m_stop = true;
                return;
            }
            ++m_ctx.out().dataLines;
            continue;
        }
        if (trimPriceField(line).isEmpty())
            continue; // blank lines carry no record
        row.line = lineNo;
        row.fields.clear();
        row.columns.clear();
        qsizetype start = 0;
        while (true) {
            const qsizetype comma = line.indexOf(',', start);
            row.columns.append(int(start) + 1);
            if (comma < 0) {
                row.fields.append(line.sliced(start));
                break;
            }
            row.fields.append(line.sliced(start, comma - start));
            start = comma + 1;
        }
        if (!feed(row))
            return;
    }
}

void PriceParser::runGeneral()
{
    // Quoted fields or non-ASCII text: the RFC 4180 reader, then the same rows.
    const qint64 totalLines = countLines(m_text);
    CsvReader reader(QString::fromUtf8(m_text), u',', m_ctx.fileName());
    CsvRecord rec;
    CsvRow row;
    QList<QByteArray> storage; // keeps the views of row alive
    int sinceCheck = 0;
    while (!m_stop && reader.next(rec)) {
        if (++sinceCheck == 4096) {
            sinceCheck = 0;
            if (m_ctx.poll(qint64(m_text.size()) * rec.line / totalLines))
                return;
        }
        if (rec.fields.size() == 1 && rec.fields.first().trimmed().isEmpty())
            continue;
        row.line = rec.line;
        row.fields.clear();
        row.columns.clear();
        storage.clear();
        for (qsizetype i = 0; i < rec.fields.size(); ++i) {
            storage.append(rec.fields[i].toUtf8());
            row.columns.append(rec.columns.value(i, 1));
        }
        // Header rows are kept until recognised, so they need bytes that live on.
        if (!m_cols)
            m_headerStorage.append(storage);
        const QList<QByteArray> &bytes = m_cols ? storage : m_headerStorage.last();
        for (const QByteArray &f : bytes)
            row.fields.append(f);
        if (!feed(row))
            return;
    }
    if (reader.hasError())
        m_ctx.problem(reader.error());
}

} // namespace

void parseOhlcvCsv(const QByteArray &text, bool asciiWithoutQuotes, ParseContext &ctx)
{
    PriceParser(text, ctx).run(asciiWithoutQuotes);
}

} // namespace stratos::import::detail
