#include "library/document_table_model.h"

#include "text/text_metadata.h"

#include <QFileInfo>
#include <QLocale>
#include <QTextDocument>

namespace stratos {

QString DocumentTableModel::typeLabel(const QString &mime)
{
    if (mime == QLatin1String("application/pdf"))
        return QStringLiteral("PDF");
    if (mime == QLatin1String("text/html"))
        return QStringLiteral("HTML");
    if (mime == QLatin1String("text/markdown"))
        return QStringLiteral("Markdown");
    return tr("Text");
}

QString DocumentTableModel::fileLabel(const QString &path)
{
    if (path.startsWith(QLatin1String(":/corpus/")))
        return tr("built-in note %1").arg(path.mid(9));
    return QFileInfo(path).fileName();
}

void DocumentTableModel::setRows(QList<Document> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

const Document *DocumentTableModel::rowById(qint64 id) const
{
    for (const Document &r : m_rows)
        if (r.id == id)
            return &r;
    return nullptr;
}

QVariant DocumentTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Document &r = m_rows[index.row()];
    if (role == int(Role::Id))
        return r.id;
    if (role == Qt::ToolTipRole) {
        // A tooltip that looks like HTML is shown as rich text: titles and file
        // names come from documents, so they are always escaped into plain text.
        if (index.column() == File)
            return Qt::convertFromPlainText(r.path);
        if (index.column() == Figures) {
            const ClaimCounts c = m_claims.value(r.id);
            return c.checked() ? c.summary() : tr("No figures the store can check");
        }
        if (index.column() == Title)
            return Qt::convertFromPlainText(
                tr("%1\nDetected from %2.\nDouble-click a title, author, publisher, date or URL to correct it; "
                   "your correction is kept when the file is imported again.")
                    .arg(r.title, r.metaSource.isEmpty() ? tr("the file") : r.metaSource));
        return {};
    }
    if (role == Qt::TextAlignmentRole && index.column() == Passages)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    const bool sort = role == int(Role::Sort);
    if (role != Qt::DisplayRole && role != Qt::EditRole && !sort)
        return {};
    switch (Column(index.column())) {
    case Title: return sort ? r.title.toLower() : r.title;
    case Authors: return sort ? r.authors.toLower() : r.authors;
    case Publisher: return sort ? r.publisher.toLower() : r.publisher;
    case Date: return r.publishedOn.isValid() ? r.publishedOn.toString(Qt::ISODate) : QString();
    case Url: return r.url;
    case Type: return typeLabel(r.mime);
    case Passages: return sort || role == Qt::EditRole ? QVariant(r.passages) : QVariant(QLocale().toString(r.passages));
    case File: return fileLabel(r.path);
    case Figures: {
        const ClaimCounts c = m_claims.value(r.id);
        if (sort) // documents with differing figures first, then by how many were checked
            return c.differs * 100000 + c.checked();
        if (!c.checked())
            return QString();
        QStringList parts;
        const std::pair<int, QString> counts[] = {{c.agrees, QStringLiteral("\u2713")}, {c.differs, QStringLiteral("\u2260")},
                                                  {c.noData, QStringLiteral("\u2205")}, {c.unclear, QStringLiteral("?")}};
        for (const auto &[n, sign] : counts)
            if (n)
                parts << QString::number(n) + sign;
        return parts.join(u' ');
    }
    case ColumnCount: break;
    }
    return {};
}

QVariant DocumentTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    static const char *const names[] = {"Title", "Authors", "Publisher", "Date", "Type", "Passages", "File", "URL", "Figures"};
    return section >= 0 && section < ColumnCount ? tr(names[section]) : QVariant();
}

Qt::ItemFlags DocumentTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    const int c = index.column();
    if (m_save && (c == Title || c == Authors || c == Publisher || c == Date || c == Url))
        f |= Qt::ItemIsEditable;
    return f;
}

bool DocumentTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || !m_save)
        return false;
    Document &r = m_rows[index.row()];
    DocumentEdit edit{r.title, r.publisher, r.publishedOn, r.url, r.authors};
    const QString text = value.toString().trimmed();
    switch (Column(index.column())) {
    case Title:
        if (text.isEmpty()) {
            emit saveFailed(tr("A document needs a title."));
            return false;
        }
        edit.title = text;
        break;
    case Authors: edit.authors = text; break;
    case Publisher: edit.publisher = text; break;
    case Date:
        edit.publishedOn = parseLooseDate(text);
        if (!text.isEmpty() && !edit.publishedOn.isValid()) {
            emit saveFailed(tr("“%1” is not a date; write it as YYYY-MM-DD.").arg(text));
            return false;
        }
        break;
    case Url:
        edit.url = safeHttpUrl(text);
        if (!text.isEmpty() && edit.url.isEmpty()) {
            emit saveFailed(tr("“%1” is not an http:// or https:// address.").arg(text));
            return false;
        }
        break;
    default: return false;
    }
    auto saved = m_save(r.id, edit, m_versions.value(r.id));
    if (!saved) {
        emit saveFailed(saved.error().message);
        return false;
    }
    if (saved->conflict) {
        emit editConflict(r.id, *saved->conflict);
        return false;
    }
    m_versions.insert(r.id, saved->rowVersion);
    r.title = edit.title;
    r.publisher = edit.publisher;
    r.publishedOn = edit.publishedOn;
    r.url = edit.url;
    r.authors = edit.authors;
    r.metaEdited = true;
    r.metaSource = tr("edited by the user");
    emit dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    return true;
}

void DocumentFilterProxy::setAllowedIds(std::optional<QSet<qint64>> ids)
{
    m_ids = std::move(ids);
    invalidateFilter();
}

bool DocumentFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex idx = sourceModel()->index(sourceRow, 0, sourceParent);
    const qint64 id = idx.data(int(DocumentTableModel::Role::Id)).toLongLong();
    if (m_onlyDiffering) {
        const auto *docs = qobject_cast<const DocumentTableModel *>(sourceModel());
        if (docs && docs->claimCounts(id).differs == 0)
            return false;
    }
    return !m_ids || m_ids->contains(id);
}

void DocumentFilterProxy::setOnlyDiffering(bool on)
{
    if (on == m_onlyDiffering)
        return;
    m_onlyDiffering = on;
    invalidateFilter();
}

void DocumentTableModel::setClaimCounts(QHash<qint64, ClaimCounts> counts)
{
    m_claims = std::move(counts);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, Figures), index(int(m_rows.size()) - 1, Figures));
}

} // namespace stratos
