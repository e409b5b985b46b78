#include "profileeditor.h"
#include "ui_profileeditor.h"

#include "api/endpoint.h"
#include "inlinemessage.h"

#include <QMenu>
#include <QPushButton>
#include <QRegularExpression>

namespace hbr::ui {

using credentials::CredentialKind;
using credentials::EndpointMode;
using credentials::Profile;

namespace {

const QString kSelfAccount = QStringLiteral("SELF_ACCOUNT");
const QString kCrossAccount = QStringLiteral("CROSS_ACCOUNT");

// Combo box rows, in the order of the .ui file.
CredentialKind kindAt(int index)
{
    return index == 1 ? CredentialKind::StsToken : CredentialKind::AccessKey;
}

EndpointMode endpointModeAt(int index)
{
    switch (index) {
    case 1:
        return EndpointMode::Vpc;
    case 2:
        return EndpointMode::Override;
    default:
        return EndpointMode::Public;
    }
}

int indexOf(EndpointMode mode)
{
    switch (mode) {
    case EndpointMode::Public:
        return 0;
    case EndpointMode::Vpc:
        return 1;
    case EndpointMode::Override:
        return 2;
    }
    return 0;
}

} // namespace

ProfileEditor::ProfileEditor(Mode mode, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ProfileEditor>())
    , m_message(new InlineMessage(this))
    , m_regionMenu(new QMenu(this))
    , m_mode(mode)
{
    m_ui->setupUi(this);
    m_message->setClosable(false);
    m_message->setObjectName(QStringLiteral("validationMessage"));
    // Right above the buttons, so the reason OK is disabled sits next to it.
    m_ui->mainLayout->insertWidget(m_ui->mainLayout->indexOf(m_ui->buttonBox), m_message);

    QPushButton *ok = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    if (mode == Mode::Add) {
        setWindowTitle(tr("Add Profile"));
        ok->setText(tr("&Add Profile"));
        m_ui->secretEdit->setPlaceholderText(tr("Required; kept in the system keychain"));
    } else {
        ok->setText(tr("&Save"));
        m_ui->nameEdit->setReadOnly(true);
        m_ui->nameEdit->setFocusPolicy(Qt::ClickFocus);
        m_ui->secretEdit->setPlaceholderText(tr("Leave empty to keep the stored secret"));
    }
    m_ui->secretEdit->setAccessibleDescription(m_ui->secretEdit->placeholderText());

    m_ui->crossAccountTypeCombo->addItem(tr("None"), QString());
    m_ui->crossAccountTypeCombo->addItem(tr("Same account (SELF_ACCOUNT)"), kSelfAccount);
    m_ui->crossAccountTypeCombo->addItem(tr("Another account (CROSS_ACCOUNT)"), kCrossAccount);

    for (const QString &region : api::knownRegions()) {
        QAction *action = m_regionMenu->addAction(region);
        action->setCheckable(true);
        connect(action, &QAction::toggled, this,
                [this, region](bool checked) { toggleRegion(region, checked); });
    }
    m_ui->regionsButton->setMenu(m_regionMenu);
    connect(m_regionMenu, &QMenu::aboutToShow, this, &ProfileEditor::syncRegionMenu);

    const auto edited = [this] {
        m_touched = true;
        m_showingError = false;
        validate();
    };
    for (QLineEdit *edit :
         {m_ui->nameEdit, m_ui->accessKeyIdEdit, m_ui->secretEdit, m_ui->tokenEdit, m_ui->regionsEdit,
          m_ui->endpointUrlEdit, m_ui->crossAccountUserIdEdit, m_ui->crossAccountRoleNameEdit})
        connect(edit, &QLineEdit::textEdited, this, edited);
    for (QComboBox *combo :
         {m_ui->kindCombo, m_ui->endpointCombo, m_ui->signatureCombo, m_ui->crossAccountTypeCombo}) {
        connect(combo, &QComboBox::currentIndexChanged, this, [this, edited] {
            updateEnabledFields();
            edited();
        });
    }
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ProfileEditor::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ProfileEditor::reject);

    setProfile(Profile(), false);
    m_touched = false;
    validate();
}

ProfileEditor::~ProfileEditor() = default;

void ProfileEditor::setExistingNames(const QStringList &names)
{
    m_existingNames = names;
    validate();
}

void ProfileEditor::setProfile(const Profile &profile, bool tokenStored)
{
    m_tokenStored = tokenStored;
    if (m_mode == Mode::Edit)
        setWindowTitle(tr("Edit Profile \"%1\"").arg(profile.name));
    m_ui->nameEdit->setText(profile.name);
    m_ui->accessKeyIdEdit->setText(profile.accessKeyId);
    m_ui->kindCombo->setCurrentIndex(profile.kind == CredentialKind::StsToken ? 1 : 0);
    m_ui->regionsEdit->setText(profile.regions.join(QLatin1String(", ")));
    m_ui->endpointCombo->setCurrentIndex(indexOf(profile.endpointMode));
    m_ui->endpointUrlEdit->setText(profile.endpointOverride);
    m_ui->signatureCombo->setCurrentIndex(profile.signatureVersion == api::SignatureVersion::V1 ? 1 : 0);
    int typeIndex = m_ui->crossAccountTypeCombo->findData(profile.crossAccountType);
    if (typeIndex < 0) {
        // A value this form does not know (written by a newer version or by hand) is kept, not dropped.
        m_ui->crossAccountTypeCombo->addItem(profile.crossAccountType, profile.crossAccountType);
        typeIndex = m_ui->crossAccountTypeCombo->count() - 1;
    }
    m_ui->crossAccountTypeCombo->setCurrentIndex(typeIndex);
    m_ui->crossAccountUserIdEdit->setText(profile.crossAccountUserId);
    m_ui->crossAccountRoleNameEdit->setText(profile.crossAccountRoleName);

    const bool keepsToken = m_mode == Mode::Edit && tokenStored;
    m_ui->tokenEdit->setPlaceholderText(keepsToken ? tr("Leave empty to keep the stored token")
                                                   : tr("Required for STS credentials"));
    m_ui->tokenEdit->setAccessibleDescription(m_ui->tokenEdit->placeholderText());
    if (m_mode == Mode::Edit)
        m_ui->accessKeyIdEdit->setFocus();
    updateEnabledFields();
    m_touched = m_mode == Mode::Edit;
    validate();
}

Profile ProfileEditor::profile() const
{
    Profile p;
    p.name = m_ui->nameEdit->text().trimmed();
    p.accessKeyId = m_ui->accessKeyIdEdit->text().trimmed();
    p.kind = kindAt(m_ui->kindCombo->currentIndex());
    p.regions = regionList();
    p.endpointMode = endpointModeAt(m_ui->endpointCombo->currentIndex());
    if (p.endpointMode == EndpointMode::Override)
        p.endpointOverride = m_ui->endpointUrlEdit->text().trimmed();
    p.signatureVersion =
        m_ui->signatureCombo->currentIndex() == 1 ? api::SignatureVersion::V1 : api::SignatureVersion::V3;
    p.crossAccountType = m_ui->crossAccountTypeCombo->currentData().toString();
    // The account and role only mean something for another account; disabled fields must not leak stale text.
    if (!p.crossAccountType.isEmpty() && p.crossAccountType != kSelfAccount) {
        p.crossAccountUserId = m_ui->crossAccountUserIdEdit->text().trimmed();
        p.crossAccountRoleName = m_ui->crossAccountRoleNameEdit->text().trimmed();
    }
    return p;
}

QString ProfileEditor::secret() const
{
    return m_ui->secretEdit->text();
}

QString ProfileEditor::securityToken() const
{
    return kindAt(m_ui->kindCombo->currentIndex()) == CredentialKind::StsToken ? m_ui->tokenEdit->text()
                                                                               : QString();
}

void ProfileEditor::clearSecrets()
{
    m_ui->secretEdit->clear();
    m_ui->tokenEdit->clear();
}

QString ProfileEditor::problem() const
{
    const Profile p = profile();
    if (m_mode == Mode::Add && m_existingNames.contains(p.name))
        return tr("A profile named \"%1\" already exists. Choose another name.").arg(p.name);
    const QString problem = credentials::profileProblem(p);
    if (!problem.isEmpty())
        return problem;
    if (m_mode == Mode::Add && m_ui->secretEdit->text().isEmpty())
        return tr("Enter the AccessKey secret.");
    if (p.kind == CredentialKind::StsToken && m_ui->tokenEdit->text().isEmpty() &&
        (m_mode == Mode::Add || !m_tokenStored))
        return tr("Enter the STS token.");
    return QString();
}

void ProfileEditor::setBusy(bool busy, const QString &text)
{
    m_busy = busy;
    const QList<QWidget *> inputs = {m_ui->nameEdit,      m_ui->accessKeyIdEdit, m_ui->secretEdit,
                                     m_ui->kindCombo,     m_ui->regionsEdit,     m_ui->regionsButton,
                                     m_ui->endpointCombo, m_ui->signatureCombo,  m_ui->crossAccountGroup};
    for (QWidget *w : inputs)
        w->setEnabled(!busy);
    updateEnabledFields();
    if (busy) {
        m_message->showMessage(InlineMessage::Type::Information, text);
        m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(false);
    } else {
        validate();
    }
}

void ProfileEditor::showError(const QString &text)
{
    setBusy(false);
    m_showingError = true;
    m_message->showMessage(InlineMessage::Type::Error, text);
}

QString ProfileEditor::messageText() const
{
    return m_message->text();
}

void ProfileEditor::accept()
{
    if (m_busy || !problem().isEmpty())
        return;
    Q_EMIT submitted();
}

void ProfileEditor::validate()
{
    const QString problem = this->problem();
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty() && !m_busy);
    if (m_busy || m_showingError)
        return;
    if (problem.isEmpty())
        m_message->clearMessage();
    else
        // Before the first keystroke the problem is a hint ("enter a name"), not a mistake.
        m_message->showMessage(m_touched ? InlineMessage::Type::Warning : InlineMessage::Type::Information,
                               problem);
}

void ProfileEditor::updateEnabledFields()
{
    const bool sts = kindAt(m_ui->kindCombo->currentIndex()) == CredentialKind::StsToken;
    m_ui->tokenEdit->setEnabled(sts && !m_busy);
    m_ui->tokenLabel->setEnabled(sts);
    const bool override = endpointModeAt(m_ui->endpointCombo->currentIndex()) == EndpointMode::Override;
    m_ui->endpointUrlEdit->setEnabled(override && !m_busy);
    m_ui->endpointUrlLabel->setEnabled(override);
    const QString type = m_ui->crossAccountTypeCombo->currentData().toString();
    const bool otherAccount = !type.isEmpty() && type != kSelfAccount;
    const QList<QWidget *> crossAccountFields = {m_ui->crossAccountUserIdEdit, m_ui->crossAccountUserIdLabel,
                                                 m_ui->crossAccountRoleNameEdit,
                                                 m_ui->crossAccountRoleNameLabel};
    for (QWidget *w : crossAccountFields)
        w->setEnabled(otherAccount);
}

void ProfileEditor::syncRegionMenu()
{
    const QStringList chosen = regionList();
    for (QAction *action : m_regionMenu->actions()) {
        const QSignalBlocker blocker(action);
        action->setChecked(chosen.contains(action->text()));
    }
}

void ProfileEditor::toggleRegion(const QString &region, bool checked)
{
    QStringList regions = regionList();
    if (checked && !regions.contains(region))
        regions.append(region);
    else if (!checked)
        regions.removeAll(region);
    m_ui->regionsEdit->setText(regions.join(QLatin1String(", ")));
    m_touched = true;
    m_showingError = false;
    validate();
}

QStringList ProfileEditor::regionList() const
{
    QStringList regions;
    const QStringList parts =
        m_ui->regionsEdit->text().split(QRegularExpression(QStringLiteral("[,;\\s]+")), Qt::SkipEmptyParts);
    for (const QString &part : parts)
        if (!regions.contains(part))
            regions.append(part);
    return regions;
}

} // namespace hbr::ui
