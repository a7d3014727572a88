#pragma once
// Ask: questions answered from the documents. This shell lists the passages
// that would ground an answer; the chat panel builds on it.

#include "pages/page.h"

class QLineEdit;
class QTextBrowser;

namespace stratos {

class AskPage : public Page
{
    Q_OBJECT
public:
    explicit AskPage(QWidget *parent = nullptr);
    QString id() const override { return QStringLiteral("ask"); }
    QString title() const override { return tr("Ask"); }
    void reload(const Repository &repo) override;
    void ask(const QString &question);

private:
    const Repository *m_repo = nullptr;
    QLineEdit *m_question;
    QTextBrowser *m_answer;
};

} // namespace stratos
