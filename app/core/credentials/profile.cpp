#include "profile.h"

#include <QCoreApplication>
#include <QSet>

namespace hbr::credentials {

namespace {

constexpr qsizetype kMaxNameLength = 64;

bool isAllowedNameChar(char32_t c)
{
    // '/' and '\\' would be read as a path by QSettings and as a separator in the keychain key; whitespace
    // and control characters make names that cannot be typed back on a command line.
    return QChar::isLetterOrNumber(c) || c == U'-' || c == U'_' || c == U'.' || c == U'@';
}

bool isAllDigits(const QString &text)
{
    for (const QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return !text.isEmpty();
}

} // namespace

QStringList Profile::effectiveRegions() const
{
    if (regions.isEmpty())
        return {QStringLiteral("cn-hangzhou")};
    return regions;
}

std::optional<api::Endpoint> Profile::endpointFor(const QString &region, QString *error) const
{
    switch (endpointMode) {
    case EndpointMode::Public:
        return api::regionalEndpoint(region, api::EndpointNetwork::Public);
    case EndpointMode::Vpc:
        return api::regionalEndpoint(region, api::EndpointNetwork::Vpc);
    case EndpointMode::Override: {
        api::EndpointOverride parsed = api::parseEndpointOverride(endpointOverride);
        if (!parsed.endpoint && error)
            *error = parsed.error;
        return parsed.endpoint;
    }
    }
    if (error)
        *error =
            QCoreApplication::translate("hbr::Profile", "The profile's endpoint setting is not recognised.");
    return std::nullopt;
}

QString profileNameProblem(const QString &name)
{
    if (name.isEmpty())
        return QCoreApplication::translate("hbr::Profile", "The profile name is empty.");
    if (name.size() > kMaxNameLength)
        return QCoreApplication::translate("hbr::Profile", "The profile name is longer than %n characters.",
                                           nullptr, int(kMaxNameLength));
    // Code points, not UTF-16 units: a letter outside the BMP is allowed, a lone surrogate is not.
    const QList<uint> codePoints = name.toUcs4();
    for (const uint cp : codePoints) {
        if (isAllowedNameChar(char32_t(cp)))
            continue;
        const bool printable = QChar::isPrint(char32_t(cp)) && !QChar::isSpace(char32_t(cp));
        if (!printable)
            return QCoreApplication::translate("hbr::Profile",
                                               "The profile name contains a space or control character; use "
                                               "only letters, digits, '-', '_', '.' and '@'.");
        //: %1 is the one character that is not allowed.
        return QCoreApplication::translate(
                   "hbr::Profile",
                   "The profile name contains \"%1\"; use only letters, digits, '-', '_', '.' and '@'.")
            .arg(QString::fromUcs4(reinterpret_cast<const char32_t *>(&cp), 1));
    }
    return {};
}

QString profileProblem(const Profile &profile)
{
    if (const QString problem = profileNameProblem(profile.name); !problem.isEmpty())
        return problem;
    if (profile.accessKeyId.isEmpty())
        return QCoreApplication::translate("hbr::Profile", "The AccessKey ID is empty.");
    for (const QChar c : profile.accessKeyId) {
        if (c.isSpace() || !c.isPrint())
            return QCoreApplication::translate(
                "hbr::Profile", "The AccessKey ID contains a space or control character; paste "
                                "it again without surrounding text.");
    }
    for (const QString &region : profile.regions) {
        if (!api::isPlausibleRegionId(region))
            //: %1 is what was given as a region ID; cn-hangzhou is a real region ID, not to be translated.
            return QCoreApplication::translate(
                       "hbr::Profile", "\"%1\" is not a region ID (expected lower-case letters, digits "
                                       "and dashes, such as cn-hangzhou).")
                .arg(region);
    }
    if (profile.regions.size() != QSet<QString>(profile.regions.begin(), profile.regions.end()).size())
        return QCoreApplication::translate("hbr::Profile", "A region is listed twice.");
    if (profile.endpointMode == EndpointMode::Override) {
        const api::EndpointOverride parsed = api::parseEndpointOverride(profile.endpointOverride);
        if (!parsed.endpoint)
            return parsed.error;
    }
    const QString &type = profile.crossAccountType;
    if (!type.isEmpty() && type != QLatin1String("SELF_ACCOUNT") && type != QLatin1String("CROSS_ACCOUNT"))
        //: SELF_ACCOUNT and CROSS_ACCOUNT are the API's values: keep them as they are. %1 is what was given.
        return QCoreApplication::translate(
                   "hbr::Profile", "The cross-account type must be SELF_ACCOUNT or CROSS_ACCOUNT, not "
                                   "\"%1\".")
            .arg(type);
    if (!profile.crossAccountUserId.isEmpty() && !isAllDigits(profile.crossAccountUserId))
        return QCoreApplication::translate("hbr::Profile",
                                           "The cross-account user ID must be the account's numeric ID.");
    if (type == QLatin1String("CROSS_ACCOUNT") &&
        (profile.crossAccountUserId.isEmpty() || profile.crossAccountRoleName.isEmpty()))
        return QCoreApplication::translate("hbr::Profile",
                                           "A CROSS_ACCOUNT profile needs the account's user ID and the role "
                                           "name.");
    return {};
}

QString credentialKindName(CredentialKind kind)
{
    switch (kind) {
    case CredentialKind::AccessKey:
        return QStringLiteral("AccessKey");
    case CredentialKind::StsToken:
        return QStringLiteral("StsToken");
    }
    return {};
}

std::optional<CredentialKind> credentialKindFromName(const QString &name)
{
    for (const CredentialKind kind : {CredentialKind::AccessKey, CredentialKind::StsToken}) {
        if (name.compare(credentialKindName(kind), Qt::CaseInsensitive) == 0)
            return kind;
    }
    return std::nullopt;
}

QString endpointModeName(EndpointMode mode)
{
    switch (mode) {
    case EndpointMode::Public:
        return QStringLiteral("public");
    case EndpointMode::Vpc:
        return QStringLiteral("vpc");
    case EndpointMode::Override:
        return QStringLiteral("override");
    }
    return {};
}

std::optional<EndpointMode> endpointModeFromName(const QString &name)
{
    for (const EndpointMode mode : {EndpointMode::Public, EndpointMode::Vpc, EndpointMode::Override}) {
        if (name.compare(endpointModeName(mode), Qt::CaseInsensitive) == 0)
            return mode;
    }
    return std::nullopt;
}

} // namespace hbr::credentials
