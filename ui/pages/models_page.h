#pragma once
// AI models and their costs: a sortable, filterable table of every model in the store.

#include "pages/page.h"

class QLineEdit;
class QComboBox;
class QCheckBox;
class QTableView;
class QLabel;

namespace stratos {

class ColumnTableModel;
class ModelFilterProxy;

class ModelsPage : public Page
{
    Q_OBJECT
public:
    explicit ModelsPage(QWidget *parent = nullptr);
    QString id() const override { return QStringLiteral("models"); }
    QString title() const override { return tr("Models & costs"); }
    void reload(const Repository &repo) override;

    QTableView *table() const { return m_view; }
    QLineEdit *filterEdit() const { return m_filter; }

private:
    void updateCount();
    ColumnTableModel *m_model;
    ModelFilterProxy *m_proxy;
    QTableView *m_view;
    QLineEdit *m_filter;
    QComboBox *m_country;
    QCheckBox *m_openOnly;
    QLabel *m_count;
};

} // namespace stratos
