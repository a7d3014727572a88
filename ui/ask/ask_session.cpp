#include "ask/ask_session.h"

#include "ask/ask_settings.h"
#include "ask/ask_sources.h"
#include "ask/backend.h"
#include "ask/citations.h"
#include "ask_context.h"
#include "conversation_store.h"

#include <QFutureWatcher>
#include <QJsonDocument>
#include <QSaveFile>

namespace stratos {

AskSession::AskSession(QSqlDatabase db, bool readOnly, QObject *parent)
    : QObject(parent), m_db(db), m_readOnly(readOnly), m_conversations(std::make_unique<ConversationStore>(db)),
      m_factory([](const ask::BackendSettings &s, QObject *p) { return ask::makeBackend(s, p); }),
      m_contextBuilder([](QSqlDatabase worker, const QString &q, int topK) { return buildAskContext(worker, q, topK); })
{
}

AskSession::~AskSession()
{
    if (m_backend) {
        disconnect(m_backend, nullptr, this, nullptr);
        m_backend->stop();
    }
    if (Message *m = find(m_busyId)) { // closing mid-answer: keep what came
        m->status = QStringLiteral("stopped");
        persist(*m);
    }
}

AskSession::Message *AskSession::find(int id)
{
    for (Message &m : m_messages)
        if (m.id == id)
            return &m;
    return nullptr;
}

const AskSession::Message *AskSession::message(int id) const
{
    return const_cast<AskSession *>(this)->find(id);
}

QJsonObject AskSession::messageJson(const Message &m) const
{
    return {{"id", m.id}, {"role", m.role}, {"text", m.text}, {"status", m.status},
            {"error", m.error}, {"sources", m.sources}};
}

QJsonArray AskSession::messagesJson() const
{
    QJsonArray out;
    for (const Message &m : m_messages)
        out.append(messageJson(m));
    return out;
}

void AskSession::restoreLatest()
{
    stop();
    m_messages.clear();
    m_conversationId = 0;
    m_title.clear();
    if (const auto latest = m_conversations->latest()) {
        m_conversationId = *latest;
        for (const ConversationInfo &c : m_conversations->conversations())
            if (c.id == m_conversationId)
                m_title = c.title;
        for (const StoredMessage &s : m_conversations->messages(m_conversationId)) {
            Message m;
            m.id = m_nextId++;
            m.storedId = s.id;
            m.role = s.role;
            m.text = s.text;
            m.status = s.status;
            m.backend = s.backend;
            const QJsonObject c = QJsonDocument::fromJson(s.citationsJson.toUtf8()).object();
            m.sources = c.value(QLatin1String("sources")).toArray();
            m.error = c.value(QLatin1String("error")).toString();
            m_messages.append(m);
        }
    }
    emit conversationReset();
}

void AskSession::newConversation()
{
    stop();
    m_messages.clear();
    m_conversationId = 0;
    m_title.clear();
    emit conversationReset();
}

AskSession::Message &AskSession::append(Message m)
{
    m.id = m_nextId++;
    m_messages.append(m);
    return m_messages.last();
}

void AskSession::persist(Message &m)
{
    if (m_readOnly)
        return;
    QJsonObject citations{{"sources", m.sources}};
    if (m.role == QLatin1String("assistant")) {
        const CitationSplit split = splitCitations(m.text, m.sources);
        citations.insert(QStringLiteral("cited"), QJsonArray::fromVariantList(
                                                      QVariantList(split.valid.begin(), split.valid.end())));
        citations.insert(QStringLiteral("invented"), QJsonArray::fromVariantList(
                                                         QVariantList(split.invented.begin(), split.invented.end())));
        if (!m.error.isEmpty())
            citations.insert(QStringLiteral("error"), m.error);
    }
    const QString json = QString::fromUtf8(QJsonDocument(citations).toJson(QJsonDocument::Compact));
    const QString status = m.status == QLatin1String("streaming") ? QStringLiteral("stopped") : m.status;
    if (m.storedId) {
        if (Status s = m_conversations->update(m.storedId, m.text, json, status); !s)
            emit storeError(s.error().message);
        return;
    }
    if (!m_conversationId) {
        auto id = m_conversations->create(m_title);
        if (!id) {
            emit storeError(id.error().message);
            return;
        }
        m_conversationId = *id;
    }
    StoredMessage stored{0, m.role, m.text, json, status, m.backend, {}};
    if (auto id = m_conversations->append(m_conversationId, stored))
        m.storedId = *id;
    else
        emit storeError(id.error().message);
}

void AskSession::setSettings(const ask::BackendSettings &settings)
{
    m_settings = settings;
    dropBackend(); // the next question gets a backend with these settings
}

void AskSession::dropBackend()
{
    if (!m_backend)
        return;
    stop();
    disconnect(m_backend, nullptr, this, nullptr);
    m_backend->deleteLater(); // a managed llama-server stops with it
    m_backend = nullptr;
}

// One backend serves every question until the settings change: a managed
// llama-server keeps running between questions.
void AskSession::ensureBackend()
{
    if (m_backend)
        return;
    m_backend = m_factory(m_settings, nullptr).release();
    m_backend->setParent(this);
    connect(m_backend, &ask::Backend::token, this, [this](const QString &text) {
        if (Message *m = find(m_busyId)) {
            m->text += text;
            emit tokenReceived(m->id, text);
        }
    });
    connect(m_backend, &ask::Backend::finished, this,
            [this](const QString &full) { finish(m_busyId, QStringLiteral("ok"), full, {}); });
    connect(m_backend, &ask::Backend::failed, this,
            [this](const QString &message) { finish(m_busyId, QStringLiteral("failed"), {}, message); });
    connect(m_backend, &ask::Backend::stopped, this,
            [this] { finish(m_busyId, QStringLiteral("stopped"), {}, {}); });
    // A model gets only the passages that fit its context: those are the answer's sources.
    connect(m_backend, &ask::Backend::contextFitted, this, [this](const ask::AskContext &fitted) {
        if (Message *m = find(m_busyId)) {
            m->sources = sourcesKept(m->sources, fitted);
            emit messageUpdated(messageJson(*m));
        }
    });
}

bool AskSession::ask(const QString &input)
{
    const QString question = input.trimmed();
    if (question.isEmpty() || isBusy())
        return false;
    if (m_messages.isEmpty())
        m_title = question.simplified().left(120);
    Message &q = append({0, 0, QStringLiteral("user"), question, QStringLiteral("ok"), {}, {}, {}});
    persist(q);
    emit messageAdded(messageJson(q));

    Message a;
    a.role = QStringLiteral("assistant");
    a.status = QStringLiteral("streaming");
    a.backend = ask::backendName(m_settings.kind);
    const int id = append(a).id; // announced once its sources are known
    m_busyId = id;
    emit busyChanged(true);

    if (!endpointAllowed(m_settings)) { // refused before any document is read for it
        finish(id, QStringLiteral("failed"), {},
               tr("%1 is not on this computer and sending documents to it was not allowed. Allow it, or choose "
                  "another server, in Ask → Settings.").arg(m_settings.endpoint.toString()));
        return true;
    }
    auto *watcher = new QFutureWatcher<AskRetrieval>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, id] {
        watcher->deleteLater();
        retrieved(id, watcher->result());
    });
    watcher->setFuture(retrieveOnWorker({WorkerConnection::like(m_db), m_contextBuilder, question, m_settings.topK}));
    return true;
}

void AskSession::retrieved(int id, const AskRetrieval &retrieval)
{
    Message *answer = find(id);
    if (!answer || m_busyId != id) // stopped, or the conversation changed, while the sources were found
        return;
    if (!retrieval.error.isEmpty()) {
        finish(id, QStringLiteral("failed"), {}, tr("The library could not be read: %1").arg(retrieval.error));
        return;
    }
    answer->sources = retrieval.sources;
    persist(*answer);
    emit messageAdded(messageJson(*answer));
    ensureBackend();
    m_backend->start(retrieval.context);
}

void AskSession::finish(int id, const QString &status, const QString &text, const QString &error)
{
    if (id == 0 || m_busyId != id)
        return;
    m_busyId = 0;
    if (Message *m = find(id)) {
        m->status = status;
        if (!text.isEmpty())
            m->text = text; // the backend's full answer is authoritative
        m->error = error;
        persist(*m);
        emit messageFinished(messageJson(*m));
    }
    emit busyChanged(false);
}

void AskSession::stop()
{
    if (!isBusy())
        return;
    const int id = m_busyId;
    if (m_backend)
        m_backend->stop(); // emits stopped() at once
    if (m_busyId == id)    // a backend that did not: stop it here
        finish(id, QStringLiteral("stopped"), {}, {});
}

QString AskSession::answerForClipboard(int id) const
{
    const Message *m = message(id);
    if (!m)
        return {};
    const QString block = sourcesBlock(m->text, m->sources);
    return block.isEmpty() ? m->text.trimmed() : m->text.trimmed() + QStringLiteral("\n\nSources:\n") + block.trimmed();
}

QString AskSession::markdown() const
{
    QList<ExportedMessage> list;
    for (const Message &m : m_messages)
        list.append({m.role, m.text, m.status, m.error, m.sources});
    return conversationMarkdown(m_title, list, backendLabel(m_settings));
}

Status AskSession::exportMarkdown(const QString &path) const
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return Error{tr("cannot write %1: %2").arg(path, f.errorString())};
    f.write(markdown().toUtf8());
    if (!f.commit())
        return Error{tr("cannot write %1: %2").arg(path, f.errorString())};
    return {};
}

QJsonObject AskSession::citation(int messageId, int n) const
{
    const Message *m = message(messageId);
    return m ? sourceByNumber(m->sources, n) : QJsonObject();
}

} // namespace stratos
