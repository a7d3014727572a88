#include "widgets/stat_card.h"

#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QVBoxLayout>

namespace stratos {

StatCard::StatCard(const QString &heading, QWidget *parent)
    : QFrame(parent), m_heading(new QLabel(heading)), m_figure(new QLabel), m_caption(new QLabel),
      m_source(new QLabel)
{
    setObjectName(QStringLiteral("statCard"));
    setFrameShape(QFrame::StyledPanel);
    setCursor(Qt::PointingHandCursor);
    setFocusPolicy(Qt::StrongFocus);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 14, 16, 14);
    layout->setSpacing(4);
    m_heading->setObjectName(QStringLiteral("cardHeading"));
    m_figure->setObjectName(QStringLiteral("cardFigure"));
    m_caption->setObjectName(QStringLiteral("cardCaption"));
    m_source->setObjectName(QStringLiteral("cardSource"));
    // Every label wraps: a long heading or figure must not set the window's minimum width.
    for (QLabel *l : {m_heading, m_figure, m_caption, m_source})
        l->setWordWrap(true);
    QFont f = m_figure->font();
    f.setPointSizeF(f.pointSizeF() * 2.0);
    f.setBold(true);
    m_figure->setFont(f);
    QFont h = m_heading->font();
    h.setBold(true);
    m_heading->setFont(h);
    QFont s = m_source->font();
    s.setPointSizeF(s.pointSizeF() * 0.85);
    m_source->setFont(s);
    m_source->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_heading);
    layout->addWidget(m_figure);
    layout->addWidget(m_caption);
    layout->addStretch(1);
    layout->addWidget(m_source);
}

void StatCard::setHeading(const QString &heading) { m_heading->setText(heading); }

void StatCard::setContent(const QString &figure, const QString &caption, const QString &source)
{
    m_figure->setText(figure);
    m_caption->setText(caption);
    m_source->setText(source);
}

QString StatCard::figure() const { return m_figure->text(); }

void StatCard::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint()))
        emit activated(m_target);
    QFrame::mouseReleaseEvent(event);
}

void StatCard::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter ||
        event->key() == Qt::Key_Space) {
        emit activated(m_target);
        return;
    }
    QFrame::keyPressEvent(event);
}

} // namespace stratos
