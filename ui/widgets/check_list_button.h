#pragma once
// A button that opens a checkable, filterable list: choose securities for a
// chart, models for a price comparison. Shows the choice on its face.

#include <QStringList>
#include <QToolButton>

class QListWidget;
class QLineEdit;

namespace stratos {

class CheckListButton : public QToolButton
{
    Q_OBJECT
public:
    explicit CheckListButton(const QString &label, QWidget *parent = nullptr);

    // keys with their display texts (same order); keeps the checks of keys that remain.
    void setItems(const QStringList &keys, const QStringList &texts = {});
    void setChecked(const QStringList &keys);
    QStringList checked() const;
    // The face names the checked items by their texts ("AI models, Markets")
    // rather than their keys ("model, market"): for keys that are internal names.
    void setFaceShowsTexts(bool texts);
    // Replaces the face ("Lanes: all") until the checks change; use it, not setText().
    void setFaceText(const QString &face);
    QListWidget *list() const { return m_list; }

    // Sized for the whole face text, but willing to shrink (the face is then elided):
    // a long choice must not make the window wider.
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void checkedChanged(const QStringList &keys);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void updateText();
    void showFace();

    QString m_label;
    QListWidget *m_list;
    QLineEdit *m_filter;
    bool m_faceTexts = false;
    QString m_face; // the whole text; text() holds it elided to the width
};

} // namespace stratos
