#include "library/library_columns.h"

#include "library/document_table_model.h"

#include <QHeaderView>
#include <QMenu>
#include <QTableView>
#include <algorithm>

namespace stratos {

void sizeLibraryColumns(QTableView *table)
{
    using C = DocumentTableModel;
    QHeaderView *header = table->horizontalHeader();
    const QFontMetrics fm(table->font());
    const QFontMetrics headerFm(header->font());
    // Room for the cell margins and the sort arrow beside the text.
    const int pad = 2 * table->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header) + 16;
    // A column is as wide as its header or a typical value, whichever is wider.
    const auto width = [&](int column, const QString &typical) {
        const QString title = table->model()->headerData(column, Qt::Horizontal).toString();
        return std::max(headerFm.horizontalAdvance(title), fm.horizontalAdvance(typical)) + pad;
    };
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(C::Title, QHeaderView::Stretch);
    header->resizeSection(C::Authors, width(C::Authors, QStringLiteral("A. Author")));
    header->resizeSection(C::Publisher, width(C::Publisher, QStringLiteral("IEEE Spectrum")));
    header->resizeSection(C::Date, width(C::Date, QStringLiteral("2025-01-27")));
    header->resizeSection(C::Type, width(C::Type, QStringLiteral("Markdown")));
    header->resizeSection(C::Passages, width(C::Passages, QStringLiteral("1,234")));
    header->resizeSection(C::File, width(C::File, QStringLiteral("report-name.pdf")));
    header->resizeSection(C::Url, width(C::Url, QStringLiteral("example.org/a/b")));
    header->resizeSection(C::Figures, width(C::Figures, QStringLiteral("12\u2713 3\u2260")));
    // The list sits beside the reader, which shows the type, the file, the
    // address and the passages: those start hidden, so the titles can be read.
    for (int c : {int(C::Type), int(C::Passages), int(C::File), int(C::Url)})
        header->setSectionHidden(c, true);
    // Right-click on the header: a tick per column to show or hide it.
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    QObject::connect(header, &QHeaderView::customContextMenuRequested, header, [header](QPoint at) {
        QMenu menu(header);
        for (int c = 0; c < header->count(); ++c) {
            QAction *show = menu.addAction(header->model()->headerData(c, Qt::Horizontal).toString());
            show->setCheckable(true);
            show->setChecked(!header->isSectionHidden(c));
            show->setEnabled(c != C::Title);
            QObject::connect(show, &QAction::toggled, header, [header, c](bool on) { header->setSectionHidden(c, !on); });
        }
        menu.exec(header->viewport()->mapToGlobal(at));
    });
}

} // namespace stratos
