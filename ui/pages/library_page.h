#pragma once
// Library: the documents in the store (the briefing notes by default) and a
// search over their passages.

#include "pages/page.h"

class QTableView;
class QTextBrowser;
class QLineEdit;

namespace stratos {

class ColumnTableModel;

class LibraryPage : public Page
{
    Q_OBJECT
public:
    explicit LibraryPage(QWidget *parent = nullptr);
    QString id() const override { return QStringLiteral("library"); }
    QString title() const override { return tr("Library"); }
    void reload(const Repository &repo) override;

private:
    void search();
    const Repository *m_repo = nullptr;
    ColumnTableModel *m_docs;
    QTableView *m_view;
    QLineEdit *m_search;
    QTextBrowser *m_results;
};

} // namespace stratos
