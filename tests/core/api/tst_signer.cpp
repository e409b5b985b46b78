// The signer is pinned by the published vectors of api-facts.md section 1d, bit for bit.
#include "api/signer.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace hbr::api;

using HeaderList = QList<std::pair<QByteArray, QByteArray>>;

Q_DECLARE_METATYPE(hbr::api::ParamList)
Q_DECLARE_METATYPE(HeaderList)

namespace {

const QByteArray kEmptyHash = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

ParamList ecsDocExample(const QString &timestampName)
{
    return {
        {u"AccessKeyId"_s, u"testid"_s},
        {u"Action"_s, u"DescribeRegions"_s},
        {u"Format"_s, u"XML"_s},
        {u"SignatureMethod"_s, u"HMAC-SHA1"_s},
        {u"SignatureNonce"_s, u"3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf"_s},
        {u"SignatureVersion"_s, u"1.0"_s},
        {timestampName, u"2016-02-23T12:46:24Z"_s},
        {u"Version"_s, u"2014-05-26"_s},
    };
}

ParamList hbrV1Golden()
{
    // Deliberately not in sorted order: the signer sorts.
    return {
        {u"Version"_s, u"2017-09-08"_s},
        {u"AccessKeyId"_s, u"testid"_s},
        {u"Action"_s, u"DescribeBackupClients"_s},
        {u"ClientType"_s, u"ECS_CLIENT"_s},
        {u"Filters.1.Key"_s, u"Status"_s},
        {u"Filters.1.Values.1"_s, u"ACTIVATED"_s},
        {u"Format"_s, u"json"_s},
        {u"PageNumber"_s, u"1"_s},
        {u"PageSize"_s, u"99"_s},
        {u"SignatureMethod"_s, u"HMAC-SHA1"_s},
        {u"SignatureNonce"_s, u"9b7a2c7e-1f7e-4a55-9d51-2f3c4f1b7d10"_s},
        {u"SignatureVersion"_s, u"1.0"_s},
        {u"Timestamp"_s, u"2025-01-02T03:04:05Z"_s},
        {u"ClientIds"_s, u"[\"c-000abc\",\"c-000def\"]"_s},
        {u"Tag.1.Key"_s, u"部门"_s},
        {u"Tag.1.Value"_s, u"财务部"_s},
    };
}

v3::Input runInstancesDocExample()
{
    v3::Input in;
    in.method = "POST";
    in.canonicalUri = "/";
    in.query = {{u"ImageId"_s, u"win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd"_s},
                {u"RegionId"_s, u"cn-shanghai"_s}};
    in.headers = {
        {"host", "ecs.cn-shanghai.aliyuncs.com"},
        {"x-acs-action", "RunInstances"},
        {"x-acs-version", "2014-05-26"},
        {"x-acs-date", "2023-10-26T10:22:32Z"},
        {"x-acs-signature-nonce", "3156853299f313e23d1673dc12e1703d"},
        {"x-acs-content-sha256", kEmptyHash},
    };
    in.payloadHash = kEmptyHash;
    return in;
}

const QByteArray kHbrBody = "ClientIds=%5B%22c-000abc%22%5D&Tag.1.Key=env&Tag.1.Value=prod";
const QByteArray kHbrBodyHash = "0fa1bd2563bd1152e991555877859b05d08eeb692744b72e4d923d8c22b9dc68";

v3::Input hbrV3Golden()
{
    v3::Input in;
    in.method = "POST";
    in.canonicalUri = "/";
    in.query = {{u"PageSize"_s, u"99"_s}, {u"ClientType"_s, u"ECS_CLIENT"_s}, {u"PageNumber"_s, u"1"_s}};
    in.headers = {
        {"x-acs-signature-nonce", "0123456789abcdef0123456789abcdef"},
        {"content-type", "application/x-www-form-urlencoded"},
        {"host", "hbr.cn-hangzhou.aliyuncs.com"},
        {"x-acs-action", "DescribeBackupClients"},
        {"x-acs-version", "2017-09-08"},
        {"x-acs-date", "2025-01-02T03:04:05Z"},
        {"x-acs-content-sha256", kHbrBodyHash},
    };
    in.payloadHash = kHbrBodyHash;
    return in;
}

} // namespace

class TestSigner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void v1Signature_data();
    void v1Signature();
    void v1StringToSignLayout();
    void v1CanonicalizedQueryEncodesAndSorts();
    void v1SignatureIsOrderIndependent();

    void v3HashPayload_data();
    void v3HashPayload();
    void v3DocExample();
    void v3SdkUnitTestWithQueryAndDuplicateHeader();
    void v3SdkUnitTestWithoutQueryOrHeaders();
    void v3HbrGolden();
    void v3OnlyHostContentTypeAndAcsHeadersAreSigned();
    void v3HeaderValuesAreTrimmed();
    void v3QueryValuesArePercentEncoded();
    void v3AuthorizationLayout();
};

void TestSigner::v1Signature_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<ParamList>("params");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QString>("expected");

    QTest::newRow("ECS doc example") << QByteArray("GET") << ecsDocExample(u"Timestamp"_s) << u"testsecret"_s
                                     << u"OLeaidS1JvxuMvnyHOwuJ+uX5qY="_s;
    QTest::newRow("ECS doc example spelled TimeStamp")
        << QByteArray("GET") << ecsDocExample(u"TimeStamp"_s) << u"testsecret"_s
        << u"CT9X0VtwR86fNWSnsc6v8YGOjuE="_s;
    QTest::newRow("openapi-util unit test") << QByteArray("") << ParamList{{u"test"_s, u"ok"_s}}
                                            << u"accessKeySecret"_s << u"jHx/oHoHNrbVfhncHEvPdHXZwHU="_s;
    QTest::newRow("Java ClientTest") << QByteArray("GET")
                                     << ParamList{{u"query"_s, u"test"_s}, {u"body"_s, u"test"_s}}
                                     << u"secret"_s << u"XlUyV4sXjOuX5FnjUz9IF9tm5rU="_s;
    QTest::newRow("HBR golden vector")
        << QByteArray("POST") << hbrV1Golden() << u"testsecret"_s << u"rXEncQ1eyeVLO4nXHpRNiqtQ1v0="_s;
}

void TestSigner::v1Signature()
{
    QFETCH(QByteArray, method);
    QFETCH(ParamList, params);
    QFETCH(QString, secret);
    QFETCH(QString, expected);

    QCOMPARE(v1::signature(method, params, secret), expected);

    // The signature is exactly Base64(HMAC-SHA1(secret + "&", stringToSign)).
    const QByteArray mac = QMessageAuthenticationCode::hash(v1::stringToSign(method, params),
                                                            secret.toUtf8() + '&', QCryptographicHash::Sha1);
    QCOMPARE(QString::fromLatin1(mac.toBase64()), expected);
}

void TestSigner::v1StringToSignLayout()
{
    const ParamList params = ecsDocExample(u"Timestamp"_s);
    // The ECS documentation prints this string to sign.
    const QByteArray expected =
        "GET&%2F&AccessKeyId%3Dtestid%26Action%3DDescribeRegions%26Format%3DXML%26SignatureMethod%3DHMAC-SHA1"
        "%26SignatureNonce%3D3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf%26SignatureVersion%3D1.0"
        "%26Timestamp%3D2016-02-23T12%253A46%253A24Z%26Version%3D2014-05-26";
    QCOMPARE(v1::stringToSign("GET", params), expected);
    QCOMPARE(v1::canonicalizedQuery(params),
             QByteArray("AccessKeyId=testid&Action=DescribeRegions&Format=XML&SignatureMethod=HMAC-SHA1"
                        "&SignatureNonce=3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf&SignatureVersion=1.0"
                        "&Timestamp=2016-02-23T12%3A46%3A24Z&Version=2014-05-26"));
}

void TestSigner::v1CanonicalizedQueryEncodesAndSorts()
{
    const ParamList params = {
        {u"b"_s, u"a b*c~d+e/f"_s},
        {u"Tag.1.Key"_s, u"部门"_s},
        {u"a"_s, u"!'()"_s},
        {u"B"_s, QString()},
    };
    // Sorted by UTF-16 code units (upper case before lower case), encodeURIComponent plus !'()*.
    QCOMPARE(v1::canonicalizedQuery(params),
             QByteArray("B=&Tag.1.Key=%E9%83%A8%E9%97%A8&a=%21%27%28%29&b=a%20b%2Ac~d%2Be%2Ff"));
}

void TestSigner::v1SignatureIsOrderIndependent()
{
    ParamList reversed = hbrV1Golden();
    std::reverse(reversed.begin(), reversed.end());
    QCOMPARE(v1::signature("POST", reversed, u"testsecret"_s), u"rXEncQ1eyeVLO4nXHpRNiqtQ1v0="_s);
    // ...but the method is part of what is signed.
    QVERIFY(v1::signature("GET", reversed, u"testsecret"_s) != u"rXEncQ1eyeVLO4nXHpRNiqtQ1v0="_s);
}

void TestSigner::v3HashPayload_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("empty") << QByteArray() << kEmptyHash;
    QTest::newRow("HBR golden body") << kHbrBody << kHbrBodyHash;
}

void TestSigner::v3HashPayload()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, expected);
    QCOMPARE(v3::hashPayload(body), expected);
}

void TestSigner::v3DocExample()
{
    const v3::Result r = v3::sign(runInstancesDocExample(), u"YourAccessKeySecret"_s);
    QCOMPARE(
        r.canonicalRequest,
        QByteArray("POST\n/\n"
                   "ImageId=win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd&RegionId=cn-shanghai\n"
                   "host:ecs.cn-shanghai.aliyuncs.com\n"
                   "x-acs-action:RunInstances\n"
                   "x-acs-content-sha256:" +
                   kEmptyHash +
                   "\n"
                   "x-acs-date:2023-10-26T10:22:32Z\n"
                   "x-acs-signature-nonce:3156853299f313e23d1673dc12e1703d\n"
                   "x-acs-version:2014-05-26\n\n"
                   "host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version\n" +
                   kEmptyHash));
    QCOMPARE(r.hashedCanonicalRequest,
             QByteArray("7ea06492da5221eba5297e897ce16e55f964061054b7695beedaac1145b1e259"));
    QCOMPARE(
        r.stringToSign,
        QByteArray("ACS3-HMAC-SHA256\n7ea06492da5221eba5297e897ce16e55f964061054b7695beedaac1145b1e259"));
    QCOMPARE(r.signature, QByteArray("06563a9e1b43f5dfe96b81484da74bceab24a1d853912eee15083a6f0f3283c0"));
    QCOMPARE(
        v3::authorization(u"YourAccessKeyId"_s, r),
        QByteArray("ACS3-HMAC-SHA256 Credential=YourAccessKeyId,"
                   "SignedHeaders=host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;"
                   "x-acs-version,"
                   "Signature=06563a9e1b43f5dfe96b81484da74bceab24a1d853912eee15083a6f0f3283c0"));
}

void TestSigner::v3SdkUnitTestWithQueryAndDuplicateHeader()
{
    v3::Input in;
    in.method = "undefined"; // the JS test passes no method; `undefined` is stringified into the request
    in.canonicalUri = "";
    in.query = {{u"test"_s, u"ok"_s}, {u"empty"_s, QString()}};
    in.headers = {{"x-acs-TEST", "https"}, {"x-acs-test", "http"}};
    in.payloadHash = "55e12e91650d2fec56ec74e1d3e4ddbfce2ef3a65890c2a19ecf88a307e76a23";
    const v3::Result r = v3::sign(in, u"secret"_s);
    QCOMPARE(
        r.canonicalRequest,
        QByteArray("undefined\n\nempty=&test=ok\nx-acs-test:http,https\n\nx-acs-test\n" + in.payloadHash));
    QCOMPARE(r.signedHeaders, QByteArray("x-acs-test"));
    QCOMPARE(v3::authorization(u"acesskey"_s, r),
             QByteArray("ACS3-HMAC-SHA256 Credential=acesskey,SignedHeaders=x-acs-test,"
                        "Signature=0f2d549523cf082c83bb8135b5863614f7fe16ca7c2c7fc537e74d67374eeeac"));
}

void TestSigner::v3SdkUnitTestWithoutQueryOrHeaders()
{
    v3::Input in;
    in.method = "undefined";
    in.canonicalUri = "";
    in.payloadHash = "55e12e91650d2fec56ec74e1d3e4ddbfce2ef3a65890c2a19ecf88a307e76a23";
    const v3::Result r = v3::sign(in, u"secret"_s);
    QCOMPARE(r.canonicalRequest, QByteArray("undefined\n\n\n\n\n" + in.payloadHash));
    QCOMPARE(r.signedHeaders, QByteArray());
    QCOMPARE(v3::authorization(u"acesskey"_s, r),
             QByteArray("ACS3-HMAC-SHA256 Credential=acesskey,SignedHeaders=,"
                        "Signature=608b887e491f3e88e85276b188a4d24e29230a559464685ccbf2dcc458e1fde8"));
}

void TestSigner::v3HbrGolden()
{
    const v3::Result r = v3::sign(hbrV3Golden(), u"testsecret"_s);
    QCOMPARE(r.canonicalRequest, QByteArray("POST\n/\nClientType=ECS_CLIENT&PageNumber=1&PageSize=99\n"
                                            "content-type:application/x-www-form-urlencoded\n"
                                            "host:hbr.cn-hangzhou.aliyuncs.com\n"
                                            "x-acs-action:DescribeBackupClients\n"
                                            "x-acs-content-sha256:" +
                                            kHbrBodyHash +
                                            "\n"
                                            "x-acs-date:2025-01-02T03:04:05Z\n"
                                            "x-acs-signature-nonce:0123456789abcdef0123456789abcdef\n"
                                            "x-acs-version:2017-09-08\n\n"
                                            "content-type;host;x-acs-action;x-acs-content-sha256;x-acs-date;"
                                            "x-acs-signature-nonce;x-acs-version\n" +
                                            kHbrBodyHash));
    QCOMPARE(r.hashedCanonicalRequest,
             QByteArray("2c968aeabd33c043590e5361fd8212db990d7af59b83afbdd93754db1f292dba"));
    QCOMPARE(r.signature, QByteArray("5e94b92aa763631edb26769b3efcd62ca0fd6dcc22f1e8865d4d0428576fdff4"));
    QCOMPARE(v3::authorization(u"testid"_s, r),
             QByteArray("ACS3-HMAC-SHA256 Credential=testid,SignedHeaders=content-type;host;x-acs-action;"
                        "x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version,"
                        "Signature=5e94b92aa763631edb26769b3efcd62ca0fd6dcc22f1e8865d4d0428576fdff4"));
}

void TestSigner::v3OnlyHostContentTypeAndAcsHeadersAreSigned()
{
    v3::Input in = hbrV3Golden();
    const v3::Result reference = v3::sign(in, u"testsecret"_s);
    // Headers outside the signed set change nothing.
    in.headers.emplaceBack("accept", "application/json");
    in.headers.emplaceBack("user-agent", "hbr-browser/0.1.0");
    in.headers.emplaceBack("authorization", "whatever");
    in.headers.emplaceBack("x-acs", "not the prefix");
    const v3::Result withExtras = v3::sign(in, u"testsecret"_s);
    QCOMPARE(withExtras.signedHeaders, reference.signedHeaders);
    QCOMPARE(withExtras.signature, reference.signature);

    // Upper-case names are signed as lower case.
    v3::Input upper = hbrV3Golden();
    for (auto &header : upper.headers)
        header.first = header.first.toUpper();
    QCOMPARE(v3::sign(upper, u"testsecret"_s).signature, reference.signature);

    // An x-acs-* header is signed (the STS token header, for example).
    v3::Input sts = hbrV3Golden();
    sts.headers.emplaceBack("x-acs-security-token", "token");
    const v3::Result signedSts = v3::sign(sts, u"testsecret"_s);
    QVERIFY(signedSts.signedHeaders.contains(";x-acs-security-token;"));
    QVERIFY(signedSts.signature != reference.signature);
}

void TestSigner::v3HeaderValuesAreTrimmed()
{
    v3::Input in = hbrV3Golden();
    for (auto &header : in.headers)
        header.second = "  " + header.second + " \t";
    QCOMPARE(v3::sign(in, u"testsecret"_s).signature,
             QByteArray("5e94b92aa763631edb26769b3efcd62ca0fd6dcc22f1e8865d4d0428576fdff4"));
}

void TestSigner::v3QueryValuesArePercentEncoded()
{
    v3::Input in;
    in.method = "POST";
    in.canonicalUri = "/";
    in.query = {{u"b"_s, u"a b*c~d+e/f!'()"_s}, {u"a"_s, u"部门"_s}, {u"C"_s, u"x"_s}};
    in.payloadHash = kEmptyHash;
    const v3::Result r = v3::sign(in, u"s"_s);
    QVERIFY(r.canonicalRequest.startsWith(
        "POST\n/\nC=x&a=%E9%83%A8%E9%97%A8&b=a%20b%2Ac~d%2Be%2Ff%21%27%28%29\n"));
}

void TestSigner::v3AuthorizationLayout()
{
    v3::Result r;
    r.signedHeaders = "host;x-acs-date";
    r.signature = "abc";
    QCOMPARE(v3::authorization(u"STS.id"_s, r),
             QByteArray("ACS3-HMAC-SHA256 Credential=STS.id,SignedHeaders=host;x-acs-date,Signature=abc"));
    // The signature is the lower-case hex HMAC-SHA256 of the string to sign.
    const v3::Result golden = v3::sign(hbrV3Golden(), u"testsecret"_s);
    QCOMPARE(golden.signature, QMessageAuthenticationCode::hash(golden.stringToSign, QByteArray("testsecret"),
                                                                QCryptographicHash::Sha256)
                                   .toHex());
    QCOMPARE(golden.signature, golden.signature.toLower());
}

QTEST_GUILESS_MAIN(TestSigner)
#include "tst_signer.moc"
