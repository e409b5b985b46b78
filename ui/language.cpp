#include "language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace hbr::ui {

QStringList availableLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("zh_CN")};
}

QString languageDisplayName(const QString &language)
{
    if (language == QLatin1String("zh_CN"))
        return QStringLiteral("简体中文");
    return QStringLiteral("English");
}

QString chooseLanguage(const QString &requested, const QLocale &system)
{
    const QStringList available = availableLanguages();
    const QString wanted = requested.trimmed();
    if (!wanted.isEmpty() && wanted != QLatin1String("system")) {
        // Accept "zh_CN", "zh-CN", "zh" and the like: match on the locale Qt makes of it.
        const QLocale asked(wanted);
        for (const QString &language : available) {
            const QLocale candidate(language);
            if (candidate.language() == asked.language() &&
                (language == QLatin1String("en") || candidate.territory() == asked.territory() ||
                 asked.territory() == QLocale::AnyTerritory))
                return language;
        }
        return QStringLiteral("en");
    }
    for (const QString &name : system.uiLanguages()) {
        const QLocale ui(name);
        if (ui.language() == QLocale::English)
            return QStringLiteral("en");
        // Simplified Chinese: zh-CN, zh-Hans, zh-SG; not zh-TW or zh-HK (Traditional).
        if (ui.language() == QLocale::Chinese && ui.script() != QLocale::TraditionalChineseScript)
            return QStringLiteral("zh_CN");
    }
    return QStringLiteral("en");
}

bool installTranslators(QCoreApplication *app, const QString &language)
{
    if (language == QLatin1String("en"))
        return true;
    auto *ours = new QTranslator(app);
    if (!ours->load(QStringLiteral(":/i18n/hbr-browser_") + language)) {
        delete ours;
        return false;
    }
    QCoreApplication::installTranslator(ours);
    // Qt's own strings (Cancel, Open, Save in standard dialogs); a missing file only leaves those English.
    auto *qt = new QTranslator(app);
    if (qt->load(QStringLiteral("qtbase_") + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return true;
}

} // namespace hbr::ui
