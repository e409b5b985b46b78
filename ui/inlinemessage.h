#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

namespace hbr::ui {

/// A message shown inside a dialog rather than in a popup (in the manner of KMessageWidget): an icon, a
/// sentence that can be selected and copied (error texts carry RequestIds), and a dismiss button. The type is
/// conveyed by the icon, its accessible name and the text, never by the frame's colour alone; the colours are
/// derived from the current palette so the frame stays readable with a dark one.
class InlineMessage : public QFrame
{
    Q_OBJECT
public:
    enum class Type { Information, Positive, Warning, Error };

    explicit InlineMessage(QWidget *parent = nullptr);

    /// Shows the frame with `text` (plain text, never interpreted as markup).
    void showMessage(Type type, const QString &text);
    /// Hides the frame and forgets the text.
    void clearMessage();

    Type type() const { return m_type; }
    QString text() const;
    void setClosable(bool closable);

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyStyle();

    QLabel *m_icon;
    QLabel *m_text;
    QToolButton *m_close;
    Type m_type = Type::Information;
};

} // namespace hbr::ui
