#include "import/epoch_csv.h"

#include "import/country_codes.h"
#include "import/header_lookup.h"
#include "util/csv_reader.h"

namespace stratos::import::detail {
namespace {

struct EpochColumns
{
    int model = -1, organization = -1, date = -1, domain = -1, parameters = -1;
    int flop = -1, cost = -1, country = -1, accessibility = -1, openWeights = -1, link = -1;

    explicit EpochColumns(const HeaderLookup &h)
    {
        model = h.find({u"Model", u"System"});
        organization = h.find({u"Organization", u"Organisation"});
        date = h.find({u"Publication date", u"Release date"});
        domain = h.find({u"Domain"});
        parameters = h.find({u"Parameters"});
        flop = h.find({u"Training compute (FLOP)"});
        cost = h.find({u"Training compute cost (2023 USD)"});
        country = h.find({u"Country (of organization)", u"Country (from Organization)",
                          u"Country (of organisation)", u"Country"});
        accessibility = h.find({u"Model accessibility"});
        openWeights = h.find({u"Open model weights?"});
        link = h.find({u"Link"});
    }
};

QString describeLayout(const HeaderLookup &header)
{
    if (header.find({u"Country (from Organization)"}) >= 0)
        return QStringLiteral("Epoch AI models, older layout (%1 columns)").arg(header.size());
    if (header.find({u"Country (of organization)"}) >= 0)
        return QStringLiteral("Epoch AI models, newer layout (%1 columns)").arg(header.size());
    return QStringLiteral("Epoch AI models (%1 columns)").arg(header.size());
}

// Columns that say how a record was kept, not what it says: Epoch's drafts
// carry only these ("Unverified", a timestamp) and no model name.
QList<bool> bookkeepingColumns(const HeaderLookup &header)
{
    QList<bool> out;
    for (const QString &name : header.names()) {
        const QString n = name.toLower();
        out.append(n == u"confidence" || n.contains(u"modified") || n.contains(u"created") ||
                   n.contains(u"updated") || n.contains(u"timestamp"));
    }
    return out;
}

bool isBlankDraft(const CsvRecord &rec, int modelColumn, const QList<bool> &bookkeeping)
{
    if (modelColumn >= rec.fields.size() || !rec.fields[modelColumn].trimmed().isEmpty())
        return false;
    for (qsizetype i = 0; i < rec.fields.size(); ++i)
        if (!bookkeeping.value(i) && !rec.fields[i].trimmed().isEmpty())
            return false;
    return true;
}

QString filledNames(const CsvRecord &rec, const HeaderLookup &header)
{
    QStringList names;
    for (qsizetype i = 0; i < rec.fields.size(); ++i)
        if (!rec.fields[i].trimmed().isEmpty())
            names.append(header.names().value(i));
    return names.isEmpty() ? QStringLiteral("nothing") : names.join(QStringLiteral(", "));
}

class EpochRecordParser
{
public:
    EpochRecordParser(const HeaderLookup &header, const EpochColumns &cols, ParseContext &ctx)
        : m_header(header), m_cols(cols), m_ctx(ctx)
    {
    }

    // Returns the model, or nothing when the record had a problem (reported).
    std::optional<ParsedModel> parse(const CsvRecord &rec)
    {
        m_rec = &rec;
        m_bad = false;
        ParsedModel m;
        m.line = rec.line;
        m.name = text(m_cols.model);
        if (m.name.isEmpty())
            report(m_cols.model, QStringLiteral("expected a model name, found an empty field"));
        const QString org = text(m_cols.organization);
        m.organization = org.section(u',', 0, 0).trimmed();
        m.country = m_cols.country >= 0 ? firstCountry(field(m_cols.country)) : QString();
        m.domain = text(m_cols.domain);
        m.link = text(m_cols.link);
        m.publishedOn = date(m_cols.date);
        m.parameters = number(m_cols.parameters);
        m.trainingComputeFlop = number(m_cols.flop);
        m.trainingCostUsd2023 = number(m_cols.cost);
        m.openWeights = openWeights();
        if (m_bad)
            return std::nullopt;
        return m;
    }

private:
    QStringView field(int col) const
    {
        return col >= 0 && col < m_rec->fields.size() ? QStringView(m_rec->fields[col]).trimmed()
                                                      : QStringView();
    }
    QString text(int col) const { return field(col).toString(); }

    void report(int col, const QString &message)
    {
        m_bad = true;
        const int column = col >= 0 && col < m_rec->columns.size() ? m_rec->columns[col] : 1;
        // Quoted fields before this one may span lines; columns count from the
        // line the field starts on.
        int line = m_rec->line;
        for (int i = 0; i < col && i < m_rec->fields.size(); ++i)
            line += int(m_rec->fields[i].count(u'\n'));
        m_ctx.rowProblem(line, column, message);
    }

    QDate date(int col)
    {
        const QStringView value = field(col);
        if (value.isEmpty())
            return {};
        // Spreadsheets sometimes add a time ("2025-01-20 00:00:00"): the day counts.
        const QByteArray ascii = value.size() < 40 ? value.toLatin1() : QByteArray();
        const qint64 jd = ascii.isEmpty() ? -1 : parseIsoDay(ascii);
        const QDate day = jd < 0 ? QDate() : QDate::fromJulianDay(jd);
        if (!day.isValid())
            report(col, QStringLiteral("expected a publication date like 2025-01-20, found %1")
                            .arg(found(value)));
        return day;
    }

    std::optional<double> number(int col)
    {
        const QStringView value = field(col);
        if (value.isEmpty())
            return std::nullopt;
        const std::optional<double> parsed = parseDouble(value);
        if (!parsed || *parsed < 0) {
            report(col, QStringLiteral("expected a number for %1 (like 3.4078e+24), found %2")
                            .arg(m_header.names().value(col), found(value)));
            return std::nullopt;
        }
        return parsed;
    }

    std::optional<bool> openWeights() const
    {
        const QStringView access = field(m_cols.accessibility);
        if (!access.isEmpty())
            return access.startsWith(u"Open weights", Qt::CaseInsensitive);
        const QStringView yesNo = field(m_cols.openWeights);
        if (yesNo.compare(u"Yes", Qt::CaseInsensitive) == 0)
            return true;
        if (yesNo.compare(u"No", Qt::CaseInsensitive) == 0)
            return false;
        return std::nullopt;
    }

    const HeaderLookup &m_header;
    const EpochColumns &m_cols;
    ParseContext &m_ctx;
    const CsvRecord *m_rec = nullptr;
    bool m_bad = false;
};

} // namespace

void parseEpochCsv(const QByteArray &text, ParseContext &ctx)
{
    ParseOutcome &out = ctx.out();
    const qint64 totalLines = qMax<qint64>(1, text.count('\n') + 1);
    CsvReader reader(QString::fromUtf8(text), u',', ctx.fileName());
    CsvRecord rec;
    if (!reader.next(rec)) {
        if (reader.hasError())
            ctx.problem(reader.error());
        else
            ctx.problem(1, 1, QStringLiteral("expected a header row, found an empty file"));
        return;
    }
    const HeaderLookup header(rec.fields);
    const EpochColumns cols(header);
    out.layout = describeLayout(header);
    if (cols.model < 0) {
        ctx.problem(rec.line, 1,
                    QStringLiteral("expected a 'Model' column in the header, found %1")
                        .arg(header.listed()));
        return;
    }
    EpochRecordParser parser(header, cols, ctx);
    const QList<bool> bookkeeping = bookkeepingColumns(header);
    const int headerLine = rec.line;
    int sinceCheck = 0;
    while (reader.next(rec)) {
        if (rec.fields.size() == 1 && rec.fields.first().trimmed().isEmpty())
            continue; // a blank line carries no record
        ++out.dataLines;
        if (++sinceCheck == 512) {
            sinceCheck = 0;
            if (ctx.poll(qint64(text.size()) * rec.line / totalLines))
                return;
        }
        if (rec.fields.size() != header.size()) {
            const bool tooMany = rec.fields.size() > header.size();
            const int column = tooMany ? rec.columns[header.size()]
                                       : rec.columns.last() + int(rec.fields.last().size());
            ctx.rowProblem(rec.line, column, [&] {
                return QStringLiteral("expected %1 fields as named in the header, found %2")
                    .arg(header.size())
                    .arg(rec.fields.size());
            });
            continue;
        }
        if (isBlankDraft(rec, cols.model, bookkeeping)) {
            --out.dataLines;
            ctx.blankRecord(rec.line, QStringLiteral("no model name, only bookkeeping (%1)")
                                          .arg(filledNames(rec, header)));
            continue;
        }
        if (std::optional<ParsedModel> model = parser.parse(rec))
            out.models.append(std::move(*model));
    }
    if (reader.hasError())
        ctx.problem(reader.error());
    ctx.finishRows(int(out.models.size()));
    if (out.dataLines == 0 && !reader.hasError())
        ctx.problem(headerLine + 1, 1,
                    QStringLiteral("expected model records after the header, found none"));
}

} // namespace stratos::import::detail
