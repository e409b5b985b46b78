#include "credentials/profile.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace hbr::credentials;

namespace {

Profile valid()
{
    Profile p;
    p.name = u"prod"_s;
    p.accessKeyId = u"LTAI5tExampleKeyId"_s;
    return p;
}

} // namespace

class TestProfile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void effectiveRegions();
    void endpoints();
    void refusedOverride();
    void names_data();
    void names();
    void problems_data();
    void problems();
    void kindAndModeNames();
};

void TestProfile::effectiveRegions()
{
    Profile p = valid();
    QCOMPARE(p.effectiveRegions(), QStringList{u"cn-hangzhou"_s});
    p.regions = {u"cn-shanghai"_s, u"ap-southeast-1"_s};
    QCOMPARE(p.effectiveRegions(), p.regions);
}

void TestProfile::endpoints()
{
    Profile p = valid();
    QString error;
    auto e = p.endpointFor(u"cn-shanghai"_s, &error);
    QVERIFY(e);
    QCOMPARE(e->baseUrl.toString(), u"https://hbr.cn-shanghai.aliyuncs.com/"_s);

    p.endpointMode = EndpointMode::Vpc;
    e = p.endpointFor(u"cn-shanghai"_s, &error);
    QVERIFY(e);
    QCOMPARE(e->baseUrl.toString(), u"https://hbr-vpc.cn-shanghai.aliyuncs.com/"_s);

    p.endpointMode = EndpointMode::Override;
    p.endpointOverride = u"http://127.0.0.1:8080"_s;
    e = p.endpointFor(u"cn-shanghai"_s, &error);
    QVERIFY2(e, qPrintable(error));
    QCOMPARE(e->baseUrl.host(), u"127.0.0.1"_s);
    QCOMPARE(e->baseUrl.port(), 8080);
}

void TestProfile::refusedOverride()
{
    Profile p = valid();
    p.endpointMode = EndpointMode::Override;
    p.endpointOverride = u"http://example.com"_s; // plain HTTP only for a loopback host
    QString error;
    QVERIFY(!p.endpointFor(u"cn-hangzhou"_s, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(profileProblem(p), error);
    QVERIFY(!p.endpointFor(u"cn-hangzhou"_s, nullptr)); // no error pointer: no crash
}

void TestProfile::names_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("ok");
    QTest::newRow("simple") << u"prod"_s << true;
    QTest::newRow("punctuation") << u"team-a_prod.v2@example"_s << true;
    QTest::newRow("chinese") << u"生产环境"_s << true;
    QTest::newRow("outside the BMP") << u"𝐀dev"_s << true;
    QTest::newRow("64 characters") << QString(64, u'a') << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("65 characters") << QString(65, u'a') << false;
    QTest::newRow("slash") << u"a/b"_s << false;
    QTest::newRow("backslash") << u"a\\b"_s << false;
    QTest::newRow("space") << u"a b"_s << false;
    QTest::newRow("tab") << u"a\tb"_s << false;
    QTest::newRow("newline") << u"a\nb"_s << false;
    QTest::newRow("quote") << u"a\"b"_s << false;
    QTest::newRow("percent") << u"a%2Fb"_s << false;
    QTest::newRow("emoji") << u"a😀"_s << false;
    QTest::newRow("lone surrogate") << (u"a"_s + QChar(0xD800)) << false;
}

void TestProfile::names()
{
    QFETCH(QString, name);
    QFETCH(bool, ok);
    const QString problem = profileNameProblem(name);
    QCOMPARE(problem.isEmpty(), ok);
    if (!ok)
        QVERIFY2(problem.endsWith(u'.'), qPrintable(problem));
}

void TestProfile::problems_data()
{
    QTest::addColumn<Profile>("profile");
    QTest::addColumn<QString>("expected"); // a fragment of the sentence; empty: no problem

    QTest::newRow("valid") << valid() << QString();
    Profile p = valid();
    p.name = u"a/b"_s;
    QTest::newRow("bad name") << p << u"profile name"_s;
    p = valid();
    p.accessKeyId.clear();
    QTest::newRow("no key id") << p << u"AccessKey ID is empty"_s;
    p = valid();
    p.accessKeyId = u"LTAI x"_s;
    QTest::newRow("key id with space") << p << u"AccessKey ID contains"_s;
    p = valid();
    p.accessKeyId = u"LTAIx\n"_s;
    QTest::newRow("key id with newline") << p << u"AccessKey ID contains"_s;
    p = valid();
    p.regions = {u"cn-hangzhou"_s, u"Shanghai"_s};
    QTest::newRow("bad region") << p << u"\"Shanghai\" is not a region ID"_s;
    p = valid();
    p.regions = {u"cn-hangzhou"_s, u"cn-hangzhou"_s};
    QTest::newRow("duplicate region") << p << u"twice"_s;
    p = valid();
    p.endpointMode = EndpointMode::Override;
    QTest::newRow("empty override") << p << u"empty"_s;
    p = valid();
    p.endpointOverride = u"http://example.com"_s; // ignored unless the mode is Override
    QTest::newRow("override text unused") << p << QString();
    p = valid();
    p.crossAccountType = u"SELF_ACCOUNT"_s;
    QTest::newRow("self account") << p << QString();
    p = valid();
    p.crossAccountType = u"cross_account"_s;
    QTest::newRow("bad cross-account type") << p << u"SELF_ACCOUNT or CROSS_ACCOUNT"_s;
    p = valid();
    p.crossAccountType = u"CROSS_ACCOUNT"_s;
    p.crossAccountUserId = u"1234567890123456"_s;
    p.crossAccountRoleName = u"hbr-reader"_s;
    QTest::newRow("cross account") << p << QString();
    p.crossAccountUserId = u"12345x"_s;
    QTest::newRow("user id not digits") << p << u"numeric"_s;
    p.crossAccountUserId.clear();
    QTest::newRow("cross account without user") << p << u"needs the account's user ID"_s;
}

void TestProfile::problems()
{
    QFETCH(Profile, profile);
    QFETCH(QString, expected);
    const QString problem = profileProblem(profile);
    if (expected.isEmpty()) {
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    } else {
        QVERIFY2(problem.contains(expected), qPrintable(problem));
    }
}

void TestProfile::kindAndModeNames()
{
    QCOMPARE(credentialKindName(CredentialKind::AccessKey), u"AccessKey"_s);
    QCOMPARE(credentialKindName(CredentialKind::StsToken), u"StsToken"_s);
    QCOMPARE(endpointModeName(EndpointMode::Public), u"public"_s);
    QCOMPARE(endpointModeName(EndpointMode::Vpc), u"vpc"_s);
    QCOMPARE(endpointModeName(EndpointMode::Override), u"override"_s);
    QCOMPARE(credentialKindFromName(u"ststoken"_s), CredentialKind::StsToken);
    QCOMPARE(endpointModeFromName(u"VPC"_s), EndpointMode::Vpc);
    QVERIFY(!credentialKindFromName(u"RamRoleArn"_s));
    QVERIFY(!endpointModeFromName(QString()));
}

QTEST_GUILESS_MAIN(TestProfile)
#include "tst_profile.moc"
