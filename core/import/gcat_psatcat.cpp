#include "import/gcat_psatcat.h"

#include "import/gcat_fields.h"
#include "import/line_walk.h"

#include <QVarLengthArray>

namespace stratos::import::detail {
namespace {

class PsatcatParser
{
public:
    explicit PsatcatParser(ParseContext &ctx) : m_ctx(ctx) {}

    bool header(QByteArrayView line, int lineNo)
    {
        splitTabs(line.sliced(line.startsWith('#') ? 1 : 0), m_fields, &m_columns);
        m_count = m_fields.size();
        auto find = [&](const char *wanted) {
            for (qsizetype i = 0; i < m_fields.size(); ++i)
                if (trimSpaces(m_fields[i]) == QByteArrayView(wanted))
                    return int(i);
            return -1;
        };
        m_jcat = find("JCAT");
        m_piece = find("Piece");
        m_name = find("Name");
        m_ldate = find("LDate");
        m_tdate = find("TDate");
        m_program = find("Program");
        for (const auto &[col, what] : {std::pair{m_jcat, "JCAT"}, {m_ldate, "LDate"},
                                        {m_tdate, "TDate"}, {m_program, "Program"}})
            if (col < 0) {
                m_ctx.problem(lineNo, 1,
                              QStringLiteral("expected a %1 column in the GCAT payload "
                                             "catalogue header, found %2 columns")
                                  .arg(QLatin1String(what))
                                  .arg(m_count));
                return false;
            }
        return true;
    }

    void comment(QByteArrayView line)
    {
        // "# Updated 2025 Apr  7 2348:35": the day the '*' marks are true of.
        const QByteArrayView body = trimSpaces(line.sliced(1));
        if (body.startsWith("Updated") && m_ctx.out().catalogueDate.isEmpty())
            if (const auto d = parseGcatDate(trimSpaces(body.sliced(7))); d && d->iso.size() >= 10)
                m_ctx.out().catalogueDate = d->iso.left(10);
    }

    void row(QByteArrayView line, int lineNo)
    {
        splitTabs(line, m_fields, &m_columns);
        ParseOutcome &out = m_ctx.out();
        ++out.dataLines;
        if (m_fields.size() != m_count) {
            m_ctx.rowProblem(lineNo, m_columns.last(), [&] {
                return QStringLiteral("expected %1 tab-separated fields as named in the header, "
                                      "found %2")
                    .arg(m_count)
                    .arg(m_fields.size());
            });
            return;
        }
        const int before = m_ctx.rowProblems();
        ParsedSatellite s;
        s.line = lineNo;
        s.jcat = gcatText(m_fields[m_jcat]);
        if (s.jcat.isEmpty())
            m_ctx.rowProblem(lineNo, m_columns[m_jcat],
                             QStringLiteral("expected a JCAT object id, found an empty field"));
        s.piece = m_piece >= 0 ? gcatText(m_fields[m_piece]) : QString();
        s.name = m_name >= 0 ? gcatText(m_fields[m_name]) : QString();
        s.program = gcatText(m_fields[m_program]);
        s.constellation = inferConstellation(s.name, s.program, {});
        const QByteArrayView ldate = trimSpaces(m_fields[m_ldate]);
        if (const auto d = parseGcatDate(ldate))
            s.launchedOn = d->iso.left(10);
        else
            m_ctx.rowProblem(lineNo, m_columns[m_ldate], [&] {
                return QStringLiteral("expected a launch date like '1957 Oct  4', found %1")
                    .arg(found(ldate));
            });
        const QByteArrayView tdate = trimSpaces(m_fields[m_tdate]);
        if (tdate == "*") {
            s.operating = true;
        } else if (const auto d = parseGcatDate(tdate)) {
            s.endedOn = d->iso.left(10);
        } else {
            m_ctx.rowProblem(lineNo, m_columns[m_tdate], [&] {
                return QStringLiteral("expected an end-of-operations date like '2019 May 24' "
                                      "or '*' (still operating), found %1")
                    .arg(found(tdate));
            });
        }
        if (m_ctx.rowProblems() == before)
            out.satellites.append(std::move(s));
    }

private:
    ParseContext &m_ctx;
    GcatFields m_fields;
    QVarLengthArray<int, 32> m_columns;
    qsizetype m_count = 0;
    int m_jcat = -1, m_piece = -1, m_name = -1, m_ldate = -1, m_tdate = -1, m_program = -1;
};

} // namespace

void parseGcatPsatcat(const QByteArray &text, ParseContext &ctx)
{
    PsatcatParser parser(ctx);
    LineWalk lines(text);
    bool haveHeader = false;
    while (lines.next()) {
        const QByteArrayView line = lines.line();
        const int lineNo = lines.lineNo();
        if (lines.pollDue(4096) && ctx.poll(lines.pos()))
            return;
        if (lines.tooLong(ctx))
            return;
        if (trimSpaces(line).isEmpty())
            continue;
        if (!haveHeader) {
            if (!parser.header(line, lineNo))
                return;
            haveHeader = true;
            continue;
        }
        if (line.startsWith('#')) {
            parser.comment(line);
            continue;
        }
        parser.row(line, lineNo);
    }
    if (!haveHeader) {
        ctx.problem(1, 1, QStringLiteral("expected a GCAT payload catalogue header, found an "
                                         "empty file"));
        return;
    }
    ctx.finishRows(int(ctx.out().satellites.size()));
    if (ctx.out().dataLines == 0 && !ctx.hasProblems())
        ctx.problem(lines.lineNo() + 1, 1,
                    QStringLiteral("expected payload rows after the header, found none"));
    ctx.out().layout = QStringLiteral("GCAT payload catalogue (psatcat)%1")
                           .arg(ctx.out().catalogueDate.isEmpty()
                                    ? QString()
                                    : QStringLiteral(", updated %1").arg(ctx.out().catalogueDate));
}

} // namespace stratos::import::detail
