#include "describerequest.h"

#include "percentencoding.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace hbr::api {

QString clientTypeName(ClientType type)
{
    switch (type) {
    case ClientType::Ecs:
        return QStringLiteral("ECS_CLIENT");
    case ClientType::Container:
        return QStringLiteral("CONTAINER_CLIENT");
    case ClientType::Local:
        return QStringLiteral("LOCAL_CLIENT");
    }
    return QString();
}

std::optional<ClientType> parseClientType(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("ecs") || t == QLatin1String("ecs_client"))
        return ClientType::Ecs;
    if (t == QLatin1String("container") || t == QLatin1String("container_client"))
        return ClientType::Container;
    if (t == QLatin1String("local") || t == QLatin1String("local_client"))
        return ClientType::Local;
    return std::nullopt;
}

QList<ClientType> allClientTypes()
{
    return {ClientType::Ecs, ClientType::Container, ClientType::Local};
}

namespace {

// arrayToStringWithSpecifiedStyle(list, name, "json") is JSON.stringify: compact, UTF-8 kept as is.
QString jsonArrayString(const QStringList &values)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(values)).toJson(QJsonDocument::Compact));
}

} // namespace

ParamList DescribeBackupClientsRequest::queryParams() const
{
    ParamList q;
    q.append({QStringLiteral("ClientType"), clientTypeName(clientType)});
    if (!clusterId.isEmpty())
        q.append({QStringLiteral("ClusterId"), clusterId});
    if (!crossAccountRoleName.isEmpty())
        q.append({QStringLiteral("CrossAccountRoleName"), crossAccountRoleName});
    if (!crossAccountType.isEmpty())
        q.append({QStringLiteral("CrossAccountType"), crossAccountType});
    if (!crossAccountUserId.isEmpty())
        q.append({QStringLiteral("CrossAccountUserId"), crossAccountUserId});
    for (qsizetype i = 0; i < filters.size(); ++i) {
        const QString prefix = QStringLiteral("Filters.%1.").arg(i + 1);
        q.append({prefix + QLatin1String("Key"), filters[i].key});
        for (qsizetype j = 0; j < filters[i].values.size(); ++j)
            q.append({prefix + QStringLiteral("Values.%1").arg(j + 1), filters[i].values[j]});
    }
    q.append({QStringLiteral("PageNumber"), QString::number(pageNumber)});
    q.append({QStringLiteral("PageSize"), QString::number(pageSize)});
    return q;
}

ParamList DescribeBackupClientsRequest::bodyParams() const
{
    ParamList b;
    if (!clientIds.isEmpty())
        b.append({QStringLiteral("ClientIds"), jsonArrayString(clientIds)});
    if (!instanceIds.isEmpty())
        b.append({QStringLiteral("InstanceIds"), jsonArrayString(instanceIds)});
    for (qsizetype i = 0; i < tags.size(); ++i) {
        const QString prefix = QStringLiteral("Tag.%1.").arg(i + 1);
        b.append({prefix + QLatin1String("Key"), tags[i].key});
        b.append({prefix + QLatin1String("Value"), tags[i].value});
    }
    return b;
}

QByteArray formEncode(const ParamList &params)
{
    QByteArray out;
    for (const auto &[name, value] : params) {
        if (!out.isEmpty())
            out += '&';
        out += percentEncode(name) + '=' + percentEncode(value);
    }
    return out;
}

} // namespace hbr::api
