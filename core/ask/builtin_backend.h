#pragma once
// The offline backend: streams the extractive answer word by word from a
// zero-interval timer, so the event loop runs between tokens as with a model.

#include "ask/backend.h"

#include <QStringList>
#include <QTimer>

namespace stratos::ask {

class BuiltinBackend : public Backend
{
    Q_OBJECT
public:
    explicit BuiltinBackend(QObject *parent = nullptr);

    void start(const AskContext &context) override;
    void stop() override;
    bool isRunning() const override { return m_timer.isActive(); }
    void listModels() override;

private:
    void emitNext();

    QTimer m_timer;
    QStringList m_tokens;
    int m_next = 0;
    QString m_answer;
};

} // namespace stratos::ask
