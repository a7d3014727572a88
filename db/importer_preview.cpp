#include "importer_preview.h"

namespace stratos::detail {

using import::Format;

namespace {

QString num(const std::optional<double> &v)
{
    return v ? QString::number(*v, 'g', 10) : QString();
}

} // namespace

// The first rows as the parser understood them, so users see what will be written.
void fillPreview(const import::ParseOutcome &parsed, ImportReport &report)
{
    constexpr int kRows = 50;
    switch (parsed.format) {
    case Format::Epoch:
        report.previewHeader = {"Model", "Organization", "Country", "Published", "Parameters",
                                "Compute (FLOP)", "Cost (2023 USD)", "Open weights"};
        for (int i = 0; i < parsed.models.size() && i < kRows; ++i) {
            const auto &m = parsed.models[i];
            report.previewRows.append({m.name, m.organization, m.country, m.publishedOn.toString(Qt::ISODate),
                                       num(m.parameters), num(m.trainingComputeFlop), num(m.trainingCostUsd2023),
                                       m.openWeights ? (*m.openWeights ? "yes" : "no") : QString()});
        }
        break;
    case Format::Gcat:
    case Format::Ll2:
        report.previewHeader = {"Tag", "Launched", "Vehicle", "Site", "Country", "Outcome", "Orbital", "Payloads"};
        for (int i = 0; i < parsed.launches.size() && i < kRows; ++i) {
            const auto &l = parsed.launches[i];
            report.previewRows.append({l.tag, l.launchedAt, l.vehicle, l.site, l.country, l.outcome,
                                       l.orbital ? "yes" : "no", QString::number(l.payloads.size())});
        }
        break;
    case Format::Prices:
        report.previewHeader = {"Symbol", "Day", "Open", "High", "Low", "Close", "Adj close", "Volume"};
        for (int i = 0; i < parsed.prices.bars.size() && i < kRows; ++i) {
            const auto &b = parsed.prices.bars[i];
            report.previewRows.append({parsed.prices.symbol, b.day.toString(Qt::ISODate), num(b.open), num(b.high),
                                       num(b.low), QString::number(b.close, 'g', 10), num(b.adjClose),
                                       b.volume ? QString::number(*b.volume) : QString()});
        }
        break;
    case Format::Psatcat:
        report.previewHeader = {"JCAT", "Name", "Program", "Constellation", "Launched", "Ended", "Operating"};
        for (int i = 0; i < parsed.satellites.size() && i < kRows; ++i) {
            const auto &s = parsed.satellites[i];
            report.previewRows.append({s.jcat, s.name, s.program, s.constellation, s.launchedOn, s.endedOn,
                                       s.operating ? "yes" : "no"});
        }
        break;
    case Format::Unknown:
        break;
    }
}

static int goodRowsOf(const import::ParseOutcome &parsed)
{
    switch (parsed.format) {
    case Format::Epoch: return int(parsed.models.size());
    case Format::Gcat:
    case Format::Ll2: return int(parsed.launches.size());
    case Format::Prices: return int(parsed.prices.bars.size());
    case Format::Psatcat: return int(parsed.satellites.size());
    case Format::Unknown: break;
    }
    return 0;
}

// What the parser found, for the preview and the summary.
void describeParse(const import::ParseOutcome &parsed, ImportReport &report)
{
    report.layout = parsed.layout;
    report.goodRows = goodRowsOf(parsed);
    report.skippedBlank = parsed.skippedBlank;
    report.skippedBad = parsed.skippedBad;
    report.skippedRows = parsed.skipped;
    report.blankNote = parsed.blankNote();
    if (parsed.format == Format::Prices) {
        const import::ParsedPrices &p = parsed.prices;
        report.symbol = p.symbol;
        report.symbolFrom = p.symbolFrom;
        report.symbolDetail = p.symbolDetail;
        report.adjustment = !p.adjustedKnown ? QStringLiteral("not stated")
                            : p.adjusted     ? QStringLiteral("adjusted")
                                             : QStringLiteral("not adjusted");
    }
}

QString skippedDetail(const ImportReport &r)
{
    QStringList lines;
    for (const import::SkippedRow &s : r.skippedRows)
        lines.append(QStringLiteral("line %1, column %2: %3%4")
                         .arg(s.line)
                         .arg(s.column)
                         .arg(s.blank ? QStringLiteral("blank record, ") : QString(), s.reason));
    return lines.join(u'\n');
}

} // namespace stratos::detail
