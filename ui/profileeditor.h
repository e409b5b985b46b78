#pragma once

#include "credentials/profile.h"

#include <QDialog>
#include <QStringList>
#include <memory>

class QMenu;

namespace Ui {
class ProfileEditor;
}

namespace hbr::ui {

class InlineMessage;

/// The add/edit form of one profile. It validates as the user types (profileProblem() and the secrets a new
/// profile needs) and keeps OK disabled while anything is wrong. OK does not close it: it emits submitted()
/// and the owner saves, then closes the form with done() or reports a failure with showError(), so a failed
/// keychain write does not throw away what the user typed.
class ProfileEditor : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { Add, Edit };

    explicit ProfileEditor(Mode mode, QWidget *parent = nullptr);
    ~ProfileEditor() override;

    Mode mode() const { return m_mode; }

    /// Add mode: names already taken (refused with a message).
    void setExistingNames(const QStringList &names);
    /// Fills the form from a saved profile. In Edit mode the name is read-only and empty secret fields keep
    /// the stored secret; `tokenStored` says whether an STS token is already in the keychain.
    void setProfile(const credentials::Profile &profile, bool tokenStored);

    /// The profile as the form describes it (no secrets).
    credentials::Profile profile() const;
    /// The AccessKey secret as typed; in Edit mode empty means "keep the stored one".
    QString secret() const;
    /// The STS token as typed, or empty when the kind is not STS.
    QString securityToken() const;
    /// Empties the secret fields, so that no copy of a secret stays in the form once it was handed over.
    void clearSecrets();

    /// What keeps OK disabled, as a sentence; empty when the form is valid.
    QString problem() const;

    /// While saving: the form is read-only and `text` says what is happening.
    void setBusy(bool busy, const QString &text = QString());
    /// A failure to save, shown above the buttons until the user changes something.
    void showError(const QString &text);
    /// The text of the message area (validation, progress or error); empty when hidden.
    QString messageText() const;

    void accept() override;

Q_SIGNALS:
    /// OK was pressed on a valid form.
    void submitted();

private:
    void validate();
    void updateEnabledFields();
    void syncRegionMenu();
    void toggleRegion(const QString &region, bool checked);
    QStringList regionList() const;

    std::unique_ptr<Ui::ProfileEditor> m_ui;
    InlineMessage *m_message;
    QMenu *m_regionMenu;
    Mode m_mode;
    QStringList m_existingNames;
    bool m_tokenStored = false;
    bool m_touched = false;
    bool m_busy = false;
    bool m_showingError = false;
};

} // namespace hbr::ui
