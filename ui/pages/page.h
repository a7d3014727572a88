#pragma once
// Base of the main window's pages: each knows how to (re)load itself from the store.

#include <QWidget>

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

signals:
    void navigateTo(const QString &pageId);
};

} // namespace stratos
