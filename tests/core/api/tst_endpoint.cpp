#include "api/endpoint.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace hbr::api;

class TestEndpoint : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void knownRegionsArePublicHttpsEndpoints();
    void knownRegionsMatchTheSdkMap();
    void vpcEndpoints();
    void regionOutsideTheMapFollowsTheRule();
    void plausibleRegionIds_data();
    void plausibleRegionIds();
    void hostHeader_data();
    void hostHeader();
    void loopbackHosts_data();
    void loopbackHosts();
    void overrideAccepted_data();
    void overrideAccepted();
    void overrideRefused_data();
    void overrideRefused();
    void refusalNeverEchoesAPassword();
};

void TestEndpoint::knownRegionsArePublicHttpsEndpoints()
{
    QVERIFY(!knownRegions().isEmpty());
    for (const QString &region : knownRegions()) {
        const Endpoint e = regionalEndpoint(region, EndpointNetwork::Public);
        QVERIFY2(e.isValid(), qPrintable(region));
        QCOMPARE(e.baseUrl.toString(), u"https://hbr."_s + region + u".aliyuncs.com/"_s);
        QCOMPARE(e.baseUrl.toEncoded(), (u"https://hbr."_s + region + u".aliyuncs.com/"_s).toUtf8());
        QCOMPARE(e.hostHeader(), (u"hbr."_s + region + u".aliyuncs.com"_s).toUtf8());
        QCOMPARE(e.key(), u"https://hbr."_s + region + u".aliyuncs.com"_s);
        QVERIFY2(isPlausibleRegionId(region), qPrintable(region));
    }
}

void TestEndpoint::knownRegionsMatchTheSdkMap()
{
    // hbr-20170908 client constructor (api-facts.md 1c).
    const QStringList expected = {
        u"cn-qingdao"_s,
        u"cn-beijing"_s,
        u"cn-zhangjiakou"_s,
        u"cn-huhehaote"_s,
        u"cn-wulanchabu"_s,
        u"cn-hangzhou"_s,
        u"cn-shanghai"_s,
        u"cn-shenzhen"_s,
        u"cn-heyuan"_s,
        u"cn-guangzhou"_s,
        u"cn-chengdu"_s,
        u"cn-hongkong"_s,
        u"cn-zhongwei"_s,
        u"ap-northeast-1"_s,
        u"ap-northeast-2"_s,
        u"ap-southeast-1"_s,
        u"ap-southeast-3"_s,
        u"ap-southeast-5"_s,
        u"ap-southeast-6"_s,
        u"ap-southeast-7"_s,
        u"ap-southeast-8"_s,
        u"us-east-1"_s,
        u"us-west-1"_s,
        u"us-southeast-1"_s,
        u"na-south-1"_s,
        u"eu-central-1"_s,
        u"eu-west-1"_s,
        u"me-central-1"_s,
        u"me-east-1"_s,
        u"cn-shanghai-finance-1"_s,
        u"cn-beijing-finance-1"_s,
        u"cn-shenzhen-finance-1"_s,
        u"cn-hangzhou-finance"_s,
    };
    QStringList actual = knownRegions();
    QStringList sortedExpected = expected;
    actual.sort();
    sortedExpected.sort();
    QCOMPARE(actual, sortedExpected);
}

void TestEndpoint::vpcEndpoints()
{
    for (const QString &region : knownRegions()) {
        const Endpoint e = regionalEndpoint(region, EndpointNetwork::Vpc);
        QCOMPARE(e.baseUrl.toString(), u"https://hbr-vpc."_s + region + u".aliyuncs.com/"_s);
        QCOMPARE(e.hostHeader(), (u"hbr-vpc."_s + region + u".aliyuncs.com"_s).toUtf8());
    }
}

void TestEndpoint::regionOutsideTheMapFollowsTheRule()
{
    QCOMPARE(regionalEndpoint(u"cn-nanjing"_s, EndpointNetwork::Public).baseUrl.toString(),
             u"https://hbr.cn-nanjing.aliyuncs.com/"_s);
    QCOMPARE(regionalEndpoint(u"cn-nanjing"_s, EndpointNetwork::Vpc).baseUrl.toString(),
             u"https://hbr-vpc.cn-nanjing.aliyuncs.com/"_s);
}

void TestEndpoint::plausibleRegionIds_data()
{
    QTest::addColumn<QString>("region");
    QTest::addColumn<bool>("plausible");
    QTest::newRow("cn-hangzhou") << u"cn-hangzhou"_s << true;
    QTest::newRow("ap-southeast-1") << u"ap-southeast-1"_s << true;
    QTest::newRow("cn-shanghai-finance-1") << u"cn-shanghai-finance-1"_s << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("no dash") << u"cnhangzhou"_s << false;
    QTest::newRow("upper case") << u"CN-hangzhou"_s << false;
    QTest::newRow("dot") << u"cn-hangzhou.evil.com"_s << false;
    QTest::newRow("slash") << u"cn-hangzhou/"_s << false;
    QTest::newRow("space") << u"cn hangzhou"_s << false;
    QTest::newRow("trailing dash") << u"cn-"_s << false;
}

void TestEndpoint::plausibleRegionIds()
{
    QFETCH(QString, region);
    QFETCH(bool, plausible);
    QCOMPARE(isPlausibleRegionId(region), plausible);
}

void TestEndpoint::hostHeader_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QByteArray>("host");
    QTest::addColumn<QString>("key");
    QTest::newRow("https default port")
        << u"https://hbr.cn-hangzhou.aliyuncs.com/"_s << QByteArray("hbr.cn-hangzhou.aliyuncs.com")
        << u"https://hbr.cn-hangzhou.aliyuncs.com"_s;
    QTest::newRow("https explicit 443")
        << u"https://example.com:443/"_s << QByteArray("example.com") << u"https://example.com"_s;
    QTest::newRow("https other port")
        << u"https://example.com:8443/"_s << QByteArray("example.com:8443") << u"https://example.com:8443"_s;
    QTest::newRow("http default port")
        << u"http://127.0.0.1:80/"_s << QByteArray("127.0.0.1") << u"http://127.0.0.1"_s;
    QTest::newRow("http other port") << u"http://127.0.0.1:8080/"_s << QByteArray("127.0.0.1:8080")
                                     << u"http://127.0.0.1:8080"_s;
    QTest::newRow("http 443 is not default")
        << u"http://localhost:443/"_s << QByteArray("localhost:443") << u"http://localhost:443"_s;
    QTest::newRow("IPv6 with port") << u"http://[::1]:9/"_s << QByteArray("[::1]:9") << u"http://[::1]:9"_s;
    QTest::newRow("IPv6 without port") << u"http://[::1]/"_s << QByteArray("[::1]") << u"http://[::1]"_s;
}

void TestEndpoint::hostHeader()
{
    QFETCH(QString, url);
    QFETCH(QByteArray, host);
    QFETCH(QString, key);
    const Endpoint e{QUrl(url), {}};
    QVERIFY(e.isValid());
    QCOMPARE(e.hostHeader(), host);
    QCOMPARE(e.key(), key);
}

void TestEndpoint::loopbackHosts_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("loopback");
    QTest::newRow("localhost") << u"localhost"_s << true;
    QTest::newRow("LocalHost") << u"LocalHost"_s << true;
    QTest::newRow("127.0.0.1") << u"127.0.0.1"_s << true;
    QTest::newRow("127.1.2.3") << u"127.1.2.3"_s << true;
    QTest::newRow("::1") << u"::1"_s << true;
    QTest::newRow("10.0.0.1") << u"10.0.0.1"_s << false;
    QTest::newRow("0.0.0.0") << u"0.0.0.0"_s << false;
    QTest::newRow("example.com") << u"example.com"_s << false;
    QTest::newRow("localhost.example.com") << u"localhost.example.com"_s << false;
    QTest::newRow("127.0.0.1.nip.io") << u"127.0.0.1.nip.io"_s << false;
    QTest::newRow("empty") << QString() << false;
}

void TestEndpoint::loopbackHosts()
{
    QFETCH(QString, host);
    QFETCH(bool, loopback);
    QCOMPARE(isLoopbackHost(host), loopback);
}

void TestEndpoint::overrideAccepted_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("baseUrl");
    QTest::addColumn<QByteArray>("host");

    QTest::newRow("https") << u"https://hbr.cn-hangzhou.aliyuncs.com"_s
                           << u"https://hbr.cn-hangzhou.aliyuncs.com/"_s
                           << QByteArray("hbr.cn-hangzhou.aliyuncs.com");
    QTest::newRow("https with slash")
        << u"https://hbr.cn-hangzhou.aliyuncs.com/"_s << u"https://hbr.cn-hangzhou.aliyuncs.com/"_s
        << QByteArray("hbr.cn-hangzhou.aliyuncs.com");
    QTest::newRow("https with port") << u"https://example.com:8443"_s << u"https://example.com:8443/"_s
                                     << QByteArray("example.com:8443");
    QTest::newRow("bare host is https")
        << u"hbr-vpc.cn-beijing.aliyuncs.com"_s << u"https://hbr-vpc.cn-beijing.aliyuncs.com/"_s
        << QByteArray("hbr-vpc.cn-beijing.aliyuncs.com");
    QTest::newRow("bare host with port")
        << u"example.com:8443"_s << u"https://example.com:8443/"_s << QByteArray("example.com:8443");
    QTest::newRow("surrounding spaces")
        << u"  https://example.com  "_s << u"https://example.com/"_s << QByteArray("example.com");
    QTest::newRow("upper-case scheme and host")
        << u"HTTPS://Example.COM"_s << u"https://example.com/"_s << QByteArray("example.com");
    QTest::newRow("http 127.0.0.1:8080")
        << u"http://127.0.0.1:8080"_s << u"http://127.0.0.1:8080/"_s << QByteArray("127.0.0.1:8080");
    QTest::newRow("http localhost") << u"http://localhost"_s << u"http://localhost/"_s
                                    << QByteArray("localhost");
    QTest::newRow("http [::1]:9") << u"http://[::1]:9"_s << u"http://[::1]:9/"_s << QByteArray("[::1]:9");
    QTest::newRow("http 127.0.0.2") << u"http://127.0.0.2:1/"_s << u"http://127.0.0.2:1/"_s
                                    << QByteArray("127.0.0.2:1");
}

void TestEndpoint::overrideAccepted()
{
    QFETCH(QString, text);
    QFETCH(QString, baseUrl);
    QFETCH(QByteArray, host);
    const EndpointOverride o = parseEndpointOverride(text);
    QVERIFY2(o.endpoint.has_value(), qPrintable(o.error));
    QVERIFY(o.error.isEmpty());
    QVERIFY(o.endpoint->isValid());
    QCOMPARE(o.endpoint->baseUrl.toString(), baseUrl);
    QCOMPARE(o.endpoint->baseUrl.path(), u"/"_s);
    QCOMPARE(o.endpoint->hostHeader(), host);
}

void TestEndpoint::overrideRefused_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("mentions");

    QTest::newRow("empty") << QString() << u"empty"_s;
    QTest::newRow("blank") << u"   "_s << u"empty"_s;
    QTest::newRow("plain http to a public host") << u"http://example.com"_s << u"http://"_s;
    QTest::newRow("plain http to a private address") << u"http://10.0.0.1"_s << u"http://"_s;
    QTest::newRow("plain http to an aliyun endpoint")
        << u"http://hbr.cn-hangzhou.aliyuncs.com"_s << u"https://"_s;
    QTest::newRow("plain http to localhost lookalike")
        << u"http://localhost.example.com:80"_s << u"loopback"_s;
    QTest::newRow("ftp") << u"ftp://example.com"_s << u"https://"_s;
    QTest::newRow("file") << u"file:///etc/passwd"_s << u"https://"_s;
    QTest::newRow("path") << u"https://example.com/api"_s << u"path"_s;
    QTest::newRow("bare host with path") << u"example.com/api"_s << u"path"_s;
    QTest::newRow("query") << u"https://example.com/?x=1"_s << u"query"_s;
    QTest::newRow("query without slash") << u"https://example.com?x=1"_s << u"query"_s;
    QTest::newRow("fragment") << u"https://example.com#x"_s << u"path"_s;
    QTest::newRow("user info") << u"https://user@example.com"_s << u"user name"_s;
    QTest::newRow("user and password") << u"https://user:pw@example.com"_s << u"password"_s;
    QTest::newRow("loopback with user info") << u"http://user@127.0.0.1:8080"_s << u"user name"_s;
    QTest::newRow("bad port") << u"https://example.com:99999"_s << u"not a valid URL"_s;
    QTest::newRow("no host") << u"https://"_s << u"no host"_s;
}

void TestEndpoint::overrideRefused()
{
    QFETCH(QString, text);
    QFETCH(QString, mentions);
    const EndpointOverride o = parseEndpointOverride(text);
    QVERIFY2(!o.endpoint.has_value(), qPrintable(o.endpoint ? o.endpoint->baseUrl.toString() : QString()));
    QVERIFY(!o.error.isEmpty());
    QVERIFY2(o.error.contains(mentions, Qt::CaseInsensitive), qPrintable(o.error));
    QVERIFY2(o.error.endsWith(u'.'), qPrintable(o.error)); // a sentence
}

void TestEndpoint::refusalNeverEchoesAPassword()
{
    const EndpointOverride o = parseEndpointOverride(u"https://user:s3cr3tpw@example.com"_s);
    QVERIFY(!o.endpoint);
    QVERIFY2(!o.error.contains(u"s3cr3tpw"_s), qPrintable(o.error));
    const EndpointOverride path = parseEndpointOverride(u"https://user:s3cr3tpw@example.com/x"_s);
    QVERIFY(!path.endpoint);
    QVERIFY2(!path.error.contains(u"s3cr3tpw"_s), qPrintable(path.error));
    const EndpointOverride plain = parseEndpointOverride(u"http://user:s3cr3tpw@example.com"_s);
    QVERIFY(!plain.endpoint);
    QVERIFY2(!plain.error.contains(u"s3cr3tpw"_s), qPrintable(plain.error));
    QVERIFY2(plain.error.contains(u"http://example.com"_s), qPrintable(plain.error));
    const EndpointOverride scheme = parseEndpointOverride(u"ftp://user:s3cr3tpw@example.com"_s);
    QVERIFY(!scheme.endpoint);
    QVERIFY2(!scheme.error.contains(u"s3cr3tpw"_s), qPrintable(scheme.error));
    const EndpointOverride bad = parseEndpointOverride(u"https://user:s3cr3tpw@example.com:99999"_s);
    QVERIFY(!bad.endpoint);
    QVERIFY2(!bad.error.contains(u"s3cr3tpw"_s), qPrintable(bad.error));
    // An '@' in a path is not user info; the text is shown as given.
    const EndpointOverride atInPath = parseEndpointOverride(u"https://example.com/a@b"_s);
    QVERIFY(!atInPath.endpoint);
    QVERIFY2(atInPath.error.contains(u"https://example.com/a@b"_s), qPrintable(atInPath.error));
}

QTEST_GUILESS_MAIN(TestEndpoint)
#include "tst_endpoint.moc"
