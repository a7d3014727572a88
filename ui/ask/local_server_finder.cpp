#include "ask/local_server_finder.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace stratos {

LocalServerFinder::LocalServerFinder(QWidget *parent)
    : QWidget(parent), m_probe(new ask::ServerProbe(this)), m_candidates(ask::ServerProbe::defaultCandidates())
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *top = new QHBoxLayout;
    m_status = new QLabel;
    m_status->setWordWrap(true);
    m_again = new QPushButton(tr("Look &again"));
    m_again->setToolTip(tr("Look for Ollama, llama-server, LM Studio, Jan or vLLM on this computer's usual ports"));
    top->addWidget(m_status, 1);
    top->addWidget(m_again);
    layout->addLayout(top);
    m_list = new QVBoxLayout;
    layout->addLayout(m_list);
    connect(m_again, &QPushButton::clicked, this, &LocalServerFinder::search);
    connect(m_probe, &ask::ServerProbe::finished, this, &LocalServerFinder::list);
}

void LocalServerFinder::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_searched)
        search(); // a server the user already runs is one click away
}

void LocalServerFinder::search()
{
    m_searched = true;
    qDeleteAll(m_buttons);
    m_buttons.clear();
    m_again->setEnabled(false);
    m_status->setText(tr("Looking for model servers on this computer…"));
    m_probe->start(m_candidates);
}

void LocalServerFinder::list(const QList<ask::FoundServer> &servers)
{
    m_again->setEnabled(true);
    m_status->setText(servers.isEmpty()
                          ? tr("No Ollama or llama-server is running on this computer's usual ports.")
                          : tr("Found on this computer:"));
    for (const ask::FoundServer &s : servers) {
        const QString where = s.endpoint.host() + u':' + QString::number(s.endpoint.port());
        QString detail = s.models.isEmpty() ? tr("no models") : (s.models.size() == 1 ? tr("1 model") : tr("%1 models").arg(s.models.size()));
        if (s.contextTokens)
            detail += tr(", %1-token context").arg(*s.contextTokens);
        auto *use = new QPushButton(tr("Use %1 (%2): %3").arg(s.product, where, detail));
        use->setToolTip(s.models.join(QStringLiteral(", ")));
        connect(use, &QPushButton::clicked, this, [this, s] { emit useRequested(s); });
        m_list->addWidget(use);
        m_buttons << use;
    }
    // The dialog grows to show the buttons whole.
    if (QWidget *w = window(); w && w->isVisible() && !servers.isEmpty())
        QMetaObject::invokeMethod(w, [w] { w->resize(w->size().expandedTo(w->sizeHint())); }, Qt::QueuedConnection);
}

} // namespace stratos
