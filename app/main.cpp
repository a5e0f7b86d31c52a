#include "commandline.h"
#include "mainwindow.h"
#include "translationloader.h"

#include <QApplication>
#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char **argv)
{
    QCoreApplication::setOrganizationName(QStringLiteral("Readout"));
    QCoreApplication::setApplicationName(QStringLiteral("Readout"));
    QCoreApplication::setApplicationVersion(QStringLiteral(READOUT_VERSION));

    // The command line needs no display: decide before creating a QApplication.
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    if (Readout::isCommandLine(arguments)) {
        QCoreApplication app(argc, argv);
        QTextStream out(stdout);
        QTextStream err(stderr);
        return Readout::runCommandLine(app.arguments(), out, err);
    }

    QApplication app(argc, argv);
    Readout::TranslationLoader::install(app);
    Readout::MainWindow window;
    const QStringList files = app.arguments().mid(1);
    if (files.isEmpty())
        window.openSamples();
    else
        window.openFile(files.first());
    window.show();
    return app.exec();
}
