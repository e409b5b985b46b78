#include "stringpool.h"

namespace hbr {

QString StringPool::intern(const QString &text)
{
    if (text.isEmpty())
        return QString();
    const auto it = m_strings.constFind(text);
    if (it != m_strings.cend())
        return *it;
    m_strings.insert(text);
    return text;
}

} // namespace hbr
