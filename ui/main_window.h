#pragma once
// The main window: a sidebar of pages over a stack, the store path and row
// counts in the status bar, and the About box with data attributions.

#include <QMainWindow>
#include <memory>

class QListWidget;
class QStackedWidget;
class QLabel;

namespace stratos {

class Store;
class Repository;
class Page;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(Store &store, QWidget *parent = nullptr);
    ~MainWindow() override;

    static QStringList pageIds();
    bool showPage(const QString &id);
    QString currentPageId() const;
    Page *page(const QString &id) const;
    void reloadAll();

public slots:
    void showAbout();
    void importFiles(const QStringList &files);
    void chooseAndImport();
    void showImportHistory();

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void buildMenus();
    void updateStatus();

    Store &m_store;
    std::unique_ptr<Repository> m_repo;
    QListWidget *m_sidebar;
    QStackedWidget *m_stack;
    QLabel *m_storeLabel;
    QLabel *m_countsLabel;
    QList<Page *> m_pages;
};

} // namespace stratos
