#include "api/describerequest.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace hbr::api;

Q_DECLARE_METATYPE(hbr::api::ParamList)
Q_DECLARE_METATYPE(std::optional<hbr::api::ClientType>)

namespace {

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

} // namespace

class TestDescribeRequest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void clientTypeNames();
    void parseClientTypes_data();
    void parseClientTypes();
    void minimalRequestSendsOnlyRequiredQuery();
    void emptyOptionalFieldsAreNotSent();
    void everyQueryParameter();
    void filtersFlattening();
    void tagFlatteningUpToTwenty();
    void bodyHoldsJsonArraysAndTags();
    void jsonArrayStringIsCompactJson_data();
    void jsonArrayStringIsCompactJson();
    void formEncoding_data();
    void formEncoding();
};

void TestDescribeRequest::clientTypeNames()
{
    QCOMPARE(clientTypeName(ClientType::Ecs), u"ECS_CLIENT"_s);
    QCOMPARE(clientTypeName(ClientType::Container), u"CONTAINER_CLIENT"_s);
    QCOMPARE(clientTypeName(ClientType::Local), u"LOCAL_CLIENT"_s);
    QCOMPARE(allClientTypes(),
             (QList<ClientType>{ClientType::Ecs, ClientType::Container, ClientType::Local}));
    for (ClientType t : allClientTypes())
        QCOMPARE(parseClientType(clientTypeName(t)), std::optional<ClientType>(t));
}

void TestDescribeRequest::parseClientTypes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<std::optional<ClientType>>("expected");

    const std::optional<ClientType> ecs = ClientType::Ecs;
    const std::optional<ClientType> container = ClientType::Container;
    const std::optional<ClientType> local = ClientType::Local;
    const std::optional<ClientType> none;

    QTest::newRow("ECS_CLIENT") << u"ECS_CLIENT"_s << ecs;
    QTest::newRow("ecs_client") << u"ecs_client"_s << ecs;
    QTest::newRow("ecs") << u"ecs"_s << ecs;
    QTest::newRow("ECS") << u"ECS"_s << ecs;
    QTest::newRow(" ecs ") << u" ecs "_s << ecs;
    QTest::newRow("CONTAINER_CLIENT") << u"CONTAINER_CLIENT"_s << container;
    QTest::newRow("Container") << u"Container"_s << container;
    QTest::newRow("LOCAL_CLIENT") << u"LOCAL_CLIENT"_s << local;
    QTest::newRow("local") << u"local"_s << local;
    QTest::newRow("Local") << u"Local"_s << local;
    QTest::newRow("empty") << QString() << none;
    QTest::newRow("junk") << u"junk"_s << none;
    QTest::newRow("all is not one type") << u"all"_s << none;
    QTest::newRow("prefix") << u"ec"_s << none;
    QTest::newRow("suffix junk") << u"ecs_clientx"_s << none;
    QTest::newRow("underscore only") << u"_CLIENT"_s << none;
}

void TestDescribeRequest::parseClientTypes()
{
    QFETCH(QString, text);
    QFETCH(std::optional<ClientType>, expected);
    QCOMPARE(hbr::api::parseClientType(text), expected);
}

void TestDescribeRequest::minimalRequestSendsOnlyRequiredQuery()
{
    DescribeBackupClientsRequest r;
    QCOMPARE(
        r.queryParams(),
        (ParamList{{u"ClientType"_s, u"ECS_CLIENT"_s}, {u"PageNumber"_s, u"1"_s}, {u"PageSize"_s, u"99"_s}}));
    QVERIFY(r.bodyParams().isEmpty());
    QCOMPARE(formEncode(r.bodyParams()), QByteArray());
}

void TestDescribeRequest::emptyOptionalFieldsAreNotSent()
{
    DescribeBackupClientsRequest r;
    r.clientType = ClientType::Local;
    r.pageNumber = 3;
    r.pageSize = 10;
    r.clusterId = QString();
    r.crossAccountType = u""_s;
    r.crossAccountUserId = QString();
    r.crossAccountRoleName = u""_s;
    r.clientIds = {};
    r.instanceIds = {};
    QCOMPARE(names(r.queryParams()), (QStringList{u"ClientType"_s, u"PageNumber"_s, u"PageSize"_s}));
    QCOMPARE(valueOf(r.queryParams(), u"ClientType"_s), u"LOCAL_CLIENT"_s);
    QCOMPARE(valueOf(r.queryParams(), u"PageNumber"_s), u"3"_s);
    QCOMPARE(valueOf(r.queryParams(), u"PageSize"_s), u"10"_s);
    QVERIFY(r.bodyParams().isEmpty());
}

void TestDescribeRequest::everyQueryParameter()
{
    DescribeBackupClientsRequest r;
    r.clientType = ClientType::Container;
    r.clusterId = u"cl-0001"_s;
    r.crossAccountType = u"CROSS_ACCOUNT"_s;
    r.crossAccountUserId = u"1234567890"_s;
    r.crossAccountRoleName = u"hbrrole"_s;
    r.filters = {{u"Status"_s, {u"ACTIVATED"_s}}};
    r.clientIds = {u"c-1"_s};
    r.instanceIds = {u"i-1"_s};
    r.tags = {{u"env"_s, u"prod"_s}};

    const ParamList q = r.queryParams();
    QCOMPARE(q, (ParamList{{u"ClientType"_s, u"CONTAINER_CLIENT"_s},
                           {u"ClusterId"_s, u"cl-0001"_s},
                           {u"CrossAccountRoleName"_s, u"hbrrole"_s},
                           {u"CrossAccountType"_s, u"CROSS_ACCOUNT"_s},
                           {u"CrossAccountUserId"_s, u"1234567890"_s},
                           {u"Filters.1.Key"_s, u"Status"_s},
                           {u"Filters.1.Values.1"_s, u"ACTIVATED"_s},
                           {u"PageNumber"_s, u"1"_s},
                           {u"PageSize"_s, u"99"_s}}));
    // The body carries the rest, and nothing goes to both places.
    const ParamList b = r.bodyParams();
    QCOMPARE(names(b), (QStringList{u"ClientIds"_s, u"InstanceIds"_s, u"Tag.1.Key"_s, u"Tag.1.Value"_s}));
    for (const QString &name : names(q))
        QVERIFY2(!names(b).contains(name), qPrintable(name));
}

void TestDescribeRequest::filtersFlattening()
{
    DescribeBackupClientsRequest r;
    r.filters = {
        {u"Status"_s, {u"ACTIVATED"_s, u"UNKNOWN"_s}},
        {u"ClientVersion"_s, {u"2.4.5"_s}},
        {u"NoValues"_s, {}},
    };
    const ParamList q = r.queryParams();
    const ParamList filters(q.begin() + 1, q.end() - 2); // between ClientType and PageNumber
    QCOMPARE(filters, (ParamList{{u"Filters.1.Key"_s, u"Status"_s},
                                 {u"Filters.1.Values.1"_s, u"ACTIVATED"_s},
                                 {u"Filters.1.Values.2"_s, u"UNKNOWN"_s},
                                 {u"Filters.2.Key"_s, u"ClientVersion"_s},
                                 {u"Filters.2.Values.1"_s, u"2.4.5"_s},
                                 {u"Filters.3.Key"_s, u"NoValues"_s}}));
    QVERIFY(r.bodyParams().isEmpty());
}

void TestDescribeRequest::tagFlatteningUpToTwenty()
{
    DescribeBackupClientsRequest r;
    for (int i = 1; i <= 20; ++i)
        r.tags.append({u"key%1"_s.arg(i), u"value %1"_s.arg(i)});
    const ParamList b = r.bodyParams();
    QCOMPARE(b.size(), 40);
    for (int i = 1; i <= 20; ++i) {
        QCOMPARE(b.at(2 * (i - 1)), std::pair(u"Tag.%1.Key"_s.arg(i), u"key%1"_s.arg(i)));
        QCOMPARE(b.at(2 * (i - 1) + 1), std::pair(u"Tag.%1.Value"_s.arg(i), u"value %1"_s.arg(i)));
    }
    // Tags never go to the query.
    QCOMPARE(names(r.queryParams()), (QStringList{u"ClientType"_s, u"PageNumber"_s, u"PageSize"_s}));
    // Chinese text is kept as text here; encoding is the wire's job.
    r.tags = {{u"部门"_s, u"财务部"_s}};
    QCOMPARE(r.bodyParams(), (ParamList{{u"Tag.1.Key"_s, u"部门"_s}, {u"Tag.1.Value"_s, u"财务部"_s}}));
    QCOMPARE(formEncode(r.bodyParams()),
             QByteArray("Tag.1.Key=%E9%83%A8%E9%97%A8&Tag.1.Value=%E8%B4%A2%E5%8A%A1%E9%83%A8"));
}

void TestDescribeRequest::bodyHoldsJsonArraysAndTags()
{
    DescribeBackupClientsRequest r;
    r.clientIds = {u"c-000abc"_s, u"c-000def"_s};
    r.instanceIds = {u"i-1"_s};
    r.tags = {{u"env"_s, u"prod"_s}};
    QCOMPARE(r.bodyParams(), (ParamList{{u"ClientIds"_s, u"[\"c-000abc\",\"c-000def\"]"_s},
                                        {u"InstanceIds"_s, u"[\"i-1\"]"_s},
                                        {u"Tag.1.Key"_s, u"env"_s},
                                        {u"Tag.1.Value"_s, u"prod"_s}}));

    DescribeBackupClientsRequest golden;
    golden.clientIds = {u"c-000abc"_s};
    golden.tags = {{u"env"_s, u"prod"_s}};
    // The body of the HBR-shaped V3 golden vector.
    QCOMPARE(formEncode(golden.bodyParams()),
             QByteArray("ClientIds=%5B%22c-000abc%22%5D&Tag.1.Key=env&Tag.1.Value=prod"));
}

void TestDescribeRequest::jsonArrayStringIsCompactJson_data()
{
    QTest::addColumn<QStringList>("ids");
    QTest::addColumn<QString>("expected");
    QTest::newRow("one") << QStringList{u"c-1"_s} << u"[\"c-1\"]"_s;
    QTest::newRow("two, no spaces") << QStringList{u"a"_s, u"b"_s} << u"[\"a\",\"b\"]"_s;
    QTest::newRow("quote and backslash escaped") << QStringList{u"a\"b\\c"_s} << u"[\"a\\\"b\\\\c\"]"_s;
    QTest::newRow("UTF-8 kept, slash not escaped") << QStringList{u"部门/x"_s} << u"[\"部门/x\"]"_s;
}

void TestDescribeRequest::jsonArrayStringIsCompactJson()
{
    QFETCH(QStringList, ids);
    QFETCH(QString, expected);
    DescribeBackupClientsRequest r;
    r.instanceIds = ids;
    QCOMPARE(r.bodyParams(), (ParamList{{u"InstanceIds"_s, expected}}));
}

void TestDescribeRequest::formEncoding_data()
{
    QTest::addColumn<ParamList>("params");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("empty") << ParamList{} << QByteArray();
    QTest::newRow("order kept") << ParamList{{u"b"_s, u"1"_s}, {u"a"_s, u"2"_s}} << QByteArray("b=1&a=2");
    QTest::newRow("special characters")
        << ParamList{{u"k"_s, u"a b*c~d+e/f&g=h"_s}} << QByteArray("k=a%20b%2Ac~d%2Be%2Ff%26g%3Dh");
    QTest::newRow("empty value") << ParamList{{u"Tag.1.Value"_s, QString()}} << QByteArray("Tag.1.Value=");
}

void TestDescribeRequest::formEncoding()
{
    QFETCH(ParamList, params);
    QFETCH(QByteArray, expected);
    QCOMPARE(hbr::api::formEncode(params), expected);
}

QTEST_GUILESS_MAIN(TestDescribeRequest)
#include "tst_describerequest.moc"
