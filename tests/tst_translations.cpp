#include "mainwindow.h"
#include "translationloader.h"

#include <QApplication>
#include <QFileInfo>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <memory>

using Readout::MainWindow;
using Readout::TranslationLoader;

namespace {

QString translate(const char *context, const char *source)
{
    return QCoreApplication::translate(context, source);
}

// Warnings printed while @p work runs, so a test can say that something went quietly.
int g_warnings = 0;

void countWarnings(QtMsgType type, const QMessageLogContext &, const QString &)
{
    if (type != QtDebugMsg && type != QtInfoMsg)
        ++g_warnings;
}

template<typename Work> int warningsDuring(Work work)
{
    g_warnings = 0;
    const QtMessageHandler previous = qInstallMessageHandler(countWarnings);
    work();
    qInstallMessageHandler(previous);
    return g_warnings;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void availableLanguages();
    void installsLanguage_data();
    void installsLanguage();
    void everyMessageIsTranslated_data();
    void everyMessageIsTranslated();
    void installsQtOwnTranslation();
    void mainWindowShowsJapaneseMenus();
    void unknownLocaleFallsBackToEnglish_data();
    void unknownLocaleFallsBackToEnglish();
    void installReplacesEarlierLanguage();
    void environmentOverridesSystemLocale();

private:
    QTemporaryDir m_settingsDir;
};

void TestTranslations::initTestCase()
{
    // The main window keeps its geometry in QSettings: a directory of the test's own.
    QVERIFY(m_settingsDir.isValid());
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("ReadoutTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_translations"));
}

void TestTranslations::cleanup()
{
    // Each test starts in English, whatever the previous one installed.
    TranslationLoader::install(*QCoreApplication::instance(), QLocale(QLocale::English));
    qunsetenv("READOUT_LANG");
}

void TestTranslations::availableLanguages()
{
    QCOMPARE(TranslationLoader::availableLanguages(),
             QStringList({QStringLiteral("fr"), QStringLiteral("ja"), QStringLiteral("ru")}));
}

void TestTranslations::installsLanguage_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("menuFile");
    QTest::addColumn<QString>("about");

    QTest::newRow("ja") << QStringLiteral("ja_JP") << QStringLiteral(":/i18n/readout_ja.qm")
                        << QStringLiteral("ファイル(&F)") << QStringLiteral("Readout について");
    QTest::newRow("ru") << QStringLiteral("ru_RU") << QStringLiteral(":/i18n/readout_ru.qm")
                        << QStringLiteral("&Файл") << QStringLiteral("О программе Readout");
    QTest::newRow("fr") << QStringLiteral("fr_FR") << QStringLiteral(":/i18n/readout_fr.qm")
                        << QStringLiteral("&Fichier") << QStringLiteral("À propos de Readout");
    // A territory without a file of its own falls back to the language.
    QTest::newRow("fr_CA") << QStringLiteral("fr_CA") << QStringLiteral(":/i18n/readout_fr.qm")
                           << QStringLiteral("&Fichier") << QStringLiteral("À propos de Readout");
}

void TestTranslations::installsLanguage()
{
    QFETCH(QString, locale);
    QFETCH(QString, file);
    QFETCH(QString, menuFile);
    QFETCH(QString, about);

    const QStringList loaded =
        TranslationLoader::install(*QCoreApplication::instance(), QLocale(locale));
    QVERIFY(!loaded.isEmpty());
    QCOMPARE(loaded.first(), file);
    QCOMPARE(translate("Readout::MainWindow", "&File"), menuFile);
    QCOMPARE(translate("Readout::MainWindow", "About Readout"), about);
}

void TestTranslations::everyMessageIsTranslated_data()
{
    QTest::addColumn<QString>("language");
    const QStringList languages = TranslationLoader::availableLanguages();
    for (const QString &language : languages) {
        QTest::newRow(qPrintable(language)) << language;
    }
}

void TestTranslations::everyMessageIsTranslated()
{
    QFETCH(QString, language);
    // Messages whose translation differs from the English in every language (the program's
    // name and "%1 — Readout" rightly stay as they are).
    static const char *const sources[] = {"Could not open %1",
                                          "Opened %1: %2 statements, %3 participants (%4)",
                                          "This build of Readout contains no sample summaries.",
                                          "A reader for diplomatic meeting summaries.",
                                          "Built with Qt %1, running on Qt %2.",
                                          "&File",
                                          "&Quit",
                                          "&Help",
                                          "&About Readout"};
    TranslationLoader::install(*QCoreApplication::instance(), QLocale(language));
    for (const char *source : sources) {
        const QString translated = translate("Readout::MainWindow", source);
        QVERIFY2(translated != QLatin1String(source), source);
        // Placeholders survive translation, or arg() would leave text out.
        for (const QString &marker : {QStringLiteral("%1"), QStringLiteral("%2"),
                                      QStringLiteral("%3"), QStringLiteral("%4")}) {
            QCOMPARE(translated.contains(marker), QString::fromLatin1(source).contains(marker));
        }
    }
    QVERIFY(translate("Readout::SourceView", "No summary is open.") !=
            QLatin1String("No summary is open."));
    const char *const highlighter = "The syntax definition \"%1\" could not be loaded.";
    QVERIFY(translate("Readout::SummaryHighlighter", highlighter) != QLatin1String(highlighter));
}

void TestTranslations::installsQtOwnTranslation()
{
    const QString qtbase =
        TranslationLoader::qtTranslationsPath() + QStringLiteral("/qtbase_ru.qm");
    if (!QFileInfo::exists(qtbase))
        QSKIP("Qt's own translations are not installed (Debian: qt6-translations-l10n, "
              "qttranslations5-l10n)");
    const QStringList loaded =
        TranslationLoader::install(*QCoreApplication::instance(), QLocale(QStringLiteral("ru")));
    QCOMPARE(loaded.size(), 2);
    QCOMPARE(QFileInfo(loaded.at(1)).canonicalFilePath(), QFileInfo(qtbase).canonicalFilePath());
    // A standard button of Qt's own dialogs.
    QCOMPARE(translate("QPlatformTheme", "Cancel"), QStringLiteral("Отмена"));
}

void TestTranslations::mainWindowShowsJapaneseMenus()
{
    TranslationLoader::install(*QCoreApplication::instance(), QLocale(QLocale::Japanese));
    MainWindow window;
    const QList<QAction *> menus = window.menuBar()->actions();
    QCOMPARE(menus.size(), 5);
    QCOMPARE(menus.at(0)->text(), QStringLiteral("ファイル(&F)"));
    QCOMPARE(menus.last()->text(), QStringLiteral("ヘルプ(&H)"));
    auto *quit = window.findChild<QAction *>(QStringLiteral("actionQuit"));
    QVERIFY(quit);
    QCOMPARE(quit->text(), QStringLiteral("終了(&Q)"));
    QVERIFY(window.aboutText().contains(QStringLiteral("外交会談の概要")));
}

void TestTranslations::unknownLocaleFallsBackToEnglish_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::newRow("German") << QLocale(QLocale::German, QLocale::Germany);
    QTest::newRow("English") << QLocale(QLocale::English, QLocale::UnitedKingdom);
    QTest::newRow("C") << QLocale::c();
    QTest::newRow("nonsense name") << QLocale(QStringLiteral("xx_YY"));
}

void TestTranslations::unknownLocaleFallsBackToEnglish()
{
    QFETCH(QLocale, locale);
    // First something else, to see that it is taken away again.
    TranslationLoader::install(*QCoreApplication::instance(), QLocale(QLocale::Russian));
    QStringList loaded;
    const int warnings = warningsDuring(
        [&] { loaded = TranslationLoader::install(*QCoreApplication::instance(), locale); });
    QCOMPARE(warnings, 0);
    QVERIFY2(loaded.isEmpty(), qPrintable(loaded.join(QLatin1Char(' '))));
    QCOMPARE(translate("Readout::MainWindow", "&File"), QStringLiteral("&File"));
    QCOMPARE(QCoreApplication::instance()->findChildren<QTranslator *>().size(), 0);

    MainWindow window;
    QCOMPARE(window.menuBar()->actions().at(0)->text(), QStringLiteral("&File"));
}

void TestTranslations::installReplacesEarlierLanguage()
{
    auto *app = QCoreApplication::instance();
    TranslationLoader::install(*app, QLocale(QLocale::Japanese));
    TranslationLoader::install(*app, QLocale(QLocale::French));
    QCOMPARE(translate("Readout::MainWindow", "&Help"), QStringLiteral("Ai&de"));
    // Readout's own and at most Qt's: the Japanese ones are gone.
    QVERIFY(app->findChildren<QTranslator *>().size() <= 2);
}

void TestTranslations::environmentOverridesSystemLocale()
{
    qputenv("READOUT_LANG", "ru");
    QCOMPARE(TranslationLoader::preferredLocale().language(), QLocale::Russian);
    TranslationLoader::install(*QCoreApplication::instance());
    QCOMPARE(translate("Readout::MainWindow", "&Quit"), QStringLiteral("&Выход"));

    qputenv("READOUT_LANG", "");
    QCOMPARE(TranslationLoader::preferredLocale(), QLocale::system());
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
