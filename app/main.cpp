#include "commandline.h"
#include "mainwindow.h"
#include "storeoption.h"
#include "translationloader.h"

#include <QApplication>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>

#include <memory>

namespace {

// "--language ja" or "--language=ja" anywhere: the interface language, taken out of the
// arguments. Empty when not given.
QString takeLanguage(QStringList &arguments)
{
    QString language;
    for (int i = 1; i < arguments.size();) {
        const QString &arg = arguments.at(i);
        if (arg == QLatin1String("--language") && i + 1 < arguments.size()) {
            language = arguments.at(i + 1);
            arguments.erase(arguments.begin() + i, arguments.begin() + i + 2);
        } else if (arg.startsWith(QLatin1String("--language="))) {
            language = arg.mid(11);
            arguments.removeAt(i);
        } else {
            ++i;
        }
    }
    return language;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication::setOrganizationName(QStringLiteral("Readout"));
    QCoreApplication::setApplicationName(QStringLiteral("Readout"));
    QCoreApplication::setApplicationVersion(QStringLiteral(READOUT_VERSION));

    // The command line needs no display: decide before creating a QApplication.
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    const QString language = takeLanguage(arguments);
    const QString store = Readout::takeStoreOption(arguments);
    if (Readout::isCommandLine(arguments)) {
        std::unique_ptr<QCoreApplication> app;
        if (Readout::commandNeedsFonts(arguments)) {
            if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
                qputenv("QT_QPA_PLATFORM", "offscreen");
            app = std::make_unique<QGuiApplication>(argc, argv);
        } else {
            app = std::make_unique<QCoreApplication>(argc, argv);
        }
        QTextStream out(stdout);
        QTextStream err(stderr);
        if (!store.isEmpty())
            arguments.insert(1, QStringLiteral("--store=") + store);
        return Readout::runCommandLine(arguments, out, err);
    }

    QApplication app(argc, argv);
    Readout::TranslationLoader::install(app, language.isEmpty()
                                                 ? Readout::TranslationLoader::preferredLocale()
                                                 : QLocale(language));
    // A team's server: from the command line for this run, else as set in the Settings dialog.
    QString storeProblem;
    if (!Readout::useStore(store.isEmpty() ? Readout::savedStore() : store, storeProblem))
        QTextStream(stderr) << "readout: " << storeProblem << "\n";
    Readout::MainWindow window;
    // Qt's own options (-platform, -style) are gone from app.arguments(); ours are not.
    QStringList paths = app.arguments();
    takeLanguage(paths);
    Readout::takeStoreOption(paths);
    paths.removeFirst();
    window.show();
    if (paths.isEmpty())
        window.openSamples();
    else
        window.openPaths(paths);
    return app.exec();
}
