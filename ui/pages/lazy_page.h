#pragma once
// A page slot in the main window that builds its page the first time it is
// shown or asked for, and loads data into it only while it is on screen (or
// when asked for): starting, importing or reloading pays for the page on
// screen, not for seven. Its id and title are known without the page.

#include "pages/page.h"
#include "store_change.h"

#include <functional>

namespace stratos {

class LazyPage : public Page
{
    Q_OBJECT
public:
    using Factory = std::function<Page *()>;
    LazyPage(QString id, QString title, Factory make, QWidget *parent = nullptr);

    QString id() const override { return m_id; }
    QString title() const override { return m_title; }
    // The page, built and loaded with the latest data if it was not.
    Page *page();
    bool isBuilt() const { return m_page != nullptr; }

    // Loads now when on screen; otherwise when next shown or asked for.
    void reload(const Repository &repo) override;

    // The kinds of data the page shows (store_change.h): a change of another
    // kind by another user leaves it alone. Every kind unless set.
    void setShows(ChangeKinds kinds) { m_shows = kinds; }
    bool shows(ChangeKinds changed) const { return bool(m_shows & changed); }
    // How often the page loaded data, and whether it will at its next showing
    // (what tests check to see that a change elsewhere left it alone).
    int loadCount() const { return m_loads; }
    bool isStale() const { return m_stale; }
    bool showChart(const QString &link) override { return page()->showChart(link); }
    bool showRow(const QString &kind, const QString &key) override { return page()->showRow(kind, key); }
    // A page not yet loaded gets its saved state after its data, as an eager
    // load would; until then what was saved stays as it was.
    void saveState(QSettings &settings) const override;
    void restoreState(QSettings &settings) override;

signals:
    void built(stratos::Page *page);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void loadIfStale();

    QString m_id;
    QString m_title;
    Factory m_make;
    Page *m_page = nullptr;
    const Repository *m_repo = nullptr;
    bool m_stale = false;
    ChangeKinds m_shows = everyChangeKind();
    int m_loads = 0;
    QString m_pendingGroup; // settings group to restore once loaded
    bool m_restorePending = false;
};

} // namespace stratos
