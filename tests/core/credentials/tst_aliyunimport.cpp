#include "credentials/aliyunimport.h"
#include "credentials/profilestore.h"
#include "testsupport.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace hbr::credentials;

namespace {

QStringList importedNames(const AliyunImportPlan &plan)
{
    QStringList names;
    for (const AliyunImportItem &item : plan.importable)
        names.append(item.profile.name);
    return names;
}

const AliyunSkipped *skippedNamed(const AliyunImportPlan &plan, const QString &name)
{
    for (const AliyunSkipped &s : plan.skipped) {
        if (s.name == name)
            return &s;
    }
    return nullptr;
}

} // namespace

class TestAliyunImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void parsesEveryProfile();
    void allImportsOnlyAkAndStsToken();
    void everyOtherModeIsExplained_data();
    void everyOtherModeIsExplained();
    void incompleteAndTakenAreSkipped();
    void defaultIsTheCurrentProfile();
    void namedProfiles();
    void malformedJson();
    void notAnAliyunConfig_data();
    void notAnAliyunConfig();
    void emptyProfiles();
    void reasonsNeverContainSecrets();
    void defaultPathIsInHome();

private:
    AliyunConfig everyMode();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ProfileStore> m_store;
};

void TestAliyunImport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<QSettings>(m_dir->filePath(u"profiles.ini"_s), QSettings::IniFormat);
    m_store = std::make_unique<ProfileStore>(m_settings.get());
    Profile taken;
    taken.name = u"taken"_s;
    taken.accessKeyId = u"LTAIexisting"_s;
    QVERIFY(m_store->save(taken));
}

void TestAliyunImport::cleanup()
{
    m_store.reset();
    m_settings.reset();
    m_dir.reset();
}

AliyunConfig TestAliyunImport::everyMode()
{
    QString error;
    const auto config =
        parseAliyunConfig(hbr::test::readTestData(u"aliyun/config-every-mode.json"_s), &error);
    if (!config)
        qFatal("sample config does not parse: %s", qPrintable(error));
    return *config;
}

void TestAliyunImport::parsesEveryProfile()
{
    const AliyunConfig config = everyMode();
    QCOMPARE(config.current, u"ak-main"_s);
    QCOMPARE(config.profiles.size(), 20);
    const AliyunProfile &first = config.profiles.first();
    QCOMPARE(first.name, u"ak-main"_s);
    QCOMPARE(first.mode, u"AK"_s);
    QCOMPARE(first.accessKeyId, u"LTAIsampleAkMain"_s);
    QCOMPARE(first.accessKeySecret, u"HBRTEST-SECRET-aliyun-ak-main"_s);
    QCOMPARE(first.regionId, u"cn-shanghai"_s);
    QCOMPARE(config.profiles.at(2).stsToken, u"HBRTEST-TOKEN-aliyun-sts"_s);
}

void TestAliyunImport::allImportsOnlyAkAndStsToken()
{
    const AliyunImportPlan plan = planAliyunImport(everyMode(), {}, true, *m_store);
    QCOMPARE(importedNames(plan), (QStringList{u"ak-main"_s, u"ak-lowercase-mode"_s, u"sts"_s}));
    QCOMPARE(plan.importable.size() + plan.skipped.size(), 20);

    const AliyunImportItem &ak = plan.importable.at(0);
    QCOMPARE(ak.profile.kind, CredentialKind::AccessKey);
    QCOMPARE(ak.profile.accessKeyId, u"LTAIsampleAkMain"_s);
    QCOMPARE(ak.profile.regions, QStringList{u"cn-shanghai"_s});
    QVERIFY(ak.secret == u"HBRTEST-SECRET-aliyun-ak-main"_s);
    QVERIFY(ak.securityToken.isEmpty());
    QVERIFY(profileProblem(ak.profile).isEmpty());

    // A region the CLI would not accept is dropped, not fatal.
    QVERIFY(plan.importable.at(1).profile.regions.isEmpty());

    const AliyunImportItem &sts = plan.importable.at(2);
    QCOMPARE(sts.profile.kind, CredentialKind::StsToken);
    QCOMPARE(sts.profile.regions, QStringList{u"ap-southeast-1"_s});
    QVERIFY(sts.securityToken == u"HBRTEST-TOKEN-aliyun-sts"_s);
}

void TestAliyunImport::everyOtherModeIsExplained_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QString>("why");
    QTest::newRow("RamRoleArn") << u"role"_s << u"RamRoleArn"_s << u"AssumeRole"_s;
    QTest::newRow("EcsRamRole") << u"ecs"_s << u"EcsRamRole"_s << u"ECS instance"_s;
    QTest::newRow("ChainableRamRoleArn") << u"chain"_s << u"ChainableRamRoleArn"_s << u"another profile"_s;
    QTest::newRow("External") << u"external"_s << u"External"_s << u"external command"_s;
    QTest::newRow("CredentialsURI") << u"uri"_s << u"CredentialsURI"_s << u"URL"_s;
    QTest::newRow("OIDC") << u"oidc"_s << u"OIDC"_s << u"OIDC token"_s;
    QTest::newRow("CloudSSO") << u"sso"_s << u"CloudSSO"_s << u"sign-in"_s;
    QTest::newRow("OAuth") << u"oauth"_s << u"OAuth"_s << u"sign-in"_s;
    QTest::newRow("BearerToken") << u"bearer"_s << u"BearerToken"_s << u"bearer token"_s;
    QTest::newRow("Anonymous") << u"anonymous"_s << u"Anonymous"_s << u"no keys"_s;
    QTest::newRow("RsaKeyPair") << u"rsa"_s << u"RsaKeyPair"_s << u"deprecated"_s;
    QTest::newRow("RamRoleArnWithRoleName")
        << u"role-by-name"_s << u"RamRoleArnWithRoleName"_s << u"AssumeRole"_s;
    QTest::newRow("unknown") << u"future"_s << u"QuantumKeys"_s << u"not known"_s;
}

void TestAliyunImport::everyOtherModeIsExplained()
{
    QFETCH(QString, name);
    QFETCH(QString, mode);
    QFETCH(QString, why);
    const AliyunImportPlan plan = planAliyunImport(everyMode(), {}, true, *m_store);
    const AliyunSkipped *skipped = skippedNamed(plan, name);
    QVERIFY2(skipped, qPrintable(name));
    QCOMPARE(skipped->mode, mode);
    QVERIFY2(skipped->reason.contains(why), qPrintable(skipped->reason));
    if (name != u"future"_s)
        QVERIFY2(skipped->reason.contains(u"not supported yet"_s), qPrintable(skipped->reason));
    QVERIFY(skipped->reason.endsWith(u'.'));
    QVERIFY(!importedNames(plan).contains(name));
}

void TestAliyunImport::incompleteAndTakenAreSkipped()
{
    const AliyunImportPlan plan = planAliyunImport(everyMode(), {}, true, *m_store);
    const AliyunSkipped *incomplete = skippedNamed(plan, u"ak-incomplete"_s);
    QVERIFY(incomplete);
    QVERIFY2(incomplete->reason.contains(u"incomplete"_s), qPrintable(incomplete->reason));
    const AliyunSkipped *noToken = skippedNamed(plan, u"sts-no-token"_s);
    QVERIFY(noToken);
    QVERIFY2(noToken->reason.contains(u"sts_token"_s), qPrintable(noToken->reason));
    const AliyunSkipped *taken = skippedNamed(plan, u"taken"_s);
    QVERIFY(taken);
    QVERIFY2(taken->reason.contains(u"already exists"_s) && taken->reason.contains(u"not overwritten"_s),
             qPrintable(taken->reason));
    QCOMPARE(m_store->profile(u"taken"_s)->accessKeyId, u"LTAIexisting"_s);
    const AliyunSkipped *badName = skippedNamed(plan, u"bad name/with slash"_s);
    QVERIFY(badName);
    QVERIFY2(badName->reason.contains(u"name"_s), qPrintable(badName->reason));
}

void TestAliyunImport::defaultIsTheCurrentProfile()
{
    const AliyunImportPlan plan = planAliyunImport(everyMode(), {}, false, *m_store);
    QCOMPARE(importedNames(plan), QStringList{u"ak-main"_s});
    QVERIFY(plan.skipped.isEmpty());

    AliyunConfig unsupportedCurrent = everyMode();
    unsupportedCurrent.current = u"ecs"_s;
    const AliyunImportPlan ecs = planAliyunImport(unsupportedCurrent, {}, false, *m_store);
    QVERIFY(ecs.importable.isEmpty());
    QCOMPARE(ecs.skipped.size(), 1);
    QCOMPARE(ecs.skipped.first().name, u"ecs"_s);
}

void TestAliyunImport::namedProfiles()
{
    const AliyunImportPlan plan =
        planAliyunImport(everyMode(), {u"sts"_s, u"missing"_s, u"role"_s, u"sts"_s}, false, *m_store);
    QCOMPARE(importedNames(plan), QStringList{u"sts"_s});
    QCOMPARE(plan.skipped.size(), 2);
    const AliyunSkipped *missing = skippedNamed(plan, u"missing"_s);
    QVERIFY(missing);
    QVERIFY2(missing->reason.contains(u"no profile named \"missing\""_s), qPrintable(missing->reason));
    QVERIFY(skippedNamed(plan, u"role"_s));

    // Names win over --all.
    const AliyunImportPlan both = planAliyunImport(everyMode(), {u"ak-main"_s}, true, *m_store);
    QCOMPARE(importedNames(both), QStringList{u"ak-main"_s});
}

void TestAliyunImport::malformedJson()
{
    QString error;
    const auto config = parseAliyunConfig(hbr::test::readTestData(u"aliyun/config-malformed.json"_s), &error);
    QVERIFY(!config);
    QVERIFY2(error.contains(u"not valid JSON"_s), qPrintable(error));
    QVERIFY2(error.contains(u"line 6"_s), qPrintable(error));
    QVERIFY2(!error.contains(u"HBRTEST"_s), qPrintable(error));
}

void TestAliyunImport::notAnAliyunConfig_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    QTest::newRow("array") << QByteArray("[1, 2]") << u"not a JSON object"_s;
    QTest::newRow("no profiles") << QByteArray(R"({"current": "x"})") << u"no \"profiles\" list"_s;
    QTest::newRow("profiles not a list") << QByteArray(R"({"profiles": {}})") << u"no \"profiles\" list"_s;
    QTest::newRow("empty file") << QByteArray() << u"not valid JSON"_s;
}

void TestAliyunImport::notAnAliyunConfig()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    QString error;
    QVERIFY(!parseAliyunConfig(json, &error));
    QVERIFY2(error.contains(expected), qPrintable(error));
    QVERIFY(error.endsWith(u'.'));
}

void TestAliyunImport::emptyProfiles()
{
    QString error;
    const auto config =
        parseAliyunConfig(hbr::test::readTestData(u"aliyun/config-empty-profiles.json"_s), &error);
    QVERIFY2(config, qPrintable(error));
    QVERIFY(config->profiles.isEmpty());
    const AliyunImportPlan current = planAliyunImport(*config, {}, false, *m_store);
    QVERIFY(current.importable.isEmpty());
    QCOMPARE(current.skipped.size(), 1);
    QVERIFY2(current.skipped.first().reason.contains(u"no current profile"_s),
             qPrintable(current.skipped.first().reason));
    const AliyunImportPlan all = planAliyunImport(*config, {}, true, *m_store);
    QVERIFY(all.importable.isEmpty() && all.skipped.isEmpty());
}

void TestAliyunImport::reasonsNeverContainSecrets()
{
    const AliyunImportPlan plan = planAliyunImport(everyMode(), {}, true, *m_store);
    for (const AliyunSkipped &s : plan.skipped)
        QVERIFY2(!s.reason.contains(u"HBRTEST"_s), qPrintable(s.name));
}

void TestAliyunImport::defaultPathIsInHome()
{
    QVERIFY(defaultAliyunConfigPath().endsWith(u"/.aliyun/config.json"_s));
    QVERIFY(defaultAliyunConfigPath().startsWith(QDir::homePath()));
}

QTEST_GUILESS_MAIN(TestAliyunImport)
#include "tst_aliyunimport.moc"
