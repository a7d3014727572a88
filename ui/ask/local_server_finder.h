#pragma once
// The "model servers on this computer" row of the Ask settings: looks on the
// usual loopback ports when first shown and offers one button per server
// found ("Use Ollama 0.6.2 at 127.0.0.1:11434 · 3 models").

#include "ask/server_probe.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace stratos {

class LocalServerFinder : public QWidget
{
    Q_OBJECT
public:
    explicit LocalServerFinder(QWidget *parent = nullptr);

    // For tests: where to look instead of the usual ports.
    void setCandidates(const QList<QUrl> &candidates) { m_candidates = candidates; }
    void search();
    QList<QPushButton *> useButtons() const { return m_buttons; }
    QPushButton *searchAgainButton() const { return m_again; }
    bool isSearching() const { return m_probe->isRunning(); }

signals:
    void useRequested(const stratos::ask::FoundServer &server);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void list(const QList<ask::FoundServer> &servers);

    ask::ServerProbe *m_probe;
    QList<QUrl> m_candidates;
    QLabel *m_status;
    QPushButton *m_again;
    QVBoxLayout *m_list;
    QList<QPushButton *> m_buttons;
    bool m_searched = false;
};

} // namespace stratos
