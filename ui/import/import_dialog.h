#pragma once
// File → Import… and drag-and-drop: a preview of what a file will change
// (format and layout, symbol and where it came from, adjustment, first rows as
// parsed, counts, skipped rows, problems) before anything is written; then the
// import, of the whole file or of its good rows only, with progress and Cancel.

#include "importer.h"

#include <QDialog>
#include <memory>

class QLabel;
class QTableWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QComboBox;
class QLineEdit;

namespace stratos {

class ImportJob;

class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    ImportDialog(QString storePath, QStringList files, QWidget *parent = nullptr);
    ~ImportDialog() override;

    // For tests and the status bar: what happened to each file.
    const QList<ImportReport> &results() const { return m_results; }
    bool busy() const;
    QPushButton *importButton() const { return m_import; }
    QPushButton *importGoodRowsButton() const { return m_importGood; }
    QLineEdit *symbolEdit() const { return m_symbol; }
    QLabel *layoutLabel() const { return m_layout; }
    QLabel *symbolLabel() const { return m_symbolInfo; }
    QLabel *adjustmentLabel() const { return m_adjustment; }
    QLabel *skippedLabel() const { return m_skipped; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPlainTextEdit *problemsView() const { return m_problems; }
    QLabel *countsLabel() const { return m_counts; }

signals:
    void storeChanged();

private:
    void preview();
    void runImport();
    void runImportGoodRows();
    void showPreview(const ImportReport &r);
    void showDetected(const ImportReport &r);
    void showSummary();
    ImportOptions options() const;
    void setBusy(bool busy, const QString &stage = {});

    QString m_storePath;
    QStringList m_files;
    int m_current = 0;
    QList<ImportReport> m_results;
    std::unique_ptr<ImportJob> m_job;
    QLabel *m_fileLabel;
    QLabel *m_format;
    QLabel *m_counts;
    QLabel *m_layout;
    QLabel *m_symbolInfo;
    QLabel *m_adjustment;
    QLabel *m_skipped;
    bool m_goodRowsOnly = false; // the user chose "Import the N good rows"
    QComboBox *m_formatChoice;
    QLineEdit *m_symbol;
    QComboBox *m_adjusted;
    QTableWidget *m_rows;
    QPlainTextEdit *m_problems;
    QProgressBar *m_progress;
    QPushButton *m_import;
    QPushButton *m_importGood;
    QPushButton *m_skip;
    QPushButton *m_cancel;
};

} // namespace stratos
