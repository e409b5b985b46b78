#include "api/responsedecoder.h"
#include "fleet/stringpool.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace hbr::api;
using hbr::BackupClient;
using hbr::ClientTag;
using hbr::StringPool;

Q_DECLARE_METATYPE(hbr::api::ApiError::Kind)

namespace {

QByteArray reference()
{
    return hbr::test::readTestData(u"reference-example-response.json"_s);
}

QJsonObject parseObject(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray withClients(const QByteArray &clientsJson, const QByteArray &extraTopLevel = QByteArray())
{
    return R"({"RequestId":"R-1","Success":true,"Code":"200","Message":"successful","PageNumber":1,)"
           R"("PageSize":10,"TotalCount":1,)" +
           extraTopLevel + R"("Clients":)" + clientsJson + "}";
}

} // namespace

class TestResponseDecoder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void referenceExampleTopLevel();
    void referenceExampleClientFieldByField();
    void referenceExampleIsLossless();
    void tolerantShapes_data();
    void tolerantShapes();
    void topLevelNumbersAsStrings();
    void missingClientsIsAnEmptyPage();
    void missingTopLevelNumbers();
    void poolIsOptional();
    void errors_data();
    void errors();
    void errorBodyKeepsEverything();
    void decodeErrorBodyDirectly_data();
    void decodeErrorBodyDirectly();
};

void TestResponseDecoder::referenceExampleTopLevel()
{
    StringPool pool;
    const DecodedPage d = decodeDescribeBackupClients(200, reference(), &pool);
    QVERIFY2(!d.error.isError(), qPrintable(d.error.summary()));
    QCOMPARE(d.error.kind, ApiError::Kind::None);
    QCOMPARE(d.page.requestId, u"473469C7-AA6F-4DC5-B3DB-A3DC0DE3C83E"_s);
    QCOMPARE(d.page.pageNumber, 1);
    QCOMPARE(d.page.pageSize, 10);
    QCOMPARE(d.page.totalCount, 8);
    QCOMPARE(d.page.clients.size(), 1);
}

void TestResponseDecoder::referenceExampleClientFieldByField()
{
    StringPool pool;
    const DecodedPage d = decodeDescribeBackupClients(200, reference(), &pool);
    QCOMPARE(d.page.clients.size(), 1);
    const BackupClient &c = d.page.clients.first();
    QCOMPARE(c.status, u"ACTIVATED"_s);
    QCOMPARE(c.backupStatus, u"PROTECTED"_s);
    QCOMPARE(c.archType, u"amd64"_s);
    QCOMPARE(c.clientId, u"c-*********************"_s);
    QCOMPARE(c.maxClientVersion, u"2.4.5"_s);
    QCOMPARE(c.privateIpV4, u"192.168.1.1"_s);
    QCOMPARE(c.instanceName, u"instancename"_s);
    QCOMPARE(c.createdTime, 1554347313);
    QCOMPARE(c.lastHeartBeatTime, 1554347313);
    QCOMPARE(c.clientType, u"ECS_CLIENT"_s);
    QCOMPARE(c.hostname, u"hostname"_s);
    QCOMPARE(c.instanceId, u"i-*********************"_s);
    QCOMPARE(c.appliance, false);
    QVERIFY(c.has(BackupClient::Appliance));
    QCOMPARE(c.updatedTime, 1554347313);
    QCOMPARE(c.osType, u"linux"_s);
    QCOMPARE(c.zoneId, u"cn-hangzhou-f"_s);
    QCOMPARE(c.clientVersion, u"2.4.5"_s);
    QCOMPARE(c.tags, (QList<ClientTag>{{u"TestKey"_s, u"TestValue"_s}}));
    QCOMPARE(c.tagsText(), u"TestKey=TestValue"_s);
    // Settings
    QCOMPARE(c.proxyHost, u"192.168.11.100"_s);
    QCOMPARE(c.maxCpuCore, u"1"_s);
    QCOMPARE(c.proxyPort, 3128);
    QCOMPARE(c.useHttps, u"false"_s);
    QCOMPARE(c.useHttpsValue(), std::optional<bool>(false));
    QCOMPARE(c.proxyPassword, u"******"_s);
    QCOMPARE(c.proxyUser, u"user"_s);
    QCOMPARE(c.dataProxySetting, u"USE_CONTROL_PROXY"_s);
    QCOMPARE(c.dataNetworkType, u"VPC"_s);
    QCOMPARE(c.maxWorker, u"1"_s);
    QCOMPARE(c.maxMemory, 0);
    QVERIFY(c.has(BackupClient::MaxMemory));
    QCOMPARE(c.alertOnPartialComplete, false);
    QVERIFY(c.has(BackupClient::AlertOnPartialComplete));
    QVERIFY(c.extras.isEmpty());
    QVERIFY(c.settingsExtras.isEmpty());
}

void TestResponseDecoder::referenceExampleIsLossless()
{
    const QJsonObject input = parseObject(reference()).value(u"Clients"_s).toArray().first().toObject();
    const DecodedPage d = decodeDescribeBackupClients(200, reference(), nullptr);
    const QJsonObject out = d.page.clients.first().toJson();
    QVERIFY2(out == input, compact(out).constData());
    const QJsonObject settings = out.value(u"Settings"_s).toObject();
    // JSON types as the API sent them: MaxCpuCore, MaxWorker and UseHttps are strings, ProxyPort an integer.
    QCOMPARE(settings.value(u"MaxCpuCore"_s).type(), QJsonValue::String);
    QCOMPARE(settings.value(u"MaxWorker"_s).type(), QJsonValue::String);
    QCOMPARE(settings.value(u"UseHttps"_s).type(), QJsonValue::String);
    QCOMPARE(settings.value(u"ProxyPort"_s).type(), QJsonValue::Double);
    QCOMPARE(settings.value(u"ProxyPort"_s).toInteger(-1), 3128);
    QCOMPARE(settings.value(u"MaxMemory"_s).toInteger(-1), 0);
    QCOMPARE(settings.value(u"AlertOnPartialComplete"_s).type(), QJsonValue::Bool);
    QCOMPARE(out.value(u"Appliance"_s).type(), QJsonValue::Bool);
    QCOMPARE(out.value(u"Tags"_s).type(), QJsonValue::Array);
    // Byte for byte the same document once keys are ordered (QJsonObject orders them).
    QCOMPARE(compact(out), compact(input));
}

void TestResponseDecoder::tolerantShapes_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("clients");

    const QByteArray ref = compact(parseObject(reference()).value(u"Clients"_s).toArray().first().toObject());

    QTest::newRow("Clients as an array") << withClients("[" + ref + "," + ref + "]") << 2;
    QTest::newRow("Clients as {\"Client\": [...]}") << withClients(R"({"Client":[)" + ref + "]}") << 1;
    QTest::newRow("Tags as {\"Tag\": [...]}")
        << withClients(R"([{"ClientId":"c-1","Tags":{"Tag":[{"Key":"env","Value":"prod"}]}}])") << 1;
    QTest::newRow("numbers as strings")
        << withClients(R"([{"ClientId":"c-1","CreatedTime":"1554347313","Settings":{"ProxyPort":"3128"}}])")
        << 1;
    QTest::newRow("strings as numbers")
        << withClients(R"([{"ClientId":"c-1","Settings":{"MaxCpuCore":1}}])") << 1;
    QTest::newRow("bools as strings")
        << withClients(R"([{"Appliance":"true","Settings":{"AlertOnPartialComplete":"false"}}])") << 1;
    QTest::newRow("missing fields") << withClients(R"([{},{"ClientId":"c-2"}])") << 2;
    QTest::newRow("null values")
        << withClients(
               R"([{"ClientId":"c-1","Hostname":null,"Settings":null,"Tags":null,"CreatedTime":null}])")
        << 1;
    QTest::newRow("unknown keys everywhere")
        << withClients(R"([{"ClientId":"c-1","Future":{"A":[1,{"B":null}]},"Settings":{"NewKnob":{"X":1}}}])",
                       R"("NewTopLevel":{"x":1},"HostId":"hbr.cn-hangzhou.aliyuncs.com",)")
        << 1;
    QTest::newRow("unknown enum values")
        << withClients(
               R"([{"Status":"HIBERNATING","BackupStatus":"SOMEWHAT","Settings":{"DataProxySetting":"X"}}])")
        << 1;
    QTest::newRow("Success as a string")
        << QByteArray(R"({"Success":"true","Code":"200","Clients":[{"ClientId":"c"}]})") << 1;
    QTest::newRow("no Success, Code OK") << QByteArray(R"({"Code":"OK","Clients":[{"ClientId":"c"}]})") << 1;
    QTest::newRow("only Clients") << QByteArray(R"({"Clients":[{"ClientId":"c"}]})") << 1;
    QTest::newRow("empty array") << withClients("[]") << 0;
    QTest::newRow("null Clients") << withClients("null") << 0;
}

void TestResponseDecoder::tolerantShapes()
{
    QFETCH(QByteArray, body);
    QFETCH(int, clients);
    const DecodedPage d = decodeDescribeBackupClients(200, body, nullptr);
    QVERIFY2(!d.error.isError(), qPrintable(d.error.summary()));
    QCOMPARE(d.page.clients.size(), clients);

    // Whatever the shape, each client gives back exactly its input object.
    QJsonValue list = parseObject(body).value(u"Clients"_s);
    if (list.isObject())
        list = list.toObject().value(u"Client"_s);
    const QJsonArray inputs = list.toArray();
    QCOMPARE(inputs.size(), clients);
    StringPool pool;
    const DecodedPage pooled = decodeDescribeBackupClients(200, body, &pool);
    for (qsizetype i = 0; i < inputs.size(); ++i) {
        const QJsonObject in = inputs.at(i).toObject();
        const QJsonObject out = d.page.clients.at(i).toJson();
        QVERIFY2(out == in, qPrintable(u"\n in:  %1\n out: %2"_s.arg(QString::fromUtf8(compact(in)),
                                                                     QString::fromUtf8(compact(out)))));
        QCOMPARE(compact(out), compact(in));
        QCOMPARE(compact(pooled.page.clients.at(i).toJson()), compact(in));
    }
}

void TestResponseDecoder::topLevelNumbersAsStrings()
{
    const DecodedPage d = decodeDescribeBackupClients(
        200, R"({"RequestId":"R","PageNumber":"3","PageSize":"50","TotalCount":"8","Clients":[]})", nullptr);
    QVERIFY(!d.error.isError());
    QCOMPARE(d.page.pageNumber, 3);
    QCOMPARE(d.page.pageSize, 50);
    QCOMPARE(d.page.totalCount, 8);
    QCOMPARE(d.page.requestId, u"R"_s);
}

void TestResponseDecoder::missingClientsIsAnEmptyPage()
{
    const DecodedPage d =
        decodeDescribeBackupClients(200, R"({"RequestId":"R","Success":true,"TotalCount":0})", nullptr);
    QVERIFY(!d.error.isError());
    QVERIFY(d.page.clients.isEmpty());
    QCOMPARE(d.page.totalCount, 0);
}

void TestResponseDecoder::missingTopLevelNumbers()
{
    const DecodedPage d = decodeDescribeBackupClients(200, R"({"Clients":[]})", nullptr);
    QVERIFY(!d.error.isError());
    QCOMPARE(d.page.totalCount, -1); // "did not say"
    QCOMPARE(d.page.pageNumber, 0);
    QCOMPARE(d.page.pageSize, 0);
    QVERIFY(d.page.requestId.isEmpty());
    const DecodedPage junk =
        decodeDescribeBackupClients(200, R"({"TotalCount":"many","Clients":[]})", nullptr);
    QCOMPARE(junk.page.totalCount, -1);
    // Numbers a qint64 cannot hold are "did not say" rather than garbage.
    const DecodedPage huge =
        decodeDescribeBackupClients(200, R"({"TotalCount":1e300,"Clients":[]})", nullptr);
    QVERIFY(!huge.error.isError());
    QCOMPARE(huge.page.totalCount, -1);
    const DecodedPage real =
        decodeDescribeBackupClients(200, R"({"TotalCount":8.0,"Code":200,"Clients":[]})", nullptr);
    QVERIFY(!real.error.isError());
    QCOMPARE(real.page.totalCount, 8);
}

void TestResponseDecoder::poolIsOptional()
{
    StringPool pool;
    const DecodedPage with = decodeDescribeBackupClients(200, reference(), &pool);
    const DecodedPage without = decodeDescribeBackupClients(200, reference(), nullptr);
    QVERIFY(pool.size() > 0);
    QCOMPARE(with.page.clients.first().toJson(), without.page.clients.first().toJson());
}

void TestResponseDecoder::errors_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<ApiError::Kind>("kind");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("requestId");
    QTest::addColumn<QString>("detailContains");

    using K = ApiError::Kind;
    QTest::newRow("Success false with HTTP 200")
        << 200
        << QByteArray(R"({"RequestId":"R-200","Success":false,"Code":"Throttling.User",)"
                      R"("Message":"Request was denied due to user flow control."})")
        << K::Service << u"Throttling.User"_s << u"R-200"_s << QString();
    QTest::newRow("Success \"false\" with HTTP 200")
        << 200 << QByteArray(R"({"RequestId":"R","Success":"false","Code":"InternalError","Clients":[]})")
        << K::Service << u"InternalError"_s << u"R"_s << QString();
    QTest::newRow("error code without Success, HTTP 200")
        << 200 << QByteArray(R"({"RequestId":"R","Code":"InvalidParameter","Message":"bad"})") << K::Service
        << u"InvalidParameter"_s << u"R"_s << QString();
    QTest::newRow("numeric error code")
        << 200 << QByteArray(R"({"RequestId":"R","Code":403,"Message":"denied"})") << K::Service << u"403"_s
        << u"R"_s << QString();
    // Found by fault injection: a gateway's "success" with neither a list nor a total ended a source as
    // complete with nothing in it.
    QTest::newRow("success with neither Clients nor TotalCount")
        << 200 << QByteArray(R"({"RequestId":"HUGE","Success":true,"Padding":"xxxx"})") << K::Malformed
        << QString() << QString() << u"neither Clients nor TotalCount"_s;
    QTest::newRow("Success false without code")
        << 200 << QByteArray(R"({"Success":false})") << K::Service << QString() << QString() << QString();
    QTest::newRow("400 SignatureDoesNotMatch")
        << 400
        << QByteArray(
               R"({"RequestId":"R-400","HostId":"hbr.cn-hangzhou.aliyuncs.com","Code":"SignatureDoesNotMatch",)"
               R"("Message":"Specified signature does not match our calculation.",)"
               R"("Recommend":"https://api.aliyun.com/troubleshoot?q=SignatureDoesNotMatch&product=hbr"})")
        << K::Service << u"SignatureDoesNotMatch"_s << u"R-400"_s << QString();
    QTest::newRow("404 InvalidAccessKeyId.NotFound")
        << 404
        << QByteArray(
               R"({"RequestId":"R-404","HostId":"hbr.cn-hangzhou.aliyuncs.com",)"
               R"("Code":"InvalidAccessKeyId.NotFound","Message":"Specified access key is not found."})")
        << K::Service << u"InvalidAccessKeyId.NotFound"_s << u"R-404"_s << QString();
    QTest::newRow("500 InternalError") << 500 << QByteArray(R"({"RequestId":"R-500","Code":"InternalError"})")
                                       << K::Service << u"InternalError"_s << u"R-500"_s << QString();
    QTest::newRow("400 error body with Success true")
        << 400 << QByteArray(R"({"RequestId":"R","Success":true,"Code":"InvalidParameter"})") << K::Service
        << u"InvalidParameter"_s << u"R"_s << QString();
    QTest::newRow("503 HTML") << 503
                              << QByteArray(
                                     "<html><head><title>503 Service Temporarily Unavailable</title></head>"
                                     "<body><center><h1>503</h1></center></body></html>")
                              << K::Http << QString() << QString()
                              << u"503 Service Temporarily Unavailable"_s;
    QTest::newRow("502 empty") << 502 << QByteArray() << K::Http << QString() << QString() << QString();
    QTest::newRow("429 JSON that is not an error body")
        << 429 << QByteArray(R"({"error":"slow down"})") << K::Http << QString() << QString()
        << u"slow down"_s;
    QTest::newRow("200 truncated JSON") << 200 << QByteArray(R"({"RequestId":"R","Clients":[{"ClientId":"c-)")
                                        << K::Malformed << QString() << QString() << u"at byte"_s;
    QTest::newRow("200 empty body") << 200 << QByteArray() << K::Malformed << QString() << QString()
                                    << u"empty body"_s;
    QTest::newRow("200 JSON array") << 200 << QByteArray("[]") << K::Malformed << QString() << QString()
                                    << u"not a JSON object"_s;
    QTest::newRow("200 HTML") << 200 << QByteArray("<html>login</html>") << K::Malformed << QString()
                              << QString() << u"at byte"_s;
    QTest::newRow("200 Clients is a string")
        << 200 << withClients(R"("x")") << K::Malformed << QString() << QString() << u"Clients"_s;
    QTest::newRow("200 Clients is a number")
        << 200 << withClients("7") << K::Malformed << QString() << QString() << u"Clients"_s;
    QTest::newRow("200 Clients wraps a string")
        << 200 << withClients(R"({"Client":"x"})") << K::Malformed << QString() << QString() << u"Clients"_s;
    QTest::newRow("200 client that is not an object")
        << 200 << withClients(R"([{"ClientId":"c-1"},"c-2"])") << K::Malformed << QString() << QString()
        << u"element 1"_s;
}

void TestResponseDecoder::errors()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(ApiError::Kind, kind);
    QFETCH(QString, code);
    QFETCH(QString, requestId);
    QFETCH(QString, detailContains);

    const DecodedPage d = decodeDescribeBackupClients(status, body, nullptr);
    QVERIFY(d.error.isError());
    QCOMPARE(d.error.kind, kind);
    QCOMPARE(d.error.httpStatus, status);
    QCOMPARE(d.error.code, code);
    QCOMPARE(d.error.requestId, requestId);
    QVERIFY2(d.error.detail.contains(detailContains), qPrintable(d.error.detail));
    QVERIFY(d.page.clients.isEmpty());
    QVERIFY(!d.error.summary().isEmpty());
    if (kind == ApiError::Kind::Service) {
        QVERIFY(!d.error.code.isEmpty() || !d.error.message.isEmpty()); // something to show
        if (!code.isEmpty())
            QVERIFY2(d.error.summary().contains(code), qPrintable(d.error.summary()));
        if (!requestId.isEmpty())
            QVERIFY2(d.error.summary().contains(requestId), qPrintable(d.error.summary()));
    }
    if (kind == ApiError::Kind::Malformed && status == 200 && !body.isEmpty() && body.startsWith('{') &&
        !body.endsWith('}')) {
        // A truncated body says where it ended.
        QVERIFY2(d.error.detail.contains(QString::number(body.size())), qPrintable(d.error.detail));
    }
}

void TestResponseDecoder::errorBodyKeepsEverything()
{
    const QByteArray body =
        R"({"RequestId":"8906582E-6722-409A-A6C4-0E7863B733A5","HostId":"hbr.cn-hangzhou.aliyuncs.com",)"
        R"("Code":"SignatureDoesNotMatch","Message":"Specified signature does not match our calculation. )"
        R"(server StringToSign is [ACS3-HMAC-SHA256 abc]",)"
        R"("Recommend":"https://api.aliyun.com/troubleshoot?q=SignatureDoesNotMatch&product=hbr&requestId=8906"})";
    const DecodedPage d = decodeDescribeBackupClients(400, body, nullptr);
    QCOMPARE(d.error.kind, ApiError::Kind::Service);
    QCOMPARE(d.error.httpStatus, 400);
    QCOMPARE(d.error.requestId, u"8906582E-6722-409A-A6C4-0E7863B733A5"_s);
    QCOMPARE(d.error.hostId, u"hbr.cn-hangzhou.aliyuncs.com"_s);
    QCOMPARE(d.error.code, u"SignatureDoesNotMatch"_s);
    QCOMPARE(
        d.error.message,
        u"Specified signature does not match our calculation. server StringToSign is [ACS3-HMAC-SHA256 abc]"_s);
    QCOMPARE(d.error.recommend,
             u"https://api.aliyun.com/troubleshoot?q=SignatureDoesNotMatch&product=hbr&requestId=8906"_s);
    QVERIFY(!d.error.isRetryable());
    QVERIFY(d.error.isCredentialError());
    const QString summary = d.error.summary();
    QVERIFY(summary.contains(u"SignatureDoesNotMatch"_s));
    QVERIFY(summary.contains(u"HTTP 400"_s));
    QVERIFY(summary.contains(u"8906582E-6722-409A-A6C4-0E7863B733A5"_s));
}

void TestResponseDecoder::decodeErrorBodyDirectly_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<ApiError::Kind>("kind");
    QTest::addColumn<QString>("code");
    QTest::newRow("Alibaba body") << 403 << QByteArray(R"({"Code":"Forbidden.RAM","Message":"no"})")
                                  << ApiError::Kind::Service << u"Forbidden.RAM"_s;
    QTest::newRow("only a RequestId")
        << 500 << QByteArray(R"({"RequestId":"R"})") << ApiError::Kind::Service << QString();
    QTest::newRow("HTML 504") << 504 << QByteArray("<html>Gateway Timeout</html>") << ApiError::Kind::Http
                              << QString();
    QTest::newRow("unrelated JSON 502")
        << 502 << QByteArray(R"({"x":1})") << ApiError::Kind::Http << QString();
    QTest::newRow("garbage at 200") << 200 << QByteArray("garbage") << ApiError::Kind::Malformed << QString();
}

void TestResponseDecoder::decodeErrorBodyDirectly()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(ApiError::Kind, kind);
    QFETCH(QString, code);
    const ApiError e = decodeErrorBody(status, body);
    QCOMPARE(e.kind, kind);
    QCOMPARE(e.httpStatus, status);
    QCOMPARE(e.code, code);
    if (kind == ApiError::Kind::Http)
        QVERIFY2(e.summary().contains(u"HTTP %1"_s.arg(status)), qPrintable(e.summary()));
}

QTEST_GUILESS_MAIN(TestResponseDecoder)
#include "tst_responsedecoder.moc"
