#include "responsedecoder.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cmath>

namespace hbr::api {

namespace {

QString text(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble()) {
        const double d = v.toDouble();
        return d == std::floor(d) && std::fabs(d) < 9.0e15 ? QString::number(static_cast<qint64>(d))
                                                           : QString::number(d, 'g', 17);
    }
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return QString();
}

qint64 integer(const QJsonValue &v, qint64 fallback)
{
    if (v.isDouble()) {
        // toInteger() refuses fractions and values outside qint64 (casting those would be undefined).
        const double d = v.toDouble();
        return std::isfinite(d) && std::fabs(d) < 9.0e15 ? static_cast<qint64>(d) : fallback;
    }
    if (v.isString()) {
        bool ok = false;
        const qint64 i = v.toString().trimmed().toLongLong(&ok);
        return ok ? i : fallback;
    }
    return fallback;
}

// Enough of a body to tell an HTML error page or a truncated JSON apart, without flooding a log.
QString snippet(const QByteArray &body)
{
    QString s = QString::fromUtf8(body.left(120)).simplified();
    if (body.size() > 120)
        s += QStringLiteral("…");
    return s;
}

bool saysFailure(const QJsonObject &o)
{
    const QJsonValue success = o.value(QLatin1String("Success"));
    if (success.isBool())
        return !success.toBool();
    if (success.isString())
        return success.toString().compare(QLatin1String("false"), Qt::CaseInsensitive) == 0;
    return false;
}

bool codeIsSuccess(const QJsonValue &code)
{
    if (code.isUndefined() || code.isNull())
        return true;
    const QString c = text(code);
    return c == QLatin1String("200") || c.compare(QLatin1String("OK"), Qt::CaseInsensitive) == 0 ||
           c.compare(QLatin1String("success"), Qt::CaseInsensitive) == 0;
}

ApiError serviceError(int httpStatus, const QJsonObject &o)
{
    ApiError e;
    e.kind = ApiError::Kind::Service;
    e.httpStatus = httpStatus;
    e.code = text(o.value(QLatin1String("Code")));
    e.message = text(o.value(QLatin1String("Message")));
    e.requestId = text(o.value(QLatin1String("RequestId")));
    e.hostId = text(o.value(QLatin1String("HostId")));
    e.recommend = text(o.value(QLatin1String("Recommend")));
    if (e.code.isEmpty() && e.message.isEmpty())
        e.message = QCoreApplication::translate("hbr::ResponseDecoder",
                                                "The service reported a failure without a code or message.");
    return e;
}

ApiError malformed(int httpStatus, const QString &detail)
{
    ApiError e;
    e.kind = ApiError::Kind::Malformed;
    e.httpStatus = httpStatus;
    e.detail = detail;
    return e;
}

} // namespace

ApiError decodeErrorBody(int httpStatus, const QByteArray &body)
{
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error == QJsonParseError::NoError && doc.isObject()) {
        const QJsonObject o = doc.object();
        if (o.contains(QLatin1String("Code")) || o.contains(QLatin1String("Message")) ||
            o.contains(QLatin1String("RequestId")))
            return serviceError(httpStatus, o);
    }
    ApiError e;
    e.kind = httpStatus >= 400 ? ApiError::Kind::Http : ApiError::Kind::Malformed;
    e.httpStatus = httpStatus;
    e.detail = body.isEmpty() ? QString() : snippet(body);
    return e;
}

DecodedPage decodeDescribeBackupClients(int httpStatus, const QByteArray &body, StringPool *pool)
{
    DecodedPage result;
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        if (httpStatus >= 400) {
            result.error = decodeErrorBody(httpStatus, body);
            return result;
        }
        QString why;
        if (body.isEmpty()) {
            //: Follows "Malformed response:": the answer had no body.
            why = QCoreApplication::translate("hbr::ResponseDecoder", "empty body");
        } else if (parseError.error != QJsonParseError::NoError) {
            //: Follows "Malformed response:". %1 is the JSON parser's description of the error; %2 is the
            //: byte offset where it was found, %3 the size of the answer in bytes.
            why = QCoreApplication::translate("hbr::ResponseDecoder", "%1 at byte %2 of %3")
                      .arg(parseError.errorString())
                      .arg(parseError.offset)
                      .arg(body.size());
        } else {
            //: Follows "Malformed response:".
            why = QCoreApplication::translate("hbr::ResponseDecoder", "the body is not a JSON object");
        }
        result.error = malformed(httpStatus, why);
        return result;
    }

    const QJsonObject o = doc.object();
    if (httpStatus >= 400) {
        // A JSON body that is not an Alibaba error body (a proxy's, say) is an HTTP error like an HTML page.
        result.error = decodeErrorBody(httpStatus, body);
        return result;
    }
    if (saysFailure(o) ||
        (!o.value(QLatin1String("Success")).isBool() && !codeIsSuccess(o.value(QLatin1String("Code"))))) {
        result.error = serviceError(httpStatus, o);
        return result;
    }

    ClientPage &page = result.page;
    page.requestId = text(o.value(QLatin1String("RequestId")));
    page.pageNumber = static_cast<int>(integer(o.value(QLatin1String("PageNumber")), 0));
    page.pageSize = static_cast<int>(integer(o.value(QLatin1String("PageSize")), 0));
    page.totalCount = integer(o.value(QLatin1String("TotalCount")), -1);
    if (!o.contains(QLatin1String("TotalCount")) && !o.contains(QLatin1String("Clients"))) {
        // Neither a list nor a total: not a page at all (a gateway's or proxy's "success"). Accepting it
        // would end a source as complete with nothing in it.
        result.error = malformed(
            httpStatus, QCoreApplication::translate("hbr::ResponseDecoder",
                                                    "the answer has neither Clients nor TotalCount"));
        return result;
    }

    QJsonValue clients = o.value(QLatin1String("Clients"));
    if (clients.isObject())
        clients = clients.toObject().value(QLatin1String("Client"));
    if (clients.isUndefined() || clients.isNull())
        return result; // an empty page may leave the list out
    if (!clients.isArray()) {
        //: Follows "Malformed response:". "Clients" and "Client" are names in the API's answer: keep them
        //: (and the JSON) as they are.
        result.error = malformed(
            httpStatus, QCoreApplication::translate("hbr::ResponseDecoder",
                                                    "\"Clients\" is neither a list nor {\"Client\": [...]}"));
        return result;
    }
    const QJsonArray array = clients.toArray();
    page.clients.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonValue element = array.at(i);
        if (!element.isObject()) {
            //: Follows "Malformed response:". %1 is the position in the list, counted from 0; "Clients" is a
            //: name in the API's answer: keep it as it is.
            result.error = malformed(httpStatus,
                                     QCoreApplication::translate("hbr::ResponseDecoder",
                                                                 "element %1 of \"Clients\" is not an object")
                                         .arg(i));
            page.clients.clear();
            return result;
        }
        page.clients.append(BackupClient::fromJson(element.toObject(), pool));
    }
    return result;
}

} // namespace hbr::api
