// `readout team-setup`, and `readout export --store`: the command line on a team's server, and
// clear messages naming the server when it cannot be used.

#include "pgtestserver.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QProcess>
#include <QTemporaryDir>

using namespace Readout;

namespace {

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

Run readout(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(READOUT_EXECUTABLE), arguments);
    Run run;
    if (!process.waitForFinished(60000))
        return run;
    run.code = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace

class TestTeamCommandLine : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString file() const { return m_dir.filePath(QStringLiteral("ostrel.txt")); }

private Q_SLOTS:
    void initTestCase() { writeFile(file(), meetingSummary); }

    void badStoresAreNamed_data()
    {
        QTest::addColumn<QString>("store");
        QTest::addColumn<QString>("named");
        QTest::addColumn<QString>("problem");
        QTest::newRow("not an address") << "my-notes"
                                        << "my-notes"
                                        << "not a server address";
        QTest::newRow("bad port") << "postgresql://db:99999/x"
                                  << "postgresql://db:99999/x"
                                  << "not a valid server address";
        QTest::newRow("unreachable") << "host=/nonexistent-readout port=1 dbname=team"
                                     << "postgresql://:1/team?host=/nonexistent-readout"
                                     << "could not connect";
    }

    void badStoresAreNamed()
    {
        QFETCH(QString, store);
        QFETCH(QString, named);
        QFETCH(QString, problem);
        const Run run = readout({QStringLiteral("export"), QStringLiteral("--format"),
                                 QStringLiteral("csv"), QStringLiteral("--store"), store, file()});
        QVERIFY2(run.code != 0, qPrintable(run.out));
        QVERIFY2(run.err.contains(named), qPrintable(run.err));
        QVERIFY2(run.err.contains(problem), qPrintable(run.err));
        QVERIFY(run.err.count(QLatin1Char('\n')) <= 3); // a line or two, not a trace
    }

    void teamSetupAndExport()
    {
        SKIP_WITHOUT_SERVER();
        PgTest::adminQuery(QStringLiteral("DROP SCHEMA IF EXISTS readout CASCADE"));
        Run run = readout({QStringLiteral("team-setup"), PgTest::as("readout_alice")});
        QCOMPARE(run.code, 2); // a teammate cannot create the tables in the owner's database
        QVERIFY2(run.err.contains(QLatin1String("could not be set up")), qPrintable(run.err));
        run = readout({QStringLiteral("team-setup"), PgTest::as("readout_admin")});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QLatin1String("ready")), qPrintable(run.out));

        // Alice writes on her copy; bob exports his copy (another path, the same text).
        const QString sha = QString::fromLatin1(
            QCryptographicHash::hash(QByteArray(meetingSummary), QCryptographicHash::Sha256)
                .toHex());
        {
            PostgresAnnotationStore alice(PgTest::address("readout_alice"),
                                          m_dir.filePath(QStringLiteral("alice.sqlite")));
            alice.documentSeen(QStringLiteral("/home/alice/ostrel.txt"), sha);
            Annotation a = Annotation::create(QStringLiteral("/home/alice/ostrel.txt"), sha);
            a.target.quote.exact = QStringLiteral("a trade mission");
            a.target.sha256 = sha;
            a.note = QStringLiteral("Alice: who leads it?");
            QVERIFY2(alice.save(a), qPrintable(alice.error()));
        }
        run = readout({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("csv"),
                       QStringLiteral("--store=") + PgTest::as("readout_bob"), file()});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QLatin1String("Alice: who leads it?")), qPrintable(run.out));
        QVERIFY2(run.out.contains(QLatin1String("readout_alice")), qPrintable(run.out));
    }
};

QTEST_GUILESS_MAIN(TestTeamCommandLine)
#include "tst_teamcommandline.moc"
