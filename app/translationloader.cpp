#include "translationloader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QTranslator>

#include <memory>

// Q_INIT_RESOURCE has to be used outside any namespace. The .qm files are compiled into the
// static library readout_translations, where nothing else would make the linker keep them.
static void initTranslationResources()
{
    Q_INIT_RESOURCE(readout_translations);
}

namespace Readout {

namespace {

const char *const translatorName = "Readout::TranslationLoader";

QString resourceDir()
{
    return QStringLiteral(":/i18n");
}

// Loads @p name_<language>.qm from @p dir into a translator installed in @p app; the path loaded,
// or an empty string when there is no such file.
QString installOne(QCoreApplication &app, const QLocale &language, const QString &name,
                   const QString &dir)
{
    auto translator = std::make_unique<QTranslator>(&app);
    // Tries "name_ja_JP.qm", then "name_ja.qm".
    if (!translator->load(language, name, QStringLiteral("_"), dir))
        return QString();
    translator->setObjectName(QLatin1String(translatorName));
    QCoreApplication::installTranslator(translator.get());
    return translator.release()->filePath();
}

} // namespace

QLocale TranslationLoader::preferredLocale()
{
    const QString name = qEnvironmentVariable("READOUT_LANG").trimmed();
    return name.isEmpty() ? QLocale::system() : QLocale(name);
}

QStringList TranslationLoader::install(QCoreApplication &app, const QLocale &locale)
{
    initTranslationResources();
    const QList<QTranslator *> previous =
        app.findChildren<QTranslator *>(QLatin1String(translatorName), Qt::FindDirectChildrenOnly);
    for (QTranslator *translator : previous) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }

    QStringList loaded;
    const QStringList languages = locale.uiLanguages();
    for (const QString &name : languages) {
        const QLocale language(name);
        // A user who prefers English first and another language second should get English,
        // although there is no readout_en.qm to find; "C" (LANG=C) means English too.
        if (language.language() == QLocale::English || language.language() == QLocale::C)
            break;
        const QString own = installOne(app, language, QStringLiteral("readout"), resourceDir());
        if (own.isEmpty())
            continue;
        loaded << own;
        const QString qt =
            installOne(app, language, QStringLiteral("qtbase"), qtTranslationsPath());
        if (!qt.isEmpty())
            loaded << qt;
        break;
    }
    return loaded;
}

QStringList TranslationLoader::availableLanguages()
{
    initTranslationResources();
    const QString prefix = QStringLiteral("readout_");
    const QStringList files =
        QDir(resourceDir()).entryList({prefix + QStringLiteral("*.qm")}, QDir::Files, QDir::Name);
    QStringList languages;
    for (const QString &file : files) {
        languages << QFileInfo(file).completeBaseName().mid(prefix.size());
    }
    return languages;
}

QString TranslationLoader::qtTranslationsPath()
{
#if QT_VERSION < QT_VERSION_CHECK(6, 0, 0)
    return QLibraryInfo::location(QLibraryInfo::TranslationsPath);
#else
    return QLibraryInfo::path(QLibraryInfo::TranslationsPath);
#endif
}

} // namespace Readout
