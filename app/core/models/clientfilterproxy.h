#pragma once

#include "clienttablemodel.h"
#include "fleet/query.h"
#include "wordindex.h"

#include <QAbstractProxyModel>
#include <vector>

namespace hbr::models {

/// Filters and sorts the table for the view. The matching is Query's and the sort keys are the model's; the
/// proxy keeps two index vectors: every source row in sort order, and the visible subset of it.
///
/// Not a QSortFilterProxyModel: on a filter change that one removes and inserts rows interval by interval
/// (tens of thousands of signals on a scattered change) and asks data() per column and row, which is what
/// makes a keystroke on 100,000 rows take far more than a frame. Here a filter change costs one pass of the
/// matcher (over the rows shown before when the new query refines the old one) and at most two layout
/// changes and one block insert or remove; sorting computes each row's key once. Persistent indexes (the
/// selection, the current row) follow their rows through both.
class ClientFilterProxy : public QAbstractProxyModel
{
    Q_OBJECT
public:
    explicit ClientFilterProxy(QObject *parent = nullptr);
    ~ClientFilterProxy() override;

    /// Must be a ClientTableModel.
    void setSourceModel(QAbstractItemModel *model) override;
    /// Returns false when the query is the one already set (nothing re-filtered).
    bool setQuery(const Query &query);
    const Query &query() const { return m_query; }

    ClientTableModel *clientModel() const { return m_model; }
    /// Source rows of the visible rows, in view order (what an export of "the filtered rows" writes).
    QList<int> visibleSourceRows() const;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    QModelIndex sibling(int row, int column, const QModelIndex &idx) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    QItemSelection mapSelectionFromSource(const QItemSelection &selection) const override;
    QItemSelection mapSelectionToSource(const QItemSelection &selection) const override;
    /// column -1 restores the model's own order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    bool accepts(int sourceRow) const;
    bool rowLess(int a, int b) const;
    void computeKeys();
    void sortRows(std::vector<int> &rows) const;
    /// Makes `visible` (a subsequence of m_order) what the view shows, with the fewest signals.
    void commit(std::vector<int> visible);
    void setVisibleWithLayoutChange(std::vector<int> visible, QAbstractItemModel::LayoutChangeHint hint);
    void rebuildSourceToProxy();
    void rebuildAll();

    void onRowsInserted(const QModelIndex &parent, int first, int last);
    void onRowsAboutToBeRemoved(const QModelIndex &parent, int first, int last);
    void onRowsRemoved(const QModelIndex &parent, int first, int last);
    void onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles);

    ClientTableModel *m_model = nullptr;
    Query m_query;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    std::vector<ClientTableModel::SortKey> m_keys; ///< per source row, for m_sortColumn
    std::vector<int> m_order;                      ///< every source row, in sort order
    std::vector<int> m_visible;                    ///< proxy row -> source row
    std::vector<int> m_sourceToProxy;              ///< source row -> proxy row, or -1
    std::vector<QMetaObject::Connection> m_connections;
    /// Built on the first query with a bare word, kept up to date on appends, dropped on any other change.
    WordIndex m_words;
    int m_pendingRemoveFirst = -1;
    int m_pendingRemoveLast = -1;
};

} // namespace hbr::models
