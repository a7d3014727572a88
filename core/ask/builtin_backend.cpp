#include "ask/builtin_backend.h"

#include "ask/citations.h"
#include "ask/extractive_answer.h"

namespace stratos::ask {

BuiltinBackend::BuiltinBackend(QObject *parent) : Backend(parent)
{
    m_timer.setInterval(0);
    connect(&m_timer, &QTimer::timeout, this, &BuiltinBackend::emitNext);
}

void BuiltinBackend::start(const AskContext &context)
{
    m_timer.stop();
    AskContext cited;
    m_answer = composeExtractiveAnswer(context, &cited);
    // The answer cites [1] first even when the best passage had no sentence to give.
    emit contextFitted(renumberByCitation(cited, &m_answer));
    m_tokens = streamTokens(m_answer);
    m_next = 0;
    m_timer.start();
}

void BuiltinBackend::stop()
{
    if (!m_timer.isActive())
        return;
    m_timer.stop();
    emit stopped();
}

void BuiltinBackend::listModels()
{
    QTimer::singleShot(0, this, [this] { emit modelsListed({QStringLiteral("builtin (extractive, no model)")}); });
}

void BuiltinBackend::emitNext()
{
    if (m_next < m_tokens.size()) {
        emit token(m_tokens[m_next++]);
        return;
    }
    m_timer.stop();
    emit finished(m_answer);
}

} // namespace stratos::ask
