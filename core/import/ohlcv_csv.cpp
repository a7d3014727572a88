#include "import/ohlcv_csv.h"

#include "import/ohlcv_header.h"
#include "util/csv_reader.h"

#include <QLocale>
#include <QVarLengthArray>
#include <algorithm>
#include <cmath>
#include <cstring>
#include <vector>

namespace stratos::import::detail {
namespace {

QByteArrayView trimSpaces(QByteArrayView s)
{
    while (!s.isEmpty() && s.front() == ' ')
        s = s.sliced(1);
    while (!s.isEmpty() && s.back() == ' ')
        s.chop(1);
    return s;
}

qsizetype countLines(QByteArrayView text)
{
    qsizetype n = 1;
    for (const char *p = text.data(), *end = p + text.size();
         (p = static_cast<const char *>(std::memchr(p, '\n', size_t(end - p)))); ++p)
        ++n;
    return n;
}

// Remembers the line of every date seen in a flat table indexed by Julian day
// (O(1) per row, no allocation per row). Four-digit years bound it to ~3.7M days.
class SeenDays
{
public:
    int insert(qint64 jd, int line) // returns the earlier line, or 0
    {
        if (m_table.empty()) {
            m_base = jd - 2048;
            m_table.assign(8192, 0);
        }
        if (jd < m_base || jd >= m_base + qint64(m_table.size()))
            grow(jd);
        int &seen = m_table[size_t(jd - m_base)];
        if (seen)
            return seen;
        seen = line;
        return 0;
    }

private:
    void grow(qint64 jd)
    {
        const qint64 size = qint64(m_table.size());
        const qint64 lo = qMin(m_base, jd);
        const qint64 hi = qMax(m_base + size, jd + 1);
        const qint64 newSize = qMax(2 * size, 2 * (hi - lo)); // amortised, either direction
        const qint64 newBase = jd < m_base ? hi - newSize : lo;
        std::vector<int> table(size_t(newSize), 0);
        std::copy(m_table.begin(), m_table.end(), table.begin() + (m_base - newBase));
        m_table.swap(table);
        m_base = newBase;
    }

    qint64 m_base = 0;
    std::vector<int> m_table;
};

class PriceParser
{
public:
    PriceParser(const QByteArray &text, ParseContext &ctx) : m_text(text), m_ctx(ctx) {}

    void run(bool fast);

private:
    enum class Value
    {
        Open,
        High,
        Low,
        Close,
        AdjClose,
        Volume
    };

    // Feeds every row; header rows first. Returns false to stop.
    bool feed(const CsvRow &row);
    bool finishHeader();
    void readBar(const CsvRow &row);
    void runFast();
    void runGeneral();

    std::optional<double> number(const CsvRow &row, int col, const char *what, bool positive);

    const QByteArray &m_text;
    ParseContext &m_ctx;
    QList<CsvRow> m_headerRows; // the first rows until the header is known
    std::optional<PriceColumns> m_cols;
    QVarLengthArray<std::pair<int, Value>, 8> m_valueColumns; // sorted by column
    bool m_firstDataRow = true;
    bool m_stop = false;      // nothing more can be read
    bool m_countOnly = false; // the rows no longer match the header: only count them
    SeenDays m_seen;
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
    if (!m_cols && m_headerRows.isEmpty() && !m_ctx.hasProblems())
        m_ctx.problem(1, 1,
                      QStringLiteral("expected a price header like Date,Open,High,Low,"
                                     "Close,Volume, found an empty file"));
    else if (m_cols && m_ctx.out().dataLines == 0 && !m_ctx.hasProblems())
        m_ctx.problem(m_headerRows.last().line + 1, 1,
                      QStringLiteral("expected price rows after the header, found none"));
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
    else
        readBar(row);
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
    for (const auto &[col, kind] : {std::pair{m_cols->open, Value::Open},
                                    {m_cols->high, Value::High},
                                    {m_cols->low, Value::Low},
                                    {m_cols->close, Value::Close},
                                    {m_cols->adjClose, Value::AdjClose},
                                    {m_cols->volume, Value::Volume}})
        if (col >= 0 && !(kind == Value::AdjClose && m_cols->closeIsAdjusted))
            m_valueColumns.append({col, kind});
    std::sort(m_valueColumns.begin(), m_valueColumns.end());
    ParseOutcome &out = m_ctx.out();
    out.layout = m_cols->layout;
    ParsedPrices &prices = out.prices;
    const ParseOptions &options = m_ctx.options();
    if (!options.symbol.trimmed().isEmpty()) {
        prices.symbol = options.symbol.trimmed();
        prices.symbolFrom = QStringLiteral("option");
    } else if (!m_cols->symbol.isEmpty()) {
        prices.symbol = m_cols->symbol;
        prices.symbolFrom = QStringLiteral("file");
    } else if (QString fromName = symbolFromFileName(out.fileName); !fromName.isEmpty()) {
        prices.symbol = fromName;
        prices.symbolFrom = QStringLiteral("file name");
    } else {
        m_ctx.problem(1, 1,
                      QStringLiteral("expected a symbol in the file or in its name, found "
                                     "none; give one (--symbol)"));
    }
    prices.adjusted = m_cols->adjClose >= 0 || options.adjusted.value_or(false);
    prices.adjustedKnown = m_cols->adjClose >= 0 || options.adjusted.has_value();
    // Rows after the header that were read ahead are data.
    const QList<CsvRow> pending = m_headerRows.mid(m_cols->headerRows);
    m_headerRows.resize(m_cols->headerRows);
    for (const CsvRow &row : pending)
        feed(row);
    return !m_stop;
}

std::optional<double> PriceParser::number(const CsvRow &row, int col, const char *what,
                                          bool positive)
{
    const QByteArrayView text = trimSpaces(row.fields[col]);
    const std::optional<double> v = parseDouble(text);
    if (v && (positive ? *v > 0 : *v >= 0))
        return v;
    m_ctx.problem(row.line, row.columns[col], [&] {
        return QStringLiteral("expected a %1 number for %2, found %3")
            .arg(positive ? QStringLiteral("positive") : QStringLiteral("non-negative"),
                 QLatin1String(what), found(text));
    });
    return std::nullopt;
}

void PriceParser::readBar(const CsvRow &row)
{
    const PriceColumns &c = *m_cols;
    ParseOutcome &out = m_ctx.out();
    ++out.dataLines;
    if (row.fields.size() != c.count) {
        const bool tooMany = row.fields.size() > c.count;
        const int column =
            tooMany ? row.columns[c.count] : row.columns.last() + charCount(row.fields.last());
        if (m_firstDataRow) {
            // Every row is then likely off: say it once, clearly, and only
            // count the rest.
            m_ctx.problem(row.line, column, [&] {
                return QStringLiteral("expected %1 fields per row as the header names (%2), "
                                      "found %3: the header does not match the rows")
                    .arg(c.count)
                    .arg(c.names)
                    .arg(row.fields.size());
            });
            m_countOnly = true;
            return;
        }
        m_ctx.problem(row.line, column, [&] {
            return QStringLiteral("expected %1 fields as named in the header, found %2")
                .arg(c.count)
                .arg(row.fields.size());
        });
        return;
    }
    m_firstDataRow = false;
    const QByteArrayView dateText = trimSpaces(row.fields[c.date]);
    const qint64 jd = parseIsoDay(dateText);
    const int before = out.totalProblems;
    if (jd < 0) {
        m_ctx.problem(row.line, row.columns[c.date], [&] {
            return QStringLiteral("expected a date like 2025-01-27 (a time and zone may "
                                  "follow), found %1")
                .arg(found(dateText));
        });
    } else if (const int earlier = m_seen.insert(jd, row.line)) {
        m_ctx.problem(row.line, row.columns[c.date], [&] {
            return QStringLiteral("expected each date once, found %1 again (first on line %2)")
                .arg(QDate::fromJulianDay(jd).toString(Qt::ISODate))
                .arg(earlier);
        });
    }
    ParsedBar bar;
    bar.line = row.line;
    bar.day = QDate::fromJulianDay(jd);
    // In column order, so a row's problems read left to right.
    for (const auto &[col, kind] : m_valueColumns) {
        switch (kind) {
        case Value::Open:
            bar.open = number(row, col, "Open", false);
            break;
        case Value::High:
            bar.high = number(row, col, "High", false);
            break;
        case Value::Low:
            bar.low = number(row, col, "Low", false);
            break;
        case Value::Close:
            bar.close =
                number(row, col, c.closeIsAdjusted ? "Adj Close" : "Close", true).value_or(0);
            if (c.closeIsAdjusted)
                bar.adjClose = bar.close;
            break;
        case Value::AdjClose:
            bar.adjClose = number(row, col, "Adj Close", true);
            break;
        case Value::Volume:
            if (const QByteArrayView text = trimSpaces(row.fields[col]); !text.isEmpty())
                if (const std::optional<double> volume = number(row, col, "Volume", false)) {
                    // llround cannot hold 2^63 or more (x86 gives a negative number).
                    if (*volume >= 9223372036854775808.0)
                        m_ctx.problem(row.line, row.columns[col], [&] {
                            return QStringLiteral("expected a Volume below 2^63, found %1")
                                .arg(found(text));
                        });
                    else
                        bar.volume = qint64(std::llround(*volume));
                }
            break;
        }
    }
    if (bar.high && bar.low && *bar.high < *bar.low) {
        m_ctx.problem(row.line, row.columns[c.high], [&] {
            return QStringLiteral("expected High at least Low, found High %1 below Low %2")
                .arg(*bar.high, 0, 'g', QLocale::FloatingPointShortest)
                .arg(*bar.low, 0, 'g', QLocale::FloatingPointShortest);
        });
    }
    if (out.totalProblems == before)
        out.prices.bars.append(bar);
}

void PriceParser::runFast()
{
    // Unquoted ASCII: split on bytes, no per-field allocation.
    const QByteArrayView all(m_text);
    m_ctx.out().prices.bars.reserve(countLines(all));
    CsvRow row;
    qsizetype pos = 0;
    int lineNo = 0;
    int sinceCheck = 0;
    while (pos < all.size() && !m_stop) {
        qsizetype end = all.indexOf('\n', pos);
        if (end < 0)
            end = all.size();
        const QByteArrayView line = all.sliced(pos, end - pos);
        pos = end + 1;
        ++lineNo;
        if (++sinceCheck == 16384) {
            sinceCheck = 0;
            if (m_ctx.poll(pos))
                return;
        }
        if (line.size() > maxLineBytes) {
            m_ctx.problem(lineNo, 1, tooLongLine(line.size()));
            if (!m_cols) {
                m_stop = true;
                return;
            }
            ++m_ctx.out().dataLines;
            continue;
        }
        if (trimSpaces(line).isEmpty())
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
