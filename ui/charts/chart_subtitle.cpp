#include "charts/chart_subtitle.h"

#include <QLocale>
#include <QRegularExpression>

namespace stratos {

QString subtitleForRange(const QString &subtitle, QDate from, QDate to)
{
    if (!from.isValid() || !to.isValid())
        return subtitle;
    const QLocale english(QLocale::English);
    const QString range = QStringLiteral("%1 – %2").arg(english.toString(from, QStringLiteral("d MMM yyyy")),
                                                       english.toString(to, QStringLiteral("d MMM yyyy")));
    static const QRegularExpression written(QStringLiteral("\\d{1,2} [A-Z][a-z]{2} \\d{4} – \\d{1,2} [A-Z][a-z]{2} \\d{4}"));
    QString out = subtitle;
    if (written.match(out).hasMatch())
        return out.replace(written, range);
    return out.isEmpty() ? QStringLiteral("Shown: %1.").arg(range) : QStringLiteral("%1 Shown: %2.").arg(out, range);
}

} // namespace stratos
