#include "clientfilterproxy.h"

#include "clock.h"

#include <QItemSelection>
#include <algorithm>
#include <numeric>

namespace hbr::models {

namespace {

/// Past this many changed rows one full-range dataChanged is cheaper for a view than one per row.
constexpr int kDataChangedBatch = 512;

} // namespace

ClientFilterProxy::ClientFilterProxy(QObject *parent)
    : QAbstractProxyModel(parent)
{
}

ClientFilterProxy::~ClientFilterProxy() = default;

void ClientFilterProxy::setSourceModel(QAbstractItemModel *model)
{
    auto *clientModel = qobject_cast<ClientTableModel *>(model);
    Q_ASSERT_X(model == nullptr || clientModel, "ClientFilterProxy", "the source must be a ClientTableModel");
    beginResetModel();
    for (const QMetaObject::Connection &c : m_connections)
        disconnect(c);
    m_connections.clear();
    QAbstractProxyModel::setSourceModel(clientModel);
    m_model = clientModel;
    if (m_model) {
        m_connections = {
            connect(m_model, &QAbstractItemModel::rowsInserted, this, &ClientFilterProxy::onRowsInserted),
            connect(m_model, &QAbstractItemModel::rowsAboutToBeRemoved, this,
                    &ClientFilterProxy::onRowsAboutToBeRemoved),
            connect(m_model, &QAbstractItemModel::rowsRemoved, this, &ClientFilterProxy::onRowsRemoved),
            connect(m_model, &QAbstractItemModel::dataChanged, this, &ClientFilterProxy::onDataChanged),
            connect(m_model, &QAbstractItemModel::headerDataChanged, this,
                    &QAbstractItemModel::headerDataChanged),
            connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this,
                    &ClientFilterProxy::beginResetModel),
            connect(m_model, &QAbstractItemModel::modelReset, this,
                    [this] {
                        rebuildAll();
                        endResetModel();
                    }),
            // The model never reorders itself; should it ever, starting over is always right.
            connect(m_model, &QAbstractItemModel::layoutAboutToBeChanged, this,
                    &ClientFilterProxy::beginResetModel),
            connect(m_model, &QAbstractItemModel::layoutChanged, this,
                    [this] {
                        rebuildAll();
                        endResetModel();
                    }),
        };
    }
    rebuildAll();
    endResetModel();
}

bool ClientFilterProxy::setQuery(const Query &query)
{
    if (query.text() == m_query.text() && query.isValid() == m_query.isValid())
        return false;
    // Typing one more letter only narrows: test just the rows shown now.
    const bool narrowing = m_query.isValid() && query.refines(m_query);
    m_query = query;
    if (!m_model)
        return true;
    const std::vector<int> &candidates = narrowing ? m_visible : m_order;
    const qint64 now = m_model->clock()->nowSeconds();
    std::vector<int> visible;
    visible.reserve(candidates.size());
    if (m_query.isEmpty()) {
        visible = m_order;
    } else if (m_query.isValid()) {
        const QList<QByteArray> words = m_query.indexWords();
        // The index searches every row at once: worth it unless a narrowing query leaves only a few to test.
        const bool useIndex = !words.isEmpty() && candidates.size() * 8 > size_t(m_model->rowCount());
        std::vector<quint64> hits;
        if (useIndex) {
            if (!m_words.isBuilt())
                m_words.build(*m_model);
            hits.assign(size_t(m_model->rowCount()), 0);
            for (qsizetype i = 0; i < words.size(); ++i)
                m_words.find(words.at(i), int(i), hits);
        }
        for (int row : candidates) {
            MatchContext context{now, m_model->signalsAt(row)};
            if (useIndex) {
                context.wordHitsKnown = true;
                context.wordHits = hits[size_t(row)];
            }
            if (m_query.matches(m_model->client(row), context))
                visible.push_back(row);
        }
    }
    commit(std::move(visible));
    return true;
}

QList<int> ClientFilterProxy::visibleSourceRows() const
{
    return QList<int>(m_visible.cbegin(), m_visible.cend());
}

bool ClientFilterProxy::accepts(int sourceRow) const
{
    if (m_query.isEmpty())
        return true;
    if (!m_query.isValid())
        return false;
    return m_query.matches(m_model->client(sourceRow),
                           MatchContext{m_model->clock()->nowSeconds(), m_model->signalsAt(sourceRow)});
}

bool ClientFilterProxy::rowLess(int a, int b) const
{
    if (m_sortColumn >= 0) {
        const ClientTableModel::SortKey &ka = m_keys[size_t(a)];
        const ClientTableModel::SortKey &kb = m_keys[size_t(b)];
        if (m_sortOrder == Qt::AscendingOrder) {
            if (ka < kb)
                return true;
            if (kb < ka)
                return false;
        } else {
            if (kb < ka)
                return true;
            if (ka < kb)
                return false;
        }
    }
    // Equal keys keep the model's order, so a sort is stable and the same rows always sit the same way.
    return a < b;
}

void ClientFilterProxy::computeKeys()
{
    m_keys.clear();
    if (!m_model || m_sortColumn < 0)
        return;
    const int n = m_model->rowCount();
    m_keys.resize(size_t(n));
    const auto column = ClientTableModel::Column(m_sortColumn);
    for (int row = 0; row < n; ++row)
        m_keys[size_t(row)] = m_model->sortKey(row, column);
}

void ClientFilterProxy::sortRows(std::vector<int> &rows) const
{
    if (m_sortColumn < 0) {
        std::sort(rows.begin(), rows.end());
        return;
    }
    std::sort(rows.begin(), rows.end(), [this](int a, int b) { return rowLess(a, b); });
}

void ClientFilterProxy::rebuildSourceToProxy()
{
    m_sourceToProxy.assign(size_t(m_model ? m_model->rowCount() : 0), -1);
    for (size_t p = 0; p < m_visible.size(); ++p)
        m_sourceToProxy[size_t(m_visible[p])] = int(p);
}

void ClientFilterProxy::rebuildAll()
{
    m_words.clear();
    const int n = m_model ? m_model->rowCount() : 0;
    computeKeys();
    m_order.resize(size_t(n));
    std::iota(m_order.begin(), m_order.end(), 0);
    sortRows(m_order);
    m_visible.clear();
    if (n > 0 && (m_query.isEmpty() || m_query.isValid())) {
        m_visible.reserve(size_t(n));
        for (int row : m_order) {
            if (accepts(row))
                m_visible.push_back(row);
        }
    }
    rebuildSourceToProxy();
}

void ClientFilterProxy::setVisibleWithLayoutChange(std::vector<int> visible,
                                                   QAbstractItemModel::LayoutChangeHint hint)
{
    Q_EMIT layoutAboutToBeChanged({}, hint);
    const QModelIndexList from = persistentIndexList();
    std::vector<std::pair<int, int>> sourceCells;
    sourceCells.reserve(size_t(from.size()));
    for (const QModelIndex &p : from)
        sourceCells.emplace_back(m_visible[size_t(p.row())], p.column());
    m_visible = std::move(visible);
    rebuildSourceToProxy();
    QModelIndexList to;
    to.reserve(from.size());
    for (const auto &[sourceRow, column] : sourceCells) {
        const int row = m_sourceToProxy[size_t(sourceRow)];
        to.append(row >= 0 ? createIndex(row, column) : QModelIndex());
    }
    changePersistentIndexList(from, to);
    Q_EMIT layoutChanged({}, hint);
}

void ClientFilterProxy::commit(std::vector<int> visible)
{
    if (visible == m_visible)
        return;
    std::vector<char> wanted(m_sourceToProxy.size(), 0);
    for (int row : visible)
        wanted[size_t(row)] = 1;

    // Rows leaving: move them to the end in one layout change (unless they are there), then one remove.
    std::vector<int> kept;
    std::vector<int> leaving;
    kept.reserve(m_visible.size());
    for (int row : m_visible)
        (wanted[size_t(row)] ? kept : leaving).push_back(row);
    if (!leaving.empty()) {
        if (!kept.empty()) {
            const bool alreadyAtEnd = std::equal(kept.cbegin(), kept.cend(), m_visible.cbegin(),
                                                 m_visible.cbegin() + qsizetype(kept.size()));
            if (!alreadyAtEnd) {
                std::vector<int> arranged = kept;
                arranged.insert(arranged.end(), leaving.cbegin(), leaving.cend());
                setVisibleWithLayoutChange(std::move(arranged), QAbstractItemModel::NoLayoutChangeHint);
            }
        }
        beginRemoveRows({}, int(kept.size()), int(m_visible.size()) - 1);
        m_visible.resize(kept.size());
        rebuildSourceToProxy();
        endRemoveRows();
    }

    // Rows arriving: one insert at the end, then one layout change puts them in their places.
    std::vector<int> arriving;
    for (int row : visible) {
        if (m_sourceToProxy[size_t(row)] < 0)
            arriving.push_back(row);
    }
    if (!arriving.empty()) {
        const int first = int(m_visible.size());
        beginInsertRows({}, first, first + int(arriving.size()) - 1);
        m_visible.insert(m_visible.end(), arriving.cbegin(), arriving.cend());
        rebuildSourceToProxy();
        endInsertRows();
    }
    if (visible != m_visible)
        setVisibleWithLayoutChange(std::move(visible), QAbstractItemModel::NoLayoutChangeHint);
}

void ClientFilterProxy::onRowsInserted(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    if (size_t(first) != m_sourceToProxy.size()) {
        // Only appends are incremental; anything else renumbers rows, so start over.
        beginResetModel();
        rebuildAll();
        endResetModel();
        return;
    }
    m_sourceToProxy.resize(size_t(last) + 1, -1);
    if (m_words.isBuilt())
        m_words.append(*m_model, first, last);
    std::vector<int> added(size_t(last - first + 1));
    std::iota(added.begin(), added.end(), first);
    if (m_sortColumn >= 0) {
        const auto column = ClientTableModel::Column(m_sortColumn);
        m_keys.resize(size_t(last) + 1);
        for (int row : added)
            m_keys[size_t(row)] = m_model->sortKey(row, column);
    }
    sortRows(added);
    std::vector<int> order;
    order.reserve(m_order.size() + added.size());
    std::merge(m_order.cbegin(), m_order.cend(), added.cbegin(), added.cend(), std::back_inserter(order),
               [this](int a, int b) { return rowLess(a, b); });
    m_order = std::move(order);

    std::vector<int> accepted;
    for (int row : added) {
        if (accepts(row))
            accepted.push_back(row);
    }
    if (accepted.empty())
        return;
    std::vector<int> visible;
    visible.reserve(m_visible.size() + accepted.size());
    std::merge(m_visible.cbegin(), m_visible.cend(), accepted.cbegin(), accepted.cend(),
               std::back_inserter(visible), [this](int a, int b) { return rowLess(a, b); });
    commit(std::move(visible));
}

void ClientFilterProxy::onRowsAboutToBeRemoved(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    std::vector<int> visible;
    visible.reserve(m_visible.size());
    for (int row : m_visible) {
        if (row < first || row > last)
            visible.push_back(row);
    }
    commit(std::move(visible));
    m_pendingRemoveFirst = first;
    m_pendingRemoveLast = last;
}

void ClientFilterProxy::onRowsRemoved(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    Q_ASSERT(first == m_pendingRemoveFirst && last == m_pendingRemoveLast);
    m_pendingRemoveFirst = m_pendingRemoveLast = -1;
    // The proxy's rows stay where they are; only the source numbers behind them move down.
    const int count = last - first + 1;
    auto renumber = [first, last, count](std::vector<int> &rows) {
        std::vector<int> out;
        out.reserve(rows.size());
        for (int row : rows) {
            if (row < first)
                out.push_back(row);
            else if (row > last)
                out.push_back(row - count);
        }
        rows = std::move(out);
    };
    renumber(m_order);
    renumber(m_visible);
    m_words.clear();
    if (!m_keys.empty())
        m_keys.erase(m_keys.begin() + first, m_keys.begin() + last + 1);
    rebuildSourceToProxy();
}

void ClientFilterProxy::onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                                      const QList<int> &roles)
{
    if (!topLeft.isValid() || !bottomRight.isValid())
        return;
    const int firstRow = topLeft.row();
    const int lastRow = bottomRight.row();
    const int firstColumn = topLeft.column();
    const int lastColumn = bottomRight.column();
    // The changed rows' text may differ now; the index is rebuilt on the next query with a word.
    m_words.clear();

    // A new sort key moves the row; a new value or signal may show or hide it.
    bool reorder = false;
    if (m_sortColumn >= firstColumn && m_sortColumn <= lastColumn) {
        const auto column = ClientTableModel::Column(m_sortColumn);
        std::vector<int> moved;
        for (int row = firstRow; row <= lastRow; ++row) {
            ClientTableModel::SortKey key = m_model->sortKey(row, column);
            if (!(key == m_keys[size_t(row)])) {
                m_keys[size_t(row)] = std::move(key);
                moved.push_back(row);
            }
        }
        if (!moved.empty()) {
            reorder = true;
            std::vector<char> isMoved(m_sourceToProxy.size(), 0);
            for (int row : moved)
                isMoved[size_t(row)] = 1;
            std::vector<int> rest;
            rest.reserve(m_order.size());
            for (int row : m_order) {
                if (!isMoved[size_t(row)])
                    rest.push_back(row);
            }
            sortRows(moved);
            m_order.clear();
            std::merge(rest.cbegin(), rest.cend(), moved.cbegin(), moved.cend(), std::back_inserter(m_order),
                       [this](int a, int b) { return rowLess(a, b); });
        }
    }
    bool visibilityChanged = false;
    std::vector<char> nowVisible;
    if (!m_query.isEmpty() && m_query.isValid()) {
        nowVisible.assign(size_t(lastRow - firstRow + 1), 0);
        for (int row = firstRow; row <= lastRow; ++row) {
            const bool accepted = accepts(row);
            nowVisible[size_t(row - firstRow)] = accepted;
            visibilityChanged = visibilityChanged || accepted != (m_sourceToProxy[size_t(row)] >= 0);
        }
    }
    if (reorder || visibilityChanged) {
        std::vector<int> visible;
        visible.reserve(m_visible.size());
        for (int row : m_order) {
            const bool inRange = row >= firstRow && row <= lastRow;
            const bool shown = (inRange && !nowVisible.empty()) ? bool(nowVisible[size_t(row - firstRow)])
                                                                : m_sourceToProxy[size_t(row)] >= 0;
            if (shown)
                visible.push_back(row);
        }
        commit(std::move(visible));
    }

    if (m_visible.empty())
        return;
    if (lastRow - firstRow + 1 > kDataChangedBatch) {
        Q_EMIT dataChanged(index(0, firstColumn), index(rowCount() - 1, lastColumn), roles);
        return;
    }
    for (int row = firstRow; row <= lastRow; ++row) {
        const int proxyRow = m_sourceToProxy[size_t(row)];
        if (proxyRow >= 0)
            Q_EMIT dataChanged(index(proxyRow, firstColumn), index(proxyRow, lastColumn), roles);
    }
}

void ClientFilterProxy::sort(int column, Qt::SortOrder order)
{
    if (column >= ClientTableModel::kColumnCount)
        return;
    if (column < 0)
        column = -1;
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList from = persistentIndexList();
    std::vector<std::pair<int, int>> sourceCells;
    sourceCells.reserve(size_t(from.size()));
    for (const QModelIndex &p : from)
        sourceCells.emplace_back(m_visible[size_t(p.row())], p.column());

    // The keys depend only on the column: a change of direction reuses them.
    const bool sameKeys = column == m_sortColumn && column >= 0;
    m_sortColumn = column;
    m_sortOrder = order;
    if (!sameKeys)
        computeKeys();
    sortRows(m_order);
    std::vector<int> visible;
    visible.reserve(m_visible.size());
    for (int row : m_order) {
        if (m_sourceToProxy[size_t(row)] >= 0)
            visible.push_back(row);
    }
    m_visible = std::move(visible);
    rebuildSourceToProxy();

    QModelIndexList to;
    to.reserve(from.size());
    for (const auto &[sourceRow, col] : sourceCells)
        to.append(createIndex(m_sourceToProxy[size_t(sourceRow)], col));
    changePersistentIndexList(from, to);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

QModelIndex ClientFilterProxy::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || size_t(row) >= m_visible.size() ||
        column >= ClientTableModel::kColumnCount)
        return {};
    return createIndex(row, column);
}

QModelIndex ClientFilterProxy::parent(const QModelIndex &) const
{
    return {};
}

QModelIndex ClientFilterProxy::sibling(int row, int column, const QModelIndex &) const
{
    return index(row, column);
}

int ClientFilterProxy::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

int ClientFilterProxy::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_model ? 0 : ClientTableModel::kColumnCount;
}

bool ClientFilterProxy::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_visible.empty();
}

QVariant ClientFilterProxy::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (!m_model)
        return {};
    if (orientation == Qt::Horizontal)
        return m_model->headerData(section, orientation, role);
    if (role == Qt::DisplayRole && section >= 0 && size_t(section) < m_visible.size())
        return section + 1;
    return {};
}

QModelIndex ClientFilterProxy::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!m_model || !proxyIndex.isValid() || size_t(proxyIndex.row()) >= m_visible.size())
        return {};
    return m_model->index(m_visible[size_t(proxyIndex.row())], proxyIndex.column());
}

QModelIndex ClientFilterProxy::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid() || size_t(sourceIndex.row()) >= m_sourceToProxy.size())
        return {};
    const int row = m_sourceToProxy[size_t(sourceIndex.row())];
    return row < 0 ? QModelIndex() : createIndex(row, sourceIndex.column());
}

QItemSelection ClientFilterProxy::mapSelectionFromSource(const QItemSelection &selection) const
{
    QItemSelection out;
    for (const QItemSelectionRange &range : selection) {
        for (int row = range.top(); row <= range.bottom(); ++row) {
            const int proxyRow = size_t(row) < m_sourceToProxy.size() ? m_sourceToProxy[size_t(row)] : -1;
            if (proxyRow >= 0)
                out.append(
                    QItemSelectionRange(index(proxyRow, range.left()), index(proxyRow, range.right())));
        }
    }
    return out;
}

QItemSelection ClientFilterProxy::mapSelectionToSource(const QItemSelection &selection) const
{
    QItemSelection out;
    if (!m_model)
        return out;
    for (const QItemSelectionRange &range : selection) {
        for (int row = range.top(); row <= range.bottom(); ++row) {
            if (size_t(row) >= m_visible.size())
                continue;
            const int sourceRow = m_visible[size_t(row)];
            out.append(QItemSelectionRange(m_model->index(sourceRow, range.left()),
                                           m_model->index(sourceRow, range.right())));
        }
    }
    return out;
}

} // namespace hbr::models
