// The profiles dialog driven the way a user drives it (key clicks into the form, button clicks), over the
// real ProfileService with an in-memory keychain and a QSettings file in a temporary folder; the connection
// test talks to the loopback HBR server, which verifies signatures like the real service.
#include "clock.h"
#include "credentials/credentialstore.h"
#include "credentials/profileservice.h"
#include "credentials/profilestore.h"
#include "demo/demofleet.h"
#include "demo/loopbackserver.h"
#include "profileeditor.h"
#include "profilesdialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

using namespace hbr;
using namespace hbr::credentials;
using hbr::ui::ProfileEditor;
using hbr::ui::ProfilesDialog;

namespace {

const QString kKeyId = QStringLiteral("LTAI5tDialogTestKey01");
const QString kSecret = QStringLiteral("dialog-test-secret-never-shown");
const QString kRegion = QStringLiteral("cn-hangzhou");

struct Harness
{
    QTemporaryDir dir;
    QSettings settings{dir.filePath(QStringLiteral("profiles.ini")), QSettings::IniFormat};
    MemoryCredentialStore secrets;
    ProfileStore store{&settings};
    ProfileService service{&store, &secrets};
    SystemClock clock;
    QNetworkAccessManager network;
    std::unique_ptr<ProfilesDialog> dialog;

    // Adds through the service, as another part of the program would; false when it did not succeed.
    bool seed(const Profile &profile, const QString &secret, const QString &token = QString())
    {
        bool finished = false;
        QString error;
        service.add(profile, secret, token, [&](const QString &e) {
            error = e;
            finished = true;
        });
        if (!QTest::qWaitFor([&] { return finished; }))
            return false;
        if (!error.isEmpty())
            qWarning("seed: %s", qPrintable(error));
        return error.isEmpty();
    }

    ProfilesDialog *open()
    {
        dialog = std::make_unique<ProfilesDialog>(&service, &network, &clock);
        dialog->show();
        if (!QTest::qWaitForWindowExposed(dialog.get()))
            return nullptr;
        return dialog.get();
    }

    QByteArray settingsFile()
    {
        settings.sync();
        QFile file(settings.fileName());
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    QString secretOf(const QString &profile, SecretKind kind = SecretKind::AccessKeySecret) const
    {
        return secrets.entries().value(keychainKey(profile, kind));
    }

    template<typename T>
    T *child(const char *name) const
    {
        return dialog->findChild<T *>(QLatin1String(name));
    }
    QTreeWidget *list() const { return child<QTreeWidget>("profileList"); }
};

Profile simpleProfile(const QString &name)
{
    Profile p;
    p.name = name;
    p.accessKeyId = kKeyId;
    p.regions = {kRegion};
    return p;
}

template<typename T>
T *field(ProfileEditor *editor, const char *name)
{
    return editor->findChild<T *>(QLatin1String(name));
}

QPushButton *okButton(ProfileEditor *editor)
{
    return editor->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
}

void type(ProfileEditor *editor, const char *name, const QString &text)
{
    QLineEdit *edit = field<QLineEdit>(editor, name);
    QVERIFY2(edit, name);
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

QStringList visibleLabelTexts(QWidget *root)
{
    QStringList texts;
    const QList<QLabel *> labels = root->findChildren<QLabel *>();
    for (QLabel *label : labels)
        texts << label->text();
    return texts;
}

} // namespace

class TestProfilesDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void addThroughFormKeepsSecretInKeychainOnly()
    {
        Harness h;
        ProfilesDialog *dialog = h.open();
        QVERIFY(dialog);
        QCOMPARE(h.child<QStackedWidget>("listStack")->currentWidget(), h.child<QLabel>("emptyLabel"));

        QTest::mouseClick(h.child<QPushButton>("addButton"), Qt::LeftButton);
        QTRY_VERIFY(dialog->editor());
        ProfileEditor *editor = dialog->editor();
        QVERIFY(QTest::qWaitForWindowExposed(editor));
        QLineEdit *secretEdit = field<QLineEdit>(editor, "secretEdit");
        QCOMPARE(secretEdit->echoMode(), QLineEdit::Password);
        QCOMPARE(field<QLineEdit>(editor, "tokenEdit")->echoMode(), QLineEdit::Password);
        QVERIFY(!okButton(editor)->isEnabled());

        type(editor, "nameEdit", QStringLiteral("prod"));
        type(editor, "accessKeyIdEdit", kKeyId);
        type(editor, "secretEdit", kSecret);
        type(editor, "regionsEdit", QStringLiteral("cn-hangzhou, cn-shanghai"));
        QVERIFY2(okButton(editor)->isEnabled(), qPrintable(editor->messageText()));
        QTest::mouseClick(okButton(editor), Qt::LeftButton);
        // Handed over and gone from the form at once, before the keychain has even answered.
        QVERIFY(secretEdit->text().isEmpty());

        QTRY_VERIFY(!dialog->editor());
        QVERIFY(h.store.contains(QStringLiteral("prod")));
        QCOMPARE(h.secretOf(QStringLiteral("prod")), kSecret);
        QCOMPARE(h.secrets.entries().size(), 1);
        const QByteArray settingsFile = h.settingsFile();
        QVERIFY(settingsFile.contains("prod"));
        QVERIFY(!settingsFile.contains(kSecret.toUtf8()));

        const std::optional<Profile> saved = h.store.profile(QStringLiteral("prod"));
        QVERIFY(saved);
        QCOMPARE(saved->accessKeyId, kKeyId);
        QCOMPARE(saved->regions, QStringList({QStringLiteral("cn-hangzhou"), QStringLiteral("cn-shanghai")}));
        QCOMPARE(saved->kind, CredentialKind::AccessKey);
        QCOMPARE(saved->signatureVersion, api::SignatureVersion::V3);

        QCOMPARE(h.list()->topLevelItemCount(), 1);
        QCOMPARE(h.list()->topLevelItem(0)->text(0), QStringLiteral("prod"));
        QCOMPARE(h.list()->topLevelItem(0)->text(1), kKeyId);
        QCOMPARE(dialog->selectedProfile(), QStringLiteral("prod"));
        QVERIFY(dialog->messageText().contains(QStringLiteral("Added")));
        QTRY_COMPARE(h.child<QLabel>("detailSecret")->text(), QStringLiteral("set"));
        QVERIFY(!visibleLabelTexts(dialog).join(QLatin1Char('\n')).contains(kSecret));
    }

    void addStsProfileStoresToken()
    {
        Harness h;
        ProfilesDialog *dialog = h.open();
        QVERIFY(dialog);
        QTest::mouseClick(h.child<QPushButton>("addButton"), Qt::LeftButton);
        QTRY_VERIFY(dialog->editor());
        ProfileEditor *editor = dialog->editor();
        QLineEdit *tokenEdit = field<QLineEdit>(editor, "tokenEdit");
        QVERIFY(!tokenEdit->isEnabled());
        type(editor, "nameEdit", QStringLiteral("temp"));
        type(editor, "accessKeyIdEdit", QStringLiteral("STS.NTempKey"));
        type(editor, "secretEdit", kSecret);
        QTest::keyClick(field<QComboBox>(editor, "kindCombo"), Qt::Key_Down);
        QVERIFY(tokenEdit->isEnabled());
        QVERIFY(!okButton(editor)->isEnabled());
        QVERIFY(editor->messageText().contains(QStringLiteral("STS token")));
        type(editor, "tokenEdit", QStringLiteral("sts-token-value"));
        QVERIFY(okButton(editor)->isEnabled());
        QTest::mouseClick(okButton(editor), Qt::LeftButton);
        QVERIFY(tokenEdit->text().isEmpty());
        QTRY_VERIFY(h.store.contains(QStringLiteral("temp")));
        QCOMPARE(h.store.profile(QStringLiteral("temp"))->kind, CredentialKind::StsToken);
        QCOMPARE(h.secretOf(QStringLiteral("temp"), SecretKind::SecurityToken),
                 QStringLiteral("sts-token-value"));
        QVERIFY(!h.settingsFile().contains("sts-token-value"));
        QTRY_COMPARE(h.child<QLabel>("detailToken")->text(), QStringLiteral("set"));
    }

    void editKeepsSecretWhenLeftEmpty()
    {
        Harness h;
        QVERIFY(h.seed(simpleProfile(QStringLiteral("prod")), kSecret));
        ProfilesDialog *dialog = h.open();
        QVERIFY(dialog);
        dialog->selectProfile(QStringLiteral("prod"));
        QTest::mouseClick(h.child<QPushButton>("editButton"), Qt::LeftButton);
        QTRY_VERIFY(dialog->editor());
        ProfileEditor *editor = dialog->editor();
        QCOMPARE(editor->mode(), ProfileEditor::Mode::Edit);
        QVERIFY(field<QLineEdit>(editor, "nameEdit")->isReadOnly());
        QLineEdit *secretEdit = field<QLineEdit>(editor, "secretEdit");
        QVERIFY(secretEdit->text().isEmpty());
        QVERIFY(secretEdit->placeholderText().contains(QStringLiteral("keep")));
        QCOMPARE(secretEdit->echoMode(), QLineEdit::Password);
        QVERIFY(okButton(editor)->isEnabled());

        type(editor, "regionsEdit", QStringLiteral("cn-shanghai"));
        QTest::mouseClick(okButton(editor), Qt::LeftButton);
        QTRY_VERIFY(!dialog->editor());
        QCOMPARE(h.store.profile(QStringLiteral("prod"))->regions,
                 QStringList{QStringLiteral("cn-shanghai")});
        QCOMPARE(h.secretOf(QStringLiteral("prod")), kSecret);
        QCOMPARE(h.list()->topLevelItem(0)->text(3), QStringLiteral("cn-shanghai"));
        QVERIFY(dialog->messageText().contains(QStringLiteral("Saved")));

        // And a secret typed while editing replaces the stored one.
        QTest::mouseClick(h.child<QPushButton>("editButton"), Qt::LeftButton);
        QTRY_VERIFY(dialog->editor());
        type(dialog->editor(), "secretEdit", QStringLiteral("rotated-secret"));
        QTest::mouseClick(okButton(dialog->editor()), Qt::LeftButton);
        QTRY_VERIFY(!dialog->editor());
        QCOMPARE(h.secretOf(QStringLiteral("prod")), QStringLiteral("rotated-secret"));
    }

    void removeAsksThenRemovesProfileAndSecret()
    {
        Harness h;
        QVERIFY(h.seed(simpleProfile(QStringLiteral("prod")), kSecret));
        ProfilesDialog *dialog = h.open();
        QVERIFY(dialog);
        dialog->selectProfile(QStringLiteral("prod"));

        // Cancel keeps everything.
        QTest::mouseClick(h.child<QPushButton>("removeButton"), Qt::LeftButton);
        QTRY_VERIFY(qobject_cast<QMessageBox *>(QApplication::activeModalWidget()));
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box->text().contains(QStringLiteral("prod")));
        QCOMPARE(box->defaultButton(), box->button(QMessageBox::Cancel));
        QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
        QTRY_VERIFY(!QApplication::activeModalWidget());
        QVERIFY(h.store.contains(QStringLiteral("prod")));
        QVERIFY(h.child<QPushButton>("removeButton")->isEnabled());

        // Confirming removes the profile and its secret.
        QTest::mouseClick(h.child<QPushButton>("removeButton"), Qt::LeftButton);
        QTRY_VERIFY(qobject_cast<QMessageBox *>(QApplication::activeModalWidget()));
        box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QPushButton *remove = nullptr;
        for (QAbstractButton *b : box->buttons())
            if (box->buttonRole(b) == QMessageBox::AcceptRole)
                remove = qobject_cast<QPushButton *>(b);
        QVERIFY(remove);
        QTest::mouseClick(remove, Qt::LeftButton);
        QTRY_VERIFY(!h.store.contains(QStringLiteral("prod")));
        QVERIFY(h.secrets.entries().isEmpty());
        QTRY_COMPARE(h.list()->topLevelItemCount(), 0);
        QCOMPARE(h.child<QStackedWidget>("listStack")->currentWidget(), h.child<QLabel>("emptyLabel"));
        QVERIFY(dialog->messageText().contains(QStringLiteral("Removed")));
        QVERIFY(!h.child<QPushButton>("removeButton")->isEnabled());
    }

    void removeFailureIsShown()
    {
        Harness h;
        QVERIFY(h.seed(simpleProfile(QStringLiteral("prod")), kSecret));
        ProfilesDialog *dialog = h.open();
        QVERIFY(dialog);
        dialog->setConfirmationsAutoAccepted(true);
        CredentialError locked;
        locked.kind = CredentialError::Kind::Locked;
        h.secrets.failRemoves(locked);
        dialog->selectProfile(QStringLiteral("prod"));
        QTest::mouseClick(h.child<QPushButton>("removeButton"), Qt::LeftButton);
        QTRY_VERIFY(dialog->messageText().contains(locked.message()));
        QVERIFY(h.store.contains(QStringLiteral("prod")));
        QCOMPARE(h.list()->topLevelItemCount(), 1);
        QVERIFY(h.child<QPushButton>("removeButton")->isEnabled());
    }

    void keychainFailureIsShownAndLeavesNoProfile()
    {
        Harness h;
        CredentialError locked;
        locked.kind = CredentialError::Kind::Locked;
        h.secrets.failWrites(locked);
        ProfilesDialog *dialog = h.open();
        QVERIFY(dialog);
        QTest::mouseClick(h.child<QPushButton>("addButton"), Qt::LeftButton);
        QTRY_VERIFY(dialog->editor());
        ProfileEditor *editor = dialog->editor();
        type(editor, "nameEdit", QStringLiteral("prod"));
        type(editor, "accessKeyIdEdit", kKeyId);
        type(editor, "secretEdit", kSecret);
        QTest::mouseClick(okButton(editor), Qt::LeftButton);

        // The form stays open with the keychain's reason, so nothing the user typed but the secret is lost.
        QTRY_VERIFY2(editor->messageText().contains(locked.message()), qPrintable(editor->messageText()));
        QCOMPARE(dialog->editor(), editor);
        QVERIFY(editor->isVisible());
        QCOMPARE(field<QLineEdit>(editor, "nameEdit")->text(), QStringLiteral("prod"));
        QVERIFY(field<QLineEdit>(editor, "secretEdit")->text().isEmpty());
        QVERIFY(!okButton(editor)->isEnabled());
        QVERIFY(h.store.names().isEmpty());
        QVERIFY(h.secrets.entries().isEmpty());
        QCOMPARE(h.list()->topLevelItemCount(), 0);
        QVERIFY(h.child<QPushButton>("addButton")->isEnabled());

        // Closing the form afterwards leaves the dialog usable.
        editor->reject();
        QTRY_VERIFY(!dialog->editor());
    }

    void importsAliyunConfig()
    {
        Harness h;
        ProfilesDialog *dialog = h.open();
        QVERIFY(dialog);
        dialog->setConfirmationsAutoAccepted(true);
        const QString path = h.dir.filePath(QStringLiteral("config.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"current": "ak", "meta_path": "", "profiles": [
            {"name": "ak", "mode": "AK", "access_key_id": "LTAIimportAk", "access_key_secret": "import-ak-secret",
             "region_id": "cn-shanghai"},
            {"name": "sts", "mode": "StsToken", "access_key_id": "STS.importSts",
             "access_key_secret": "import-sts-secret", "sts_token": "import-sts-token", "region_id": "cn-beijing"},
            {"name": "role", "mode": "RamRoleArn", "access_key_id": "LTAIrole", "access_key_secret": "role-secret",
             "ram_role_arn": "acs:ram::123456789:role/backup", "ram_session_name": "s", "region_id": "cn-hangzhou"}
        ]})");
        file.close();

        QSignalSpy changed(dialog, &ProfilesDialog::profilesChanged);
        dialog->importAliyunConfig(path);
        QTRY_COMPARE(changed.count(), 1);
        QCOMPARE(h.store.names(), QStringList({QStringLiteral("ak"), QStringLiteral("sts")}));
        QCOMPARE(h.secretOf(QStringLiteral("ak")), QStringLiteral("import-ak-secret"));
        QCOMPARE(h.secretOf(QStringLiteral("sts")), QStringLiteral("import-sts-secret"));
        QCOMPARE(h.secretOf(QStringLiteral("sts"), SecretKind::SecurityToken),
                 QStringLiteral("import-sts-token"));
        QCOMPARE(h.store.profile(QStringLiteral("sts"))->kind, CredentialKind::StsToken);
        QCOMPARE(h.store.profile(QStringLiteral("ak"))->regions, QStringList{QStringLiteral("cn-shanghai")});
        QVERIFY(
            !h.secrets.entries().contains(keychainKey(QStringLiteral("role"), SecretKind::AccessKeySecret)));

        const QString message = dialog->messageText();
        QVERIFY2(message.contains(QStringLiteral("Imported 2")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("role")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("RamRoleArn")), qPrintable(message));
        QCOMPARE(h.list()->topLevelItemCount(), 2);
        const QByteArray settingsFile = h.settingsFile();
        QVERIFY(!settingsFile.contains("import-ak-secret"));
        QVERIFY(!settingsFile.contains("import-sts-token"));

        // Importing again imports nothing and says why.
        dialog->importAliyunConfig(path);
        QVERIFY2(dialog->messageText().contains(QStringLiteral("Nothing to import")),
                 qPrintable(dialog->messageText()));
        QCOMPARE(h.store.names().size(), 2);
    }

    void importReportsUnreadableAndMalformedFiles()
    {
        Harness h;
        ProfilesDialog *dialog = h.open();
        QVERIFY(dialog);
        dialog->setConfirmationsAutoAccepted(true);

        const QString missing = h.dir.filePath(QStringLiteral("missing.json"));
        dialog->importAliyunConfig(missing);
        QVERIFY2(dialog->messageText().contains(QStringLiteral("Could not read")),
                 qPrintable(dialog->messageText()));
        QVERIFY(dialog->messageText().contains(QDir::toNativeSeparators(missing)));

        const QString broken = h.dir.filePath(QStringLiteral("broken.json"));
        QFile file(broken);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"profiles\": [ {\"name\": \"x\", }");
        file.close();
        dialog->importAliyunConfig(broken);
        QVERIFY2(dialog->messageText().contains(QStringLiteral("not valid JSON")),
                 qPrintable(dialog->messageText()));
        QVERIFY(h.store.names().isEmpty());
    }

    void testConnectionReportsClients()
    {
        Harness h;
        demo::LoopbackHbrServer server(&h.clock);
        demo::DemoFleetSpec spec;
        spec.clientCount = 60;
        spec.regions = {kRegion};
        spec.nowSeconds = h.clock.nowSeconds();
        const QList<demo::DemoClientRecord> fleet = demo::generateDemoFleet(spec);
        server.setClients(fleet);
        server.addCredentials(kKeyId, kSecret);
        QVERIFY2(server.listen({kRegion}), qPrintable(server.errorString()));
        qsizetype ecs = 0;
        for (const demo::DemoClientRecord &r : fleet)
            if (r.json.value(QLatin1String("ClientType")).toString() == QLatin1String("ECS_CLIENT"))
                ++ecs;

        Profile good = simpleProfile(QStringLiteral("good"));
        good.endpointMode = EndpointMode::Override;
        good.endpointOverride = QStringLiteral("http://127.0.0.1:%1").arg(server.portForRegion(kRegion));
        Profile wrong = good;
        wrong.name = QStringLiteral("wrong");
        QVERIFY(h.seed(good, kSecret));
        QVERIFY(h.seed(wrong, QStringLiteral("not-the-secret")));
        ProfilesDialog *dialog = h.open();
        QVERIFY(dialog);
        QPushButton *test = h.child<QPushButton>("testButton");

        dialog->selectProfile(QStringLiteral("good"));
        QSignalSpy tested(dialog, &ProfilesDialog::connectionTested);
        QTest::mouseClick(test, Qt::LeftButton);
        QVERIFY(!test->isEnabled());
        QVERIFY(h.child<QProgressBar>("busyIndicator")->isVisible());
        QVERIFY(h.child<QLabel>("statusLabel")->text().contains(QStringLiteral("Testing")));
        QVERIFY(tested.wait(20000));
        QCOMPARE(tested.first().at(0).toBool(), true);
        const QString connected = dialog->messageText();
        QVERIFY2(connected.startsWith(QStringLiteral("Connected: %1 ECS client").arg(ecs)),
                 qPrintable(connected));
        QVERIFY2(connected.contains(QStringLiteral("in cn-hangzhou (RequestId ")), qPrintable(connected));
        QVERIFY(test->isEnabled());
        QVERIFY(!h.child<QProgressBar>("busyIndicator")->isVisible());
        QVERIFY(h.child<QLabel>("statusLabel")->text().isEmpty());

        dialog->selectProfile(QStringLiteral("wrong"));
        QTest::mouseClick(test, Qt::LeftButton);
        QVERIFY(tested.wait(20000));
        QCOMPARE(tested.last().at(0).toBool(), false);
        const QString failed = dialog->messageText();
        QVERIFY2(failed.contains(QStringLiteral("SignatureDoesNotMatch")), qPrintable(failed));
        QVERIFY2(failed.contains(QStringLiteral("RequestId")), qPrintable(failed));
        QVERIFY2(failed.contains(QStringLiteral("Check the AccessKey secret")), qPrintable(failed));
        QVERIFY(!failed.contains(QStringLiteral("not-the-secret")));
        QCOMPARE(server.stats().requests, 2);
    }

    void validationKeepsOkDisabled()
    {
        Harness h;
        QVERIFY(h.seed(simpleProfile(QStringLiteral("prod")), kSecret));
        ProfilesDialog *dialog = h.open();
        QVERIFY(dialog);
        QTest::mouseClick(h.child<QPushButton>("addButton"), Qt::LeftButton);
        QTRY_VERIFY(dialog->editor());
        ProfileEditor *editor = dialog->editor();
        QPushButton *ok = okButton(editor);

        type(editor, "nameEdit", QStringLiteral("bad name!"));
        type(editor, "accessKeyIdEdit", kKeyId);
        type(editor, "secretEdit", kSecret);
        QVERIFY(!ok->isEnabled());
        QVERIFY2(editor->messageText().contains(QStringLiteral("profile name")),
                 qPrintable(editor->messageText()));

        type(editor, "nameEdit", QStringLiteral("prod"));
        QVERIFY(!ok->isEnabled());
        QVERIFY2(editor->messageText().contains(QStringLiteral("already exists")),
                 qPrintable(editor->messageText()));

        type(editor, "nameEdit", QStringLiteral("staging"));
        QVERIFY2(ok->isEnabled(), qPrintable(editor->messageText()));
        QVERIFY(editor->messageText().isEmpty());

        type(editor, "regionsEdit", QStringLiteral("Hangzhou!"));
        QVERIFY(!ok->isEnabled());
        QVERIFY2(editor->messageText().contains(QStringLiteral("region")), qPrintable(editor->messageText()));
        type(editor, "regionsEdit", QStringLiteral("cn-hangzhou"));
        QVERIFY(ok->isEnabled());

        // An override endpoint needs a URL the endpoint parser accepts.
        QComboBox *endpoint = field<QComboBox>(editor, "endpointCombo");
        QLineEdit *url = field<QLineEdit>(editor, "endpointUrlEdit");
        QVERIFY(!url->isEnabled());
        endpoint->setCurrentIndex(2);
        QVERIFY(url->isEnabled());
        QVERIFY(!ok->isEnabled());
        type(editor, "endpointUrlEdit", QStringLiteral("https://hbr.example.com"));
        QVERIFY2(ok->isEnabled(), qPrintable(editor->messageText()));

        // A CROSS_ACCOUNT profile needs the account and the role.
        QComboBox *crossType = field<QComboBox>(editor, "crossAccountTypeCombo");
        crossType->setCurrentIndex(crossType->findData(QStringLiteral("CROSS_ACCOUNT")));
        QVERIFY(!ok->isEnabled());
        type(editor, "crossAccountUserIdEdit", QStringLiteral("1234567890"));
        type(editor, "crossAccountRoleNameEdit", QStringLiteral("BackupRole"));
        QVERIFY2(ok->isEnabled(), qPrintable(editor->messageText()));

        // Enter on an invalid form does nothing rather than submitting.
        type(editor, "nameEdit", QString());
        QSignalSpy submitted(editor, &ProfileEditor::submitted);
        QTest::keyClick(field<QLineEdit>(editor, "nameEdit"), Qt::Key_Return);
        QCOMPARE(submitted.count(), 0);
        QVERIFY(editor->isVisible());
        editor->reject();
        QTRY_VERIFY(!dialog->editor());
        QCOMPARE(h.store.names(), QStringList{QStringLiteral("prod")});
    }

    void detailsShowWhetherSecretIsSet()
    {
        Harness h;
        QVERIFY(h.seed(simpleProfile(QStringLiteral("prod")), kSecret));
        QVERIFY(h.seed(simpleProfile(QStringLiteral("lost")), QStringLiteral("lost-secret")));
        bool removed = false;
        h.secrets.remove(QStringLiteral("lost"), SecretKind::AccessKeySecret, nullptr,
                         [&](const CredentialError &) { removed = true; });
        QTRY_VERIFY(removed);
        ProfilesDialog *dialog = h.open();
        QVERIFY(dialog);

        dialog->selectProfile(QStringLiteral("prod"));
        QTRY_COMPARE(h.child<QLabel>("detailSecret")->text(), QStringLiteral("set"));
        QCOMPARE(h.child<QLabel>("detailAccessKeyId")->text(), kKeyId);
        QVERIFY(!h.child<QLabel>("detailToken")->isVisible());
        dialog->selectProfile(QStringLiteral("lost"));
        QTRY_VERIFY(h.child<QLabel>("detailSecret")->text().startsWith(QStringLiteral("not set")));
        QVERIFY(!visibleLabelTexts(dialog).join(QLatin1Char('\n')).contains(kSecret));

        // A keychain that cannot be read says so instead of "not set".
        CredentialError noBackend;
        noBackend.kind = CredentialError::Kind::NoBackend;
        h.secrets.failReads(noBackend);
        dialog->selectProfile(QStringLiteral("prod"));
        QTRY_VERIFY(dialog->messageText().contains(noBackend.message()));
        QVERIFY(h.child<QLabel>("detailSecret")->text().startsWith(QStringLiteral("unknown")));
    }

    // Not a check: with HBR_SCREENSHOT_DIR set, saves pictures of the dialog and the form for a person to
    // look at.
    void screenshots()
    {
        const QString outDir = qEnvironmentVariable("HBR_SCREENSHOT_DIR");
        if (outDir.isEmpty())
            return;
        Harness h;
        Profile prod = simpleProfile(QStringLiteral("production"));
        prod.regions = {QStringLiteral("cn-hangzhou"), QStringLiteral("cn-shanghai"),
                        QStringLiteral("cn-beijing")};
        Profile sts = simpleProfile(QStringLiteral("ops@staging"));
        sts.accessKeyId = QStringLiteral("STS.NUgYrLnoC37mZZCNnAbez2EGX");
        sts.kind = CredentialKind::StsToken;
        sts.endpointMode = EndpointMode::Vpc;
        sts.crossAccountType = QStringLiteral("CROSS_ACCOUNT");
        sts.crossAccountUserId = QStringLiteral("1234567890123456");
        sts.crossAccountRoleName = QStringLiteral("hbrcrossrole");
        Profile nodefault = simpleProfile(QStringLiteral("sandbox"));
        nodefault.regions = {};
        QVERIFY(h.seed(prod, kSecret));
        QVERIFY(h.seed(sts, kSecret, QStringLiteral("token")));
        QVERIFY(h.seed(nodefault, kSecret));

        const auto shoot = [&](const QString &suffix) {
            ProfilesDialog *dialog = h.open();
            QVERIFY(dialog);
            dialog->selectProfile(QStringLiteral("ops@staging"));
            QTRY_COMPARE(h.child<QLabel>("detailSecret")->text(), QStringLiteral("set"));
            dialog->importAliyunConfig(h.dir.filePath(QStringLiteral("missing.json")));
            QVERIFY(dialog->grab().save(outDir + QStringLiteral("/profilesdialog%1.png").arg(suffix)));

            QTest::mouseClick(h.child<QPushButton>("addButton"), Qt::LeftButton);
            QTRY_VERIFY(dialog->editor());
            ProfileEditor *editor = dialog->editor();
            QVERIFY(QTest::qWaitForWindowExposed(editor));
            type(editor, "nameEdit", QStringLiteral("new profile"));
            type(editor, "accessKeyIdEdit", kKeyId);
            type(editor, "secretEdit", kSecret);
            QVERIFY(editor->grab().save(outDir + QStringLiteral("/profileeditor%1.png").arg(suffix)));
            editor->reject();
            QTRY_VERIFY(!dialog->editor());
            QTest::mouseClick(h.child<QPushButton>("editButton"), Qt::LeftButton);
            QTRY_VERIFY(dialog->editor());
            QVERIFY(QTest::qWaitForWindowExposed(dialog->editor()));
            QVERIFY(dialog->editor()->grab().save(outDir +
                                                  QStringLiteral("/profileeditor-edit%1.png").arg(suffix)));
            dialog->editor()->reject();
            QTRY_VERIFY(!dialog->editor());
        };
        shoot(QString());

        const QPalette light = QApplication::palette();
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
        dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
        dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
        dark.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
        dark.setColor(QPalette::Highlight, QColor(0x3d, 0xae, 0xe9));
        dark.setColor(QPalette::HighlightedText, Qt::black);
        dark.setColor(QPalette::PlaceholderText, QColor(0x90, 0x90, 0x90));
        dark.setColor(QPalette::Disabled, QPalette::Text, QColor(0x70, 0x70, 0x70));
        dark.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x70, 0x70, 0x70));
        dark.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x70, 0x70, 0x70));
        QApplication::setPalette(dark);
        shoot(QStringLiteral("-dark"));
        QApplication::setPalette(light);
    }
};

QTEST_MAIN(TestProfilesDialog)
#include "tst_profilesdialog.moc"
