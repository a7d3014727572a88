#pragma once
// Passage search results for the Library page: a list model of hits and a
// delegate that draws the document title, the span, and the snippet with the
// matched words highlighted. Snippet text is escaped before any markup is added.

#include "library_store.h"

#include <QAbstractListModel>
#include <QStyledItemDelegate>

namespace stratos {

class SearchResultsModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum class Role { DocumentId = Qt::UserRole, Start, End, Html };
    using QAbstractListModel::QAbstractListModel;

    void setHits(QList<PassageHit> hits);
    const PassageHit &at(int row) const { return m_hits[row]; }
    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_hits.size()); }
    QVariant data(const QModelIndex &index, int role) const override;

    // Rich text for a snippet: everything escaped, matches in <span class=hl>.
    static QString snippetHtml(const QString &snippet);

private:
    QList<PassageHit> m_hits;
};

class SnippetDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace stratos
