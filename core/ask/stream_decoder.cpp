#include "ask/stream_decoder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace stratos::ask {
namespace {

QString preview(const QByteArray &bytes)
{
    QString s = QString::fromUtf8(bytes.left(120)).simplified();
    if (bytes.size() > 120)
        s += QStringLiteral("…");
    return s;
}

QString errorText(const QJsonValue &error)
{
    // Never empty: an empty DecodeResult::error would hide the failure.
    if (error.isString() && !error.toString().trimmed().isEmpty())
        return error.toString();
    if (error.isObject()) {
        const QJsonObject o = error.toObject();
        const QString message = o.value(QStringLiteral("message")).toString();
        if (!message.isEmpty())
            return message;
        return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
    }
    return QStringLiteral("the server reported an error without a message");
}

// Stratos offers models no tools. A message that asks for one anyway (an
// injected document, a confused model) is counted and otherwise ignored.
bool asksForTool(const QJsonObject &message)
{
    for (const char *key : {"tool_calls", "function_call"}) {
        const QJsonValue v = message.value(QLatin1String(key));
        if ((v.isArray() && !v.toArray().isEmpty()) || (v.isObject() && !v.toObject().isEmpty()))
            return true;
    }
    return false;
}

} // namespace

bool LineSplitter::feed(QByteArrayView data, QList<QByteArray> &lines)
{
    qsizetype i = 0;
    if (m_skipLf && !data.isEmpty()) {
        if (data[0] == '\n')
            i = 1;
        m_skipLf = false;
    }
    while (i < data.size()) {
        qsizetype j = data.indexOf('\n', i);
        if (m_cr) {
            const qsizetype cr = data.indexOf('\r', i);
            if (cr >= 0 && (j < 0 || cr < j))
                j = cr;
        }
        const qsizetype end = j < 0 ? data.size() : j;
        if (m_buffer.size() + (end - i) > m_max) {
            m_buffer.clear();
            m_buffer.squeeze();
            return false;
        }
        m_buffer.append(data.sliced(i, end - i));
        if (j < 0)
            break;
        if (!m_cr && m_buffer.endsWith('\r'))
            m_buffer.chop(1);
        lines.append(m_buffer);
        ++m_count;
        m_buffer.clear();
        if (data[j] == '\r') {
            if (j + 1 < data.size()) {
                if (data[j + 1] == '\n')
                    ++j;
            } else {
                m_skipLf = true; // the LF of a CRLF may come with the next chunk
            }
        }
        i = j + 1;
    }
    return true;
}

QByteArray LineSplitter::takeRest()
{
    QByteArray rest = m_buffer;
    m_buffer.clear();
    if (!m_cr && rest.endsWith('\r'))
        rest.chop(1);
    return rest;
}

QString ChatStreamDecoder::tooLong(qsizetype limit)
{
    return QStringLiteral("the server sent a line longer than %1 MB without a line break; "
                          "this is not a streamed chat answer")
        .arg(double(limit) / (1024.0 * 1024.0), 0, 'g', 3);
}

QString errorMessageOf(const QByteArray &json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    if (doc.isObject() && doc.object().contains(QStringLiteral("error")))
        return errorText(doc.object().value(QStringLiteral("error")));
    if (doc.isObject() && doc.object().contains(QStringLiteral("message")))
        return doc.object().value(QStringLiteral("message")).toString();
    return {};
}

DecodeResult ChatStreamDecoder::feed(QByteArrayView bytes)
{
    DecodeResult r;
    if (m_failed || m_done)
        return r;
    QList<QByteArray> lines;
    const bool ok = m_lines.feed(bytes, lines);
    for (const QByteArray &l : lines) {
        line(l, r);
        if (!r.error.isEmpty() || m_done)
            return r;
    }
    if (!ok) {
        m_failed = true;
        r.error = tooLong(m_max);
    }
    return r;
}

// ---- NDJSON (Ollama) ----

DecodeResult NdjsonChatDecoder::finish()
{
    DecodeResult r;
    if (!m_failed && !m_done)
        line(m_lines.takeRest(), r);
    r.done = m_done;
    return r;
}

void NdjsonChatDecoder::line(const QByteArray &raw, DecodeResult &r)
{
    const QByteArray l = raw.trimmed();
    if (l.isEmpty() || m_done || m_failed)
        return;
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(l, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
        m_failed = true;
        r.error = QStringLiteral("the server sent a line that is not a JSON object: %1").arg(preview(l));
        return;
    }
    const QJsonObject o = doc.object();
    if (o.contains(QStringLiteral("error"))) {
        m_failed = true;
        r.error = errorText(o.value(QStringLiteral("error")));
        return;
    }
    const QJsonObject message = o.value(QStringLiteral("message")).toObject();
    const QString text = message.value(QStringLiteral("content")).toString();
    if (!text.isEmpty())
        r.deltas << text;
    if (asksForTool(message))
        ++r.toolCalls;
    if (o.value(QStringLiteral("done")).toBool()) {
        m_done = true;
        r.done = true;
    }
}

// ---- SSE (OpenAI-compatible) ----

DecodeResult SseChatDecoder::finish()
{
    DecodeResult r;
    if (!m_failed && !m_done) {
        const QByteArray rest = m_lines.takeRest();
        if (!rest.isEmpty())
            line(rest, r);
        if (r.error.isEmpty() && !m_done)
            dispatch(r);
    }
    // Some servers end with finish_reason and close without [DONE].
    if (!m_failed && m_finishReason)
        m_done = true;
    r.done = m_done;
    return r;
}

void SseChatDecoder::line(const QByteArray &l, DecodeResult &r)
{
    if (l.isEmpty()) {
        dispatch(r);
        return;
    }
    if (l.startsWith(':'))
        return; // comment, e.g. a keep-alive
    const qsizetype colon = l.indexOf(':');
    const QByteArray field = colon < 0 ? l : l.left(colon);
    QByteArray value = colon < 0 ? QByteArray() : l.mid(colon + 1);
    if (value.startsWith(' '))
        value.remove(0, 1);
    if (field == "data") {
        if (m_hasData)
            m_data += '\n';
        m_data += value;
        m_hasData = true;
        if (m_data.size() > m_max) {
            m_failed = true;
            r.error = tooLong(m_max);
        }
    } else if (field == "event") {
        m_event = value;
    } else if (field == "error") {
        payload(value, true, r); // llama.cpp's server reports stream errors this way
    } else if (colon < 0 && l.trimmed().startsWith('{')) {
        payload(l, false, r); // a bare JSON object, e.g. an error the server sent unframed
    }
}

void SseChatDecoder::dispatch(DecodeResult &r)
{
    const QByteArray data = m_data;
    const QByteArray event = m_event;
    const bool had = m_hasData;
    m_data.clear();
    m_event.clear();
    m_hasData = false;
    if (!had)
        return;
    if (data.trimmed() == "[DONE]") {
        m_done = true;
        r.done = true;
        return;
    }
    if (data.contains('\n') && QJsonDocument::fromJson(data).isNull()) {
        // Events sent without the blank line between them: decode line by line.
        for (const QByteArray &part : data.split('\n')) {
            if (part.trimmed() == "[DONE]") {
                m_done = true;
                r.done = true;
                return;
            }
            payload(part, event == "error", r);
            if (!r.error.isEmpty())
                return;
        }
        return;
    }
    payload(data, event == "error", r);
}

void SseChatDecoder::payload(const QByteArray &json, bool isError, DecodeResult &r)
{
    if (json.trimmed().isEmpty())
        return;
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
        m_failed = true;
        r.error = isError ? QString::fromUtf8(json).simplified()
                          : QStringLiteral("the server sent an event that is not a JSON object: %1").arg(preview(json));
        return;
    }
    const QJsonObject o = doc.object();
    if (isError || o.contains(QStringLiteral("error"))) {
        m_failed = true;
        r.error = o.contains(QStringLiteral("error")) ? errorText(o.value(QStringLiteral("error")))
                                                      : errorText(QJsonValue(o));
        return;
    }
    const QJsonArray choices = o.value(QStringLiteral("choices")).toArray();
    if (choices.isEmpty())
        return; // e.g. a usage-only chunk
    const QJsonObject choice = choices.first().toObject();
    const QJsonObject delta = choice.value(QStringLiteral("delta")).toObject();
    const QJsonObject message = choice.value(QStringLiteral("message")).toObject();
    QString text = delta.value(QStringLiteral("content")).toString();
    if (text.isEmpty()) // servers that answer in one piece despite stream:true
        text = message.value(QStringLiteral("content")).toString();
    if (!text.isEmpty())
        r.deltas << text;
    if (asksForTool(delta) || asksForTool(message))
        ++r.toolCalls;
    const QJsonValue reason = choice.value(QStringLiteral("finish_reason"));
    if (!reason.isNull() && !reason.isUndefined())
        m_finishReason = true;
}

} // namespace stratos::ask
