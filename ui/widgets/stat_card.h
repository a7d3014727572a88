#pragma once
// A headline card on the overview page: big figure, caption, provenance line;
// clicking it opens the page behind the number.

#include <QFrame>

class QLabel;

namespace stratos {

class StatCard : public QFrame
{
    Q_OBJECT
public:
    explicit StatCard(const QString &heading, QWidget *parent = nullptr);
    void setHeading(const QString &heading);
    void setContent(const QString &figure, const QString &caption, const QString &source);
    void setTarget(const QString &pageId) { m_target = pageId; }
    QString figure() const;

signals:
    void activated(const QString &pageId);

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    QLabel *m_heading;
    QLabel *m_figure;
    QLabel *m_caption;
    QLabel *m_source;
    QString m_target;
};

} // namespace stratos
