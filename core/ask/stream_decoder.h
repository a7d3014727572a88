#pragma once
// Incremental decoders for streamed chat answers: Ollama's NDJSON and the
// OpenAI-compatible server-sent events. Bytes go in as they arrive (a line or
// a UTF-8 character may be split anywhere); text deltas come out. Buffers are
// bounded: a line longer than the limit is an error, not unbounded memory.

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>

namespace stratos::ask {

struct DecodeResult
{
    QStringList deltas; // answer text, in order
    bool done = false;  // the stream said the answer is complete
    QString error;      // non-empty: the stream failed (the server's own words where it gave any)
    int toolCalls = 0;  // chunks that asked for a tool or function call: ignored, never parsed as an action
};

// Splits a byte stream into lines. LF ends a line; with crTerminates, CR and CRLF do too
// (SSE); otherwise a CR before the LF is dropped.
class LineSplitter
{
public:
    explicit LineSplitter(qsizetype maxLineBytes, bool crTerminates)
        : m_max(maxLineBytes), m_cr(crTerminates)
    {
    }
    // False when a line grew past the limit (the buffer is then dropped).
    bool feed(QByteArrayView data, QList<QByteArray> &lines);
    QByteArray takeRest();
    qsizetype buffered() const { return m_buffer.size(); }
    qint64 lineCount() const { return m_count; } // complete lines so far

private:
    QByteArray m_buffer;
    qint64 m_count = 0;
    qsizetype m_max;
    bool m_cr;
    bool m_skipLf = false;
};

// Splits the bytes into lines (shared) and hands each complete line to the
// protocol's line(); stops at the first error or at the end of the answer.
class ChatStreamDecoder
{
public:
    static constexpr qsizetype kDefaultMaxLine = 1024 * 1024;
    virtual ~ChatStreamDecoder() = default;
    DecodeResult feed(QByteArrayView bytes);
    virtual DecodeResult finish() = 0; // the connection ended: decode what is left
    bool isDone() const { return m_done; }
    // Bytes held back waiting for the end of a line or event: never more than the line limit.
    virtual qsizetype bufferedBytes() const { return m_lines.buffered(); }
    // Complete lines decoded so far: progress, unlike bytes that only trickle in.
    qint64 completeLines() const { return m_lines.lineCount(); }

protected:
    ChatStreamDecoder(qsizetype maxLine, bool crTerminates) : m_lines(maxLine, crTerminates), m_max(maxLine) {}
    virtual void line(const QByteArray &line, DecodeResult &r) = 0;
    static QString tooLong(qsizetype limit);
    LineSplitter m_lines;
    qsizetype m_max;
    bool m_done = false;
    bool m_failed = false;
};

// Ollama /api/chat: one JSON object per line, {"message":{"content":...},"done":false}, then done:true.
class NdjsonChatDecoder : public ChatStreamDecoder
{
public:
    explicit NdjsonChatDecoder(qsizetype maxLine = kDefaultMaxLine) : ChatStreamDecoder(maxLine, false) {}
    DecodeResult finish() override;

private:
    void line(const QByteArray &line, DecodeResult &r) override;
};

// OpenAI-compatible /v1/chat/completions with stream:true: "data: {json}" events
// (choices[0].delta.content), comments, event: lines, then "data: [DONE]".
class SseChatDecoder : public ChatStreamDecoder
{
public:
    explicit SseChatDecoder(qsizetype maxLine = kDefaultMaxLine) : ChatStreamDecoder(maxLine, true) {}
    DecodeResult finish() override;
    bool sawFinishReason() const { return m_finishReason; }
    qsizetype bufferedBytes() const override { return m_lines.buffered() + m_data.size() + m_event.size(); }

private:
    void line(const QByteArray &line, DecodeResult &r) override;
    void dispatch(DecodeResult &r);
    void payload(const QByteArray &json, bool isError, DecodeResult &r);
    QByteArray m_data;
    QByteArray m_event;
    bool m_hasData = false;
    bool m_finishReason = false;
};

// The message in an error object: {"error":"text"} or {"error":{"message":"text"}}.
QString errorMessageOf(const QByteArray &json);

} // namespace stratos::ask
