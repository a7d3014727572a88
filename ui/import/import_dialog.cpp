#include "import/import_dialog.h"

#include "import/import_job.h"
#include "widgets/record_views.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace stratos {

ImportDialog::ImportDialog(QString storePath, QStringList files, QWidget *parent)
    : QDialog(parent), m_storePath(std::move(storePath)), m_files(std::move(files))
{
    setWindowTitle(tr("Import data"));
    resize(900, 620);
    auto *layout = new QVBoxLayout(this);
    m_fileLabel = new QLabel;
    QFont f = m_fileLabel->font();
    f.setBold(true);
    m_fileLabel->setFont(f);
    layout->addWidget(m_fileLabel);

    auto *form = new QFormLayout;
    m_format = new QLabel;
    m_formatChoice = new QComboBox;
    m_formatChoice->addItem(tr("Detect from content"), QStringLiteral("auto"));
    m_formatChoice->addItem(tr("Epoch AI models CSV"), QStringLiteral("epoch"));
    m_formatChoice->addItem(tr("GCAT launch log"), QStringLiteral("gcat"));
    m_formatChoice->addItem(tr("GCAT payload catalogue (psatcat)"), QStringLiteral("psatcat"));
    m_formatChoice->addItem(tr("Launch Library 2 JSON"), QStringLiteral("ll2"));
    m_formatChoice->addItem(tr("Daily prices CSV"), QStringLiteral("prices"));
    m_symbol = new QLineEdit;
    m_symbol->setPlaceholderText(tr("from the file or its name"));
    m_symbol->setMaximumWidth(160);
    m_adjusted = new QComboBox;
    m_adjusted->addItem(tr("As the file says (Adj Close column), else unchanged"));
    m_adjusted->addItem(tr("Adjusted for splits and dividends"), true);
    m_adjusted->addItem(tr("Not adjusted"), false);
    m_counts = new QLabel;
    m_layout = new QLabel;
    m_symbolInfo = new QLabel;
    m_adjustment = new QLabel;
    m_skipped = new QLabel;
    m_skipped->setWordWrap(true);
    for (QLabel *l : {m_format, m_layout, m_symbolInfo, m_adjustment, m_skipped})
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("Detected format:"), m_format);
    form->addRow(tr("Layout:"), m_layout);
    form->addRow(tr("Read as:"), m_formatChoice);
    form->addRow(tr("Symbol:"), m_symbolInfo);
    form->addRow(tr("Symbol (prices):"), m_symbol);
    form->addRow(tr("Adjustment:"), m_adjustment);
    form->addRow(tr("Closes (prices):"), m_adjusted);
    form->addRow(tr("Changes:"), m_counts);
    form->addRow(tr("Skipped rows:"), m_skipped);
    layout->addLayout(form);

    m_rows = new QTableWidget;
    m_rows->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rows->verticalHeader()->hide();
    m_rows->horizontalHeader()->setStretchLastSection(true);
    addLabelled(layout, tr("First rows as read:"), m_rows, 2);
    m_problems = new QPlainTextEdit;
    m_problems->setReadOnly(true);
    m_problems->setMaximumHeight(150);
    m_problems->setPlaceholderText(tr("No problems found."));
    addLabelled(layout, tr("Problems:"), m_problems, 1);
    m_progress = new QProgressBar;
    m_progress->setRange(0, 100);
    m_progress->setTextVisible(true);
    layout->addWidget(m_progress);

    auto *buttons = new QDialogButtonBox;
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_importGood = buttons->addButton(tr("Import the good rows"), QDialogButtonBox::ActionRole);
    m_importGood->setVisible(false);
    m_skip = buttons->addButton(tr("&Skip file"), QDialogButtonBox::ActionRole);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_import->setDefault(true);
    layout->addWidget(buttons);
    connect(m_import, &QPushButton::clicked, this, &ImportDialog::runImport);
    connect(m_importGood, &QPushButton::clicked, this, &ImportDialog::runImportGoodRows);
    connect(m_skip, &QPushButton::clicked, this, [this] {
        ImportReport skipped;
        skipped.fileName = m_files.value(m_current);
        skipped.cancelled = true;
        m_results.append(skipped);
        ++m_current;
        preview();
    });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (busy())
            m_job->cancel(); // the job reports back; the store stays as it was
        else
            reject();
    });
    connect(m_formatChoice, &QComboBox::currentIndexChanged, this, &ImportDialog::preview);
    connect(m_symbol, &QLineEdit::editingFinished, this, &ImportDialog::preview);
    connect(m_adjusted, &QComboBox::currentIndexChanged, this, &ImportDialog::preview);
    preview();
}

ImportDialog::~ImportDialog() = default;

bool ImportDialog::busy() const { return m_job && m_job->isRunning(); }

ImportOptions ImportDialog::options() const
{
    ImportOptions o;
    o.parse.format = import::formatFromName(m_formatChoice->currentData().toString()).value_or(import::Format::Unknown);
    o.parse.symbol = m_symbol->text().trimmed();
    if (m_adjusted->currentData().isValid())
        o.parse.adjusted = m_adjusted->currentData().toBool();
    o.parse.skipBadRows = m_goodRowsOnly;
    return o;
}

void ImportDialog::setBusy(bool busy, const QString &stage)
{
    m_import->setEnabled(!busy);
    m_skip->setEnabled(!busy && m_files.size() > 1);
    if (busy)
        m_importGood->setEnabled(false);
    m_formatChoice->setEnabled(!busy);
    m_symbol->setEnabled(!busy);
    m_adjusted->setEnabled(!busy);
    m_progress->setFormat(busy ? stage + QStringLiteral(" %p%") : QString());
    m_progress->setVisible(busy);
    if (!busy)
        m_progress->setValue(0);
}

void ImportDialog::preview()
{
    if (m_current >= m_files.size()) {
        showSummary();
        return;
    }
    const QString file = m_files[m_current];
    m_fileLabel->setText(m_files.size() > 1 ? tr("File %1 of %2: %3").arg(m_current + 1).arg(m_files.size()).arg(file)
                                            : file);
    ImportOptions o = options();
    o.dryRun = true;
    // The preview reads past bad rows so it can list them all and count the
    // good ones; the import itself stays all-or-nothing unless the user asks.
    o.parse.skipBadRows = true;
    m_job = std::make_unique<ImportJob>(m_storePath, file, o);
    connect(m_job.get(), &ImportJob::progress, m_progress, [this](int p, const QString &stage) {
        m_progress->setValue(p);
        m_progress->setFormat(stage + QStringLiteral(" %p%"));
    });
    connect(m_job.get(), &ImportJob::finished, this, &ImportDialog::showPreview);
    setBusy(true, tr("Checking"));
    m_job->start();
}

void ImportDialog::showPreview(const ImportReport &r)
{
    setBusy(false);
    static const QMap<QString, QString> names = {{"epoch", tr("Epoch AI models CSV")},
                                                 {"gcat", tr("GCAT launch log")},
                                                 {"psatcat", tr("GCAT payload catalogue")},
                                                 {"ll2", tr("Launch Library 2 JSON")},
                                                 {"prices", tr("Daily prices CSV")}};
    const QString name = names.value(import::formatName(r.format), tr("not recognised"));
    m_format->setText(r.detail.isEmpty() ? name : QStringLiteral("%1 — %2").arg(name, r.detail));
    if (r.ok())
        m_counts->setText(tr("%1 to add, %2 to update, %3 already up to date%4")
                              .arg(r.added).arg(r.updated).arg(r.unchanged)
                              .arg(r.skipped ? tr(", %1 skipped (not orbital launches)").arg(r.skipped) : QString()));
    else
        m_counts->setText(r.cancelled ? tr("Cancelled: nothing was written.")
                                      : tr("<span style='color:#c0392b'>The file cannot be imported as it is; "
                                           "nothing will be written.</span>"));
    m_rows->clear();
    m_rows->setColumnCount(int(r.previewHeader.size()));
    m_rows->setHorizontalHeaderLabels(r.previewHeader);
    m_rows->setRowCount(int(r.previewRows.size()));
    for (int i = 0; i < r.previewRows.size(); ++i)
        for (int j = 0; j < r.previewRows[i].size(); ++j)
            m_rows->setItem(i, j, new QTableWidgetItem(r.previewRows[i][j]));
    m_rows->resizeColumnsToContents();
    showDetected(r);
    QStringList lines;
    for (const Error &e : r.problems)
        lines << e.toString();
    if (r.problems.size() >= import::ParseOutcome::maxProblems)
        lines << tr("(stopped after %1 problems)").arg(r.problems.size());
    for (const import::SkippedRow &s : r.skippedRows)
        if (!s.blank)
            lines << tr("%1:%2:%3: %4").arg(QFileInfo(r.fileName).fileName()).arg(s.line).arg(s.column).arg(s.reason);
    m_problems->setPlainText(lines.join(u'\n'));
    // Bad rows refuse the whole file unless the user takes only the good ones.
    const bool writes = r.ok() && r.added + r.updated > 0;
    m_import->setEnabled(writes && r.skippedBad == 0);
    m_import->setText(r.ok() && r.added + r.updated == 0 ? tr("Nothing to import") : tr("&Import"));
    m_importGood->setVisible(r.ok() && r.skippedBad > 0);
    m_importGood->setEnabled(writes && r.skippedBad > 0);
    m_importGood->setText(tr("Import the %1 good rows").arg(r.goodRows));
    // A price file that names no symbol: ask for it here.
    const bool needsSymbol = std::any_of(r.problems.begin(), r.problems.end(), [](const Error &e) {
        return e.message.contains(QLatin1String("(--symbol)"));
    });
    if (needsSymbol) {
        m_symbol->setPlaceholderText(tr("type the ticker, e.g. NVDA"));
        m_symbol->setFocus();
    }
}

void ImportDialog::showDetected(const ImportReport &r)
{
    m_layout->setText(r.layout.isEmpty() ? tr("—") : r.layout);
    m_symbolInfo->setText(r.symbol.isEmpty() ? (r.format == import::Format::Prices ? tr("none found: type it below")
                                                                                    : tr("—"))
                                             : tr("%1 (from the %2)").arg(r.symbol, r.symbolDetail));
    m_adjustment->setText(r.adjustment.isEmpty() ? tr("—") : r.adjustment);
    QStringList skipped;
    if (!r.blankNote.isEmpty())
        skipped << r.blankNote;
    if (r.skippedBad > 0)
        skipped << (r.skippedBad == 1 ? tr("1 bad row, listed under Problems")
                                      : tr("%1 bad rows, listed under Problems").arg(r.skippedBad));
    m_skipped->setText(skipped.isEmpty() ? tr("none") : skipped.join(QStringLiteral("; ")));
}

void ImportDialog::runImportGoodRows()
{
    m_goodRowsOnly = true;
    runImport();
}

void ImportDialog::runImport()
{
    const QString file = m_files.value(m_current);
    m_job = std::make_unique<ImportJob>(m_storePath, file, options());
    connect(m_job.get(), &ImportJob::progress, m_progress, [this](int p, const QString &stage) {
        m_progress->setValue(p);
        m_progress->setFormat(stage + QStringLiteral(" %p%"));
    });
    connect(m_job.get(), &ImportJob::finished, this, [this](const ImportReport &r) {
        setBusy(false);
        m_results.append(r);
        if (r.ok())
            emit storeChanged();
        if (!r.ok()) {
            showPreview(r); // cancelled or failed: say so, the store is unchanged
            m_import->setEnabled(true);
            m_import->setText(tr("&Retry"));
            return;
        }
        ++m_current;
        m_goodRowsOnly = false;
        preview();
    });
    setBusy(true, tr("Importing"));
    m_job->start();
}

void ImportDialog::showSummary()
{
    QStringList lines;
    for (const ImportReport &r : m_results)
        lines << (r.ok() ? tr("%1: %2").arg(QFileInfo(r.fileName).fileName(), r.summaryLine())
                         : tr("%1: not imported").arg(QFileInfo(r.fileName).fileName()));
    m_fileLabel->setText(tr("Import finished"));
    m_counts->setText(lines.join(QStringLiteral("<br>")));
    m_rows->clear();
    m_rows->setRowCount(0);
    m_rows->setColumnCount(0);
    m_problems->clear();
    m_import->setText(tr("Close"));
    m_import->setEnabled(true);
    m_skip->setEnabled(false);
    m_importGood->setVisible(false);
    m_cancel->setEnabled(false);
    disconnect(m_import, &QPushButton::clicked, this, &ImportDialog::runImport);
    connect(m_import, &QPushButton::clicked, this, &QDialog::accept);
}

} // namespace stratos
