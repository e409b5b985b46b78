#pragma once

#include "inlinemessage.h"

#include <QDialog>
#include <QPointer>
#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace Ui {
class ProfilesDialog;
}

namespace hbr {
class Clock;
namespace api {
class ApiCall;
} // namespace api
namespace credentials {
class ProfileService;
} // namespace credentials
} // namespace hbr

namespace hbr::ui {

class ProfileEditor;

/// Manages saved profiles: list, details (whether the secret is set, never its value), add, edit, remove,
/// import from the aliyun CLI and a one-request connection test. Everything it touches is passed in; every
/// operation is asynchronous, and its outcome, good or bad, is shown in the dialog's message area.
class ProfilesDialog : public QDialog
{
    Q_OBJECT
public:
    /// `service`, `network` and `clock` are owned elsewhere and must outlive the dialog.
    ProfilesDialog(credentials::ProfileService *service, QNetworkAccessManager *network, const Clock *clock,
                   QWidget *parent = nullptr);
    ~ProfilesDialog() override;

    /// The name of the selected profile; empty when none is.
    QString selectedProfile() const;
    void selectProfile(const QString &name);

    /// Answers every confirmation prompt (remove, import) with yes instead of asking; for tests and scripted
    /// use.
    void setConfirmationsAutoAccepted(bool on) { m_autoConfirm = on; }

    /// Reads an aliyun CLI config.json, shows what would be imported and what not (and why), asks, then adds
    /// the importable profiles. The Import button calls this after its file chooser.
    void importAliyunConfig(const QString &path);

    /// The add/edit form while it is open; null otherwise.
    ProfileEditor *editor() const { return m_editor; }
    /// The text of the message area; empty when no message is shown.
    QString messageText() const;
    /// Whether a connection test is running.
    bool isTestingConnection() const { return m_testing; }

public Q_SLOTS:
    void addProfile();
    void editProfile();
    void removeProfile();
    /// Asks for the aliyun CLI configuration file (by default ~/.aliyun/config.json), then imports from it.
    void chooseAliyunConfig();
    void testConnection();

Q_SIGNALS:
    /// A profile was added, changed or removed.
    void profilesChanged();
    /// A connection test ended; `message` is what the dialog shows.
    void connectionTested(bool ok, const QString &message);

private:
    void reloadProfiles(const QString &select = QString());
    void showDetails();
    void updateActions();
    void openEditor(ProfileEditor *editor);
    void saveFromEditor();
    struct ImportRun;
    void importNext(const std::shared_ptr<ImportRun> &run);
    void finishConnectionTest(bool ok, const QString &message);
    /// Asks a yes/no question without a nested event loop; calls `onYes` only when the answer is yes.
    void confirm(const QString &text, const QString &details, const QString &yesText, bool destructive,
                 std::function<void()> onYes);
    void showMessage(InlineMessage::Type type, const QString &text);
    void beginOperation(const QString &status);
    void setOperationStatus(const QString &status);
    void endOperation();
    void updateStatus();

    std::unique_ptr<Ui::ProfilesDialog> m_ui;
    InlineMessage *m_message;
    credentials::ProfileService *m_service;
    QNetworkAccessManager *m_network;
    const Clock *m_clock;
    QPointer<ProfileEditor> m_editor;
    QPointer<api::ApiCall> m_call;
    QString m_operationStatus;
    QString m_testStatus;
    int m_operations = 0; ///< adds, updates, removes and imports in flight
    bool m_testing = false;
    bool m_autoConfirm = false;
    quint64 m_detailsGeneration = 0; ///< drops secret-presence answers for a selection that has moved on
};

} // namespace hbr::ui
