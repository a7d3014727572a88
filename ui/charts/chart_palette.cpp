#include "charts/chart_palette.h"

#include <QHash>

namespace stratos {
namespace {

// Colour-blind-safe base (Okabe–Ito and Tableau-like), fixed per key. Keys shown
// together must differ: RU is brown, not a second grey beside Other; no
// constellation takes the space lane's teal, which its event markers wear.
const QHash<QString, QColor> &keyed()
{
    static const QHash<QString, QColor> map = {
        {"country:US", QColor("#2f6fde")},  {"country:CN", QColor("#d6453d")},
        {"country:FR", QColor("#8e6bd8")},  {"country:GB", QColor("#1b998b")},
        {"country:RU", QColor("#9d5b1d")},  {"country:NZ", QColor("#e69f00")},
        {"country:IN", QColor("#f28e2b")},  {"country:JP", QColor("#cc79a7")},
        {"country:Other", QColor("#a3acb9")},
        {"symbol:NVDA", QColor("#5e9c1a")}, {"symbol:^IXIC", QColor("#3b4252")},
        {"symbol:^GSPC", QColor("#8f99a8")}, {"symbol:AMZN", QColor("#e69f00")},
        {"symbol:MSFT", QColor("#0091da")}, {"symbol:GOOGL", QColor("#2f6fde")},
        {"symbol:META", QColor("#8e6bd8")}, {"symbol:AVGO", QColor("#d6453d")},
        {"symbol:TSM", QColor("#1b998b")},  {"symbol:ASML", QColor("#cc79a7")},
        {"symbol:BABA", QColor("#f26b1d")},
        {"constellation:Starlink", QColor("#2f6fde")}, {"constellation:Kuiper", QColor("#e69f00")},
        {"constellation:OneWeb", QColor("#5e9c1a")},   {"constellation:Guowang", QColor("#d6453d")},
        {"constellation:Qianfan", QColor("#8e6bd8")},
        {"operating", QColor("#3b4252")}, // the Space chart's "operating on D" points, over every colour
    };
    return map;
}

const QList<QColor> &fallback()
{
    static const QList<QColor> list = {QColor("#2f6fde"), QColor("#d6453d"), QColor("#e69f00"),
                                       QColor("#1b998b"), QColor("#8e6bd8"), QColor("#cc79a7"),
                                       QColor("#5e9c1a"), QColor("#7a8794")};
    return list;
}

// On a dark background the same hue must be lighter to keep its contrast.
QColor forBackground(QColor c, bool dark)
{
    if (!dark)
        return c;
    if (c.lightness() < 110)
        return QColor::fromHsl(c.hslHue() < 0 ? 0 : c.hslHue(), c.hslSaturation(), 200);
    return c.lighter(125);
}

} // namespace

bool isDarkPalette(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

ChartColors chartColors(const QPalette &palette)
{
    ChartColors c;
    c.dark = isDarkPalette(palette);
    c.background = palette.color(QPalette::Base);
    c.text = palette.color(QPalette::WindowText);
    c.mutedText = c.dark ? c.text.darker(140) : c.text.lighter(220);
    if (c.mutedText == c.text)
        c.mutedText = QColor(c.dark ? "#9aa3ad" : "#6b7280");
    c.grid = c.dark ? QColor(255, 255, 255, 28) : QColor(0, 0, 0, 22);
    c.axisLine = c.dark ? QColor(255, 255, 255, 90) : QColor(0, 0, 0, 110);
    return c;
}

ChartColors exportChartColors()
{
    return {false, QColor(Qt::white), QColor("#1f2328"), QColor("#6b7280"), QColor(0, 0, 0, 22),
            QColor(0, 0, 0, 110)};
}

QColor seriesColor(const QString &colorKey, int index, bool dark)
{
    const QColor c = keyed().value(colorKey);
    return forBackground(c.isValid() ? c : fallback()[index % fallback().size()], dark);
}

QColor laneColor(const QString &lane, bool dark)
{
    static const QHash<QString, QColor> lanes = {{"model", QColor("#8e6bd8")},
                                                 {"market", QColor("#e69f00")},
                                                 {"space", QColor("#1b998b")},
                                                 {"policy", QColor("#d6453d")}};
    return forBackground(lanes.value(lane, QColor("#7a8794")), dark);
}

} // namespace stratos
