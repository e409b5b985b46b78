// Saved profiles from the command line, as a new user would use them, against the real Secret Service
// (a private gnome-keyring on a private session bus) and the loopback HBR server. After every step, no file
// the application could have touched and no output may contain a secret.
#include "clock.h"
#include "demo/demofleet.h"
#include "demo/loopbackserver.h"
#include "keyringsession.h"

#include <QDirIterator>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QtTest>

using namespace hbr;

namespace {

const QString kKeyId = QStringLiteral("LTAI5tProfileCliKey0001");
const QString kSecret = QStringLiteral("profile-cli-SECRET-7f3a9c");
const QString kStsKeyId = QStringLiteral("STS.NTestProfileCli");
const QString kStsSecret = QStringLiteral("sts-cli-SECRET-b81d44");
const QString kStsToken = QStringLiteral("sts-cli-TOKEN-CAIS7x9q");
const QString kAliyunSecret = QStringLiteral("aliyun-import-SECRET-55e0");

struct Result
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

} // namespace

class TestProfileCli : public QObject
{
    Q_OBJECT

    test::KeyringSession m_keyring;
    SystemClock m_clock;
    demo::LoopbackHbrServer *m_server = nullptr;
    QList<demo::DemoClientRecord> m_fleet;
    QByteArrayList m_outputs; ///< everything every run printed, checked for secrets at the end

    bool run(const QStringList &arguments, Result &result, const QByteArray &input = {},
             QProcessEnvironment env = {})
    {
        QProcess process;
        if (env.isEmpty())
            env = m_keyring.environment();
        for (const QString &name : {QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_ID"),
                                    QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_SECRET"),
                                    QStringLiteral("ALIBABA_CLOUD_SECURITY_TOKEN")})
            env.remove(name);
        process.setProcessEnvironment(env);
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(qEnvironmentVariable("HBR_BROWSER_BINARY"), arguments);
        if (!process.waitForStarted(10000))
            return false;
        process.write(input);
        process.closeWriteChannel();
        if (!finished.wait(60000)) {
            process.kill();
            return false;
        }
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        result.out = process.readAllStandardOutput();
        result.err = process.readAllStandardError();
        m_outputs << result.out << result.err;
        return true;
    }

    QString endpoint() const { return m_server->urlForRegion(QStringLiteral("cn-hangzhou")).toString(); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFileInfo::exists(qEnvironmentVariable("HBR_BROWSER_BINARY")),
                 "HBR_BROWSER_BINARY must be set");
        QVERIFY2(m_keyring.start(), qPrintable(m_keyring.errorString()));
        m_server = new demo::LoopbackHbrServer(&m_clock, this);
        demo::DemoFleetSpec spec;
        spec.seed = 5;
        spec.clientCount = 400;
        spec.regions = {QStringLiteral("cn-hangzhou")};
        spec.nowSeconds = m_clock.nowSeconds();
        m_fleet = demo::generateDemoFleet(spec);
        m_server->setClients(m_fleet);
        m_server->addCredentials(kKeyId, kSecret);
        m_server->addCredentials(kStsKeyId, kStsSecret, kStsToken);
        QVERIFY(m_server->listen({QStringLiteral("cn-hangzhou")}));
    }

    void addListUseAndRemoveAProfile()
    {
        Result r;
        QVERIFY(run({QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("work"),
                     QStringLiteral("--access-key-id"), kKeyId, QStringLiteral("--region"),
                     QStringLiteral("cn-hangzhou"), QStringLiteral("--endpoint"), endpoint()},
                    r, kSecret.toUtf8() + '\n'));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(m_keyring.secretToolSearch().contains(QStringLiteral("work/AccessKeySecret")));

        QVERIFY(run({QStringLiteral("profile"), QStringLiteral("list")}, r));
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("work"));
        QVERIFY(r.out.contains(kKeyId.toUtf8()));

        QVERIFY(run({QStringLiteral("profile"), QStringLiteral("show"), QStringLiteral("work")}, r));
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("AccessKey secret:   set"), r.out.constData());

        QVERIFY(run({QStringLiteral("profile"), QStringLiteral("test"), QStringLiteral("work")}, r));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.startsWith("OK: work"));

        QVERIFY(run({QStringLiteral("list"), QStringLiteral("--profile"), QStringLiteral("work"),
                     QStringLiteral("--format"), QStringLiteral("jsonl")},
                    r));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        QCOMPARE(lines.size(), m_fleet.size());
        QCOMPARE(QJsonDocument::fromJson(lines.first()).object().value(QLatin1String("Profile")).toString(),
                 QStringLiteral("work"));

        QVERIFY(run({QStringLiteral("profile"), QStringLiteral("remove"), QStringLiteral("work")}, r));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(!m_keyring.secretToolSearch().contains(QStringLiteral("work/")));
        QVERIFY(run({QStringLiteral("profile"), QStringLiteral("show"), QStringLiteral("work")}, r));
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("\"work\""));
    }

    void anStsProfileAndSeveralProfilesTogether()
    {
        Result r;
        QVERIFY(run({QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("temp"),
                     QStringLiteral("--access-key-id"), kStsKeyId, QStringLiteral("--sts"),
                     QStringLiteral("--signature-version"), QStringLiteral("v1"),
                     QStringLiteral("--endpoint"), endpoint()},
                    r, kStsSecret.toUtf8() + '\n' + kStsToken.toUtf8() + '\n'));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(run({QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("main"),
                     QStringLiteral("--access-key-id"), kKeyId, QStringLiteral("--endpoint"), endpoint()},
                    r, kSecret.toUtf8() + '\n'));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(run({QStringLiteral("profile"), QStringLiteral("show"), QStringLiteral("temp")}, r));
        QVERIFY(r.out.contains("STS token:          set"));

        // Both profiles reach the same account here: each row carries its profile, and each client appears
        // once per profile.
        QVERIFY(run({QStringLiteral("list"), QStringLiteral("--profile"), QStringLiteral("temp,main"),
                     QStringLiteral("--client-type"), QStringLiteral("ecs"), QStringLiteral("--format"),
                     QStringLiteral("json")},
                    r));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject doc = QJsonDocument::fromJson(r.out).object();
        QSet<QString> profiles;
        for (const QJsonValue &c : doc.value(QLatin1String("Clients")).toArray())
            profiles.insert(c.toObject().value(QLatin1String("Profile")).toString());
        QCOMPARE(profiles, (QSet<QString>{QStringLiteral("temp"), QStringLiteral("main")}));

        // --region and --endpoint beside --profile override the profile's own for the run.
        QVERIFY(run({QStringLiteral("list"), QStringLiteral("--profile"), QStringLiteral("main"),
                     QStringLiteral("--endpoint"), QStringLiteral("http://127.0.0.1:1/")},
                    r));
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("127.0.0.1:1"));

        for (const QString &name : {QStringLiteral("temp"), QStringLiteral("main")}) {
            QVERIFY(run({QStringLiteral("profile"), QStringLiteral("remove"), name}, r));
            QCOMPARE(r.exitCode, 0);
        }
    }

    void importFromTheAliyunCli()
    {
        const QString path = m_keyring.rootPath() + QStringLiteral("/aliyun-config.json");
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        const QJsonObject config = QJsonDocument::fromJson(QStringLiteral(R"({
          "current": "default",
          "profiles": [
            {"name": "default", "mode": "AK", "access_key_id": "LTAIimportAK01", "access_key_secret": "%1",
             "region_id": "cn-shanghai"},
            {"name": "ops-sts", "mode": "StsToken", "access_key_id": "STS.importSts", "access_key_secret": "%1",
             "sts_token": "%1-token", "region_id": "cn-beijing"},
            {"name": "assumer", "mode": "RamRoleArn", "access_key_id": "LTAIx", "access_key_secret": "%1",
             "ram_role_arn": "acs:ram::123:role/x", "ram_session_name": "s"},
            {"name": "on-ecs", "mode": "EcsRamRole", "ram_role_name": "role"}
          ],
          "meta_path": ""})")
                                                               .arg(kAliyunSecret)
                                                               .toUtf8())
                                       .object();
        QVERIFY(!config.isEmpty());
        file.write(QJsonDocument(config).toJson());
        file.close();

        Result r;
        QVERIFY(run({QStringLiteral("profile"), QStringLiteral("import-aliyun"), QStringLiteral("--config"),
                     path, QStringLiteral("--all")},
                    r));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.contains("\"default\""));
        QVERIFY(r.out.contains("\"ops-sts\""));
        QVERIFY2(r.err.contains("assumer") && r.err.contains("RamRoleArn"), r.err.constData());
        QVERIFY(r.err.contains("on-ecs") && r.err.contains("EcsRamRole"));
        QVERIFY(run({QStringLiteral("profile"), QStringLiteral("list")}, r));
        QVERIFY(r.out.contains("default") && r.out.contains("ops-sts") && !r.out.contains("assumer"));
        QVERIFY(run({QStringLiteral("profile"), QStringLiteral("show"), QStringLiteral("default")}, r));
        QVERIFY(r.out.contains("cn-shanghai"));

        // Again: the names are taken now, and nothing is overwritten.
        QVERIFY(run({QStringLiteral("profile"), QStringLiteral("import-aliyun"), QStringLiteral("--config"),
                     path, QStringLiteral("--name"), QStringLiteral("default")},
                    r));
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("default"));

        // A malformed file is a clear error.
        QFile broken(path);
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("{\"profiles\": [ {\"name\": ");
        broken.close();
        QVERIFY(run(
            {QStringLiteral("profile"), QStringLiteral("import-aliyun"), QStringLiteral("--config"), path},
            r));
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(path.toUtf8()));

        for (const QString &name : {QStringLiteral("default"), QStringLiteral("ops-sts")}) {
            QVERIFY(run({QStringLiteral("profile"), QStringLiteral("remove"), name}, r));
            QCOMPARE(r.exitCode, 0);
        }
    }

    void unknownProfilesAreNamed()
    {
        Result r;
        for (const QStringList &args :
             {QStringList{QStringLiteral("list"), QStringLiteral("--profile"), QStringLiteral("nosuch")},
              QStringList{QStringLiteral("profile"), QStringLiteral("show"), QStringLiteral("nosuch")},
              QStringList{QStringLiteral("profile"), QStringLiteral("remove"), QStringLiteral("nosuch")},
              QStringList{QStringLiteral("profile"), QStringLiteral("test"), QStringLiteral("nosuch")}}) {
            QVERIFY(run(args, r));
            QCOMPARE(r.exitCode, 2);
            QVERIFY2(r.err.contains("\"nosuch\""), r.err.constData());
        }
    }

    void aLockedKeyringAndAMissingSecretServiceAreExplained()
    {
        Result r;
        QVERIFY(run({QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("locked"),
                     QStringLiteral("--access-key-id"), kKeyId, QStringLiteral("--endpoint"), endpoint()},
                    r, kSecret.toUtf8() + '\n'));
        QCOMPARE(r.exitCode, 0);
        QVERIFY(m_keyring.lock());
        QVERIFY(run({QStringLiteral("list"), QStringLiteral("--profile"), QStringLiteral("locked")}, r));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("locked"), r.err.constData());
        QVERIFY(run({QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("other"),
                     QStringLiteral("--access-key-id"), kKeyId},
                    r, kSecret.toUtf8() + '\n'));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("locked") || r.err.contains("denied"), r.err.constData());
        QVERIFY(m_keyring.unlock());
        QVERIFY(run({QStringLiteral("profile"), QStringLiteral("list")}, r));
        QVERIFY2(!r.out.contains("other"), "a failed save must leave no profile behind");
        QVERIFY(run({QStringLiteral("profile"), QStringLiteral("remove"), QStringLiteral("locked")}, r));
        QCOMPARE(r.exitCode, 0);

        const QProcessEnvironment bare = m_keyring.noSecretServiceEnvironment();
        QVERIFY2(!bare.isEmpty(), qPrintable(m_keyring.errorString()));
        QVERIFY(run({QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("nokeyring"),
                     QStringLiteral("--access-key-id"), kKeyId},
                    r, kSecret.toUtf8() + '\n', bare));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("keychain") || r.err.contains("Secret Service"), r.err.constData());
        QVERIFY(run({QStringLiteral("profile"), QStringLiteral("list")}, r, {}, bare));
        QVERIFY(!r.out.contains("nokeyring"));
    }

    void cleanupTestCase()
    {
        // No secret in any output of any run, nor in any file under HOME and the XDG folders.
        const QList<QByteArray> secrets = {kSecret.toUtf8(), kStsSecret.toUtf8(), kStsToken.toUtf8(),
                                           kAliyunSecret.toUtf8()};
        for (const QByteArray &output : std::as_const(m_outputs))
            for (const QByteArray &secret : secrets)
                QVERIFY2(!output.contains(secret), output.constData());
        QDirIterator it(m_keyring.rootPath(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        int files = 0;
        while (it.hasNext()) {
            const QString path = it.next();
            if (path.endsWith(QLatin1String("aliyun-config.json")))
                continue; // the aliyun CLI's own plaintext file, written by this test
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly))
                continue;
            ++files;
            const QByteArray content = f.readAll();
            for (const QByteArray &secret : secrets)
                QVERIFY2(!content.contains(secret), qPrintable(path));
        }
        QVERIFY(files > 0); // the settings and the keyring are there
    }
};

QTEST_GUILESS_MAIN(TestProfileCli)
#include "tst_profilecli.moc"
