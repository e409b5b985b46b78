#include "percentencoding.h"

#include <QString>

namespace hbr::api {

QByteArray percentEncode(const QByteArray &utf8)
{
    // QByteArray's default unreserved set is exactly RFC 3986's, which is Alibaba's.
    return utf8.toPercentEncoding();
}

QByteArray percentEncode(QStringView text)
{
    return percentEncode(text.toUtf8());
}

QString percentDecode(QByteArrayView encoded, bool plusIsSpace)
{
    QByteArray bytes = encoded.toByteArray();
    if (plusIsSpace)
        bytes.replace('+', ' ');
    return QString::fromUtf8(QByteArray::fromPercentEncoding(bytes));
}

} // namespace hbr::api
