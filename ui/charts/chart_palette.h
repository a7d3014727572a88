#pragma once
// Colours of charts: stable per country, security and constellation (China is
// red on every chart), readable on the light and the dark palette.

#include <QColor>
#include <QPalette>
#include <QString>

namespace stratos {

struct ChartColors
{
    bool dark = false;
    QColor background;
    QColor text;
    QColor mutedText;
    QColor grid;
    QColor axisLine;
};

bool isDarkPalette(const QPalette &palette);
ChartColors chartColors(const QPalette &palette);
// Exports always use the light colours: they end up on slides and paper.
ChartColors exportChartColors();

// colorKey as in ChartSpec ("country:CN"); index picks a fallback colour.
QColor seriesColor(const QString &colorKey, int index, bool dark);
QColor laneColor(const QString &lane, bool dark);

} // namespace stratos
