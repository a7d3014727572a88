#include "library/search_results.h"

#include <QAbstractItemView>
#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QTextDocument>

namespace stratos {
namespace {

constexpr int kPad = 8;

void layoutDocument(QTextDocument &doc, const QStyleOptionViewItem &option, const QModelIndex &index, int width)
{
    doc.setDefaultFont(option.font);
    doc.setDocumentMargin(0);
    const bool selected = option.state & QStyle::State_Selected;
    const QColor text = option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    const QColor muted = option.palette.color(selected ? QPalette::HighlightedText : QPalette::PlaceholderText);
    doc.setDefaultStyleSheet(QStringLiteral("body { color: %1; } .meta { color: %2; } "
                                            ".hl { background-color: #ffe58a; color: #1d2430; font-weight: 600; }")
                                 .arg(text.name(), muted.name()));
    doc.setHtml(index.data(int(SearchResultsModel::Role::Html)).toString());
    doc.setTextWidth(qMax(100, width - 2 * kPad));
}

} // namespace

void SearchResultsModel::setHits(QList<PassageHit> hits)
{
    beginResetModel();
    m_hits = std::move(hits);
    endResetModel();
}

QString SearchResultsModel::snippetHtml(const QString &snippet)
{
    QString html = snippet.toHtmlEscaped();
    html.replace(LibraryStore::kMatchOpen, QLatin1String("<span class=\"hl\">"));
    html.replace(LibraryStore::kMatchClose, QLatin1String("</span>"));
    html.replace(u'\n', u' ');
    return html;
}

QVariant SearchResultsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_hits.size())
        return {};
    const PassageHit &h = m_hits[index.row()];
    switch (role) {
    case Qt::DisplayRole: {
        QString plain = h.snippet;
        plain.remove(LibraryStore::kMatchOpen).remove(LibraryStore::kMatchClose);
        return QStringLiteral("%1: %2").arg(h.documentTitle, plain);
    }
    case Qt::ToolTipRole: // the title is the document's: never rich text
        return Qt::convertFromPlainText(tr("Open “%1” at this passage").arg(h.documentTitle));
    case int(Role::DocumentId): return h.documentId;
    case int(Role::Start): return h.start;
    case int(Role::End): return h.end;
    case int(Role::Html):
        return QStringLiteral("<div><b>%1</b> <span class=\"meta\">&nbsp;chars %2–%3</span></div><div>%4</div>")
            .arg(h.documentTitle.toHtmlEscaped())
            .arg(h.start)
            .arg(h.end)
            .arg(snippetHtml(h.snippet));
    default: return {};
    }
}

void SnippetDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    opt.widget->style()->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
    QTextDocument doc;
    layoutDocument(doc, option, index, option.rect.width());
    painter->save();
    painter->translate(option.rect.topLeft() + QPoint(kPad, kPad));
    QAbstractTextDocumentLayout::PaintContext ctx;
    ctx.clip = QRectF(0, 0, option.rect.width() - kPad, option.rect.height() - kPad);
    doc.documentLayout()->draw(painter, ctx);
    painter->restore();
    painter->setPen(option.palette.color(QPalette::Midlight));
    painter->drawLine(option.rect.bottomLeft(), option.rect.bottomRight());
}

QSize SnippetDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    // The view's width, not option.rect: rows wrap to whatever the list is wide.
    const auto *view = qobject_cast<const QAbstractItemView *>(option.widget);
    const int width = view ? view->viewport()->width() : option.rect.width();
    QTextDocument doc;
    layoutDocument(doc, option, index, width);
    return QSize(option.rect.width(), int(doc.size().height()) + 2 * kPad + 1);
}

} // namespace stratos
