#include "clientdelegate.h"

#include "fleet/fleetsignals.h"
#include "models/clienttablemodel.h"
#include "statusicons.h"

namespace hbr::ui {

using models::ClientTableModel;

void ClientDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const auto column = ClientTableModel::Column(index.column());
    QIcon icon;
    if (column == ClientTableModel::Column::Status) {
        icon = statusIcon(ClientTableModel::StatusKind(index.data(ClientTableModel::StatusKindRole).toInt()));
    } else if (column == ClientTableModel::Column::Version ||
               column == ClientTableModel::Column::LastHeartbeat) {
        const auto signalSet = FleetSignals(index.data(ClientTableModel::SignalsRole).toUInt());
        const FleetSignal s =
            column == ClientTableModel::Column::Version ? FleetSignal::Outdated : FleetSignal::Stale;
        if (signalSet & signalBit(s))
            icon = warningIcon();
    }
    if (!icon.isNull()) {
        option->icon = icon;
        option->features |= QStyleOptionViewItem::HasDecoration;
    }
}

} // namespace hbr::ui
