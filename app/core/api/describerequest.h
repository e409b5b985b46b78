#pragma once

#include "signer.h"

#include <QString>
#include <QStringList>
#include <optional>

namespace hbr::api {

/// The three values of DescribeBackupClients' required ClientType parameter.
enum class ClientType { Ecs, Container, Local };

QString clientTypeName(ClientType type); ///< "ECS_CLIENT", ...
/// Accepts the API names and the short forms ecs, container, local (any case).
std::optional<ClientType> parseClientType(const QString &text);
QList<ClientType> allClientTypes();

struct DescribeFilter
{
    QString key;
    QStringList values;
};

struct DescribeTag
{
    QString key;
    QString value;
};

/// DescribeBackupClients' request parameters, serialized the way the official SDKs do: ClientType,
/// PageNumber, PageSize, ClusterId, CrossAccount* and flattened Filters in the query; ClientIds and
/// InstanceIds as JSON array strings and flattened Tag in the form body. Empty optional values are not sent.
struct DescribeBackupClientsRequest
{
    ClientType clientType = ClientType::Ecs;
    int pageNumber = 1;
    int pageSize = 99;
    QString clusterId;
    QStringList clientIds;
    QStringList instanceIds;
    QList<DescribeTag> tags;
    QList<DescribeFilter> filters;
    QString crossAccountType;
    QString crossAccountUserId;
    QString crossAccountRoleName;

    ParamList queryParams() const;
    ParamList bodyParams() const;
};

/// application/x-www-form-urlencoded body from parameters, in their given order.
QByteArray formEncode(const ParamList &params);

} // namespace hbr::api
