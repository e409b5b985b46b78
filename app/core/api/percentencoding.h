#pragma once

#include <QByteArray>
#include <QStringView>

namespace hbr::api {

/// Percent-encoding as Alibaba Cloud's signers use it: UTF-8, only A-Z a-z 0-9 - _ . ~ kept, everything else
/// (space, '*', '+', '/', '!', '\'', '(', ')') as upper-case %XX. Equivalent to encodeURIComponent plus
/// !'()*.
QByteArray percentEncode(QStringView text);
QByteArray percentEncode(const QByteArray &utf8);

/// Decodes %XX sequences; '+' is a space only in form bodies (application/x-www-form-urlencoded).
QString percentDecode(QByteArrayView encoded, bool plusIsSpace);

} // namespace hbr::api
