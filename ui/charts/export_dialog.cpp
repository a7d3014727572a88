#include "charts/export_dialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace stratos {
namespace {

const char *kDirKey = "export/lastFolder";

QString defaultFolder()
{
    const QString saved = QSettings().value(QLatin1String(kDirKey)).toString();
    if (!saved.isEmpty() && QFileInfo(saved).isDir())
        return saved;
    const QString docs = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return docs.isEmpty() ? QDir::homePath() : docs;
}

} // namespace

ExportDialog::ExportDialog(const QString &chartId, std::optional<ExportFormat> format, QSize viewSize,
                           qreal dpr, QWidget *parent)
    : QDialog(parent), m_chartId(chartId)
{
    setWindowTitle(tr("Export chart"));
    m_format = new QComboBox;
    for (ExportFormat f : {ExportFormat::Png, ExportFormat::Svg, ExportFormat::Pdf, ExportFormat::Csv})
        m_format->addItem(exportFormatFilter(f), int(f));
    m_format->setCurrentIndex(m_format->findData(int(format.value_or(ExportFormat::Png))));
    m_width = new QSpinBox;
    m_height = new QSpinBox;
    for (QSpinBox *s : {m_width, m_height}) {
        s->setRange(100, 10000);
        s->setSuffix(tr(" px"));
    }
    // The chart as big as on screen, but never a thumbnail.
    m_width->setValue(std::max(viewSize.width(), 1000));
    m_height->setValue(std::max(viewSize.height(), 600));
    m_scale = new QComboBox;
    m_scale->addItem(tr("1× (standard screens)"), 1.0);
    m_scale->addItem(tr("2× (high-DPI screens, print)"), 2.0);
    m_scale->setCurrentIndex(dpr > 1.2 ? 1 : 0);
    m_path = new QLineEdit;
    m_path->setMinimumWidth(360);
    auto *browse = new QPushButton(tr("Browse…"));
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    m_note = new QLabel;
    m_note->setWordWrap(true);
    m_note->setForegroundRole(QPalette::PlaceholderText);

    auto *form = new QFormLayout;
    form->addRow(tr("Format:"), m_format);
    auto *size = new QHBoxLayout;
    size->addWidget(m_width);
    size->addWidget(new QLabel(QStringLiteral("×")));
    size->addWidget(m_height);
    size->addStretch(1);
    form->addRow(tr("Size:"), size);
    form->addRow(tr("Pixel density:"), m_scale);
    form->addRow(tr("File:"), pathRow);
    form->addRow(QString(), m_note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Export"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);

    const QString base = QStringLiteral("stratos-%1").arg(QString(chartId).replace(u'.', u'-'));
    m_path->setText(QDir(defaultFolder()).filePath(base + u'.' + exportFormatName(this->format())));
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::formatChanged);
    connect(browse, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(buttons, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
    formatChanged();
}

ExportFormat ExportDialog::format() const
{
    return ExportFormat(m_format->currentData().toInt());
}

void ExportDialog::formatChanged()
{
    const ExportFormat f = format();
    m_width->setEnabled(f != ExportFormat::Csv);
    m_height->setEnabled(f != ExportFormat::Csv);
    m_scale->setEnabled(f == ExportFormat::Png);
    // Keep the name, change the extension.
    const QFileInfo info(m_path->text());
    if (!m_path->text().isEmpty())
        m_path->setText(info.dir().filePath(info.completeBaseName() + u'.' + exportFormatName(f)));
    m_note->setText(f == ExportFormat::Csv
                        ? tr("Every data point of the visible series over the visible range, before "
                             "thinning for the screen, with its source.")
                        : tr("What the chart shows now (zoom, hidden series), with its title, axis "
                             "units and source line."));
}

void ExportDialog::browse()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export chart"), m_path->text(),
                                                      exportFormatFilter(format()));
    if (!path.isEmpty())
        m_path->setText(path);
}

void ExportDialog::accept()
{
    if (m_path->text().trimmed().isEmpty()) {
        QMessageBox::warning(this, tr("Export chart"), tr("Choose a file to export to."));
        return;
    }
    QSettings().setValue(QLatin1String(kDirKey), QFileInfo(m_path->text()).absolutePath());
    QDialog::accept();
}

ExportRequest ExportDialog::request() const
{
    ExportRequest r;
    r.path = m_path->text().trimmed();
    r.format = format();
    r.size = QSize(m_width->value(), m_height->value());
    r.scale = m_scale->currentData().toDouble();
    return r;
}

} // namespace stratos
