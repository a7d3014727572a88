// parseFile: checks the bytes are text, picks the format and hands over to the
// parser for it.
#include "import/epoch_csv.h"
#include "import/gcat_launchlog.h"
#include "import/gcat_psatcat.h"
#include "import/ll2_json.h"
#include "import/ohlcv_csv.h"
#include "import/parse_context.h"
#include "import/yahoo_chart.h"

namespace stratos::import {

ParseOutcome parseFile(const QByteArray &bytes, const QString &fileName,
                       const ParseOptions &options)
{
    using namespace detail;
    ParseOutcome out;
    out.fileName = fileName;
    out.format = options.format;
    ParseContext ctx(out, options, bytes.size());
    if (bytes.isEmpty()) {
        ctx.problem(1, 1, QStringLiteral("expected data, found an empty file"));
        return out;
    }
    const PreparedText text = prepareText(bytes, fileName);
    if (text.error) {
        ctx.problem(*text.error);
        return out;
    }
    if (QByteArrayView(text.bytes).trimmed().isEmpty()) {
        ctx.problem(1, 1, QStringLiteral("expected data, found only blank space"));
        return out;
    }
    if (options.cancel && options.cancel->load()) {
        out.cancelled = true;
        return out;
    }
    if (out.format == Format::Unknown)
        out.format =
            detectFormat(text.bytes.first(qMin<qsizetype>(text.bytes.size(), 64 * 1024)), fileName);
    switch (out.format) {
    case Format::Epoch:
        parseEpochCsv(text.bytes, ctx);
        break;
    case Format::Gcat:
        parseGcatLaunchLog(text.bytes, ctx);
        break;
    case Format::Ll2:
        parseLl2Json(text.bytes, ctx);
        break;
    case Format::Psatcat:
        parseGcatPsatcat(text.bytes, ctx);
        break;
    case Format::Prices:
        if (QByteArrayView(text.bytes).trimmed().startsWith('{')) {
            parseYahooChartJson(text.bytes, ctx);
            break;
        }
        parseOhlcvCsv(text.bytes, text.ascii && !text.bytes.contains('"'), ctx);
        break;
    case Format::Unknown: {
        const qsizetype nl = text.bytes.indexOf('\n');
        const QByteArrayView first =
            QByteArrayView(text.bytes).first(nl < 0 ? text.bytes.size() : nl);
        ctx.problem(1, 1,
                    QStringLiteral("expected an Epoch AI models CSV, a GCAT launch log or "
                                   "payload catalogue, a Launch Library 2 JSON page or a "
                                   "daily price CSV, found "
                                   "a first line %1")
                        .arg(found(first)));
        break;
    }
    }
    ctx.finish();
    return out;
}

} // namespace stratos::import
