#pragma once

#include <QStyledItemDelegate>

namespace hbr::ui {

/// Draws the table's status icons from the model's StatusKindRole and SignalsRole (the core model carries
/// no QtGui types), so the icon always agrees with the text beside it.
class ClientDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace hbr::ui
