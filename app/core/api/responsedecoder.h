#pragma once

#include "apierror.h"
#include "fleet/backupclient.h"

#include <QByteArray>
#include <QList>

namespace hbr::api {

struct ClientPage
{
    QString requestId;
    int pageNumber = 0;
    int pageSize = 0;
    qint64 totalCount = -1; ///< -1 when the response did not say
    QList<BackupClient> clients;
};

struct DecodedPage
{
    ApiError error; ///< kind None on success
    ClientPage page;
};

/// Decodes a DescribeBackupClients answer, tolerant of the shapes seen in the wild: Clients as an array or as
/// {"Client": [...]}, numbers as strings and the reverse, missing fields. "Success": false is an error
/// whatever the HTTP status; so is any 4xx/5xx.
DecodedPage decodeDescribeBackupClients(int httpStatus, const QByteArray &body, StringPool *pool);

/// The error in an Alibaba error body ({"RequestId","HostId","Code","Message","Recommend"}), or an Http /
/// Malformed error when the body is not one.
ApiError decodeErrorBody(int httpStatus, const QByteArray &body);

} // namespace hbr::api
