#include "credentials/profilestore.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace hbr::credentials;

class TestProfileStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void emptyStore();
    void roundTripEveryField();
    void roundTripsThroughAFreshSettingsObject();
    void namesAreSortedAndEscaped();
    void saveReplaces();
    void removeAndLastUsed();
    void fileHoldsNoSecret();
    void unwritableFileFails();

private:
    QString path() const { return m_dir->filePath(u"profiles.ini"_s); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
};

namespace {

Profile full()
{
    Profile p;
    p.name = u"prod@team.a"_s;
    p.accessKeyId = u"STS.LTAIfull"_s;
    p.kind = CredentialKind::StsToken;
    p.regions = {u"cn-shanghai"_s, u"ap-southeast-1"_s};
    p.endpointMode = EndpointMode::Override;
    p.endpointOverride = u"http://127.0.0.1:9000"_s;
    p.signatureVersion = hbr::api::SignatureVersion::V1;
    p.crossAccountType = u"CROSS_ACCOUNT"_s;
    p.crossAccountUserId = u"1234567890"_s;
    p.crossAccountRoleName = u"hbr-reader"_s;
    return p;
}

} // namespace

void TestProfileStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<QSettings>(path(), QSettings::IniFormat);
}

void TestProfileStore::cleanup()
{
    m_settings.reset();
    m_dir.reset();
}

void TestProfileStore::emptyStore()
{
    ProfileStore store(m_settings.get());
    QVERIFY(store.names().isEmpty());
    QVERIFY(!store.contains(u"x"_s));
    QVERIFY(!store.contains(QString()));
    QVERIFY(!store.profile(u"x"_s));
    QVERIFY(store.lastUsed().isEmpty());
    QVERIFY(store.remove(u"x"_s));
    QCOMPARE(store.location(), path());
}

void TestProfileStore::roundTripEveryField()
{
    ProfileStore store(m_settings.get());
    const Profile p = full();
    QVERIFY(store.save(p));
    QVERIFY(store.contains(p.name));
    const auto back = store.profile(p.name);
    QVERIFY(back);
    QCOMPARE(*back, p);

    Profile minimal;
    minimal.name = u"min"_s;
    minimal.accessKeyId = u"LTAImin"_s;
    QVERIFY(store.save(minimal));
    QCOMPARE(*store.profile(u"min"_s), minimal);

    Profile oneRegion = minimal;
    oneRegion.name = u"one"_s;
    oneRegion.regions = {u"cn-beijing"_s};
    QVERIFY(store.save(oneRegion));
    QCOMPARE(*store.profile(u"one"_s), oneRegion);
}

void TestProfileStore::roundTripsThroughAFreshSettingsObject()
{
    {
        ProfileStore store(m_settings.get());
        QVERIFY(store.save(full()));
        store.setLastUsed(full().name);
    }
    m_settings.reset();
    QSettings fresh(path(), QSettings::IniFormat);
    ProfileStore store(&fresh);
    QCOMPARE(store.names(), QStringList{full().name});
    QCOMPARE(*store.profile(full().name), full());
    QCOMPARE(store.lastUsed(), full().name);
}

void TestProfileStore::namesAreSortedAndEscaped()
{
    ProfileStore store(m_settings.get());
    const QStringList names = {u"zeta"_s, u"Alpha"_s, u"beta"_s, u"生产"_s, u"a.b@c"_s, u"alpha"_s};
    for (const QString &name : names) {
        Profile p;
        p.name = name;
        p.accessKeyId = u"LTAI"_s + QString::number(name.size());
        QVERIFY(store.save(p));
    }
    QCOMPARE(store.names(),
             (QStringList{u"a.b@c"_s, u"Alpha"_s, u"alpha"_s, u"beta"_s, u"zeta"_s, u"生产"_s}));
    for (const QString &name : names)
        QCOMPARE(store.profile(name)->name, name);
    // Case matters: "Alpha" and "alpha" are two profiles.
    QVERIFY(store.remove(u"Alpha"_s));
    QVERIFY(store.contains(u"alpha"_s));
    QVERIFY(!store.contains(u"Alpha"_s));
    // A name that was never validated still cannot reach another group.
    Profile sneaky;
    sneaky.name = u"../escape/x"_s;
    sneaky.accessKeyId = u"LTAIsneaky"_s;
    QVERIFY(store.save(sneaky));
    QVERIFY(store.names().contains(sneaky.name));
    QCOMPARE(m_settings->childGroups(), (QStringList{u"profiles"_s}));
}

void TestProfileStore::saveReplaces()
{
    ProfileStore store(m_settings.get());
    QVERIFY(store.save(full()));
    Profile changed;
    changed.name = full().name;
    changed.accessKeyId = u"LTAIchanged"_s;
    QVERIFY(store.save(changed));
    QCOMPARE(*store.profile(changed.name), changed); // no field of the old profile survives
    QCOMPARE(store.names().size(), 1);
}

void TestProfileStore::removeAndLastUsed()
{
    ProfileStore store(m_settings.get());
    QVERIFY(store.save(full()));
    store.setLastUsed(full().name);
    QCOMPARE(store.lastUsed(), full().name);
    QVERIFY(store.remove(full().name));
    QVERIFY(!store.contains(full().name));
    QVERIFY(store.lastUsed().isEmpty());
    store.setLastUsed(u"other"_s);
    store.setLastUsed(QString());
    QVERIFY(store.lastUsed().isEmpty());
}

void TestProfileStore::fileHoldsNoSecret()
{
    ProfileStore store(m_settings.get());
    QVERIFY(store.save(full()));
    m_settings->sync();
    QFile file(path());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray content = file.readAll();
    QVERIFY(content.contains("STS.LTAIfull"));
    // Profile has no field for a secret; this guards against one being added and saved.
    const QStringList keys = m_settings->allKeys();
    QVERIFY(!keys.isEmpty());
    for (const QString &key : keys) {
        for (const QString &word : {u"secret"_s, u"token"_s, u"password"_s})
            QVERIFY2(!key.contains(word, Qt::CaseInsensitive), qPrintable(key));
    }
}

void TestProfileStore::unwritableFileFails()
{
    // A settings file under a regular file cannot be created, even by root.
    QFile blocker(m_dir->filePath(u"blocker"_s));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    QSettings unwritable(m_dir->filePath(u"blocker/profiles.ini"_s), QSettings::IniFormat);
    ProfileStore store(&unwritable);
    QVERIFY(!store.save(full()));
}

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"
