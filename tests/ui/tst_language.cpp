// The window's language: which one is chosen from --lang, the saved setting and the system locale, and that
// the Simplified Chinese translation embedded in the library loads and translates the window's strings.
#include "language.h"
#include "mainwindow.h"

#include <QCoreApplication>
#include <QTranslator>
#include <QtTest>

using namespace Qt::StringLiterals;
using hbr::ui::chooseLanguage;

class TestLanguage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void choice_data()
    {
        QTest::addColumn<QString>("requested");
        QTest::addColumn<QString>("system");
        QTest::addColumn<QString>("expected");
        QTest::newRow("system English") << QString() << u"en_US"_s << u"en"_s;
        QTest::newRow("system Simplified Chinese") << QString() << u"zh_CN"_s << u"zh_CN"_s;
        QTest::newRow("system Singapore Chinese") << QString() << u"zh_SG"_s << u"zh_CN"_s;
        QTest::newRow("system Traditional Chinese stays English") << QString() << u"zh_TW"_s << u"en"_s;
        QTest::newRow("system German falls back to English") << QString() << u"de_DE"_s << u"en"_s;
        QTest::newRow("'system' means the system's") << u"system"_s << u"zh_CN"_s << u"zh_CN"_s;
        QTest::newRow("--lang zh_CN on an English system") << u"zh_CN"_s << u"en_US"_s << u"zh_CN"_s;
        QTest::newRow("--lang zh-CN") << u"zh-CN"_s << u"en_US"_s << u"zh_CN"_s;
        QTest::newRow("--lang zh") << u"zh"_s << u"en_US"_s << u"zh_CN"_s;
        QTest::newRow("--lang en on a Chinese system") << u"en"_s << u"zh_CN"_s << u"en"_s;
        QTest::newRow("--lang of no translation") << u"fr"_s << u"zh_CN"_s << u"en"_s;
    }

    void choice()
    {
        QFETCH(QString, requested);
        QFETCH(QString, system);
        QFETCH(QString, expected);
        QCOMPARE(chooseLanguage(requested, QLocale(system)), expected);
    }

    void theChineseTranslationLoadsAndTranslates()
    {
        QTranslator translator;
        QVERIFY(translator.load(u":/i18n/hbr-browser_zh_CN"_s));
        QVERIFY(!translator.isEmpty());
        // A few strings of the window and of the core it shows: each must come back translated.
        struct Probe
        {
            const char *context;
            const char *source;
        };
        const Probe probes[] = {
            {"hbr::ui::MainWindow", "&File"},
            {"hbr::ui::DetailPane", "Proxy configuration"},
            {"hbr::ui::Gui", "Open the built-in demo fleet."},
            {"hbr::FleetSignals", "Stale"},
        };
        for (const Probe &p : probes) {
            const QString translated = translator.translate(p.context, p.source);
            QVERIFY2(!translated.isEmpty(), p.source);
            QVERIFY2(translated != QLatin1String(p.source), p.source);
        }
    }

    void englishNeedsNoTranslator()
    {
        QVERIFY(hbr::ui::installTranslators(QCoreApplication::instance(), u"en"_s));
        QCOMPARE(QCoreApplication::translate("hbr::ui::MainWindow", "&File"), u"&File"_s);
    }
};

QTEST_MAIN(TestLanguage)
#include "tst_language.moc"
