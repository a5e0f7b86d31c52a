// bench_parse: parse throughput of SummaryParser on a generated corpus, next to the throughput
// of merely decoding the same UTF-8 bytes and splitting them into lines.
//
//   bench_parse [--mb N] [--seed S] [--repeat R] [--smoke]
//
// A benchmark, not a test: it prints figures and always exits 0 once it has run. The target
// (DESIGN.md) is >= 100 MB/s of summary text on one core. MB means 10^6 bytes of UTF-8.

#include "document/document.h"
#include "document/summaryparser.h"
#include "summarygenerator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

constexpr double TargetMBps = 100.0;

struct Corpus
{
    QStringList texts;      ///< the summaries as the parser receives them
    QList<QByteArray> utf8; ///< the same summaries as bytes, as read from a file
    qint64 bytes = 0;       ///< total UTF-8 bytes
};

/// What one pass over the corpus found; printed so the work cannot be optimised away.
struct Tally
{
    qint64 lines = 0;
    qint64 lineCharacters = 0; ///< UTF-16 code units in lines, line ends excluded
    qint64 statements = 0;
    qint64 outlineNodes = 0;
};

struct Result
{
    const char *name = nullptr;
    double seconds = 0; ///< median wall time of one pass
    Tally tally;
    bool oneCore = true;
};

Corpus generate(quint64 seed, qint64 targetBytes)
{
    Corpus corpus;
    Readout::SummaryGenerator generator(seed);
    while (corpus.bytes < targetBytes) {
        QString text = generator.next();
        QByteArray bytes = text.toUtf8();
        corpus.bytes += bytes.size();
        corpus.texts.append(std::move(text));
        corpus.utf8.append(std::move(bytes));
    }
    return corpus;
}

// The baseline: decode the bytes, then find every line (as views, without copying). A parser
// has to do at least this much.
Tally readAndSplit(const Corpus &corpus)
{
    Tally tally;
    for (const QByteArray &bytes : corpus.utf8) {
        const QString text = QString::fromUtf8(bytes);
        const QStringView view(text);
        qsizetype from = 0;
        while (from < view.size()) {
            qsizetype end = view.indexOf(u'\n', from);
            if (end < 0)
                end = view.size();
            QStringView line = view.mid(from, end - from);
            if (line.endsWith(u'\r'))
                line.chop(1);
            ++tally.lines;
            tally.lineCharacters += line.size();
            from = end + 1;
        }
    }
    return tally;
}

void add(Tally &tally, const Readout::Document &document)
{
    tally.statements += qint64(document.statements.size());
    tally.outlineNodes += qint64(document.outline.size());
}

Tally parseAll(const Corpus &corpus)
{
    Tally tally;
    for (const QString &text : corpus.texts)
        add(tally, Readout::SummaryParser::parse(text));
    return tally;
}

Tally decodeAndParseAll(const Corpus &corpus)
{
    Tally tally;
    for (const QByteArray &bytes : corpus.utf8)
        add(tally, Readout::SummaryParser::parse(QString::fromUtf8(bytes)));
    return tally;
}

Tally parseAllThreads(const Corpus &corpus)
{
    struct Job
    {
        const QString *text;
        Tally tally;
    };
    std::vector<Job> jobs;
    jobs.reserve(std::size_t(corpus.texts.size()));
    for (const QString &text : corpus.texts)
        jobs.push_back({&text, {}});
    QtConcurrent::blockingMap(
        jobs, [](Job &job) { add(job.tally, Readout::SummaryParser::parse(*job.text)); });
    Tally tally;
    for (const Job &job : jobs) {
        tally.statements += job.tally.statements;
        tally.outlineNodes += job.tally.outlineNodes;
    }
    return tally;
}

template<typename Pass>
Result measure(const char *name, const Corpus &corpus, int repeat, Pass pass)
{
    Result result;
    result.name = name;
    std::vector<double> times;
    for (int i = 0; i < repeat; ++i) {
        QElapsedTimer timer;
        timer.start();
        result.tally = pass(corpus);
        times.push_back(double(timer.nsecsElapsed()) / 1e9);
    }
    std::sort(times.begin(), times.end());
    result.seconds = times[times.size() / 2];
    return result;
}

double megabytesPerSecond(const Corpus &corpus, const Result &result)
{
    return result.seconds > 0 ? double(corpus.bytes) / 1e6 / result.seconds : 0.0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("bench_parse"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Measures SummaryParser throughput on a generated corpus."));
    parser.addHelpOption();
    const QCommandLineOption mbOption(QStringLiteral("mb"),
                                      QStringLiteral("Corpus size in MB (default 64)."),
                                      QStringLiteral("N"), QStringLiteral("64"));
    const QCommandLineOption seedOption(QStringLiteral("seed"),
                                        QStringLiteral("Generator seed (default 1)."),
                                        QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption repeatOption(QStringLiteral("repeat"),
                                          QStringLiteral("Runs per measure; the median is "
                                                         "reported (default 3)."),
                                          QStringLiteral("R"), QStringLiteral("3"));
    const QCommandLineOption smokeOption(
        QStringLiteral("smoke"), QStringLiteral("1 MB corpus: checks that it runs, for CI."));
    parser.addOptions({mbOption, seedOption, repeatOption, smokeOption});
    parser.process(app);

    bool ok = false;
    double mb = parser.value(mbOption).toDouble(&ok);
    if (!ok || mb <= 0) {
        std::fprintf(stderr, "bench_parse: --mb needs a positive number\n");
        return 2;
    }
    if (parser.isSet(smokeOption))
        mb = 1;
    const quint64 seed = parser.value(seedOption).toULongLong(&ok);
    if (!ok) {
        std::fprintf(stderr, "bench_parse: --seed needs a non-negative integer\n");
        return 2;
    }
    const int repeat = parser.value(repeatOption).toInt(&ok);
    if (!ok || repeat < 1) {
        std::fprintf(stderr, "bench_parse: --repeat needs a positive integer\n");
        return 2;
    }

    QElapsedTimer generation;
    generation.start();
    const Corpus corpus = generate(seed, qint64(mb * 1e6));
    const double generationSeconds = double(generation.elapsed()) / 1e3;
    const int threads = QThreadPool::globalInstance()->maxThreadCount();

    std::printf("Readout parse benchmark (Qt %s", qVersion());
#ifndef NDEBUG
    std::printf(", assertions ON: not a release build, figures not representative");
#endif
    std::printf(")\n");
    std::printf(
        "corpus: %lld generated summaries, %.2f MB UTF-8 (seed %llu, generated in %.2f s)\n",
        static_cast<long long>(corpus.texts.size()), double(corpus.bytes) / 1e6,
        static_cast<unsigned long long>(seed), generationSeconds);
    if (corpus.bytes < qint64(50e6))
        std::printf("note: corpus below the 50 MB a throughput figure should be measured on\n");
    std::printf("median of %d runs; MB = 10^6 bytes of UTF-8 summary text; target >= %.0f MB/s "
                "parse on one core\n\n",
                repeat, TargetMBps);

    std::vector<Result> results;
    results.push_back(measure("read+split (UTF-8 decode, lines)", corpus, repeat, readAndSplit));
    results.push_back(measure("parse, 1 thread", corpus, repeat, parseAll));
    results.push_back(measure("decode+parse, 1 thread", corpus, repeat, decodeAndParseAll));
    if (threads > 1) {
        Result parallel =
            measure("parse, all threads (QtConcurrent)", corpus, repeat, parseAllThreads);
        parallel.oneCore = false;
        results.push_back(parallel);
    }

    const double baseline = megabytesPerSecond(corpus, results.front());
    std::printf("%-36s %10s %8s %17s %14s %12s\n", "measure", "MB/s", "ratio", "target",
                "statements/s", "statements");
    for (const Result &r : results) {
        const double rate = megabytesPerSecond(corpus, r);
        const bool isBaseline = &r == &results.front();
        const char *target = isBaseline                ? "-"
                             : r.tally.statements == 0 ? "n/a (placeholder)"
                             : !r.oneCore              ? "(all cores)"
                             : rate >= TargetMBps      ? "met"
                                                       : "NOT met";
        const double statementsPerSecond =
            r.seconds > 0 ? double(r.tally.statements) / r.seconds : 0.0;
        if (isBaseline) {
            std::printf("%-36s %10.1f %8.3f %17s %14s %12s   (%lld lines, %lld chars)\n", r.name,
                        rate, 1.0, target, "-", "-", static_cast<long long>(r.tally.lines),
                        static_cast<long long>(r.tally.lineCharacters));
        } else {
            std::printf("%-36s %10.1f %8.3f %17s %14.0f %12lld\n", r.name, rate,
                        baseline > 0 ? rate / baseline : 0.0, target, statementsPerSecond,
                        static_cast<long long>(r.tally.statements));
        }
    }
    std::printf("\nratio = MB/s of the measure / MB/s of read+split; %d threads in the pool\n",
                threads);

    const Tally &parsed = results[1].tally;
    std::printf("parser found %lld statements and %lld outline nodes in %lld summaries\n",
                static_cast<long long>(parsed.statements),
                static_cast<long long>(parsed.outlineNodes),
                static_cast<long long>(corpus.texts.size()));
    if (parsed.statements == 0) {
        std::printf("WARNING: no statements found: the parser is a placeholder or broken, so the "
                    "parse figures measure nothing real\n");
    }
    return 0;
}
