#include "import/price_rows.h"

#include "import/price_symbol.h"

#include <QFileInfo>
#include <QLocale>
#include <QSet>
#include <algorithm>
#include <cmath>

namespace stratos::import::detail {
namespace {

bool allEmpty(const CsvRow &row)
{
    for (const QByteArrayView f : row.fields)
        if (!trimPriceField(f).isEmpty())
            return false;
    return true;
}

} // namespace

PriceRowReader::PriceRowReader(const PriceColumns &cols, ParseContext &ctx)
    : m_cols(cols), m_ctx(ctx), m_order(ctx.options().dateOrder)
{
    for (const auto &[col, kind] : {std::pair{cols.open, Value::Open},
                                    {cols.high, Value::High},
                                    {cols.low, Value::Low},
                                    {cols.close, Value::Close},
                                    {cols.adjClose, Value::AdjClose},
                                    {cols.volume, Value::Volume},
                                    {cols.percent, Value::Percent},
                                    {cols.ticker, Value::Ticker},
                                    {cols.period, Value::Period}})
        if (col >= 0 && !(kind == Value::AdjClose && cols.closeIsAdjusted))
            m_valueColumns.append({col, kind});
    std::sort(m_valueColumns.begin(), m_valueColumns.end());
}

std::optional<double> PriceRowReader::number(const CsvRow &row, int col, const char *what,
                                             PriceValue kind, bool positive)
{
    const QByteArrayView text = trimPriceField(row.fields[col]);
    const std::optional<double> v = parsePriceNumber(text, kind);
    if (v && (kind == PriceValue::Percent || (positive ? *v > 0 : *v >= 0)))
        return v;
    m_ctx.rowProblem(row.line, row.columns[col], [&] {
        if (kind == PriceValue::Percent)
            return QStringLiteral("expected a percentage for %1 (like 3.79%%), found %2")
                .arg(QLatin1String(what), found(text));
        return QStringLiteral("expected a %1 number for %2, found %3")
            .arg(positive ? QStringLiteral("positive") : QStringLiteral("non-negative"),
                 QLatin1String(what), found(text));
    });
    return std::nullopt;
}

bool PriceRowReader::readDay(const CsvRow &row, qint64 &jd,
                             std::optional<NumericDate> &numeric)
{
    const QByteArrayView text = trimPriceField(row.fields[m_cols.date]);
    DateStyle style = DateStyle::Iso;
    jd = parseIsoDay(text);
    if (jd < 0) {
        style = DateStyle::Compact;
        jd = parseCompactDay(text);
    }
    if (jd < 0) {
        style = DateStyle::Numeric;
        numeric = parseNumericDate(text);
        if (numeric && m_order != DateOrder::Unknown) {
            jd = resolveNumericDate(*numeric, m_order);
            numeric.reset();
        }
    }
    if (jd < 0 && !numeric) {
        m_ctx.rowProblem(row.line, row.columns[m_cols.date], [&] {
            return QStringLiteral("expected a date like 2025-01-27, 20250127 or 01/27/2025, "
                                  "found %1")
                .arg(found(text));
        });
        return false;
    }
    // One file, one way of writing dates: a row that differs is a broken row.
    if (m_style == DateStyle::None) {
        m_style = style;
        m_styleExample = QString::fromUtf8(text);
    } else if (style != m_style) {
        m_ctx.rowProblem(row.line, row.columns[m_cols.date], [&] {
            return QStringLiteral("expected a date written like the first row's (%1), found %2")
                .arg(m_styleExample, found(text));
        });
        numeric.reset();
        jd = -1;
        return false;
    }
    return true;
}

void PriceRowReader::checkDay(qint64 jd, int line, int column)
{
    if (const int earlier = m_seen.insert(jd, line))
        m_ctx.rowProblem(line, column, [&] {
            return QStringLiteral("expected each date once, found %1 again (first on line %2)")
                .arg(QDate::fromJulianDay(jd).toString(Qt::ISODate))
                .arg(earlier);
        });
}

void PriceRowReader::readTicker(const CsvRow &row, int col)
{
    QString symbol = QString::fromUtf8(trimPriceField(row.fields[col])).toUpper();
    if (symbol.endsWith(QLatin1String(".US")))
        symbol.chop(3); // Stooq's US listings
    if (!looksLikeSymbol(symbol)) {
        m_ctx.rowProblem(row.line, row.columns[col], [&] {
            return QStringLiteral("expected a ticker in <TICKER>, found %1")
                .arg(found(trimPriceField(row.fields[col])));
        });
    } else if (m_tickerSymbol.isEmpty()) {
        m_tickerSymbol = symbol;
    } else if (symbol != m_tickerSymbol) {
        m_ctx.rowProblem(row.line, row.columns[col], [&] {
            return QStringLiteral("expected one symbol per file (%1 as on the first row), "
                                  "found %2")
                .arg(m_tickerSymbol, symbol);
        });
    }
}

bool PriceRowReader::read(const CsvRow &row)
{
    const PriceColumns &c = m_cols;
    ParseOutcome &out = m_ctx.out();
    if (trimPriceField(row.fields.value(c.date)).isEmpty() && allEmpty(row)) {
        m_ctx.blankRecord(row.line, QStringLiteral("no date and no values"));
        return true;
    }
    ++out.dataLines;
    if (row.fields.size() != c.count) {
        const bool tooMany = row.fields.size() > c.count;
        const int column =
            tooMany ? row.columns[c.count] : row.columns.last() + charCount(row.fields.last());
        if (m_firstDataRow && !m_ctx.options().skipBadRows) {
            // Every row is then likely off: say it once, clearly.
            m_ctx.problem(row.line, column, [&] {
                return QStringLiteral("expected %1 fields per row as the header names (%2), "
                                      "found %3: the header does not match the rows")
                    .arg(c.count)
                    .arg(c.names)
                    .arg(row.fields.size());
            });
            return false;
        }
        m_ctx.rowProblem(row.line, column, [&] {
            return QStringLiteral("expected %1 fields as named in the header, found %2")
                .arg(c.count)
                .arg(row.fields.size());
        });
        return true;
    }
    m_firstDataRow = false;
    const int before = m_ctx.rowProblems();
    qint64 jd = -1;
    std::optional<NumericDate> numeric;
    if (readDay(row, jd, numeric) && jd >= 0)
        checkDay(jd, row.line, row.columns[c.date]);
    ParsedBar bar;
    bar.line = row.line;
    bar.day = jd >= 0 ? QDate::fromJulianDay(jd) : QDate();
    // In column order, so a row's problems read left to right.
    for (const auto &[col, kind] : m_valueColumns) {
        switch (kind) {
        case Value::Open:
            bar.open = number(row, col, "Open", PriceValue::Money, false);
            break;
        case Value::High:
            bar.high = number(row, col, "High", PriceValue::Money, false);
            break;
        case Value::Low:
            bar.low = number(row, col, "Low", PriceValue::Money, false);
            break;
        case Value::Close:
            bar.close = number(row, col, c.closeIsAdjusted ? "Adj Close" : "Close",
                               PriceValue::Money, true)
                            .value_or(0);
            if (c.closeIsAdjusted)
                bar.adjClose = bar.close;
            break;
        case Value::AdjClose:
            bar.adjClose = number(row, col, "Adj Close", PriceValue::Money, true);
            break;
        case Value::Volume: {
            const QByteArrayView text = trimPriceField(row.fields[col]);
            if (text.isEmpty() || text == "-")
                break; // investing.com writes '-' where it has no volume
            if (const std::optional<double> volume =
                    number(row, col, "Volume", PriceValue::Volume, false)) {
                // llround cannot hold 2^63 or more (x86 gives a negative number).
                if (*volume >= 9223372036854775808.0)
                    m_ctx.rowProblem(row.line, row.columns[col], [&] {
                        return QStringLiteral("expected a Volume below 2^63, found %1")
                            .arg(found(text));
                    });
                else
                    bar.volume = qint64(std::llround(*volume));
            }
            break;
        }
        case Value::Percent:
            number(row, col, "Change %", PriceValue::Percent, false);
            break;
        case Value::Ticker:
            readTicker(row, col);
            break;
        case Value::Period:
            if (const QByteArrayView p = trimPriceField(row.fields[col]); p != "D" && p != "d")
                m_ctx.rowProblem(row.line, row.columns[col], [&] {
                    return QStringLiteral("expected daily rows (<PER> D), found %1").arg(found(p));
                });
            break;
        }
    }
    if (bar.high && bar.low && *bar.high < *bar.low) {
        m_ctx.rowProblem(row.line, row.columns[c.high], [&] {
            return QStringLiteral("expected High at least Low, found High %1 below Low %2")
                .arg(*bar.high, 0, 'g', QLocale::FloatingPointShortest)
                .arg(*bar.low, 0, 'g', QLocale::FloatingPointShortest);
        });
    }
    if (m_ctx.rowProblems() != before)
        return true;
    if (numeric) {
        m_vote.add(*numeric, row.line);
        m_pending.push_back({out.prices.bars.size(), row.line, row.columns[c.date], *numeric});
    }
    out.prices.bars.append(bar);
    return true;
}

void PriceRowReader::resolvePendingDays()
{
    if (m_pending.empty())
        return;
    QString why;
    int line = 0;
    m_order = m_vote.decide(why, line);
    if (m_order == DateOrder::Unknown) {
        // The whole file is in question, not one row: refuse it.
        m_ctx.problem(line, m_pending.front().column, why);
        dropPendingBars();
        return;
    }
    QSet<qsizetype> bad;
    QList<ParsedBar> &bars = m_ctx.out().prices.bars;
    for (const PendingDay &p : m_pending) {
        const qint64 jd = resolveNumericDate(p.date, m_order);
        const int before = m_ctx.rowProblems();
        if (jd < 0)
            m_ctx.rowProblem(p.line, p.column, [&] {
                return QStringLiteral("expected a date (%1), found %2/%3/%4, which is none")
                    .arg(m_order == DateOrder::MonthFirst ? QStringLiteral("month first")
                                                          : QStringLiteral("day first"))
                    .arg(p.date.first)
                    .arg(p.date.second)
                    .arg(p.date.year);
            });
        else
            checkDay(jd, p.line, p.column);
        if (m_ctx.rowProblems() != before)
            bad.insert(p.bar);
        else
            bars[p.bar].day = QDate::fromJulianDay(jd);
    }
    dropBars(bad);
}

void PriceRowReader::dropBars(const QSet<qsizetype> &which)
{
    if (which.isEmpty())
        return;
    QList<ParsedBar> &bars = m_ctx.out().prices.bars;
    QList<ParsedBar> kept;
    kept.reserve(bars.size() - which.size());
    for (qsizetype i = 0; i < bars.size(); ++i)
        if (!which.contains(i))
            kept.append(bars[i]);
    bars.swap(kept);
}

void PriceRowReader::dropPendingBars()
{
    // A bar whose month/day order was never decided has no day: it must not
    // reach anyone who reads the outcome, refused or not.
    QSet<qsizetype> which;
    for (const PendingDay &p : m_pending)
        which.insert(p.bar);
    m_pending.clear();
    dropBars(which);
}

void PriceRowReader::decideSymbol()
{
    ParseOutcome &out = m_ctx.out();
    ParsedPrices &prices = out.prices;
    const ParseOptions &options = m_ctx.options();
    const QString given = options.symbol.trimmed();
    const QString inFile = !m_tickerSymbol.isEmpty() ? m_tickerSymbol : m_cols.symbol;
    if (!inFile.isEmpty()) {
        // Stooq's "nvda.us" names the same listing as the file's NVDA.US.
        QString givenSymbol = given.toUpper();
        if (givenSymbol.endsWith(QLatin1String(".US")))
            givenSymbol.chop(3);
        if (!given.isEmpty() && givenSymbol != inFile.toUpper()) {
            m_ctx.problem(1, 1,
                          QStringLiteral("expected the symbol the file names, %1, found "
                                         "--symbol %2; leave --symbol out or pick the right file")
                              .arg(inFile, given));
            return;
        }
        prices.symbol = inFile;
        prices.symbolFrom = QStringLiteral("file");
        prices.symbolDetail = !m_tickerSymbol.isEmpty() ? QStringLiteral("<TICKER> column")
                              : m_cols.headerRows > 1   ? QStringLiteral("ticker row")
                                                        : QStringLiteral("column named after it");
        return;
    }
    if (!given.isEmpty()) {
        prices.symbol = given;
        prices.symbolFrom = QStringLiteral("option");
        prices.symbolDetail = QStringLiteral("--symbol option or the dialog");
        return;
    }
    const FileNameSymbol fromName = symbolFromFileName(out.fileName, options.knownSymbols);
    if (!fromName.symbol.isEmpty()) {
        prices.symbol = fromName.symbol;
        prices.symbolFrom = QStringLiteral("file name");
        prices.symbolDetail = QStringLiteral("token '%1' of the file name").arg(fromName.token);
        return;
    }
    const QString name = QFileInfo(out.fileName).fileName();
    m_ctx.problem(1, 1,
                  fromName.candidates.size() > 1
                      ? QStringLiteral("expected one ticker in the file name, found several "
                                       "(%1) in '%2'; give the symbol (--symbol)")
                            .arg(fromName.candidates.join(QStringLiteral(", ")), name)
                      : QStringLiteral("expected a symbol in the file or in its name, found none "
                                       "in '%1'; give the symbol (--symbol)")
                            .arg(name));
}

void PriceRowReader::finish()
{
    if (m_ctx.hasFileProblems()) {
        dropPendingBars();
        return; // the file is refused already; a symbol question would only distract
    }
    resolvePendingDays();
    if (!m_ctx.hasProblems())
        decideSymbol(); // asked once the rows are right, so it is the last question
}

} // namespace stratos::import::detail
