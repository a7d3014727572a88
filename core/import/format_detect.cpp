// Format names and detection from content (the file name only breaks ties).
#include "import/parsed.h"

#include <QByteArrayView>
#include <QList>
#include <utility>

namespace stratos::import {
namespace {

// Every format that can be named (stratos import --format, batches' records),
// so that the name and its reading back cannot disagree.
constexpr std::pair<Format, const char *> kFormatNames[] = {
    {Format::Epoch, "epoch"},
    {Format::Gcat, "gcat"},
    {Format::Ll2, "ll2"},
    {Format::Prices, "prices"},
    {Format::Psatcat, "psatcat"},
};

} // namespace

QString formatName(Format format)
{
    for (const auto &[f, name] : kFormatNames)
        if (f == format)
            return QLatin1String(name);
    return QStringLiteral("unknown");
}

std::optional<Format> formatFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == u"auto" || n == u"unknown")
        return Format::Unknown;
    for (const auto &[f, spelled] : kFormatNames)
        if (n == QLatin1String(spelled))
            return f;
    return std::nullopt;
}

QString ParseOutcome::blankNote() const
{
    if (skippedBlank == 0)
        return {};
    QStringList lines;
    for (const SkippedRow &r : skipped)
        if (r.blank)
            lines.append(QString::number(r.line));
    const QString more = skippedBlank > lines.size()
                             ? QStringLiteral(" and %1 more").arg(skippedBlank - lines.size())
                             : QString();
    return QStringLiteral("skipped %1 blank row%2: line%3 %4%5")
        .arg(skippedBlank)
        .arg(skippedBlank == 1 ? "" : "s")
        .arg(lines.size() == 1 ? "" : "s")
        .arg(lines.join(QStringLiteral(", ")), more);
}

Format detectFormat(const QByteArray &head, const QString &fileName)
{
    QByteArrayView v(head);
    if (v.startsWith("\xEF\xBB\xBF"))
        v = v.sliced(3);
    const QByteArrayView content = v.trimmed();
    if (content.startsWith('{')) {
        if (content.first(qMin<qsizetype>(content.size(), 64)).contains("\"chart\""))
            return Format::Prices; // Yahoo Finance v8 chart response
        // LL2 puts count/next/previous/results first; a .json name breaks the tie
        // when "results" is beyond the bytes we were given.
        if (content.contains("\"results\"") ||
            fileName.endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
            return Format::Ll2;
        return Format::Unknown;
    }
    qsizetype nl = v.indexOf('\n');
    QByteArrayView line = nl < 0 ? v : v.first(nl);
    if (line.endsWith('\r'))
        line.chop(1);
    if (line.startsWith("#Launch_Tag") || (line.startsWith("Launch_Tag") && line.contains('\t')))
        return Format::Gcat;
    // The payload catalogue starts with its object id and has the launch and
    // end-of-operations dates (the launch log has Launch_Date instead).
    if ((line.startsWith("#JCAT\t") || line.startsWith("JCAT\t")) && line.contains("\tLDate\t") &&
        line.contains("\tTDate\t"))
        return Format::Psatcat;

    QList<QByteArray> names;
    for (qsizetype start = 0; start <= line.size();) {
        qsizetype comma = line.indexOf(',', start);
        if (comma < 0)
            comma = line.size();
        QByteArray name = line.sliced(start, comma - start).trimmed().toByteArray().toLower();
        start = comma + 1;
        if (name.size() >= 2 && name.startsWith('"') && name.endsWith('"'))
            name = name.mid(1, name.size() - 2).trimmed();
        names.append(name);
    }
    const bool epoch = names.contains("model") &&
                       (names.contains("publication date") || names.contains("organization"));
    const QByteArray first = names.value(0);
    const bool prices = names.size() >= 2 && (first == "date" || first == "datetime" || first == "<ticker>" || first == "data" ||
                                              first == "timestamp" || first == "price");
    if (epoch && prices)
        return fileName.contains(QLatin1String("model"), Qt::CaseInsensitive) ? Format::Epoch
                                                                              : Format::Prices;
    if (epoch)
        return Format::Epoch;
    if (prices)
        return Format::Prices;
    return Format::Unknown;
}

} // namespace stratos::import
