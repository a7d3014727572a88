#include "pages/ask_page.h"

#include "repository.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QHBoxLayout>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace stratos {

AskPage::AskPage(QWidget *parent) : Page(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    auto *note = new QLabel(tr("Ask a question about your documents. Everything stays on this "
                               "computer: the passages below come from the local library."));
    note->setWordWrap(true);
    layout->addWidget(note);
    auto *row = new QHBoxLayout;
    m_question = new QLineEdit;
    m_question->setPlaceholderText(tr("e.g. How much market value did Nvidia lose in one day?"));
    auto *go = new QPushButton(tr("Ask"));
    go->setDefault(true);
    row->addWidget(m_question, 1);
    row->addWidget(go);
    layout->addLayout(row);
    m_answer = new QTextBrowser;
    layout->addWidget(m_answer, 1);
    connect(go, &QPushButton::clicked, this, [this] { ask(m_question->text()); });
    connect(m_question, &QLineEdit::returnPressed, this, [this] { ask(m_question->text()); });
}

void AskPage::reload(const Repository &repo)
{
    m_repo = &repo;
    if (m_answer->toPlainText().isEmpty())
        ask(m_question->placeholderText().mid(6));
}

void AskPage::ask(const QString &question)
{
    if (!m_repo)
        return;
    m_question->setText(question);
    const auto hits = m_repo->searchPassages(question, 5);
    QString html = tr("<h3>Passages for “%1”</h3>").arg(question.toHtmlEscaped());
    int n = 1;
    for (const PassageHit &h : hits) {
        QString snippet = h.snippet.toHtmlEscaped();
        snippet.replace(QLatin1String("[["), QLatin1String("<b>"));
        snippet.replace(QLatin1String("]]"), QLatin1String("</b>"));
        html += QStringLiteral("<p>[%1] %2<br><span style='color:gray'>%3, chars %4–%5</span></p>")
                    .arg(n++).arg(snippet, h.documentTitle.toHtmlEscaped()).arg(h.start).arg(h.end);
    }
    if (hits.isEmpty())
        html += tr("<p>No passage in the library matches this question.</p>");
    m_answer->setHtml(html);
}

} // namespace stratos
