// buildDescribeBackupClients with a pinned timestamp and nonce reproduces the golden vectors of api-facts.md
// end to end, and what Qt actually puts on the wire is exactly what was signed.
#include "api/percentencoding.h"
#include "api/wirerequest.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace hbr::api;

Q_DECLARE_METATYPE(hbr::api::SignatureVersion)

namespace {

using HeaderList = QList<std::pair<QByteArray, QByteArray>>;

const QByteArray kV3Nonce = "0123456789abcdef0123456789abcdef";
const QString kV1Nonce = u"9b7a2c7e-1f7e-4a55-9d51-2f3c4f1b7d10"_s;

QDateTime goldenTime()
{
    return QDateTime(QDate(2025, 1, 2), QTime(3, 4, 5), Qt::UTC);
}

SigningContext context(SignatureVersion version, const QString &nonce, const QString &token = QString())
{
    SigningContext ctx;
    ctx.credentials = AccessKeyCredentials{u"testid"_s, u"testsecret"_s, token};
    ctx.endpoint = regionalEndpoint(u"cn-hangzhou"_s, EndpointNetwork::Public);
    ctx.version = version;
    ctx.timestamp = goldenTime();
    ctx.nonce = nonce;
    return ctx;
}

DescribeBackupClientsRequest v3GoldenRequest()
{
    DescribeBackupClientsRequest r;
    r.clientType = ClientType::Ecs;
    r.pageNumber = 1;
    r.pageSize = 99;
    r.clientIds = {u"c-000abc"_s};
    r.tags = {{u"env"_s, u"prod"_s}};
    return r;
}

DescribeBackupClientsRequest v1GoldenRequest()
{
    DescribeBackupClientsRequest r;
    r.clientType = ClientType::Ecs;
    r.pageNumber = 1;
    r.pageSize = 99;
    r.filters = {{u"Status"_s, {u"ACTIVATED"_s}}};
    r.clientIds = {u"c-000abc"_s, u"c-000def"_s};
    r.tags = {{u"部门"_s, u"财务部"_s}};
    return r;
}

QByteArray header(const HeaderList &headers, const QByteArray &name)
{
    QByteArray value;
    int count = 0;
    for (const auto &[n, v] : headers) {
        if (n.compare(name, Qt::CaseInsensitive) == 0) {
            value = v;
            ++count;
        }
    }
    return count == 1 ? value : QByteArray("<missing or duplicated>");
}

QStringList names(const ParamList &params)
{
    QStringList out;
    for (const auto &p : params)
        out.append(p.first);
    return out;
}

QString valueOf(const ParamList &params, const QString &name)
{
    for (const auto &p : params)
        if (p.first == name)
            return p.second;
    return u"<absent>"_s;
}

/// What a server does with a V3 request: recompute the signature from what arrived.
QByteArray recomputeV3Authorization(const QByteArray &method, const QByteArray &encodedQuery,
                                    const HeaderList &headers, const QByteArray &body,
                                    const QString &accessKeyId, const QString &secret)
{
    const QByteArray authorization = header(headers, "authorization");
    const qsizetype begin = authorization.indexOf("SignedHeaders=") + 14;
    const QList<QByteArray> signedNames =
        authorization.mid(begin, authorization.indexOf(',', begin) - begin).split(';');
    v3::Input in;
    in.method = method;
    in.canonicalUri = "/";
    in.query = parseQuery(encodedQuery, false);
    for (const auto &[name, value] : headers)
        if (signedNames.contains(name.toLower()))
            in.headers.append({name, value});
    in.payloadHash = v3::hashPayload(body);
    return v3::authorization(accessKeyId, v3::sign(in, secret));
}

/// What a server does with a V1 request: the signature over query and form-body parameters except Signature.
QString recomputeV1Signature(const QByteArray &method, const QByteArray &encodedQuery, const QByteArray &body,
                             const QString &secret, QString *sentSignature)
{
    ParamList params;
    for (const auto &p : parseQuery(encodedQuery, false)) {
        if (p.first == u"Signature"_s)
            *sentSignature = p.second;
        else
            params.append(p);
    }
    params += parseQuery(body, true);
    return v1::signature(method, params, secret);
}

struct CapturedRequest
{
    QByteArray method;
    QByteArray target;
    HeaderList headers;
    QByteArray body;
};

/// Sends the request through a real QNetworkAccessManager to a loopback socket and returns the bytes that
/// arrived.
CapturedRequest sendOverLoopback(DescribeBackupClientsRequest request, SigningContext ctx)
{
    CapturedRequest captured;
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost))
        return captured;
    ctx.endpoint = parseEndpointOverride(u"http://127.0.0.1:%1"_s.arg(server.serverPort())).endpoint.value();
    const WireRequest wire = buildDescribeBackupClients(request, ctx);

    QByteArray received;
    QTcpSocket *socket = nullptr;
    QObject::connect(&server, &QTcpServer::newConnection, &server, [&] {
        socket = server.nextPendingConnection();
        QObject::connect(socket, &QTcpSocket::readyRead, socket, [&] {
            received += socket->readAll();
            const qsizetype end = received.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const QList<QByteArray> lines = received.left(end).split('\n');
            qsizetype length = 0;
            for (const QByteArray &line : lines)
                if (line.toLower().startsWith("content-length:"))
                    length = line.mid(15).trimmed().toLongLong();
            if (received.size() < end + 4 + length)
                return;
            const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
            captured.method = requestLine.value(0);
            captured.target = requestLine.value(1);
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const QByteArray line = lines.at(i).trimmed();
                const qsizetype colon = line.indexOf(':');
                captured.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
            }
            captured.body = received.mid(end + 4, length);
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\n"
                          "Connection: close\r\n\r\n{}");
            socket->flush();
        });
    });

    QNetworkAccessManager nam;
    QNetworkReply *reply = nam.sendCustomRequest(wire.toNetworkRequest(), wire.method, wire.body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!finished.wait(10000))
        captured.method.clear();
    reply->deleteLater();
    return captured;
}

} // namespace

class TestWireRequest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void timestampFormat_data();
    void timestampFormat();
    void nonceIsFreshHex();
    void v3GoldenVectorEndToEnd();
    void v1GoldenVectorEndToEnd();
    void postToSlashEitherWay_data();
    void postToSlashEitherWay();
    void queryAndBodyHoldTheRightParameters();
    void stsV1AddsSignedSecurityToken();
    void stsV3AddsSignedSecurityTokenHeader();
    void specialCharactersSurviveQUrl_data();
    void specialCharactersSurviveQUrl();
    void networkRequestCarriesHeaders();
    void nonDefaultPortIsInTheSignedHost();
    void parseQuerySplitsAndDecodes();
    void whatQtSendsVerifies_data();
    void whatQtSendsVerifies();
};

void TestWireRequest::timestampFormat_data()
{
    QTest::addColumn<QDateTime>("time");
    QTest::addColumn<QString>("expected");
    QTest::newRow("UTC") << goldenTime() << u"2025-01-02T03:04:05Z"_s;
    QTest::newRow("converted from +08:00")
        << QDateTime(QDate(2025, 1, 2), QTime(11, 4, 5), Qt::OffsetFromUTC, 8 * 3600)
        << u"2025-01-02T03:04:05Z"_s;
    QTest::newRow("milliseconds dropped")
        << QDateTime(QDate(2016, 2, 23), QTime(12, 46, 24, 999), Qt::UTC) << u"2016-02-23T12:46:24Z"_s;
}

void TestWireRequest::timestampFormat()
{
    QFETCH(QDateTime, time);
    QFETCH(QString, expected);
    QCOMPARE(formatTimestamp(time), expected);
}

void TestWireRequest::nonceIsFreshHex()
{
    static const QRegularExpression hex32(u"^[0-9a-f]{32}$"_s);
    QSet<QString> seen;
    for (int i = 0; i < 1000; ++i) {
        const QString nonce = newSignatureNonce();
        QVERIFY2(hex32.match(nonce).hasMatch(), qPrintable(nonce));
        seen.insert(nonce);
    }
    QCOMPARE(seen.size(), 1000);
}

void TestWireRequest::v3GoldenVectorEndToEnd()
{
    const WireRequest wire = buildDescribeBackupClients(
        v3GoldenRequest(), context(SignatureVersion::V3, QString::fromLatin1(kV3Nonce)));
    QCOMPARE(wire.method, QByteArray("POST"));
    QCOMPARE(
        wire.url.toEncoded(),
        QByteArray("https://hbr.cn-hangzhou.aliyuncs.com/?ClientType=ECS_CLIENT&PageNumber=1&PageSize=99"));
    QCOMPARE(wire.body, QByteArray("ClientIds=%5B%22c-000abc%22%5D&Tag.1.Key=env&Tag.1.Value=prod"));
    QCOMPARE(header(wire.headers, "x-acs-content-sha256"),
             QByteArray("0fa1bd2563bd1152e991555877859b05d08eeb692744b72e4d923d8c22b9dc68"));
    QCOMPARE(header(wire.headers, "host"), QByteArray("hbr.cn-hangzhou.aliyuncs.com"));
    QCOMPARE(header(wire.headers, "x-acs-action"), QByteArray("DescribeBackupClients"));
    QCOMPARE(header(wire.headers, "x-acs-version"), QByteArray("2017-09-08"));
    QCOMPARE(header(wire.headers, "x-acs-date"), QByteArray("2025-01-02T03:04:05Z"));
    QCOMPARE(header(wire.headers, "x-acs-signature-nonce"), kV3Nonce);
    QCOMPARE(header(wire.headers, "content-type"), QByteArray("application/x-www-form-urlencoded"));
    QCOMPARE(header(wire.headers, "authorization"),
             QByteArray("ACS3-HMAC-SHA256 Credential=testid,SignedHeaders=content-type;host;x-acs-action;"
                        "x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version,"
                        "Signature=5e94b92aa763631edb26769b3efcd62ca0fd6dcc22f1e8865d4d0428576fdff4"));
    // V3 keeps Action and Version out of the query; there is no Format.
    const ParamList query = parseQuery(wire.url.query(QUrl::FullyEncoded).toUtf8(), false);
    QCOMPARE(names(query), (QStringList{u"ClientType"_s, u"PageNumber"_s, u"PageSize"_s}));
    // The recomputation a server would do agrees.
    QCOMPARE(recomputeV3Authorization(wire.method, wire.url.query(QUrl::FullyEncoded).toUtf8(), wire.headers,
                                      wire.body, u"testid"_s, u"testsecret"_s),
             header(wire.headers, "authorization"));
}

void TestWireRequest::v1GoldenVectorEndToEnd()
{
    const WireRequest wire =
        buildDescribeBackupClients(v1GoldenRequest(), context(SignatureVersion::V1, kV1Nonce));
    QCOMPARE(wire.method, QByteArray("POST"));
    QCOMPARE(wire.url.toEncoded(QUrl::RemoveQuery), QByteArray("https://hbr.cn-hangzhou.aliyuncs.com/"));
    const QByteArray encodedQuery = wire.url.query(QUrl::FullyEncoded).toUtf8();
    const ParamList query = parseQuery(encodedQuery, false);
    QCOMPARE(valueOf(query, u"Signature"_s), u"rXEncQ1eyeVLO4nXHpRNiqtQ1v0="_s);
    // Base64's '+', '/' and '=' are percent-encoded in the URL.
    QVERIFY2(encodedQuery.contains("&Signature=rXEncQ1eyeVLO4nXHpRNiqtQ1v0%3D"), encodedQuery.constData());
    QCOMPARE(valueOf(query, u"AccessKeyId"_s), u"testid"_s);
    QCOMPARE(valueOf(query, u"Action"_s), u"DescribeBackupClients"_s);
    QCOMPARE(valueOf(query, u"Version"_s), u"2017-09-08"_s);
    QCOMPARE(valueOf(query, u"Format"_s), u"json"_s);
    QCOMPARE(valueOf(query, u"SignatureMethod"_s), u"HMAC-SHA1"_s);
    QCOMPARE(valueOf(query, u"SignatureVersion"_s), u"1.0"_s);
    QCOMPARE(valueOf(query, u"SignatureNonce"_s), kV1Nonce);
    QCOMPARE(valueOf(query, u"Timestamp"_s), u"2025-01-02T03:04:05Z"_s);
    QVERIFY(encodedQuery.contains("Timestamp=2025-01-02T03%3A04%3A05Z"));
    QCOMPARE(valueOf(query, u"Filters.1.Key"_s), u"Status"_s);
    QCOMPARE(valueOf(query, u"Filters.1.Values.1"_s), u"ACTIVATED"_s);
    QCOMPARE(valueOf(query, u"SecurityToken"_s), u"<absent>"_s);
    QCOMPARE(wire.body, QByteArray("ClientIds=%5B%22c-000abc%22%2C%22c-000def%22%5D"
                                   "&Tag.1.Key=%E9%83%A8%E9%97%A8&Tag.1.Value=%E8%B4%A2%E5%8A%A1%E9%83%A8"));
    // Body parameters stay out of the query.
    for (const QString &name : {u"ClientIds"_s, u"Tag.1.Key"_s, u"Tag.1.Value"_s})
        QCOMPARE(valueOf(query, name), u"<absent>"_s);
    QCOMPARE(header(wire.headers, "content-type"), QByteArray("application/x-www-form-urlencoded"));
    QCOMPARE(header(wire.headers, "authorization"), QByteArray("<missing or duplicated>"));

    QString sent;
    QCOMPARE(recomputeV1Signature(wire.method, encodedQuery, wire.body, u"testsecret"_s, &sent),
             u"rXEncQ1eyeVLO4nXHpRNiqtQ1v0="_s);
    QCOMPARE(sent, u"rXEncQ1eyeVLO4nXHpRNiqtQ1v0="_s);
}

void TestWireRequest::postToSlashEitherWay_data()
{
    QTest::addColumn<SignatureVersion>("version");
    QTest::newRow("V3") << SignatureVersion::V3;
    QTest::newRow("V1") << SignatureVersion::V1;
}

void TestWireRequest::postToSlashEitherWay()
{
    QFETCH(SignatureVersion, version);
    const WireRequest wire = buildDescribeBackupClients(v3GoldenRequest(), context(version, kV1Nonce));
    QCOMPARE(wire.method, QByteArray("POST"));
    QCOMPARE(wire.url.path(), u"/"_s);
    QCOMPARE(wire.url.scheme(), u"https"_s);
    QCOMPARE(wire.url.host(), u"hbr.cn-hangzhou.aliyuncs.com"_s);
    QCOMPARE(header(wire.headers, "accept"), QByteArray("application/json"));
    QVERIFY(header(wire.headers, "user-agent").startsWith("hbr-browser/"));
    QCOMPARE(wire.toNetworkRequest().url(), wire.url);
}

void TestWireRequest::queryAndBodyHoldTheRightParameters()
{
    DescribeBackupClientsRequest r;
    r.clientType = ClientType::Container;
    r.pageNumber = 2;
    r.pageSize = 50;
    r.clusterId = u"cl-1"_s;
    r.crossAccountType = u"CROSS_ACCOUNT"_s;
    r.crossAccountUserId = u"123"_s;
    r.crossAccountRoleName = u"role"_s;
    r.filters = {{u"Status"_s, {u"ACTIVATED"_s, u"UNKNOWN"_s}}, {u"Hostname"_s, {u"h1"_s}}};
    r.clientIds = {u"c-1"_s, u"c-2"_s};
    r.instanceIds = {u"i-1"_s};
    r.tags = {{u"env"_s, u"prod"_s}, {u"team"_s, u"ops"_s}};

    const WireRequest wire =
        buildDescribeBackupClients(r, context(SignatureVersion::V3, QString::fromLatin1(kV3Nonce)));
    const ParamList query = parseQuery(wire.url.query(QUrl::FullyEncoded).toUtf8(), false);
    QStringList queryNames = names(query);
    queryNames.sort();
    QCOMPARE(queryNames, (QStringList{u"ClientType"_s, u"ClusterId"_s, u"CrossAccountRoleName"_s,
                                      u"CrossAccountType"_s, u"CrossAccountUserId"_s, u"Filters.1.Key"_s,
                                      u"Filters.1.Values.1"_s, u"Filters.1.Values.2"_s, u"Filters.2.Key"_s,
                                      u"Filters.2.Values.1"_s, u"PageNumber"_s, u"PageSize"_s}));
    QCOMPARE(valueOf(query, u"ClientType"_s), u"CONTAINER_CLIENT"_s);
    QCOMPARE(valueOf(query, u"PageNumber"_s), u"2"_s);
    QCOMPARE(valueOf(query, u"PageSize"_s), u"50"_s);

    const ParamList body = parseQuery(wire.body, true);
    QCOMPARE(body, (ParamList{{u"ClientIds"_s, u"[\"c-1\",\"c-2\"]"_s},
                              {u"InstanceIds"_s, u"[\"i-1\"]"_s},
                              {u"Tag.1.Key"_s, u"env"_s},
                              {u"Tag.1.Value"_s, u"prod"_s},
                              {u"Tag.2.Key"_s, u"team"_s},
                              {u"Tag.2.Value"_s, u"ops"_s}}));
    QCOMPARE(recomputeV3Authorization(wire.method, wire.url.query(QUrl::FullyEncoded).toUtf8(), wire.headers,
                                      wire.body, u"testid"_s, u"testsecret"_s),
             header(wire.headers, "authorization"));
}

void TestWireRequest::stsV1AddsSignedSecurityToken()
{
    const QString token = u"CAIS+token/with=specials"_s;
    const WireRequest wire =
        buildDescribeBackupClients(v1GoldenRequest(), context(SignatureVersion::V1, kV1Nonce, token));
    const QByteArray encodedQuery = wire.url.query(QUrl::FullyEncoded).toUtf8();
    QCOMPARE(valueOf(parseQuery(encodedQuery, false), u"SecurityToken"_s), token);
    QVERIFY(encodedQuery.contains("SecurityToken=CAIS%2Btoken%2Fwith%3Dspecials"));
    QString sent;
    const QString recomputed =
        recomputeV1Signature(wire.method, encodedQuery, wire.body, u"testsecret"_s, &sent);
    QCOMPARE(sent, recomputed);
    // The token is signed: the signature differs from the one without it.
    QVERIFY(sent != u"rXEncQ1eyeVLO4nXHpRNiqtQ1v0="_s);
    QVERIFY(!wire.body.contains("SecurityToken"));
}

void TestWireRequest::stsV3AddsSignedSecurityTokenHeader()
{
    const QString token = u"CAIS+token/with=specials"_s;
    const WireRequest wire = buildDescribeBackupClients(
        v3GoldenRequest(), context(SignatureVersion::V3, QString::fromLatin1(kV3Nonce), token));
    QCOMPARE(header(wire.headers, "x-acs-security-token"), token.toUtf8());
    const QByteArray authorization = header(wire.headers, "authorization");
    QVERIFY2(
        authorization.contains("SignedHeaders=content-type;host;x-acs-action;x-acs-content-sha256;x-acs-date;"
                               "x-acs-security-token;x-acs-signature-nonce;x-acs-version,"),
        authorization.constData());
    QVERIFY(!authorization.contains("5e94b92aa763631edb26769b3efcd62ca0fd6dcc22f1e8865d4d0428576fdff4"));
    QCOMPARE(recomputeV3Authorization(wire.method, wire.url.query(QUrl::FullyEncoded).toUtf8(), wire.headers,
                                      wire.body, u"testid"_s, u"testsecret"_s),
             authorization);
    // The token is a header, not a query parameter.
    QVERIFY(!wire.url.toEncoded().contains("SecurityToken"));
}

void TestWireRequest::specialCharactersSurviveQUrl_data()
{
    QTest::addColumn<SignatureVersion>("version");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QByteArray>("encoded");

    const struct
    {
        const char *name;
        QString value;
        QByteArray encoded;
    } cases[] = {
        {"Chinese", u"财务部"_s, "%E8%B4%A2%E5%8A%A1%E9%83%A8"},
        {"space", u"a b"_s, "a%20b"},
        {"star", u"a*b"_s, "a%2Ab"},
        {"tilde", u"a~b"_s, "a~b"},
        {"plus", u"a+b"_s, "a%2Bb"},
        {"slash", u"a/b"_s, "a%2Fb"},
        {"all of them", u"部 a*~+/!'()=&?#%"_s, "%E9%83%A8%20a%2A~%2B%2F%21%27%28%29%3D%26%3F%23%25"},
    };
    for (const auto &c : cases) {
        QTest::addRow("V3 %s", c.name) << SignatureVersion::V3 << c.value << c.encoded;
        QTest::addRow("V1 %s", c.name) << SignatureVersion::V1 << c.value << c.encoded;
    }
}

void TestWireRequest::specialCharactersSurviveQUrl()
{
    QFETCH(SignatureVersion, version);
    QFETCH(QString, value);
    QFETCH(QByteArray, encoded);

    DescribeBackupClientsRequest r;
    r.clusterId = value;
    r.filters = {{u"Hostname"_s, {value}}};
    r.clientIds = {value};
    r.tags = {{value, value}};
    const WireRequest wire = buildDescribeBackupClients(r, context(version, QString::fromLatin1(kV3Nonce)));

    // In the URL, as QUrl and the QNetworkRequest carry it.
    for (const QByteArray &url : {wire.url.toEncoded(), wire.toNetworkRequest().url().toEncoded(),
                                  wire.toNetworkRequest().url().toEncoded(
                                      QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::RemoveFragment)}) {
        QVERIFY2(url.contains(QByteArray("ClusterId=" + encoded + '&')), url.constData());
        QVERIFY2(url.contains(QByteArray("Filters.1.Values.1=" + encoded + '&')), url.constData());
    }
    QCOMPARE(valueOf(parseQuery(wire.url.query(QUrl::FullyEncoded).toUtf8(), false), u"ClusterId"_s), value);

    // In the body.
    const QByteArray jsonEncoded = percentEncode(QString(u"[\""_s + value + u"\"]"_s));
    QVERIFY2(wire.body.contains(QByteArray("ClientIds=" + jsonEncoded)), wire.body.constData());
    QVERIFY2(wire.body.contains(QByteArray("Tag.1.Key=" + encoded + "&Tag.1.Value=" + encoded)),
             wire.body.constData());
    QVERIFY(!wire.body.contains('+'));
    QVERIFY(!wire.body.contains(' '));
    QCOMPARE(valueOf(parseQuery(wire.body, true), u"Tag.1.Value"_s), value);

    // And the signature verifies against what the request carries.
    const QByteArray carriedQuery = wire.toNetworkRequest().url().query(QUrl::FullyEncoded).toUtf8();
    if (version == SignatureVersion::V3) {
        QCOMPARE(recomputeV3Authorization(wire.method, carriedQuery, wire.headers, wire.body, u"testid"_s,
                                          u"testsecret"_s),
                 header(wire.headers, "authorization"));
    } else {
        QString sent;
        QCOMPARE(recomputeV1Signature(wire.method, carriedQuery, wire.body, u"testsecret"_s, &sent), sent);
        QVERIFY(!sent.isEmpty());
    }
}

void TestWireRequest::networkRequestCarriesHeaders()
{
    const WireRequest wire = buildDescribeBackupClients(
        v3GoldenRequest(), context(SignatureVersion::V3, QString::fromLatin1(kV3Nonce)));
    const QNetworkRequest request = wire.toNetworkRequest();
    for (const auto &[name, value] : wire.headers) {
        if (name == "host") {
            // Qt derives Host from the URL; a second one would be a duplicate.
            QVERIFY(!request.hasRawHeader("host"));
            continue;
        }
        QCOMPARE(request.rawHeader(name), value);
    }
    QCOMPARE(request.url().host(QUrl::FullyEncoded).toUtf8(), header(wire.headers, "host"));
}

void TestWireRequest::nonDefaultPortIsInTheSignedHost()
{
    SigningContext ctx = context(SignatureVersion::V3, QString::fromLatin1(kV3Nonce));
    ctx.endpoint = parseEndpointOverride(u"http://127.0.0.1:8080"_s).endpoint.value();
    const WireRequest wire = buildDescribeBackupClients(v3GoldenRequest(), ctx);
    QCOMPARE(header(wire.headers, "host"), QByteArray("127.0.0.1:8080"));
    QCOMPARE(wire.url.toEncoded(),
             QByteArray("http://127.0.0.1:8080/?ClientType=ECS_CLIENT&PageNumber=1&PageSize=99"));
}

void TestWireRequest::parseQuerySplitsAndDecodes()
{
    QCOMPARE(parseQuery(QByteArray(), false), ParamList());
    QCOMPARE(parseQuery("a=1&b=&c&&d=%20+x&e=%E9%83%A8", false), (ParamList{{u"a"_s, u"1"_s},
                                                                            {u"b"_s, QString()},
                                                                            {u"c"_s, QString()},
                                                                            {u"d"_s, u" +x"_s},
                                                                            {u"e"_s, u"部"_s}}));
    QCOMPARE(parseQuery("d=%20+x&k%2Bx=a%3Db", true), (ParamList{{u"d"_s, u"  x"_s}, {u"k+x"_s, u"a=b"_s}}));
}

void TestWireRequest::whatQtSendsVerifies_data()
{
    QTest::addColumn<SignatureVersion>("version");
    QTest::addColumn<QString>("token");
    QTest::newRow("V3") << SignatureVersion::V3 << QString();
    QTest::newRow("V1") << SignatureVersion::V1 << QString();
    QTest::newRow("V3 STS") << SignatureVersion::V3 << u"tok+en/="_s;
    QTest::newRow("V1 STS") << SignatureVersion::V1 << u"tok+en/="_s;
}

void TestWireRequest::whatQtSendsVerifies()
{
    QFETCH(SignatureVersion, version);
    QFETCH(QString, token);
    DescribeBackupClientsRequest r = v1GoldenRequest();
    r.clusterId = u"部 a*~+/!'()"_s;
    const CapturedRequest got = sendOverLoopback(r, context(version, QString::fromLatin1(kV3Nonce), token));
    QCOMPARE(got.method, QByteArray("POST"));
    QVERIFY2(got.target.startsWith("/?"), got.target.constData());
    QVERIFY2(got.target.contains("ClusterId=%E9%83%A8%20a%2A~%2B%2F%21%27%28%29&"), got.target.constData());
    const QByteArray encodedQuery = got.target.mid(2);
    QCOMPARE(header(got.headers, "content-type"), QByteArray("application/x-www-form-urlencoded"));
    QVERIFY(header(got.headers, "host").startsWith("127.0.0.1:"));
    if (version == SignatureVersion::V3) {
        QCOMPARE(recomputeV3Authorization(got.method, encodedQuery, got.headers, got.body, u"testid"_s,
                                          u"testsecret"_s),
                 header(got.headers, "authorization"));
        if (!token.isEmpty())
            QCOMPARE(header(got.headers, "x-acs-security-token"), token.toUtf8());
    } else {
        QString sent;
        QCOMPARE(recomputeV1Signature(got.method, encodedQuery, got.body, u"testsecret"_s, &sent), sent);
        QVERIFY(!sent.isEmpty());
        QCOMPARE(valueOf(parseQuery(encodedQuery, false), u"SecurityToken"_s),
                 token.isEmpty() ? u"<absent>"_s : token);
    }
}

QTEST_GUILESS_MAIN(TestWireRequest)
#include "tst_wirerequest.moc"
