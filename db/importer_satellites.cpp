// Writing GCAT's payload catalogue: one satellite_status row per payload, by
// JCAT, so a newer catalogue updates end-of-operations dates in place.
#include "importer.h"

#include "row_writer.h"

namespace stratos {

namespace {
QVariant text(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}
} // namespace

Status Importer::writeSatellites(const import::ParseOutcome &parsed, ImportReport &report,
                                 qint64 sourceId, const std::atomic_bool *cancel)
{
    RowWriter rows(m_db, QStringLiteral("satellite_status"), {"jcat"},
                   {"piece", "name", "program", "constellation", "launched_on", "ended_on",
                    "operating", "as_of"},
                   m_batchId, sourceId);
    rows.setKeysUniqueInFile(false);
    if (Status s = rows.preload(); !s)
        return s;
    const int total = int(parsed.satellites.size());
    int i = 0, operating = 0;
    for (const import::ParsedSatellite &s : parsed.satellites) {
        if ((++i & 1023) == 0) {
            if (cancel && cancel->load())
                return {};
            progress(50 + i * 50 / qMax(1, total), QStringLiteral("Writing payloads"));
        }
        operating += s.operating;
        auto c = rows.write({s.jcat}, {text(s.piece), text(s.name), text(s.program),
                                       text(s.constellation), s.launchedOn, text(s.endedOn),
                                       s.operating ? 1 : 0, text(parsed.catalogueDate)});
        if (!c)
            return Error{c.error().message, report.fileName, s.line, 0};
        switch (*c) {
        case RowChange::Added: ++report.added; break;
        case RowChange::Updated: ++report.updated; break;
        case RowChange::Unchanged: ++report.unchanged; break;
        }
    }
    if (Status s = rows.flush(); !s)
        return s;
    report.detail = QStringLiteral("%1 payloads, %2 operating%3")
                        .arg(total)
                        .arg(operating)
                        .arg(parsed.catalogueDate.isEmpty()
                                 ? QString()
                                 : QStringLiteral(" on %1").arg(parsed.catalogueDate));
    return {};
}

} // namespace stratos
