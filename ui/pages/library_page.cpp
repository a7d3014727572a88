#include "pages/library_page.h"

#include "models/column_table_model.h"
#include "repository.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

namespace stratos {

LibraryPage::LibraryPage(QWidget *parent) : Page(parent)
{
    m_docs = new ColumnTableModel({{tr("Title")}, {tr("Publisher")}, {tr("Date")}, {tr("File")}}, this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    m_search = new QLineEdit;
    m_search->setPlaceholderText(tr("Search the documents (e.g. export controls, Kuiper, distillation)…"));
    m_search->setClearButtonEnabled(true);
    layout->addWidget(m_search);
    auto *split = new QSplitter(Qt::Vertical);
    m_view = new QTableView;
    m_view->setModel(m_docs);
    m_view->verticalHeader()->hide();
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_results = new QTextBrowser;
    split->addWidget(m_view);
    split->addWidget(m_results);
    layout->addWidget(split, 1);
    connect(m_view, &QTableView::clicked, this, [this](const QModelIndex &idx) {
        if (!m_repo || !m_search->text().trimmed().isEmpty())
            return;
        const qint64 id = m_docs->row(idx.row()).value(4).toLongLong();
        const QString text = m_repo->documentText(id);
        m_results->setMarkdown(text); // QTextBrowser: rich text only, never scripts
    });
    auto *debounce = new QTimer(this);
    debounce->setSingleShot(true);
    debounce->setInterval(150);
    connect(m_search, &QLineEdit::textChanged, debounce, qOverload<>(&QTimer::start));
    connect(debounce, &QTimer::timeout, this, &LibraryPage::search);
}

void LibraryPage::reload(const Repository &repo)
{
    m_repo = &repo;
    QList<QVariantList> rows;
    for (const Document &d : repo.documents())
        rows.append({d.title, d.publisher, d.publishedOn.toString(Qt::ISODate),
                     QString(d.path).replace(QLatin1String(":/corpus/"), QLatin1String("built-in: ")),
                     d.id});
    m_docs->setRows(rows);
    m_view->resizeColumnsToContents();
    m_view->setColumnWidth(0, qMin(m_view->columnWidth(0), 520));
    search();
}

void LibraryPage::search()
{
    if (!m_repo)
        return;
    const QString text = m_search->text();
    if (text.trimmed().isEmpty()) {
        m_results->setHtml(tr("<p style='color:gray'>Type to search %1 documents (matches are "
                              "highlighted), or click a document to read it.</p>").arg(m_docs->rowCount()));
        return;
    }
    QString html;
    const auto hits = m_repo->searchPassages(text, 20);
    for (const PassageHit &h : hits) {
        QString snippet = h.snippet.toHtmlEscaped();
        snippet.replace(QLatin1String("[["), QLatin1String("<b style='background:#ffe58a;color:black'>"));
        snippet.replace(QLatin1String("]]"), QLatin1String("</b>"));
        html += QStringLiteral("<p><b>%1</b> <span style='color:gray'>chars %2–%3</span><br>%4</p>")
                    .arg(h.documentTitle.toHtmlEscaped()).arg(h.start).arg(h.end).arg(snippet);
    }
    if (hits.isEmpty())
        html = tr("<p>No passage matches “%1”.</p>").arg(text.toHtmlEscaped());
    m_results->setHtml(html);
}

} // namespace stratos
