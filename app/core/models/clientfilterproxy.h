#pragma once

#include "fleet/query.h"

#include <QSortFilterProxyModel>

namespace hbr::models {

class ClientTableModel;

/// Filters and sorts the table. Thin: the matching is Query's, the sort keys are the model's SortRole; the
/// proxy only asks them. An invalid query shows no rows.
class ClientFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit ClientFilterProxy(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *model) override;
    /// Returns false when the query is the one already set (nothing re-filtered).
    bool setQuery(const Query &query);
    const Query &query() const { return m_query; }

    ClientTableModel *clientModel() const { return m_model; }
    /// Source rows of the visible rows, in view order (what an export of "the filtered rows" writes).
    QList<int> visibleSourceRows() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    ClientTableModel *m_model = nullptr;
    Query m_query;
};

} // namespace hbr::models
