#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

class QCoreApplication;
class QTranslator;

namespace hbr::ui {

/// The languages the window is translated into, as BCP 47-ish names ("en", "zh_CN"); "en" is the source.
QStringList availableLanguages();
/// A language's own name for a menu ("English", "简体中文").
QString languageDisplayName(const QString &language);

/// Which language to show: `requested` (--lang or the saved setting; "" or "system" for the system's), then
/// the system locale's first UI language that has a translation, else English.
QString chooseLanguage(const QString &requested, const QLocale &system = QLocale::system());

/// Installs the translators for `language` on the application: ours from the resources, and Qt's own (the
/// standard dialogs' buttons) from Qt's translations folder when that is installed. Returns false when
/// ours could not be loaded (the window then stays English).
bool installTranslators(QCoreApplication *app, const QString &language);

} // namespace hbr::ui
