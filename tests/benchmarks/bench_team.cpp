// bench_team: a team's notes server under load. N clients (threads, each its own connection,
// as N readers' windows would be) each write M annotations on one document while reading the
// document's notes back every 50 writes; one more client listens for the server's
// notifications. Afterwards all N*M annotations must be there, with no error or deadlock.
// Prints writes per second and notification latency (from the start of a save to its
// notification reaching the listener: median and 95th percentile).
//
//   bench_team [--clients N] [--writes M] [--smoke]      (default 20 clients x 1,000 writes)
//
// Uses the test server of READOUT_TEST_PG (roles readout_admin, readout_alice, readout_bob;
// see tests/pg-test-server.sh) and exits 77 (skipped) without one. A benchmark, not a test:
// it prints figures and asserts only that nothing was lost.

#include "annotations/postgresannotationstore.h"
#include "annotations/postgresschema.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHash>
#include <QMutex>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QThread>
#include <QTimer>
#include <QUuid>
#include <QVariant>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <memory>
#include <vector>

using namespace Readout;

namespace {

PostgresAddress addressOf(const char *role)
{
    return PostgresAddress::parse(qEnvironmentVariable("READOUT_TEST_PG") +
                                  QStringLiteral(" user=") + QLatin1String(role));
}

// Save start times by annotation id, shared by the writers and the listener.
struct Clock
{
    QMutex mutex;
    QHash<QString, qint64> sent;
    std::vector<double> latencies; ///< milliseconds
    QElapsedTimer timer;
};

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[std::min(values.size() - 1, size_t(p * double(values.size())))];
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("clients"), QStringLiteral("Writing clients."),
                      QStringLiteral("N"), QStringLiteral("20")});
    parser.addOption({QStringLiteral("writes"), QStringLiteral("Annotations per client."),
                      QStringLiteral("M"), QStringLiteral("1000")});
    parser.addOption({QStringLiteral("smoke"), QStringLiteral("A tiny run (CI).")});
    parser.process(app);
    const bool smoke = parser.isSet(QStringLiteral("smoke"));
    const int clients = smoke ? 3 : parser.value(QStringLiteral("clients")).toInt();
    const int writes = smoke ? 20 : parser.value(QStringLiteral("writes")).toInt();
    if (qEnvironmentVariableIsEmpty("READOUT_TEST_PG")) {
        std::printf("bench_team: skipped, no PostgreSQL test server (READOUT_TEST_PG unset)\n");
        return 77;
    }
    const QString pending = QDir::temp().filePath(QStringLiteral("bench-team-unused.sqlite"));
    {
        PostgresAnnotationStore owner(addressOf("readout_admin"), pending);
        if (!owner.connectToServer()) {
            std::fprintf(stderr, "bench_team: %s\n", qPrintable(owner.error()));
            return 2;
        }
    }
    // A document of this run's own: earlier runs' rows do not count.
    const QString sha = QUuid::createUuid().toString(QUuid::Id128);

    Clock clock;
    clock.timer.start();
    PostgresAnnotationStore listener(addressOf("readout_bob"), pending);
    listener.documentSeen(QStringLiteral("/bench/document.txt"), sha);
    if (!listener.connectToServer()) {
        std::fprintf(stderr, "bench_team: %s\n", qPrintable(listener.error()));
        return 2;
    }
    const auto signal =
        static_cast<void (QSqlDriver::*)(const QString &, QSqlDriver::NotificationSource,
                                         const QVariant &)>(&QSqlDriver::notification);
    QObject::connect(
        QSqlDatabase::database(listener.connectionName(), false).driver(), signal, &app,
        [&clock](const QString &, QSqlDriver::NotificationSource, const QVariant &payload) {
            const qint64 now = clock.timer.nsecsElapsed();
            QMutexLocker lock(&clock.mutex);
            const auto it = clock.sent.constFind(payload.toString());
            if (it != clock.sent.constEnd())
                clock.latencies.push_back(double(now - *it) / 1e6);
        });

    std::atomic<int> failures{0};
    std::atomic<int> running{clients};
    std::vector<std::unique_ptr<QThread>> threads;
    QElapsedTimer wall;
    wall.start();
    for (int c = 0; c < clients; ++c) {
        threads.emplace_back(QThread::create([&, c] {
            PostgresAnnotationStore store(addressOf("readout_alice"), pending);
            store.documentSeen(QStringLiteral("/bench/document.txt"), sha);
            for (int i = 0; i < writes && failures == 0; ++i) {
                Annotation a = Annotation::create(QStringLiteral("/bench/document.txt"), sha);
                a.target.position = {i, i + 10};
                a.target.quote.exact = QStringLiteral("client %1 passage %2").arg(c).arg(i);
                a.target.sha256 = sha;
                a.note = QStringLiteral("Load test note %1 of client %2").arg(i).arg(c);
                {
                    QMutexLocker lock(&clock.mutex);
                    clock.sent.insert(a.id, clock.timer.nsecsElapsed());
                }
                if (!store.save(a) || !store.isOnline()) {
                    std::fprintf(stderr, "bench_team: client %d: %s\n", c,
                                 qPrintable(store.error()));
                    ++failures;
                }
                if (i % 50 == 49) { // reading while writing, as a window does
                    store.load();
                    if (!store.error().isEmpty()) {
                        std::fprintf(stderr, "bench_team: client %d: %s\n", c,
                                     qPrintable(store.error()));
                        ++failures;
                    }
                }
            }
            --running;
        }));
        threads.back()->start();
    }
    // The listener's notifications are delivered by this thread's event loop.
    const int expected = clients * writes;
    QEventLoop loop;
    QTimer tick;
    QElapsedTimer drain;
    QObject::connect(&tick, &QTimer::timeout, &loop, [&] {
        if (running > 0)
            return;
        if (!drain.isValid())
            drain.start();
        QMutexLocker lock(&clock.mutex);
        if (int(clock.latencies.size()) >= expected || drain.elapsed() > 10000)
            loop.quit();
    });
    tick.start(5);
    loop.exec();
    const double seconds = double(wall.nsecsElapsed()) / 1e9;
    for (auto &thread : threads)
        thread->wait();

    const size_t stored = listener.load().size();
    std::vector<double> latencies;
    {
        QMutexLocker lock(&clock.mutex);
        latencies = clock.latencies;
    }
    std::printf("bench_team: %d clients x %d writes: %zu of %d annotations stored, %d errors\n",
                clients, writes, stored, expected, int(failures));
    std::printf("  writes per second (all clients, while reading): %.0f\n",
                double(expected) / seconds);
    std::printf("  notifications received: %zu of %d; latency median %.1f ms, p95 %.1f ms\n",
                latencies.size(), expected, percentile(latencies, 0.5),
                percentile(latencies, 0.95));
    // Nothing lost, nothing failed: the one thing a load test asserts.
    return failures == 0 && int(stored) == expected ? 0 : 1;
}
