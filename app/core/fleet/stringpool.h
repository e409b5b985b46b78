#pragma once

#include "backupclient.h"

#include <QList>
#include <QSet>
#include <QString>

namespace hbr {

/// Hands out one shared copy of each distinct string. Most client fields repeat across a fleet (status,
/// versions, zones, settings), so interning them keeps a 100,000-client fleet within its memory budget.
class StringPool
{
public:
    QString intern(const QString &text);
    /// The same for a whole tag list: clients of one fleet mostly carry the same few tag sets, so they can
    /// share one list (its elements interned as well) instead of each allocating its own.
    QList<ClientTag> internTags(const QList<ClientTag> &tags);
    qsizetype size() const { return m_strings.size(); } ///< distinct strings
    void clear()
    {
        m_strings.clear();
        m_tagLists.clear();
    }

private:
    QSet<QString> m_strings;
    QSet<QList<ClientTag>> m_tagLists;
};

} // namespace hbr
