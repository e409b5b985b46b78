#include "inlinemessage.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

namespace hbr::ui {

namespace {

// Breeze's semantic colours: recognisable, and saturated enough to show on light and dark windows alike.
QColor accentColor(InlineMessage::Type type)
{
    switch (type) {
    case InlineMessage::Type::Information:
        return QColor(0x3d, 0xae, 0xe9);
    case InlineMessage::Type::Positive:
        return QColor(0x27, 0xae, 0x60);
    case InlineMessage::Type::Warning:
        return QColor(0xf6, 0x74, 0x00);
    case InlineMessage::Type::Error:
        return QColor(0xda, 0x44, 0x53);
    }
    return {};
}

QColor mix(const QColor &a, const QColor &b, double bWeight)
{
    const double aWeight = 1.0 - bWeight;
    return QColor::fromRgbF(float(a.redF() * aWeight + b.redF() * bWeight),
                            float(a.greenF() * aWeight + b.greenF() * bWeight),
                            float(a.blueF() * aWeight + b.blueF() * bWeight));
}

} // namespace

InlineMessage::InlineMessage(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_close(new QToolButton(this))
{
    // The style sheet below is scoped to this object name so it does not cascade into the labels.
    setObjectName(QStringLiteral("hbrInlineMessage"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 6, 6);
    layout->setSpacing(8);

    m_icon->setAlignment(Qt::AlignTop | Qt::AlignHCenter);
    m_text->setObjectName(QStringLiteral("messageText"));
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_close->setAutoRaise(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setToolTip(tr("Dismiss"));
    m_close->setAccessibleName(tr("Dismiss message"));
    connect(m_close, &QToolButton::clicked, this, &InlineMessage::clearMessage);

    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    hide();
}

void InlineMessage::showMessage(Type type, const QString &text)
{
    m_type = type;
    m_text->setText(text);
    QStyle::StandardPixmap pixmap = QStyle::SP_MessageBoxInformation;
    QString kind;
    switch (type) {
    case Type::Information:
        pixmap = QStyle::SP_MessageBoxInformation;
        kind = tr("Information");
        break;
    case Type::Positive:
        pixmap = QStyle::SP_DialogApplyButton;
        kind = tr("Success");
        break;
    case Type::Warning:
        pixmap = QStyle::SP_MessageBoxWarning;
        kind = tr("Warning");
        break;
    case Type::Error:
        pixmap = QStyle::SP_MessageBoxCritical;
        kind = tr("Error");
        break;
    }
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(pixmap, nullptr, this).pixmap(size, size));
    m_icon->setAccessibleName(kind);
    setAccessibleName(kind);
    setAccessibleDescription(text);
    applyStyle();
    show();
}

void InlineMessage::clearMessage()
{
    m_text->clear();
    setAccessibleDescription(QString());
    hide();
}

QString InlineMessage::text() const
{
    return isHidden() ? QString() : m_text->text();
}

void InlineMessage::setClosable(bool closable)
{
    m_close->setVisible(closable);
}

void InlineMessage::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyStyle();
}

void InlineMessage::applyStyle()
{
    // A tint of the window colour rather than a fixed light background: the text keeps the palette's own
    // colour, so it stays legible whether the palette is light or dark.
    const QColor accent = accentColor(m_type);
    const QColor background = mix(palette().color(QPalette::Window), accent, 0.18);
    const QString sheet =
        QStringLiteral("QFrame#hbrInlineMessage { background-color: %1; border: 1px solid %2;"
                       " border-radius: 4px; }")
            .arg(background.name(), accent.name());
    // Setting a style sheet sends a PaletteChange of its own; only set it when it differs.
    if (styleSheet() != sheet)
        setStyleSheet(sheet);
}

} // namespace hbr::ui
