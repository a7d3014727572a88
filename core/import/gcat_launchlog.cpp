#include "import/gcat_launchlog.h"

#include "import/country_codes.h"
#include "import/gcat_fields.h"
#include "import/line_walk.h"

#include <QHash>

namespace stratos::import::detail {
namespace {

struct GcatColumns
{
    int tag = -1, date = -1, piece = -1, type = -1, name = -1, plName = -1, jcat = -1;
    int owner = -1, satState = -1, vehicle = -1, site = -1, pad = -1, agency = -1;
    int lvState = -1, code = -1;

    explicit GcatColumns(const QList<QByteArray> &names)
    {
        auto find = [&](const char *wanted) { return int(names.indexOf(QByteArray(wanted))); };
        tag = find("Launch_Tag");
        date = find("Launch_Date");
        piece = find("Piece");
        type = find("Type");
        name = find("Name");
        plName = find("PLName");
        jcat = find("JCAT");
        owner = find("SatOwner");
        satState = find("SatState");
        vehicle = find("LV_Type");
        site = find("Launch_Site");
        pad = find("Launch_Pad");
        agency = find("Agency");
        lvState = find("LVState");
        code = find("Launch_Code");
    }
};

class GcatParser
{
public:
    GcatParser(const QByteArray &text, ParseContext &ctx) : m_text(text), m_ctx(ctx) {}

    void run();

private:
    QByteArrayView at(int col) const
    {
        return col >= 0 ? trimSpaces(m_fields[col]) : QByteArrayView();
    }
    QString str(int col) const { return col >= 0 ? gcatText(m_fields[col]) : QString(); }
    int columnOf(int col) const
    {
        return charCount(QByteArrayView(m_line.data(), m_fields[col].data() - m_line.data())) + 1;
    }
    qsizetype rowsStartingWith(QByteArrayView tag) const;
    bool readHeader(QByteArrayView line);
    void readRow(int lineNo);
    bool startLaunch(int lineNo, QByteArrayView tag);

    const QByteArray &m_text;
    ParseContext &m_ctx;
    std::optional<GcatColumns> m_cols;
    qsizetype m_columnCount = 0;
    GcatFields m_fields;
    QByteArrayView m_line;
    QHash<QByteArrayView, qsizetype> m_launchIndex; // tag -> index in out().launches
};

bool GcatParser::readHeader(QByteArrayView line)
{
    if (!line.startsWith("#Launch_Tag") && !line.startsWith("Launch_Tag")) {
        m_ctx.problem(1, 1,
                      QStringLiteral("expected a GCAT header line starting #Launch_Tag, found %1")
                          .arg(found(line)));
        return false;
    }
    splitTabs(line.startsWith('#') ? line.sliced(1) : line, m_fields);
    QList<QByteArray> names;
    for (const QByteArrayView f : m_fields)
        names.append(trimSpaces(f).toByteArray());
    m_columnCount = names.size();
    m_cols.emplace(names);
    // "#Launch_Tags..." passes the prefix check above but names no Launch_Tag
    // column, and every row needs one.
    for (const char *required : {"Launch_Tag", "Launch_Date", "Launch_Code"}) {
        if (!names.contains(QByteArray(required))) {
            m_ctx.problem(1, 1,
                          QStringLiteral("expected a %1 column in the GCAT header, found %2 "
                                         "tab-separated names")
                              .arg(QLatin1String(required))
                              .arg(names.size()));
            return false;
        }
    }
    ParseOutcome &out = m_ctx.out();
    out.layout =
        m_cols->owner < 0 && m_cols->lvState < 0
            ? QStringLiteral("GCAT launch log, %1 columns (older layout)").arg(m_columnCount)
            : QStringLiteral("GCAT launch log, %1 columns").arg(m_columnCount);
    return true;
}

// A launch's payload rows follow each other, its tag first on each line
// (padded with spaces as on this line): how many there are, so its list is
// allocated once (growing it row by row was a tenth of the log's parse). Only
// a size hint: rows elsewhere still join the launch.
qsizetype GcatParser::rowsStartingWith(QByteArrayView tag) const
{
    if (m_cols->tag != 0)
        return 1;
    const QByteArrayView all(m_text);
    qsizetype rows = 1;
    qsizetype pos = m_line.data() + m_line.size() + 1 - all.data();
    while (pos < all.size() && all.sliced(pos).startsWith(tag) && pos + tag.size() < all.size() &&
           all[pos + tag.size()] == '\t') {
        ++rows;
        const qsizetype end = all.indexOf('\n', pos);
        if (end < 0)
            break;
        pos = end + 1;
    }
    return rows;
}

bool GcatParser::startLaunch(int lineNo, QByteArrayView tag)
{
    const GcatColumns &c = *m_cols;
    ParsedLaunch launch;
    launch.line = lineNo;
    launch.tag = QString::fromUtf8(tag);
    const QByteArrayView dateText = at(c.date);
    const std::optional<GcatDate> date = parseGcatDate(dateText);
    if (!date) {
        m_ctx.problem(lineNo, columnOf(c.date), [&] {
            return QStringLiteral("expected a launch date like '2025 Aug 11 1235' or "
                                  "'1957 Oct  4 1928:34', found %1")
                .arg(found(dateText));
        });
        return false;
    }
    launch.launchedAt = date->iso;
    launch.dateUncertain = date->uncertain;
    const QByteArrayView code = at(c.code);
    if (code.isEmpty() || code == "-") {
        m_ctx.problem(
            lineNo, columnOf(c.code),
            QStringLiteral("expected a Launch_Code like OS or OF, found %1").arg(found(code)));
        return false;
    }
    launch.launchCode = QString::fromUtf8(code);
    // O: orbital, D: deep space (which also reaches orbit). Others are
    // suborbital flights, tests and launches from other worlds.
    launch.orbital = code[0] == 'O' || code[0] == 'D';
    const char result = code.size() > 1 ? code[1] : ' ';
    launch.outcome = result == 'S'   ? QStringLiteral("success")
                     : result == 'F' ? QStringLiteral("failure")
                                     : QStringLiteral("unknown");
    launch.vehicle = str(c.vehicle);
    launch.site = str(c.site);
    launch.pad = str(c.pad);
    launch.operatorName = str(c.agency);
    const QString lvState = str(c.lvState);
    launch.country = isoFromGcatState(lvState.isEmpty() ? str(c.satState) : lvState);
    launch.payloads.reserve(rowsStartingWith(m_fields[c.tag])); // the field as written
    ParseOutcome &out = m_ctx.out();
    m_launchIndex.insert(tag, out.launches.size());
    out.launches.append(std::move(launch));
    return true;
}

void GcatParser::readRow(int lineNo)
{
    const GcatColumns &c = *m_cols;
    ParseOutcome &out = m_ctx.out();
    ++out.dataLines;
    if (m_fields.size() != m_columnCount) {
        const bool tooMany = m_fields.size() > m_columnCount;
        const int column = tooMany ? columnOf(int(m_columnCount)) : charCount(m_line) + 1;
        m_ctx.problem(lineNo, column, [&] {
            return QStringLiteral(
                       "expected %1 tab-separated fields as named in the header, found %2")
                .arg(m_columnCount)
                .arg(m_fields.size());
        });
        return;
    }
    const QByteArrayView tag = at(c.tag);
    if (tag.isEmpty()) {
        m_ctx.problem(lineNo, columnOf(c.tag),
                      QStringLiteral("expected a Launch_Tag, found an empty field"));
        return;
    }
    auto it = m_launchIndex.constFind(tag);
    qsizetype index = 0;
    if (it == m_launchIndex.cend()) {
        if (!startLaunch(lineNo, tag))
            return;
        index = out.launches.size() - 1;
    } else {
        index = it.value();
    }
    ParsedPayload p;
    p.line = lineNo;
    p.piece = str(c.piece);
    p.jcat = str(c.jcat);
    if (p.jcat.isEmpty())
        p.jcat = p.piece;
    p.name = str(c.name);
    p.plName = str(c.plName);
    p.owner = str(c.owner);
    p.type = str(c.type);
    p.state = isoFromGcatState(str(c.satState));
    p.constellation = inferConstellation(p.name, p.plName, p.owner);
    out.launches[index].payloads.append(std::move(p));
}

void GcatParser::run()
{
    LineWalk lines(m_text);
    while (lines.next()) {
        m_line = lines.line();
        const int lineNo = lines.lineNo();
        if (lines.tooLong(m_ctx)) {
            if (lineNo == 1)
                return;
            continue;
        }
        if (lineNo == 1) {
            if (!readHeader(m_line))
                return;
            continue;
        }
        if (lines.pollDue(4096) && m_ctx.poll(lines.pos()))
            return;
        if (m_line.startsWith('#') || trimSpaces(m_line).isEmpty())
            continue; // "# Updated ..." and other comments
        splitTabs(m_line, m_fields);
        readRow(lineNo);
    }
    if (lines.lineNo() == 0)
        m_ctx.problem(1, 1, QStringLiteral("expected a GCAT header line, found an empty file"));
    else if (m_ctx.out().dataLines == 0)
        m_ctx.problem(lines.lineNo() + 1, 1,
                      QStringLiteral("expected payload rows after the header, found none"));
}

} // namespace

void parseGcatLaunchLog(const QByteArray &text, ParseContext &ctx)
{
    GcatParser(text, ctx).run();
}

} // namespace stratos::import::detail
