#pragma once

#include <QLayout>
#include <QList>

namespace hbr::ui {

/// Lays its items out left to right and wraps them onto the next line when the width runs out, so a row of
/// many short buttons (the summary counts) never forces the window wider than the screen.
class FlowLayout : public QLayout
{
public:
    explicit FlowLayout(QWidget *parent = nullptr, int hSpacing = 2, int vSpacing = 2);
    ~FlowLayout() override;

    /// Puts a widget at a position (0 is first); the layout takes it as a child of its parent widget.
    void insertWidget(int index, QWidget *widget);

    void addItem(QLayoutItem *item) override;
    int count() const override;
    QLayoutItem *itemAt(int index) const override;
    QLayoutItem *takeAt(int index) override;
    Qt::Orientations expandingDirections() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect &rect) override;

private:
    /// Places the items in rect (only measures when apply is false); returns the height used.
    int doLayout(const QRect &rect, bool apply) const;

    QList<QLayoutItem *> m_items;
    int m_hSpacing;
    int m_vSpacing;
};

} // namespace hbr::ui
