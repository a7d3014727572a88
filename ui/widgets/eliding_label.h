#pragma once
// A one-line label that gives way in a narrow window: its text ends in "…"
// rather than being cut mid-word, and the whole text is its tooltip.

#include <QLabel>
#include <QResizeEvent>

namespace stratos {

class ElidingLabel : public QLabel
{
public:
    explicit ElidingLabel(QWidget *parent = nullptr) : QLabel(parent)
    {
        // Its whole width when there is room; down to nothing (then elided) when there is not.
        setMinimumWidth(1);
    }
    void setFullText(const QString &text)
    {
        m_full = text;
        setToolTip(text);
        elide();
    }
    QSize sizeHint() const override { return {fontMetrics().horizontalAdvance(m_full) + 4, QLabel::sizeHint().height()}; }

protected:
    void resizeEvent(QResizeEvent *event) override
    {
        QLabel::resizeEvent(event);
        elide();
    }

private:
    void elide() { setText(fontMetrics().elidedText(m_full, Qt::ElideRight, std::max(0, width() - 2))); }
    QString m_full;
};

} // namespace stratos
