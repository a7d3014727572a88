#pragma once
// Data → Update data…: the feeds with their as-of dates; Check downloads them
// (per-feed progress, Cancel) and dry-runs the importer; the preview shows what
// each would change; Apply writes the ticked ones, one import batch each.

#include "feed_update.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QPushButton;
class QTableWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace stratos {

class Store;
class UpdateJob;

class UpdateDialog : public QDialog
{
    Q_OBJECT
public:
    explicit UpdateDialog(Store &store, QWidget *parent = nullptr);
    ~UpdateDialog() override;

    QTreeWidget *feedList() const { return m_list; }
    QTableWidget *preview() const { return m_preview; }
    QLabel *detail() const { return m_detail; }
    QPushButton *checkButton() const { return m_check; }
    QPushButton *applyButton() const { return m_apply; }
    QPushButton *cancelButton() const { return m_cancel; }
    bool busy() const;
    const QList<FeedItem> &items() const { return m_items; }

    // The user's answer to "may Stratos download updates?" (asked once), and
    // the separate opt-in to check when the app starts.
    static std::optional<bool> updatesAllowed();
    static void setUpdatesAllowed(bool allowed);
    static bool checkAtStart();

public slots:
    void check();
    void apply();
    void cancelRun();

signals:
    void storeChanged();
    void checkFinished();
    void applyFinished(bool ok);

private:
    void loadFeeds();
    void showItems();
    void showPreview();
    void setBusy(bool busy, const QString &what);
    QTreeWidgetItem *rowFor(const QString &label) const;
    bool askToAllow();

    Store &m_store;
    UpdateJob *m_job;
    QList<FeedItem> m_items;
    QTreeWidget *m_list;
    QTableWidget *m_preview;
    QLabel *m_detail;
    QLabel *m_status;
    QCheckBox *m_allow;
    QCheckBox *m_atStart;
    QPushButton *m_check;
    QPushButton *m_apply;
    QPushButton *m_cancel;
};

} // namespace stratos
