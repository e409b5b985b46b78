#include "wordindex.h"

#include "clienttablemodel.h"
#include "fleet/query.h"

#include <algorithm>
#include <cstring>
#include <functional>

namespace hbr::models {

void WordIndex::clear()
{
    m_text.clear();
    m_text.squeeze();
    m_rowEnd.clear();
    m_rowEnd.shrink_to_fit();
    m_built = false;
}

void WordIndex::build(const ClientTableModel &model)
{
    clear();
    append(model, 0, model.rowCount() - 1);
    // Built in one go: drop the growth slack (about 150 bytes a client at 100,000). Appends keep growing it.
    m_text.squeeze();
    m_built = true;
}

void WordIndex::append(const ClientTableModel &model, int first, int last)
{
    Q_ASSERT(first == rowCount());
    if (last < first)
        return;
    m_rowEnd.reserve(size_t(last) + 1);
    for (int row = first; row <= last; ++row) {
        Query::appendSearchText(model.client(row), m_text);
        m_rowEnd.push_back(quint32(m_text.size()));
    }
}

void WordIndex::find(const QByteArray &word, int bit, std::vector<quint64> &hits) const
{
    Q_ASSERT(hits.size() >= m_rowEnd.size());
    const quint64 mask = quint64(1) << bit;
    if (word.isEmpty()) {
        for (size_t row = 0; row < m_rowEnd.size(); ++row)
            hits[row] |= mask;
        return;
    }
    const char *const begin = m_text.constData();
    const char *const end = begin + m_text.size();
#if defined(__GLIBC__)
    // glibc's memmem skips through text several bytes at a time with SIMD help: about twice as fast here
    // as the standard library's Boyer-Moore-Horspool searcher.
    auto search = [&word, end](const char *from) {
        const void *hit = memmem(from, size_t(end - from), word.constData(), size_t(word.size()));
        return hit ? static_cast<const char *>(hit) : end;
    };
#else
    const std::boyer_moore_horspool_searcher searcher(word.cbegin(), word.cend());
    auto search = [&searcher, end](const char *from) {
        return std::search(from, end, searcher);
    };
#endif
    const char *from = begin;
    while (from < end) {
        const char *hit = search(from);
        if (hit == end)
            break;
        // The row holding the hit; the search goes on after that row, since one hit per row is enough.
        const auto offset = quint32(hit - begin);
        const auto it = std::upper_bound(m_rowEnd.cbegin(), m_rowEnd.cend(), offset);
        Q_ASSERT(it != m_rowEnd.cend());
        hits[size_t(it - m_rowEnd.cbegin())] |= mask;
        from = begin + *it;
    }
}

} // namespace hbr::models
