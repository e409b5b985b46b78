#pragma once

#include <QString>

namespace hbr::api {

/// An AccessKey pair, optionally with an STS token. Held in memory only for as long as requests are signed;
/// never written anywhere but the keychain, never printed (there is deliberately no QDebug operator).
struct AccessKeyCredentials
{
    QString accessKeyId;
    QString accessKeySecret;
    QString securityToken; ///< empty unless STS

    bool isComplete() const { return !accessKeyId.isEmpty() && !accessKeySecret.isEmpty(); }
    bool isSts() const { return !securityToken.isEmpty(); }
};

enum class SignatureVersion { V3, V1 };

} // namespace hbr::api
