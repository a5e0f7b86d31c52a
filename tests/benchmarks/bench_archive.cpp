// bench_archive: opening a whole archive as the window does (DESIGN.md targets): a cold open
// of N generated summaries (all cores, empty index cache), a warm open (unchanged files, from
// the cache), the longest stall of the GUI thread's event loop during each, and full-text
// query latency on the archive, with baselines measured in the same run (reading the bytes;
// `grep` over the same files).
//
//   bench_archive [--files N] [--seed S] [--folder DIR] [--smoke]
//
// A benchmark, not a test: it prints figures and exits 0 once it has run. The index cache
// goes to a private test location (QStandardPaths test mode), never the user's.

#include "corpus/corpus.h"
#include "corpus/corpusloader.h"
#include "corpus/corpussearch.h"
#include "corpus/indexcache.h"
#include "corpus/indexwriter.h"
#include "corpus/loadjob.h"
#include "items/statementfiltermodel.h"
#include "items/statementmodel.h"
#include "mainwindow.h"
#include "summarygenerator.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThreadPool>
#include <QTimer>

#include <sys/resource.h>
#include <time.h>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <thread>
#include <vector>

using namespace Readout;

namespace {

/// Measures how long the event loop goes without turning: a timer that should fire every
/// millisecond notes the longest gap between two firings.
class StallDetector
{
public:
    StallDetector()
    {
        m_timer.setInterval(5); // a finer timer would itself keep the GUI thread busy
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            const qint64 gap = m_since.restart();
            m_longest = std::max(m_longest, gap);
            m_busy += std::max<qint64>(0, gap - m_timer.interval());
        });
    }
    /// Roughly how long the event loop was kept from turning, in all.
    qint64 busy() const { return m_busy; }
    void start()
    {
        m_longest = 0;
        m_busy = 0;
        m_since.start();
        m_timer.start();
    }
    qint64 stop()
    {
        m_timer.stop();
        return m_longest;
    }

private:
    QTimer m_timer;
    QElapsedTimer m_since;
    qint64 m_longest = 0;
    qint64 m_busy = 0;
};

/// Readout's own window, showing every document's statements (as an analyst reading an
/// archive does), with the full-text search its filter bar uses.
struct Window
{
    MainWindow main;
    CorpusSearch search{main.corpus(), main.loader()};

    Window()
    {
        main.showAllDocuments(true);
        main.resize(1280, 860);
        main.show();
    }
    Corpus &corpus() { return *main.corpus(); }
    CorpusLoader &loader() { return *main.loader(); }
    StatementFilterModel &filter() { return *main.statementFilter(); }
};

struct OpenFigures
{
    double firstRowsMs = -1;
    double allRowsMs = 0;
    qint64 longestStallMs = 0;
    qint64 busyMs = 0;
    double cpuMs = 0; ///< CPU time of the GUI thread (less disturbed by other load than busyMs)
    int documents = 0;
    int statements = 0;
};

double threadCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

OpenFigures openFolder(Window &window, const QString &folder)
{
    OpenFigures figures;
    StallDetector stalls;
    QElapsedTimer timer;
    QObject::connect(&window.corpus(), &Corpus::documentsAdded, [&] {
        if (figures.firstRowsMs < 0)
            figures.firstRowsMs = double(timer.nsecsElapsed()) / 1e6;
    });
    QEventLoop loop; // sleeps between events, as the application's own loop does
    QObject::connect(&window.main, &MainWindow::loadingFinished, &loop, &QEventLoop::quit);
    stalls.start();
    const double cpuBefore = threadCpuMs();
    timer.start();
    window.main.openPaths({folder});
    if (window.main.isLoading())
        loop.exec();
    figures.allRowsMs = double(timer.nsecsElapsed()) / 1e6;
    figures.cpuMs = threadCpuMs() - cpuBefore;
    figures.longestStallMs = stalls.stop();
    figures.busyMs = stalls.busy();
    figures.documents = window.corpus().documentCount();
    figures.statements = window.corpus().rowCount();
    return figures;
}

void row(const char *what, double value, const char *unit, const char *target,
         const QString &baseline = QString())
{
    std::printf("%-46s %10.1f %-3s %-14s %s\n", what, value, unit, target, qPrintable(baseline));
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

double millisOf(const std::function<void()> &work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return double(timer.nsecsElapsed()) / 1e6;
}

/// Milliseconds the loading job takes on its own, with no window to hand documents to; with
/// @p writer it takes unchanged files from the index cache.
double loadAlone(const QString &folder, IndexWriter *writer)
{
    LoadJob::Callbacks callbacks;
    callbacks.batch = [](std::vector<LoadedDocument>, QStringList) {};
    callbacks.progress = [](int, int) {};
    callbacks.warning = [](const QString &) {};
    LoadJob job({folder}, {}, writer, callbacks);
    return millisOf([&job] {
        // On a thread of its own, as the loader runs it (it lowers its thread's priority).
        std::thread thread([&job] { job.run(); });
        thread.join();
    });
}

/// Under `perf record -D -1 --control fifo:FIFO` (started disabled) with READOUT_PERF_FIFO=FIFO
/// and READOUT_PERF_OPEN=cold or warm, only that open is profiled: perf is told when it starts
/// and ends.
void profileOpen(const char *which, const char *command)
{
    const QString fifo = qEnvironmentVariable("READOUT_PERF_FIFO");
    if (fifo.isEmpty() || qgetenv("READOUT_PERF_OPEN") != which)
        return;
    QFile control(fifo);
    if (control.open(QIODevice::WriteOnly))
        control.write(QByteArray(command) + '\n');
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM",
            qgetenv("QT_QPA_PLATFORM").isEmpty() ? "offscreen" : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Readout"));
    QCoreApplication::setApplicationName(QStringLiteral("readout-bench"));
    QStandardPaths::setTestModeEnabled(true);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Readout archive benchmark"));
    parser.addHelpOption();
    const QCommandLineOption filesOption(QStringLiteral("files"),
                                         QStringLiteral("Summaries to generate (10000)."),
                                         QStringLiteral("N"), QStringLiteral("10000"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), QStringLiteral("Generator seed."),
                                        QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption folderOption(
        QStringLiteral("folder"), QStringLiteral("Write the summaries here (default: temporary)."),
        QStringLiteral("DIR"));
    const QCommandLineOption smokeOption(QStringLiteral("smoke"),
                                         QStringLiteral("A tiny run that only shows it works."));
    parser.addOptions({filesOption, seedOption, folderOption, smokeOption});
    parser.process(app);
    const int files = parser.isSet(smokeOption) ? 40 : parser.value(filesOption).toInt();

    QTemporaryDir temporary;
    const QString folder =
        QDir(parser.isSet(folderOption) ? parser.value(folderOption) : temporary.path())
            .absolutePath();
    QDir().mkpath(folder);
    SummaryGenerator generator(parser.value(seedOption).toULongLong());
    qint64 bytes = 0;
    for (int i = 1; i <= files; ++i) {
        QFile file(QStringLiteral("%1/summary-%2.txt").arg(folder).arg(i, 6, 10, QLatin1Char('0')));
        const QByteArray data = generator.next().toUtf8();
        if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size()) {
            std::fprintf(stderr, "bench_archive: cannot write %s\n", qPrintable(file.fileName()));
            return 1;
        }
        // As an archive is: written long ago (a file written within the last two seconds
        // could change again unseen within its time stamp's tick, so the cache re-reads it).
        file.flush(); // or closing would write, and stamp the file now
        file.setFileTime(QDateTime::currentDateTime().addDays(-1),
                         QFileDevice::FileModificationTime);
        bytes += data.size();
    }
    QFile::remove(IndexCache::fileFor(folder));
    QFile::remove(IndexCache::fileFor(folder) + QStringLiteral("-wal"));
    QFile::remove(IndexCache::fileFor(folder) + QStringLiteral("-shm"));

    std::printf("Readout archive benchmark (Qt %s, %d threads in the pool)\n", qVersion(),
                QThreadPool::globalInstance()->maxThreadCount());
    std::printf("%d generated summaries, %.1f MB of UTF-8 in %s\n\n", files, double(bytes) / 1e6,
                qPrintable(folder));
    std::printf("%-46s %10s %-3s %-14s %s\n", "what", "measured", "", "target", "baseline");

    // Baseline: merely reading every file's bytes.
    const double readMs = millisOf([&] {
        for (const QString &path : CorpusLoader::summaryFiles(folder)) {
            QFile f(path);
            if (f.open(QIODevice::ReadOnly))
                f.readAll();
        }
    });
    const QString readBaseline = QStringLiteral("reading the bytes: %1 ms").arg(readMs, 0, 'f', 0);

    // Baseline: the loading job alone (read, decode, parse, fold on all cores), no window.
    const double jobMs = loadAlone(folder, nullptr);
    const QString jobBaseline =
        QStringLiteral("parsing alone, no window: %1 ms").arg(jobMs, 0, 'f', 0);

    OpenFigures cold;
    double indexMs = 0;
    {
        Window window;
        profileOpen("cold", "enable");
        cold = openFolder(window, folder);
        profileOpen("cold", "disable");
        indexMs = millisOf([&] { window.loader().indexWriter()->waitUntilIdle(); });
    }
    row("cold open: first rows in the table", cold.firstRowsMs, "ms", "fraction of 1 s");
    row("cold open: all rows in the table", cold.allRowsMs, "ms", "< 2000 ms", jobBaseline);
    row("cold open: longest GUI-thread stall", double(cold.longestStallMs), "ms", "< 100 ms");
    row("cold open: GUI thread busy, in all", double(cold.busyMs), "ms", "-");
    row("cold open: GUI thread CPU time", cold.cpuMs, "ms", "-");
    row("cold open: index cache written after that", indexMs, "ms", "-");

    // Baseline: the loading job alone, taking every document from the cache, no window.
    IndexWriter writer; // (only for documents missing from the cache: none)
    const double readJobMs = loadAlone(folder, &writer);
    const QString readJobBaseline =
        QStringLiteral("reading the cache alone, no window: %1 ms").arg(readJobMs, 0, 'f', 0);

    Window window;
    profileOpen("warm", "enable");
    const OpenFigures warm = openFolder(window, folder);
    profileOpen("warm", "disable");
    row("warm open: all rows in the table", warm.allRowsMs, "ms", "< 500 ms", readJobBaseline);
    row("warm open: longest GUI-thread stall", double(warm.longestStallMs), "ms", "< 100 ms");
    row("warm open: GUI thread busy, in all", double(warm.busyMs), "ms", "-");
    row("warm open: GUI thread CPU time", warm.cpuMs, "ms", "-");
    std::printf("  (%d documents, %d statements; cold open had %d, %d)\n", warm.documents,
                warm.statements, cold.documents, cold.statements);

    // Full-text queries, each run five times; baseline: grep over the same files.
    struct Query
    {
        const char *name;
        QString fts;
        QString grep; ///< the extended regular expression grep -c -i -E counts lines of
    };
    const std::vector<Query> queries = {
        {"FTS word (cooperation)", QStringLiteral("cooperation"), QStringLiteral("cooperation")},
        {"FTS phrase (\"joint study\")", QStringLiteral("\"joint study\""),
         QStringLiteral("joint study")},
        {"FTS prefix (secur*)", QStringLiteral("secur*"), QStringLiteral("secur")},
        {"FTS NOT (cooperation NOT security)", QStringLiteral("cooperation NOT security"),
         QStringLiteral("cooperation")},
        {"FTS NEAR(assistance million, 5)", QStringLiteral("NEAR(assistance million, 5)"),
         QStringLiteral("assistance.*million")},
    };
    const QStringList all = CorpusLoader::summaryFiles(folder);
    for (const Query &q : queries) {
        std::vector<double> times;
        std::vector<std::uint8_t> matches;
        QString error;
        for (int i = 0; i < 5; ++i)
            times.push_back(millisOf([&] { window.search.search(q.fts, matches, &error); }));
        const long found = long(std::count(matches.begin(), matches.end(), 1));
        QProcess grep;
        const double grepMs = millisOf([&] {
            grep.start(QStringLiteral("grep"),
                       QStringList{QStringLiteral("-c"), QStringLiteral("-i"), QStringLiteral("-E"),
                                   q.grep} +
                           all);
            grep.waitForFinished(-1);
        });
        const QString baseline =
            QStringLiteral("grep -c: %1 ms; %2 statements found%3")
                .arg(grepMs, 0, 'f', 0)
                .arg(found)
                .arg(error.isEmpty() ? QString() : QStringLiteral(" ") + error);
        row(q.name, median(times), "ms", "-", baseline);
    }
    // What the table does with a query: search plus filter.
    window.filter().setTextFilter(QString());
    const double tableMs = millisOf([&] {
        window.filter().setTextFilter(QStringLiteral("cooperation"),
                                      StatementFilterModel::TextMode::FullText);
    });
    row("table filtered by a full-text query", tableMs, "ms", "-",
        QStringLiteral("%1 rows shown").arg(window.filter().rowCount()));

    struct rusage usage;
    getrusage(RUSAGE_SELF, &usage);
    row("peak memory (resident)", double(usage.ru_maxrss) / 1024.0, "MB", "-");
    std::printf("\nThe cache is in %s\n", qPrintable(IndexCache::cacheFolder()));
    QFile::remove(IndexCache::fileFor(folder));
    QFile::remove(IndexCache::fileFor(folder) + QStringLiteral("-wal"));
    QFile::remove(IndexCache::fileFor(folder) + QStringLiteral("-shm"));
    return 0;
}
