#include "profilesdialog.h"
#include "ui_profilesdialog.h"

#include "api/apicall.h"
#include "credentials/aliyunimport.h"
#include "credentials/profileservice.h"
#include "profileeditor.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>

namespace hbr::ui {

using credentials::CredentialKind;
using credentials::EndpointMode;
using credentials::Profile;

namespace {

// A config.json holds a handful of profiles; anything this large is the wrong file.
constexpr qint64 kMaxAliyunConfigBytes = 1024 * 1024;

QString kindText(CredentialKind kind)
{
    switch (kind) {
    case CredentialKind::AccessKey:
        return ProfilesDialog::tr("AccessKey");
    case CredentialKind::StsToken:
        return ProfilesDialog::tr("AccessKey + STS token");
    }
    return QString();
}

QString regionsText(const Profile &profile)
{
    if (profile.regions.isEmpty())
        return ProfilesDialog::tr("%1 (default)").arg(profile.effectiveRegions().join(QLatin1String(", ")));
    return profile.regions.join(QLatin1String(", "));
}

QString endpointText(const Profile &profile)
{
    switch (profile.endpointMode) {
    case EndpointMode::Public:
        return ProfilesDialog::tr("Public (hbr.<region>.aliyuncs.com)");
    case EndpointMode::Vpc:
        return ProfilesDialog::tr("VPC (hbr-vpc.<region>.aliyuncs.com)");
    case EndpointMode::Override:
        return ProfilesDialog::tr("Override: %1").arg(profile.endpointOverride);
    }
    return QString();
}

QString crossAccountText(const Profile &profile)
{
    if (profile.crossAccountType.isEmpty())
        return ProfilesDialog::tr("None");
    QStringList parts{profile.crossAccountType};
    if (!profile.crossAccountUserId.isEmpty())
        parts << ProfilesDialog::tr("account %1").arg(profile.crossAccountUserId);
    if (!profile.crossAccountRoleName.isEmpty())
        parts << ProfilesDialog::tr("role %1").arg(profile.crossAccountRoleName);
    return parts.join(QLatin1String(", "));
}

// Profile names in the aliyun file are not ours to trust; the message box would read "<" as markup.
QString asHtml(const QString &plain)
{
    return QLatin1String("<p>") + plain.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>")) +
           QLatin1String("</p>");
}

QString skippedLines(const QList<credentials::AliyunSkipped> &skipped)
{
    QStringList lines;
    for (const credentials::AliyunSkipped &s : skipped) {
        lines << (s.mode.isEmpty() ? ProfilesDialog::tr("• %1: %2").arg(s.name, s.reason)
                                   : ProfilesDialog::tr("• %1 (%2): %3").arg(s.name, s.mode, s.reason));
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace

struct ProfilesDialog::ImportRun
{
    credentials::AliyunImportPlan plan;
    QString source;
    qsizetype next = 0;
    QStringList imported;
    QStringList failed;
};

ProfilesDialog::ProfilesDialog(credentials::ProfileService *service, QNetworkAccessManager *network,
                               const Clock *clock, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ProfilesDialog>())
    , m_message(new InlineMessage(this))
    , m_service(service)
    , m_network(network)
    , m_clock(clock)
{
    Q_ASSERT(service && network && clock);
    m_ui->setupUi(this);
    m_message->setObjectName(QStringLiteral("messageArea"));
    m_ui->mainLayout->insertWidget(0, m_message);
    m_ui->busyIndicator->hide();

    QHeaderView *header = m_ui->profileList->header();
    header->setStretchLastSection(true);
    for (int column = 0; column < 3; ++column)
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);

    // The value labels read as "<row label>: <value>" to a screen reader, and never as markup.
    const QList<std::pair<QLabel *, QLabel *>> rows = {
        {m_ui->detailAccessKeyIdLabel, m_ui->detailAccessKeyId},
        {m_ui->detailSecretLabel, m_ui->detailSecret},
        {m_ui->detailTokenLabel, m_ui->detailToken},
        {m_ui->detailRegionsLabel, m_ui->detailRegions},
        {m_ui->detailEndpointLabel, m_ui->detailEndpoint},
        {m_ui->detailSignatureLabel, m_ui->detailSignature},
        {m_ui->detailCrossAccountLabel, m_ui->detailCrossAccount},
    };
    for (const auto &[label, value] : rows) {
        value->setTextFormat(Qt::PlainText);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        value->setAccessibleName(label->text().chopped(1));
    }

    connect(m_ui->profileList, &QTreeWidget::itemSelectionChanged, this, [this] {
        showDetails();
        updateActions();
    });
    connect(m_ui->profileList, &QTreeWidget::itemActivated, this, [this] {
        if (m_ui->editButton->isEnabled())
            editProfile();
    });
    auto *removeShortcut = new QShortcut(QKeySequence::Delete, m_ui->profileList);
    removeShortcut->setContext(Qt::WidgetShortcut);
    connect(removeShortcut, &QShortcut::activated, this, [this] {
        if (m_ui->removeButton->isEnabled())
            removeProfile();
    });
    connect(m_ui->addButton, &QPushButton::clicked, this, &ProfilesDialog::addProfile);
    connect(m_ui->editButton, &QPushButton::clicked, this, &ProfilesDialog::editProfile);
    connect(m_ui->removeButton, &QPushButton::clicked, this, &ProfilesDialog::removeProfile);
    connect(m_ui->importButton, &QPushButton::clicked, this, &ProfilesDialog::chooseAliyunConfig);
    connect(m_ui->testButton, &QPushButton::clicked, this, &ProfilesDialog::testConnection);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ProfilesDialog::reject);

    reloadProfiles();
    m_ui->profileList->setFocus();
}

ProfilesDialog::~ProfilesDialog()
{
    // The call is our child and would report its cancellation while QWidget tears the children down, when
    // this object is no longer a ProfilesDialog; cut it off first.
    if (m_call) {
        disconnect(m_call, nullptr, this, nullptr);
        delete m_call;
    }
}

QString ProfilesDialog::selectedProfile() const
{
    const QList<QTreeWidgetItem *> items = m_ui->profileList->selectedItems();
    return items.isEmpty() ? QString() : items.first()->data(0, Qt::UserRole).toString();
}

void ProfilesDialog::selectProfile(const QString &name)
{
    for (int i = 0; i < m_ui->profileList->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_ui->profileList->topLevelItem(i);
        if (item->data(0, Qt::UserRole).toString() == name) {
            m_ui->profileList->setCurrentItem(item);
            return;
        }
    }
}

QString ProfilesDialog::messageText() const
{
    return m_message->text();
}

void ProfilesDialog::reloadProfiles(const QString &select)
{
    const QString wanted = select.isEmpty() ? selectedProfile() : select;
    {
        const QSignalBlocker blocker(m_ui->profileList);
        m_ui->profileList->clear();
        const credentials::ProfileStore *store = m_service->profiles();
        for (const QString &name : store->names()) {
            const std::optional<Profile> profile = store->profile(name);
            if (!profile)
                continue;
            auto *item =
                new QTreeWidgetItem(m_ui->profileList, {profile->name, profile->accessKeyId,
                                                        kindText(profile->kind), regionsText(*profile)});
            item->setData(0, Qt::UserRole, profile->name);
        }
    }
    const bool empty = m_ui->profileList->topLevelItemCount() == 0;
    m_ui->listStack->setCurrentWidget(empty ? static_cast<QWidget *>(m_ui->emptyLabel)
                                            : static_cast<QWidget *>(m_ui->profileList));
    selectProfile(wanted);
    if (selectedProfile().isEmpty() && !empty)
        m_ui->profileList->setCurrentItem(m_ui->profileList->topLevelItem(0));
    showDetails();
    updateActions();
}

void ProfilesDialog::showDetails()
{
    ++m_detailsGeneration;
    const QString name = selectedProfile();
    const std::optional<Profile> profile =
        name.isEmpty() ? std::nullopt : m_service->profiles()->profile(name);
    m_ui->detailsGroup->setEnabled(profile.has_value());
    if (!profile) {
        m_ui->detailsGroup->setTitle(tr("Details"));
        for (QLabel *value :
             {m_ui->detailAccessKeyId, m_ui->detailSecret, m_ui->detailToken, m_ui->detailRegions,
              m_ui->detailEndpoint, m_ui->detailSignature, m_ui->detailCrossAccount})
            value->setText(tr("—"));
        m_ui->detailsLayout->setRowVisible(m_ui->detailToken, false);
        return;
    }
    m_ui->detailsGroup->setTitle(tr("Details of \"%1\"").arg(profile->name));
    m_ui->detailAccessKeyId->setText(profile->accessKeyId);
    m_ui->detailRegions->setText(regionsText(*profile));
    m_ui->detailEndpoint->setText(endpointText(*profile));
    m_ui->detailSignature->setText(profile->signatureVersion == api::SignatureVersion::V1
                                       ? tr("V1 (HMAC-SHA1)")
                                       : tr("V3 (ACS3-HMAC-SHA256)"));
    m_ui->detailCrossAccount->setText(crossAccountText(*profile));
    const bool sts = profile->kind == CredentialKind::StsToken;
    m_ui->detailsLayout->setRowVisible(m_ui->detailToken, sts);
    m_ui->detailSecret->setText(tr("checking the keychain…"));
    m_ui->detailToken->setText(tr("checking the keychain…"));

    const quint64 generation = m_detailsGeneration;
    const QPointer<ProfilesDialog> self(this);
    m_service->secretPresence(name, [self, generation, name](bool secretSet, bool tokenSet,
                                                             const QString &error) {
        if (!self || generation != self->m_detailsGeneration)
            return;
        if (!error.isEmpty()) {
            self->m_ui->detailSecret->setText(tr("unknown (the keychain did not answer)"));
            self->m_ui->detailToken->setText(tr("unknown (the keychain did not answer)"));
            self->showMessage(InlineMessage::Type::Warning,
                              tr("Could not check the keychain for \"%1\": %2").arg(name, error));
            return;
        }
        self->m_ui->detailSecret->setText(secretSet ? tr("set")
                                                    : tr("not set (edit the profile to enter it)"));
        self->m_ui->detailToken->setText(tokenSet ? tr("set") : tr("not set (edit the profile to enter it)"));
    });
}

void ProfilesDialog::updateActions()
{
    const bool selected = !selectedProfile().isEmpty();
    const bool idle = m_operations == 0;
    m_ui->addButton->setEnabled(idle);
    m_ui->importButton->setEnabled(idle);
    m_ui->editButton->setEnabled(selected && idle);
    m_ui->removeButton->setEnabled(selected && idle);
    m_ui->testButton->setEnabled(selected && !m_testing);
    updateStatus();
}

void ProfilesDialog::updateStatus()
{
    QStringList parts;
    if (!m_operationStatus.isEmpty())
        parts << m_operationStatus;
    if (!m_testStatus.isEmpty())
        parts << m_testStatus;
    m_ui->statusLabel->setText(parts.join(QLatin1String("  ")));
    m_ui->busyIndicator->setVisible(m_operations > 0 || m_testing);
}

void ProfilesDialog::showMessage(InlineMessage::Type type, const QString &text)
{
    m_message->showMessage(type, text);
}

void ProfilesDialog::beginOperation(const QString &status)
{
    ++m_operations;
    m_message->clearMessage();
    m_operationStatus = status;
    updateActions();
}

void ProfilesDialog::setOperationStatus(const QString &status)
{
    m_operationStatus = status;
    updateStatus();
}

void ProfilesDialog::endOperation()
{
    if (m_operations > 0)
        --m_operations;
    if (m_operations == 0)
        m_operationStatus.clear();
    updateActions();
}

void ProfilesDialog::confirm(const QString &text, const QString &details, const QString &yesText,
                             bool destructive, std::function<void()> onYes)
{
    if (m_autoConfirm) {
        onYes();
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Question, windowTitle(), text, QMessageBox::NoButton, this);
    box->setTextFormat(Qt::PlainText);
    box->setInformativeText(asHtml(details));
    QPushButton *yes = box->addButton(yesText, QMessageBox::AcceptRole);
    QPushButton *cancel = box->addButton(QMessageBox::Cancel);
    // A destructive answer must not be one stray Enter away.
    box->setDefaultButton(destructive ? cancel : yes);
    box->setEscapeButton(cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [box, yes, onYes = std::move(onYes)] {
        if (box->clickedButton() == yes)
            onYes();
    });
    box->open();
}

void ProfilesDialog::openEditor(ProfileEditor *editor)
{
    m_editor = editor;
    connect(editor, &ProfileEditor::submitted, this, &ProfilesDialog::saveFromEditor);
    connect(editor, &QDialog::finished, editor, &QObject::deleteLater);
    editor->open();
}

void ProfilesDialog::addProfile()
{
    if (m_operations > 0 || m_editor)
        return;
    auto *editor = new ProfileEditor(ProfileEditor::Mode::Add, this);
    editor->setExistingNames(m_service->profiles()->names());
    openEditor(editor);
}

void ProfilesDialog::editProfile()
{
    const QString name = selectedProfile();
    if (name.isEmpty() || m_operations > 0 || m_editor)
        return;
    const std::optional<Profile> profile = m_service->profiles()->profile(name);
    if (!profile) {
        showMessage(InlineMessage::Type::Error, m_service->unknownProfileMessage(name));
        reloadProfiles();
        return;
    }
    auto *editor = new ProfileEditor(ProfileEditor::Mode::Edit, this);
    // A saved STS profile always has its token stored: ProfileService::add refuses one without.
    editor->setProfile(*profile, profile->kind == CredentialKind::StsToken);
    openEditor(editor);
}

void ProfilesDialog::saveFromEditor()
{
    const QPointer<ProfileEditor> editor = m_editor;
    if (!editor)
        return;
    const Profile profile = editor->profile();
    const bool adding = editor->mode() == ProfileEditor::Mode::Add;
    const QString secret = editor->secret();
    const QString token = editor->securityToken();
    // The secrets now exist only in these locals and, once handed over, in the service's keychain job.
    editor->clearSecrets();
    editor->setBusy(true, tr("Saving to the system keychain…"));
    beginOperation(adding ? tr("Adding profile \"%1\"…").arg(profile.name)
                          : tr("Saving profile \"%1\"…").arg(profile.name));

    const QPointer<ProfilesDialog> self(this);
    const bool secretsTyped = !secret.isEmpty() || !token.isEmpty();
    auto done = [self, editor, name = profile.name, adding, secretsTyped](const QString &error) {
        if (!self)
            return;
        self->endOperation();
        if (!error.isEmpty()) {
            QString text = adding ? tr("The profile was not added. %1").arg(error)
                                  : tr("The changes were not saved. %1").arg(error);
            // The form gave its secrets away when OK was pressed; say so rather than let a retry drop them.
            if (secretsTyped)
                text += QLatin1Char('\n') + tr("Enter the secret again to retry.");
            if (editor)
                editor->showError(text);
            else
                self->showMessage(InlineMessage::Type::Error, text);
            return;
        }
        if (editor)
            editor->done(QDialog::Accepted);
        self->reloadProfiles(name);
        self->showMessage(InlineMessage::Type::Positive, adding ? tr("Added profile \"%1\".").arg(name)
                                                                : tr("Saved profile \"%1\".").arg(name));
        Q_EMIT self->profilesChanged();
    };
    if (adding) {
        m_service->add(profile, secret, token, std::move(done));
    } else {
        const std::optional<QString> newSecret = secret.isEmpty() ? std::nullopt : std::optional(secret);
        const std::optional<QString> newToken = token.isEmpty() ? std::nullopt : std::optional(token);
        m_service->update(profile, newSecret, newToken, std::move(done));
    }
}

void ProfilesDialog::removeProfile()
{
    const QString name = selectedProfile();
    if (name.isEmpty() || m_operations > 0)
        return;
    confirm(tr("Remove the profile \"%1\"?").arg(name),
            tr("Its AccessKey secret (and STS token, if any) will be deleted from the system keychain. The "
               "AccessKey itself stays valid in Alibaba Cloud."),
            tr("&Remove"), true, [this, name] {
                beginOperation(tr("Removing profile \"%1\"…").arg(name));
                const QPointer<ProfilesDialog> self(this);
                m_service->remove(name, [self, name](const QString &error) {
                    if (!self)
                        return;
                    self->endOperation();
                    self->reloadProfiles();
                    if (!error.isEmpty()) {
                        self->showMessage(InlineMessage::Type::Error,
                                          tr("Could not remove the profile \"%1\". %2").arg(name, error));
                        return;
                    }
                    self->showMessage(InlineMessage::Type::Positive,
                                      tr("Removed the profile \"%1\" and its keychain entries.").arg(name));
                    Q_EMIT self->profilesChanged();
                });
            });
}

void ProfilesDialog::chooseAliyunConfig()
{
    if (m_operations > 0)
        return;
    auto *chooser = new QFileDialog(this, tr("Import from aliyun CLI"));
    chooser->setAcceptMode(QFileDialog::AcceptOpen);
    chooser->setFileMode(QFileDialog::ExistingFile);
    chooser->setNameFilters(
        {tr("aliyun CLI configuration (config.json)"), tr("JSON files (*.json)"), tr("All files (*)")});
    const QFileInfo defaultFile(credentials::defaultAliyunConfigPath());
    // ~/.aliyun is hidden; open it directly rather than leave the user to find it.
    if (defaultFile.dir().exists()) {
        chooser->setDirectory(defaultFile.absolutePath());
        if (defaultFile.exists())
            chooser->selectFile(defaultFile.fileName());
    } else {
        chooser->setDirectory(QDir::homePath());
    }
    chooser->setAttribute(Qt::WA_DeleteOnClose);
    connect(chooser, &QFileDialog::fileSelected, this, &ProfilesDialog::importAliyunConfig);
    chooser->open();
}

void ProfilesDialog::importAliyunConfig(const QString &path)
{
    if (m_operations > 0) {
        showMessage(InlineMessage::Type::Warning,
                    tr("Wait for the current operation to finish, then import."));
        return;
    }
    const QString shownPath = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showMessage(InlineMessage::Type::Error,
                    tr("Could not read %1: %2").arg(shownPath, file.errorString()));
        return;
    }
    if (file.size() > kMaxAliyunConfigBytes) {
        showMessage(InlineMessage::Type::Error,
                    tr("%1 is too large to be an aliyun CLI configuration.").arg(shownPath));
        return;
    }
    QByteArray content = file.readAll();
    QString parseError;
    std::optional<credentials::AliyunConfig> config = credentials::parseAliyunConfig(content, &parseError);
    content.fill('\0'); // it holds secrets; do not leave them in freed memory
    if (!config) {
        showMessage(InlineMessage::Type::Error,
                    tr("Could not import from %1. %2").arg(shownPath, parseError));
        return;
    }

    auto run = std::make_shared<ImportRun>();
    run->plan = credentials::planAliyunImport(*config, {}, true, *m_service->profiles());
    run->source = shownPath;
    config.reset();

    const QString skipped = skippedLines(run->plan.skipped);
    if (run->plan.importable.isEmpty()) {
        QString text = tr("Nothing to import from %1.").arg(shownPath);
        text += skipped.isEmpty() ? tr(" It has no profiles.")
                                  : QLatin1Char('\n') + tr("Not imported:") + QLatin1Char('\n') + skipped;
        showMessage(InlineMessage::Type::Warning, text);
        return;
    }
    QStringList names;
    for (const credentials::AliyunImportItem &item : std::as_const(run->plan.importable))
        names << item.profile.name;
    QString details = tr("To import: %1.").arg(names.join(QLatin1String(", ")));
    if (!skipped.isEmpty())
        details += QLatin1String("\n\n") + tr("Not imported:") + QLatin1Char('\n') + skipped;
    details += QLatin1String("\n\n") + tr("Secrets and STS tokens go to the system keychain.");
    const int count = int(names.size());
    confirm(tr("Import %n profile(s) from %1?", nullptr, count).arg(shownPath), details, tr("&Import"), false,
            [this, run, count] {
                beginOperation(tr("Importing %n profile(s)…", nullptr, count));
                importNext(run);
            });
}

void ProfilesDialog::importNext(const std::shared_ptr<ImportRun> &run)
{
    QList<credentials::AliyunImportItem> &items = run->plan.importable;
    if (run->next == items.size()) {
        endOperation();
        reloadProfiles(run->imported.value(0));
        QStringList lines;
        if (!run->imported.isEmpty())
            lines << tr("Imported %n profile(s) from %1: %2.", nullptr, int(run->imported.size()))
                         .arg(run->source, run->imported.join(QLatin1String(", ")));
        if (!run->failed.isEmpty())
            lines << tr("Failed:") + QLatin1Char('\n') + run->failed.join(QLatin1Char('\n'));
        if (!run->plan.skipped.isEmpty())
            lines << tr("Not imported:") + QLatin1Char('\n') + skippedLines(run->plan.skipped);
        const InlineMessage::Type type = !run->failed.isEmpty()         ? InlineMessage::Type::Error
                                         : !run->plan.skipped.isEmpty() ? InlineMessage::Type::Warning
                                                                        : InlineMessage::Type::Positive;
        showMessage(type, lines.join(QLatin1Char('\n')));
        if (!run->imported.isEmpty())
            Q_EMIT profilesChanged();
        return;
    }
    credentials::AliyunImportItem &item = items[run->next++];
    const QString name = item.profile.name;
    setOperationStatus(tr("Importing \"%1\" (%2 of %3)…").arg(name).arg(run->next).arg(items.size()));
    const QPointer<ProfilesDialog> self(this);
    // Secrets copied into the service's job; drop ours before the (possibly synchronous) answer moves on.
    const QString secret = std::exchange(item.secret, QString());
    const QString token = std::exchange(item.securityToken, QString());
    m_service->add(item.profile, secret, token, [self, run, name](const QString &error) {
        if (!self)
            return;
        if (error.isEmpty())
            run->imported << name;
        else
            run->failed << tr("• %1: %2").arg(name, error);
        self->importNext(run);
    });
}

void ProfilesDialog::testConnection()
{
    const QString name = selectedProfile();
    if (name.isEmpty() || m_testing)
        return;
    const std::optional<Profile> profile = m_service->profiles()->profile(name);
    if (!profile) {
        showMessage(InlineMessage::Type::Error, m_service->unknownProfileMessage(name));
        return;
    }
    const QString region = profile->effectiveRegions().value(0);
    QString endpointError;
    const std::optional<api::Endpoint> endpoint = profile->endpointFor(region, &endpointError);
    if (!endpoint) {
        showMessage(InlineMessage::Type::Error,
                    tr("Cannot test the profile \"%1\". %2").arg(name, endpointError));
        return;
    }
    m_testing = true;
    m_message->clearMessage();
    m_testStatus = tr("Testing \"%1\" in %2…").arg(name, region);
    updateActions();

    const QPointer<ProfilesDialog> self(this);
    m_service->resolve(name, [self, profile = *profile, region, endpoint = *endpoint](
                                 const std::optional<api::AccessKeyCredentials> &credentials,
                                 const QString &error) {
        if (!self)
            return;
        if (!credentials) {
            self->finishConnectionTest(
                false, tr("Could not read the credentials of \"%1\". %2").arg(profile.name, error));
            return;
        }
        api::CallEnvironment env;
        env.network = self->m_network;
        env.clock = self->m_clock;
        // A test should answer within seconds: one retry for a blip, then report.
        env.retry.maxAttempts = 2;
        env.retry.budgetMs = 3000;
        env.transferTimeoutMs = 15000;
        api::DescribeBackupClientsRequest request;
        request.clientType = api::ClientType::Ecs;
        request.pageSize = 1;
        request.crossAccountType = profile.crossAccountType;
        request.crossAccountUserId = profile.crossAccountUserId;
        request.crossAccountRoleName = profile.crossAccountRoleName;
        ProfilesDialog *dialog = self;
        auto *call = new api::ApiCall(env, *credentials, endpoint, profile.signatureVersion, request, dialog);
        dialog->m_call = call;
        connect(call, &api::ApiCall::finished, dialog,
                [dialog, call, region](const api::DecodedPage &result) {
                    call->deleteLater();
                    if (!result.error.isError()) {
                        const qint64 total =
                            result.page.totalCount >= 0 ? result.page.totalCount : result.page.clients.size();
                        dialog->finishConnectionTest(
                            true, tr("Connected: %n ECS client(s) in %1 (RequestId %2).", nullptr, int(total))
                                      .arg(region, result.page.requestId));
                        return;
                    }
                    QString text = result.error.summary();
                    const QString hint = result.error.hint();
                    if (!hint.isEmpty())
                        text += QLatin1Char('\n') + hint;
                    dialog->finishConnectionTest(false, text);
                });
        call->start();
    });
}

void ProfilesDialog::finishConnectionTest(bool ok, const QString &message)
{
    m_testing = false;
    m_call = nullptr;
    m_testStatus.clear();
    showMessage(ok ? InlineMessage::Type::Positive : InlineMessage::Type::Error, message);
    updateActions();
    Q_EMIT connectionTested(ok, message);
}

} // namespace hbr::ui
