#pragma once
// Space: satellites launched per constellation per year, and the launch log.

#include "pages/page.h"

class QTableView;
class QLineEdit;

namespace stratos {

class ColumnTableModel;

class SpacePage : public Page
{
    Q_OBJECT
public:
    explicit SpacePage(QWidget *parent = nullptr);
    QString id() const override { return QStringLiteral("space"); }
    QString title() const override { return tr("Space"); }
    void reload(const Repository &repo) override;

private:
    ColumnTableModel *m_perYear;
    ColumnTableModel *m_launches;
    QTableView *m_perYearView;
    QTableView *m_launchView;
    QLineEdit *m_filter;
};

} // namespace stratos
