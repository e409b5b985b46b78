#pragma once

#include <QSet>
#include <QString>

namespace hbr {

/// Hands out one shared copy of each distinct string. Most client fields repeat across a fleet (status,
/// versions, zones, settings), so interning them keeps a 100,000-client fleet within its memory budget.
class StringPool
{
public:
    QString intern(const QString &text);
    qsizetype size() const { return m_strings.size(); }
    void clear() { m_strings.clear(); }

private:
    QSet<QString> m_strings;
};

} // namespace hbr
