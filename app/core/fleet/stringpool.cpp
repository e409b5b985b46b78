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

QList<ClientTag> StringPool::internTags(const QList<ClientTag> &tags)
{
    if (tags.isEmpty())
        return {};
    const auto it = m_tagLists.constFind(tags);
    if (it != m_tagLists.cend())
        return *it;
    QList<ClientTag> interned;
    interned.reserve(tags.size());
    for (const ClientTag &tag : tags)
        interned.append({intern(tag.key), intern(tag.value)});
    m_tagLists.insert(interned);
    return interned;
}

} // namespace hbr
