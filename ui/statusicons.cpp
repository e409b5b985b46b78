#include "statusicons.h"

#include <QHash>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <QtMath>

namespace hbr::ui {

namespace {

using Kind = models::ClientTableModel::StatusKind;

QPainterPath shapeFor(Kind kind, const QRectF &r)
{
    QPainterPath path;
    switch (kind) {
    case Kind::Warning: {
        path.moveTo(r.center().x(), r.top());
        path.lineTo(r.right(), r.bottom());
        path.lineTo(r.left(), r.bottom());
        path.closeSubpath();
        break;
    }
    case Kind::Error: {
        // An octagon, like a stop sign.
        const QPointF c = r.center();
        const qreal radius = r.width() / 2;
        for (int i = 0; i < 8; ++i) {
            const qreal a = M_PI / 8 + i * M_PI / 4;
            const QPointF p(c.x() + radius * qCos(a), c.y() + radius * qSin(a));
            if (i == 0)
                path.moveTo(p);
            else
                path.lineTo(p);
        }
        path.closeSubpath();
        break;
    }
    case Kind::Busy:
        path.addRoundedRect(r, r.width() / 4, r.width() / 4);
        break;
    case Kind::Ok:
    case Kind::Unknown:
        path.addEllipse(r);
        break;
    }
    return path;
}

QColor colorFor(Kind kind)
{
    switch (kind) {
    case Kind::Ok:
        return QColor(0x2e, 0x7d, 0x32);
    case Kind::Warning:
        return QColor(0xc7, 0x7c, 0x02);
    case Kind::Error:
        return QColor(0xc6, 0x28, 0x28);
    case Kind::Busy:
        return QColor(0x15, 0x65, 0xc0);
    case Kind::Unknown:
        return QColor(0x75, 0x75, 0x75);
    }
    return QColor(0x75, 0x75, 0x75);
}

QString glyphFor(Kind kind)
{
    switch (kind) {
    case Kind::Ok:
        return QStringLiteral("✓");
    case Kind::Warning:
        return QStringLiteral("!");
    case Kind::Error:
        return QStringLiteral("×");
    case Kind::Busy:
        return QStringLiteral("…");
    case Kind::Unknown:
        return QStringLiteral("?");
    }
    return QString();
}

QPixmap paint(Kind kind, int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF r = QRectF(0, 0, size, size).adjusted(0.5, 0.5, -0.5, -0.5);
    p.setPen(Qt::NoPen);
    p.setBrush(colorFor(kind));
    p.drawPath(shapeFor(kind, r));
    QFont font = p.font();
    font.setBold(true);
    font.setPixelSize(qMax(6, int(size * (kind == Kind::Warning ? 0.55 : 0.7))));
    p.setFont(font);
    p.setPen(Qt::white);
    QRectF textRect = r;
    if (kind == Kind::Warning)
        textRect.setTop(r.top() + r.height() * 0.25); // the triangle's body is low
    p.drawText(textRect, Qt::AlignCenter, glyphFor(kind));
    return pixmap;
}

QIcon makeIcon(Kind kind)
{
    QIcon icon;
    // Painted per size rather than scaled, so the glyph stays crisp at 200%.
    for (int size : {12, 16, 20, 24, 32, 48})
        icon.addPixmap(paint(kind, size));
    return icon;
}

} // namespace

QIcon statusIcon(models::ClientTableModel::StatusKind kind)
{
    static QHash<int, QIcon> cache;
    auto it = cache.find(int(kind));
    if (it == cache.end())
        it = cache.insert(int(kind), makeIcon(kind));
    return *it;
}

QIcon warningIcon()
{
    return statusIcon(Kind::Warning);
}

} // namespace hbr::ui
