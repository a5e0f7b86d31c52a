#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

class QCoreApplication;

namespace Readout {

/// Puts Readout's user interface in the user's language: installs a translator for Readout's own
/// messages (translations/readout_<lang>.ts, compiled into the program under ":/i18n") and one
/// for Qt's own (qtbase_<lang>.qm from Qt's translations folder: standard buttons, dialogs,
/// context menus) of the same language.
///
/// The language is QLocale::system() (on Unix from LANGUAGE, LC_ALL, LC_MESSAGES, LANG), or the
/// locale named by the environment variable READOUT_LANG when it is set ("ja", "ru_RU", "fr-CA",
/// "en" for the untranslated interface), which changes Readout's language only.
class TranslationLoader
{
public:
    /// QLocale(READOUT_LANG) when that variable is set and not empty, otherwise QLocale::system().
    static QLocale preferredLocale();

    /// Installs the translators for @p locale into @p app, replacing any that an earlier call
    /// installed (they are children of @p app, so they live as long as it does). The languages of
    /// locale.uiLanguages() are tried in order up to the first English one, English being the
    /// language of the sources; the first that Readout is translated into wins, and Qt's own
    /// translation of that language is added when Qt has one. Returns the files loaded, Readout's
    /// first (":/i18n/readout_ja.qm", ".../qtbase_ja.qm"); empty when Readout is not translated
    /// into any of the languages, and then the interface is in English. Call it after creating
    /// the application object and before creating any window.
    static QStringList install(QCoreApplication &app, const QLocale &locale = preferredLocale());

    /// The languages Readout is translated into, as in the file names ("fr", "ja", "ru"), sorted.
    static QStringList availableLanguages();

    /// Where Qt's own translations are installed (QLibraryInfo's translations path).
    static QString qtTranslationsPath();
};

} // namespace Readout
