#include "pages/lazy_page.h"

#include <QCoreApplication>
#include <QEvent>
#include <QSettings>
#include <QVBoxLayout>

namespace stratos {

LazyPage::LazyPage(QString id, QString title, Factory make, QWidget *parent)
    : Page(parent), m_id(std::move(id)), m_title(std::move(title)), m_make(std::move(make))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
}

Page *LazyPage::page()
{
    const bool building = !m_page;
    if (building) {
        m_page = m_make();
        layout()->addWidget(m_page);
        // A child added to a widget on screen would only show one event-loop
        // turn later (the first paint would miss it): shown here, at once.
        m_page->show();
        connect(m_page, &Page::navigateTo, this, &Page::navigateTo);
        connect(m_page, &Page::openChart, this, &Page::openChart);
        connect(m_page, &Page::openRow, this, &Page::openRow);
        emit built(m_page);
    }
    loadIfStale();
    if (building && isVisible()) {
        // Laid out with its data now, as a page built with the window would
        // be: whoever asked for it (a shortcut, a link) reads sizes at once.
        layout()->activate();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    }
    return m_page;
}

void LazyPage::reload(const Repository &repo)
{
    m_repo = &repo;
    m_stale = true;
    if (m_page && isVisible())
        loadIfStale();
}

void LazyPage::loadIfStale()
{
    if (!m_stale || !m_repo)
        return;
    m_stale = false;
    ++m_loads;
    m_page->reload(*m_repo);
    if (m_restorePending) {
        m_restorePending = false;
        QSettings s;
        s.beginGroup(m_pendingGroup);
        m_page->restoreState(s);
    }
}

void LazyPage::showEvent(QShowEvent *event)
{
    page();
    // Where the keyboard lands when the page is opened (the Ask panel's
    // question box): the page's own focus proxy, once it has one.
    if (m_page->focusProxy() && !focusProxy())
        setFocusProxy(m_page);
    Page::showEvent(event);
}

void LazyPage::saveState(QSettings &settings) const
{
    if (m_page && !m_restorePending)
        m_page->saveState(settings);
}

void LazyPage::restoreState(QSettings &settings)
{
    if (m_page && !m_stale) {
        m_page->restoreState(settings);
        return;
    }
    m_pendingGroup = settings.group();
    m_restorePending = true;
}

} // namespace stratos
