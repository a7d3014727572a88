#pragma once
// What the importers produce: plain records parsed from real data files
// (Epoch AI CSV, GCAT launch log TSV, Launch Library 2 JSON, daily price CSVs),
// with the line each came from, and every problem found as FILE:LINE:COLUMN.
// No SQL here: the store decides what to add, update or skip.

#include "util/result.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <atomic>
#include <functional>
#include <optional>

namespace stratos::import {

enum class Format { Unknown, Epoch, Gcat, Ll2, Prices, Psatcat };

QString formatName(Format format); // "epoch", "gcat", "ll2", "prices", "psatcat", "unknown"
std::optional<Format> formatFromName(const QString &name); // "auto" -> Unknown

struct ParsedModel
{
    int line = 0;
    QString name;
    QString organization;     // first organization when several are listed
    QString country;          // ISO 3166 alpha-2 where known, else as written
    QString domain;
    QDate publishedOn;
    std::optional<double> parameters;
    std::optional<double> trainingComputeFlop;
    std::optional<double> trainingCostUsd2023; // Epoch's estimate, 2023 USD
    std::optional<bool> openWeights;           // from "Model accessibility"
    QString link;
};

struct ParsedPayload
{
    int line = 0;
    QString piece;
    QString jcat;          // GCAT object id; falls back to piece when absent
    QString name;
    QString plName;
    QString owner;
    QString constellation; // Starlink, Kuiper, OneWeb, Guowang, Qianfan or empty
    QString type;          // GCAT Type flags as written (e.g. "P A")
    QString state;         // GCAT SatState, ISO alpha-2 where obvious
};

struct ParsedLaunch
{
    int line = 0;
    QString tag;           // GCAT Launch_Tag, or "LL2:<id>" for Launch Library 2
    QString launchedAt;    // ISO: YYYY-MM-DD[THH:MM[:SS]] as precise as the source
    QString vehicle;
    QString site;
    QString country;       // ISO alpha-2 where known
    QString operatorName;
    QString outcome;       // success, failure, unknown
    bool orbital = true;
    QList<ParsedPayload> payloads;
    QString name;          // LL2 launch name ("Falcon 9 Block 5 | Starlink Group 6-1"); GCAT: empty
    QString pad;           // GCAT Launch_Pad, LL2 pad.name
    QString launchCode;    // GCAT Launch_Code as written ("OS", "OF40", "DS"); LL2: status abbrev
    bool dateUncertain = false; // GCAT marked the date with '?'
};

} // namespace stratos::import

// Only QStrings, QLists and scalars: a list of them may grow with realloc()
// instead of moving each record (a tenth of the GCAT log's parse).
Q_DECLARE_TYPEINFO(stratos::import::ParsedPayload, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(stratos::import::ParsedLaunch, Q_RELOCATABLE_TYPE);

namespace stratos::import {

// One payload of GCAT's payload catalogue (psatcat.tsv): when it was launched
// and whether, and until when, it operated.
struct ParsedSatellite
{
    int line = 0;
    QString jcat;          // GCAT object id (S45044)
    QString piece;         // international designation
    QString name;
    QString program;       // GCAT Program as written ("Starlink 1.5 G4", "HWD")
    QString constellation; // Starlink, Kuiper, OneWeb, Guowang, Qianfan or empty
    QString launchedOn;    // ISO day (or month/year when GCAT is less precise)
    QString endedOn;       // TDate as an ISO prefix; empty while operating
    bool operating = false; // TDate '*': still operating when the catalogue was updated
};

struct ParsedBar
{
    int line = 0;
    QDate day;
    std::optional<double> open, high, low;
    double close = 0;
    std::optional<double> adjClose;
    std::optional<qint64> volume;
};

// A split or a cash dividend the publisher reported with the bars: either
// changes past values of an adjusted series.
struct ParsedPriceEvent
{
    enum class Kind { Split, Dividend };
    Kind kind = Kind::Dividend;
    QDate day;
    double amount = 0;          // dividend per share
    double numerator = 1, denominator = 1; // split: numerator new shares per denominator old
};

struct ParsedPrices
{
    QString symbol;
    QString symbolFrom;     // "file", "file name" or "option"
    QString symbolDetail;   // for previews: "<TICKER> column", "token 'AMZN' of the file name"
    bool adjusted = false;  // the file says (Adj Close column) or the user said
    bool adjustedKnown = false; // false: neither said, so the store keeps what it has
    QList<ParsedBar> bars;
    QList<ParsedPriceEvent> events; // only from layouts that carry them (Yahoo v8 chart)
};

// Which number of 01/02/2025 is the month; Unknown = decide from the whole file.
enum class DateOrder { Unknown, MonthFirst, DayFirst };

// A record left out: a blank draft row (always, with a note) or, with
// ParseOptions::skipBadRows, a row with a problem (its first problem).
struct SkippedRow
{
    int line = 0;
    int column = 0;
    QString reason;
    bool blank = false;
};

struct ParseOptions
{
    Format format = Format::Unknown;  // Unknown = detect from content
    QString symbol;                   // prices: overrides file / file name
    std::optional<bool> adjusted;     // prices: when the file cannot say
    const std::atomic_bool *cancel = nullptr;
    std::function<void(qint64 done, qint64 total)> progress; // bytes
    // Added last so positional initialisers of the fields above keep working.
    DateOrder dateOrder = DateOrder::Unknown; // prices: 01/02/2025 when the file cannot tell
    QStringList knownSymbols;         // prices: tickers the store holds (file-name rule)
    bool skipBadRows = false;         // import the good rows, list the bad ones as skipped
};

struct ParseOutcome
{
    Format format = Format::Unknown;
    QString fileName;
    QList<ParsedModel> models;
    QList<ParsedLaunch> launches;
    ParsedPrices prices;
    QList<ParsedSatellite> satellites;
    QString catalogueDate;   // psatcat: "# Updated" as an ISO day, when the file says
    QList<Error> problems;   // empty = the file is good; capped at maxProblems
    bool cancelled = false;
    int dataLines = 0;       // data records read (excluding headers and comments)
    int totalProblems = 0;   // every problem found, including those past maxProblems
    QString layout;          // what was recognised, for previews: "yfinance, 2 header rows"
    QList<SkippedRow> skipped; // blank records and (skipBadRows) bad rows, by line; capped
    int skippedBlank = 0;    // every blank record left out
    int skippedBad = 0;      // every bad row left out (skipBadRows)
    static constexpr int maxSkippedListed = 10000;
    // "skipped 3 blank rows: lines 13859, 13863, 13864" (empty when none).
    QString blankNote() const;

    static constexpr int maxProblems = 20;
    bool ok() const { return problems.isEmpty() && !cancelled; }
};

// Guesses the format from the first bytes (and the file name as a hint).
Format detectFormat(const QByteArray &head, const QString &fileName);

// Parses a whole file. Bad input never throws: it fills problems.
ParseOutcome parseFile(const QByteArray &bytes, const QString &fileName,
                       const ParseOptions &options = {});

} // namespace stratos::import
