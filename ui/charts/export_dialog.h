#pragma once
// Asks where and how to export a chart: format, size, pixel density, file.
// Remembers the last folder.

#include "charts/chart_export.h"

#include <QDialog>
#include <optional>

class QComboBox;
class QSpinBox;
class QLineEdit;
class QLabel;

namespace stratos {

class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    ExportDialog(const QString &chartId, std::optional<ExportFormat> format, QSize viewSize,
                 qreal devicePixelRatio, QWidget *parent = nullptr);
    ExportRequest request() const;

    void accept() override;

private:
    ExportFormat format() const;
    void formatChanged();
    void browse();

    QString m_chartId;
    QComboBox *m_format;
    QSpinBox *m_width;
    QSpinBox *m_height;
    QComboBox *m_scale;
    QLineEdit *m_path;
    QLabel *m_note;
};

} // namespace stratos
