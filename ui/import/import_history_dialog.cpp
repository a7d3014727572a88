#include "import/import_history_dialog.h"

#include "importer.h"
#include "worker_connection.h"

#include <QDialogButtonBox>
#include <QFutureWatcher>
#include <QtConcurrent>
#include <QHeaderView>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace stratos {

ImportHistoryDialog::ImportHistoryDialog(QSqlDatabase db, QWidget *parent)
    : QDialog(parent), m_db(std::move(db))
{
    setWindowTitle(tr("Import history"));
    resize(860, 420);
    auto *layout = new QVBoxLayout(this);
    m_table = new QTableWidget;
    m_table->setColumnCount(8);
    m_table->setHorizontalHeaderLabels({tr("ID"), tr("Imported"), tr("Format"), tr("File"), tr("Added"),
                                        tr("Updated"), tr("Skipped"), tr("Details")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    m_remove = buttons->addButton(tr("&Remove import…"), QDialogButtonBox::ActionRole);
    m_remove->setEnabled(false);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_remove, &QPushButton::clicked, this, [this] { removeSelected(true); });
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            [this] { m_remove->setEnabled(!m_table->selectedItems().isEmpty()); });
    reload();
}

void ImportHistoryDialog::reload()
{
    const auto batches = Importer::batches(m_db);
    m_table->setRowCount(int(batches.size()));
    const QLocale loc;
    for (int i = 0; i < batches.size(); ++i) {
        const ImportBatch &b = batches[i];
        const QStringList cells = {QString::number(b.id), loc.toString(b.importedAt.toLocalTime(), QLocale::ShortFormat),
                                   b.format, b.fileName, loc.toString(b.added), loc.toString(b.updated),
                                   b.skipped ? loc.toString(b.skipped) : QString(), b.detail};
        for (int j = 0; j < cells.size(); ++j)
            m_table->setItem(i, j, new QTableWidgetItem(cells[j]));
        // Each skipped row with its line, column and reason, on hover.
        if (!b.skippedDetail.isEmpty())
            m_table->item(i, 6)->setToolTip(b.skippedDetail.left(4000));
    }
    m_table->resizeColumnsToContents();
}

bool ImportHistoryDialog::removeSelected(bool confirm)
{
    const auto rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty() || m_busy)
        return false;
    const qint64 id = m_table->item(rows.first().row(), 0)->text().toLongLong();
    const QString file = m_table->item(rows.first().row(), 3)->text();
    if (confirm &&
        QMessageBox::question(this, tr("Remove import"),
                              tr("Remove the import of %1? Rows it added are deleted and rows it "
                                 "changed get their previous values back.").arg(file)) != QMessageBox::Yes)
        return false;
    m_busy = true;
    m_remove->setEnabled(false);
    m_remove->setText(tr("Removing…"));
    setCursor(Qt::BusyCursor);
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher] {
        watcher->deleteLater();
        const QString error = watcher->result();
        m_busy = false;
        m_remove->setText(tr("&Remove import…"));
        unsetCursor();
        if (!error.isEmpty())
            QMessageBox::warning(this, tr("Remove import"), error);
        reload();
        m_remove->setEnabled(!m_table->selectedItems().isEmpty());
        if (error.isEmpty())
            emit storeChanged();
        emit removeFinished(error.isEmpty());
    });
    // The error travels as text (empty: done); Status has no QFuture-friendly default.
    watcher->setFuture(QtConcurrent::run([like = WorkerConnection::like(m_db), id]() -> QString {
        WorkerConnection connection(like);
        if (!connection.status())
            return connection.status().error().toString();
        const Status s = Importer::removeBatch(connection.db(), id);
        return s ? QString() : s.error().toString();
    }));
    return true;
}

} // namespace stratos
