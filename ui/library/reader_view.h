#pragma once
// The document reader: a QWebEngineView (created the first time the reader is
// shown, which is what starts QtWebEngine) on stratos://app/reader.html. It
// shows a document as text, highlights a character span and scrolls to it, or
// shows the rows behind a data citation.

#include <QJsonObject>
#include <QWidget>
#include <optional>

class QStackedLayout;

namespace stratos {

struct ReaderDocument
{
    qint64 id = 0;
    QString title;
    QString meta;   // "publisher · date · chars A–B"
    QString url;
    QString text;   // shown as text, never as HTML
    bool pdf = false;
    bool markdown = false; // rendered (headings, lists, tables); otherwise paragraphs of text
    int start = -1; // highlighted span [start, end), or none
    int end = -1;
    QJsonObject claims; // checked figures (library/reader_claims.h); empty: none
};

struct ReaderData
{
    QString label, text, table, rows;
};

class ReaderView : public QWidget
{
    Q_OBJECT
public:
    explicit ReaderView(QWidget *parent = nullptr);

    void showDocument(const ReaderDocument &doc);
    void showData(const ReaderData &data);
    qint64 documentId() const { return m_documentId; }

    // The QWebEngineView (web/web_views.h); null until the reader was first shown.
    QWidget *view() const { return m_view; }
    bool isLoaded() const { return m_loaded; }

signals:
    // The page finished rendering what was last asked for.
    void shown();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void ensureView();
    void flush();

    QStackedLayout *m_stack;
    QWidget *m_view = nullptr;
    bool m_loaded = false;
    QString m_pendingScript;
    qint64 m_documentId = 0;
    int m_token = 0;
};

} // namespace stratos
