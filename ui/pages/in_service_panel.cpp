#include "pages/in_service_panel.h"

#include "models/column_table_model.h"
#include "repository.h"
#include "satellite_counts.h"
#include "widgets/record_views.h"

#include <QDateEdit>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QTableView>
#include <QVBoxLayout>

namespace stratos {

InServicePanel::InServicePanel(QWidget *parent) : QWidget(parent)
{
    const auto right = Qt::AlignRight | Qt::AlignVCenter;
    auto number = [](const QVariant &v) { return QLocale().toString(v.toInt()); };
    m_model = new ColumnTableModel({{tr("Constellation")},
                                    {tr("Launched"), right, number,
                                     tr("Payloads launched on or before the day")},
                                    {tr("Operating"), right, number,
                                     tr("Payloads whose operations had not ended on the day")}},
                                   this);
    auto *title = new QLabel(tr("<b>Satellites in service</b>"));
    m_date = new QDateEdit;
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setToolTip(tr("Count the satellites operating on this day"));
    m_export = new QPushButton(tr("Export CSV…"));
    m_view = newRecordTable(m_model);
    // Every column as wide as its header and figures (a stretched column in
    // a narrow side panel clipped "Operating"); the name column takes the rest.
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_note = new QLabel;
    m_note->setWordWrap(true);
    m_note->setObjectName(QStringLiteral("inServiceNote"));

    auto *bar = new QHBoxLayout;
    addLabelled(bar, tr("On"), m_date, 1);
    bar->addWidget(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 0, 0, 0);
    layout->addWidget(title);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_note);

    connect(m_date, &QDateEdit::dateChanged, this, [this] {
        m_dateChosen = true;
        refresh();
    });
    connect(m_export, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export satellites in service"),
            QStringLiteral("satellites-in-service-%1.csv").arg(m_date->date().toString(Qt::ISODate)),
            tr("CSV (*.csv)"));
        QString error;
        if (!path.isEmpty() && !exportCsv(path, &error))
            QMessageBox::warning(this, tr("Export"), error);
    });
}

void InServicePanel::reload(const Repository &repo)
{
    m_repo = &repo;
    const QDate asOf = latestCatalogueDay(repo.database());
    m_date->blockSignals(true);
    // The catalogue's own day until the user picks another (or a newer
    // catalogue arrives).
    if (asOf.isValid() && (!m_dateChosen || m_date->date() > asOf))
        m_date->setDate(asOf);
    m_date->blockSignals(false);
    refresh();
}

void InServicePanel::refresh()
{
    if (!m_repo)
        return;
    const QDate asOf = latestCatalogueDay(m_repo->database());
    m_date->setEnabled(asOf.isValid());
    m_export->setEnabled(asOf.isValid());
    if (!asOf.isValid()) {
        m_model->setRows({});
        m_note->setText(tr("Import GCAT's payload catalogue (psatcat.tsv) to count the satellites "
                           "operating on a day, not only those launched."));
        return;
    }
    auto counts = inServiceOn(m_repo->database(), m_date->date());
    if (!counts) {
        m_model->setRows({});
        m_note->setText(counts.error().message);
        return;
    }
    QList<QVariantList> rows;
    for (const ConstellationInService &c : counts->rows)
        rows.append({c.constellation, c.launched, c.operating});
    m_model->setRows(rows);
    fitTableWidth();
    QString note = tr("GCAT payload catalogue, updated %1 (J. McDowell, CC BY 4.0).")
                       .arg(QLocale().toString(asOf, QLocale::ShortFormat));
    if (counts->beyondCatalogue())
        note += u' ' + tr("After that day, \"operating\" is as of %1.")
                           .arg(QLocale().toString(asOf, QLocale::ShortFormat));
    m_note->setText(note);
}

// The side panel is as wide as the table needs: no header or figure is cut
// off when the splitter shares out the page's width.
void InServicePanel::fitTableWidth()
{
    const QHeaderView *header = m_view->horizontalHeader();
    const QAbstractItemView *view = m_view; // sizeHintForColumn is public here
    int width = 2 * m_view->frameWidth();
    for (int c = 0; c < m_model->columnCount(); ++c)
        width += qMax(view->sizeHintForColumn(c), header->sectionSizeHint(c));
    if (!m_view->verticalHeader()->isHidden())
        width += m_view->verticalHeader()->sizeHint().width();
    if (m_view->verticalScrollBar()->isVisible())
        width += m_view->verticalScrollBar()->sizeHint().width();
    m_view->setMinimumWidth(width);
}

bool InServicePanel::exportCsv(const QString &path, QString *error) const
{
    if (!m_repo)
        return false;
    auto counts = inServiceOn(m_repo->database(), m_date->date());
    QFile f(path);
    if (!counts || !f.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        f.write(inServiceCsv(*counts).toUtf8()) < 0 || !f.flush()) {
        if (error)
            *error = !counts ? counts.error().message
                             : tr("Cannot write %1: %2").arg(path, f.errorString());
        return false;
    }
    return true;
}

} // namespace stratos
