#pragma once

#include <QStringList>

class QSettings;

namespace hbr::credentials {
class CredentialStore;
}

namespace hbr::cli {

/// `hbr-browser profile add|list|show|remove|import-aliyun|test ...` (arguments after "profile").
/// Secrets are read from standard input (no echo on a terminal), never from an argument, and go only to
/// the keychain. Returns the exit status: 0 done, 1 failed, 2 usage error (an unknown profile included).
int runProfile(const QStringList &arguments, QSettings &settings, credentials::CredentialStore &secrets);

QString profileHelpText();

} // namespace hbr::cli
