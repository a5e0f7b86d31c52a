// readout-gen: writes synthetic summaries to a folder, for benchmarks on large archives.
//
//   readout-gen --seed S --count N --out DIR
//
// Files are named summary-00001.txt, summary-00002.txt, ... (wider numbers when N needs them),
// UTF-8 with '\n' line ends. The same seed and count always give the same files.

#include "summarygenerator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QSaveFile>

#include <cstdio>

namespace {

int usageError(const QString &message)
{
    std::fprintf(stderr, "readout-gen: %s\n", qPrintable(message));
    return 2;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("readout-gen"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Writes N synthetic diplomatic meeting summaries (fictional countries and "
                       "people), reproducible from a seed."));
    parser.addHelpOption();
    const QCommandLineOption seedOption(QStringLiteral("seed"),
                                        QStringLiteral("Seed of the sequence (default 1)."),
                                        QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption countOption(QStringLiteral("count"),
                                         QStringLiteral("Number of summaries to write."),
                                         QStringLiteral("N"));
    const QCommandLineOption outOption(QStringLiteral("out"),
                                       QStringLiteral("Folder to write into (created if missing)."),
                                       QStringLiteral("DIR"));
    parser.addOptions({seedOption, countOption, outOption});
    parser.process(app);

    bool ok = false;
    const quint64 seed = parser.value(seedOption).toULongLong(&ok);
    if (!ok)
        return usageError(QStringLiteral("--seed needs a non-negative integer"));
    const int count = parser.value(countOption).toInt(&ok);
    if (!ok || count < 0)
        return usageError(QStringLiteral("--count needs a non-negative integer"));
    if (!parser.isSet(outOption))
        return usageError(QStringLiteral("--out DIR is required"));
    if (!parser.positionalArguments().isEmpty())
        return usageError(QStringLiteral("unexpected argument: %1")
                              .arg(parser.positionalArguments().constFirst()));

    const QString outDir = parser.value(outOption);
    if (!QDir().mkpath(outDir))
        return usageError(QStringLiteral("%1: cannot create folder").arg(outDir));
    const QDir dir(outDir);

    const int width = std::max(5, int(QString::number(count).size()));
    Readout::SummaryGenerator generator(seed);
    QElapsedTimer timer;
    timer.start();
    qint64 bytes = 0;
    for (int i = 1; i <= count; ++i) {
        const QString name = QStringLiteral("summary-%1.txt").arg(i, width, 10, QLatin1Char('0'));
        const QByteArray data = generator.next().toUtf8();
        QSaveFile file(dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
            std::fprintf(stderr, "readout-gen: %s: %s\n", qPrintable(file.fileName()),
                         qPrintable(file.errorString()));
            return 1;
        }
        bytes += data.size();
    }
    std::printf("wrote %d summaries, %.2f MB, to %s in %.2f s (seed %llu)\n", count,
                double(bytes) / 1e6, qPrintable(QDir::toNativeSeparators(outDir)),
                double(timer.elapsed()) / 1e3, static_cast<unsigned long long>(seed));
    return 0;
}
