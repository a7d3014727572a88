#pragma once
// Base of the main window's pages: each knows how to (re)load itself from the store.

#include <QWidget>

class QSettings;

namespace stratos {

class Repository;

class Page : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;
    virtual QString id() const = 0;    // "overview", "models", ...
    virtual QString title() const = 0; // shown in the sidebar
    virtual void reload(const Repository &repo) = 0;

    // Shows a chart from a link ("markets.rebased?from=2024-12-16&event=KEY", see
    // ChartLink); false when the page has no such chart.
    virtual bool showChart(const QString &link)
    {
        Q_UNUSED(link);
        return false;
    }
    // Selects the row a link points at (kind "model", key "DeepSeek-R1"); false
    // when the page has no such row.
    virtual bool showRow(const QString &kind, const QString &key)
    {
        Q_UNUSED(kind);
        Q_UNUSED(key);
        return false;
    }
    // The user's choices (chart, series, ranges), in a group of their own.
    virtual void saveState(QSettings &settings) const { Q_UNUSED(settings); }
    virtual void restoreState(QSettings &settings) { Q_UNUSED(settings); }

signals:
    void navigateTo(const QString &pageId);
    void openChart(const QString &link); // handled by the main window
    void openRow(const QString &pageId, const QString &kind, const QString &key); // ditto
};

} // namespace stratos
