// What only the team's server store does: addresses, authorship enforced by the server, live
// notifications, edits kept while the server is away, and migrations run by two clients at
// once. The store contract itself is in tst_annotationstore.

#include "annotations/postgresannotationstore.h"
#include "annotations/postgresschema.h"
#include "pgtestserver.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSqlError>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent>

using namespace Readout;

namespace {

const QString sha = QStringLiteral("5f1a6e0c9b2d");

Annotation noteOn(const QString &text, bool shared = true)
{
    Annotation a = Annotation::create(QStringLiteral("/archive/ostrel.txt"), sha);
    a.target.position = {10, 30};
    a.target.quote = {QStringLiteral("a trade mission"), QStringLiteral("send "),
                      QStringLiteral(" in June")};
    a.target.sha256 = sha;
    a.note = text;
    a.shared = shared;
    return a;
}

// Runs @p sql through the store's own connection; the number of rows it changed, or -1 when
// the server refused it.
int handWritten(const PostgresAnnotationStore &store, const QString &sql)
{
    QSqlQuery query(QSqlDatabase::database(store.connectionName(), false));
    if (!query.exec(sql))
        return -1;
    return query.numRowsAffected();
}

} // namespace

class TestPostgresAnnotationStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    bool m_paused = false;
    QString pending(const char *name) const { return m_dir.filePath(QLatin1String(name)); }

    std::unique_ptr<PostgresAnnotationStore> storeOf(const char *role, const char *queue)
    {
        auto store =
            std::make_unique<PostgresAnnotationStore>(PgTest::address(role), pending(queue));
        store->documentSeen(QStringLiteral("/home/%1/ostrel.txt").arg(QLatin1String(role)), sha);
        return store;
    }

private Q_SLOTS:
    void addresses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("uri");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("database");
        QTest::addColumn<QString>("user");
        QTest::newRow("uri") << "postgresql://notes.desk.example:5433/readout"
                             << "postgresql://notes.desk.example:5433/readout"
                             << "notes.desk.example" << 5433 << "readout"
                             << "";
        QTest::newRow("user, no port") << "postgres://hana@db/team"
                                       << "postgresql://hana@db/team"
                                       << "db" << -1 << "team"
                                       << "hana";
        QTest::newRow("password dropped") << "postgresql://hana:secret@db/team"
                                          << "postgresql://hana@db/team"
                                          << "db" << -1 << "team"
                                          << "hana";
        QTest::newRow("socket folder") << "postgresql:///team?host=/run/pg"
                                       << "postgresql:///team?host=/run/pg"
                                       << "/run/pg" << -1 << "team"
                                       << "";
        QTest::newRow("keywords") << "host=db port=5432 dbname=team sslmode=require"
                                  << "postgresql://db:5432/team?sslmode=require"
                                  << "db" << 5432 << "team"
                                  << "";
    }

    void addresses()
    {
        QFETCH(QString, text);
        const PostgresAddress address = PostgresAddress::parse(text);
        QVERIFY2(address.isValid(), qPrintable(address.error()));
        QTEST(address.uri(), "uri");
        QTEST(address.host(), "host");
        QTEST(address.port(), "port");
        QTEST(address.database(), "database");
        QTEST(address.user(), "user");
        QVERIFY(!address.uri().contains(QLatin1String("secret")));
        QCOMPARE(address.droppedPassword(), text.contains(QLatin1String("secret")));
    }

    void badAddressesAreNamed_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("not an address") << "my notes";
        QTest::newRow("bad port") << "host=db port=eighty dbname=x";
        QTest::newRow("bad keyword") << "host=db data-base=x";
        QTest::newRow("unterminated quote") << "host='db dbname=x";
    }

    void badAddressesAreNamed()
    {
        QFETCH(QString, text);
        const PostgresAddress address = PostgresAddress::parse(text);
        QVERIFY(!address.isValid());
        QVERIFY2(address.error().contains(text.trimmed()), qPrintable(address.error()));
        PostgresAnnotationStore store(address, pending("bad.sqlite"));
        QVERIFY(store.load().empty());
        QVERIFY2(store.error().contains(text.trimmed()), qPrintable(store.error()));
    }

    void unreachableServerIsNamed()
    {
        const PostgresAddress address = PostgresAddress::parse(
            QStringLiteral("host=/nonexistent-readout-socket port=1 dbname=team"));
        PostgresAnnotationStore store(address, pending("unreachable.sqlite"));
        QSignalSpy status(store.events(), &AnnotationStoreEvents::statusChanged);
        QVERIFY(store.load().empty());
        QVERIFY(!store.isOnline());
        QVERIFY2(store.error().contains(address.uri()), qPrintable(store.error()));
        QVERIFY2(store.error().contains(QLatin1String("could not connect")),
                 qPrintable(store.error()));
        QVERIFY(!status.isEmpty());
        QVERIFY(status.last().at(0).toString().contains(QLatin1String("cannot be reached")));
    }

    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        const QString tag = QString::fromLatin1(QTest::currentTestFunction());
        if (tag == QLatin1String("addresses") || tag == QLatin1String("badAddressesAreNamed") ||
            tag == QLatin1String("unreachableServerIsNamed"))
            return;
        SKIP_WITHOUT_SERVER();
        QVERIFY(PgTest::reset());
    }

    void cleanup()
    {
        if (m_paused) // a failed test must not leave the server stopped for the next ones
            PgTest::control("resume");
        m_paused = false;
    }

    void failedLoginNamesTheServer()
    {
        PostgresAnnotationStore store(PgTest::address("readout_carol"), pending("carol.sqlite"));
        QVERIFY(!store.connectToServer());
        QVERIFY2(store.error().contains(PgTest::address("readout_carol").uri()),
                 qPrintable(store.error()));
        QVERIFY2(store.error().contains(QLatin1String("password")), qPrintable(store.error()));
    }

    void authorIsTheDatabaseRole()
    {
        auto alice = storeOf("readout_alice", "alice.sqlite");
        Annotation a = noteOn(QStringLiteral("Mission dates?"));
        a.author = QStringLiteral("somebody-else");
        QVERIFY2(alice->save(a), qPrintable(alice->error()));
        QCOMPARE(a.author, QStringLiteral("readout_alice"));
        // A teammate with the file at another path sees it there: documents go by content.
        auto bob = storeOf("readout_bob", "bob.sqlite");
        const auto seen = bob->load();
        QCOMPARE(seen.size(), size_t(1));
        QCOMPARE(seen[0].author, QStringLiteral("readout_alice"));
        QCOMPARE(seen[0].documentPath, QStringLiteral("/home/readout_bob/ostrel.txt"));
    }

    void privateNotesStayPrivate()
    {
        auto alice = storeOf("readout_alice", "alice.sqlite");
        Annotation shared = noteOn(QStringLiteral("For everyone"));
        Annotation mine = noteOn(QStringLiteral("Only for me"), false);
        QVERIFY(alice->save(shared));
        QVERIFY(alice->save(mine));
        QCOMPARE(alice->load().size(), size_t(2));
        auto bob = storeOf("readout_bob", "bob.sqlite");
        const auto seen = bob->load();
        QCOMPARE(seen.size(), size_t(1));
        QCOMPARE(seen[0].note, QStringLiteral("For everyone"));
        QCOMPARE(handWritten(*bob, QStringLiteral("SELECT * FROM readout.annotations")), 1);
    }

    // The server itself refuses: not the client's checks, but its row-level security, even to
    // SQL typed by hand on bob's own connection.
    void onlyTheAuthorChangesANote()
    {
        auto alice = storeOf("readout_alice", "alice.sqlite");
        Annotation a = noteOn(QStringLiteral("Alice's reading"));
        QVERIFY(alice->save(a));
        auto bob = storeOf("readout_bob", "bob.sqlite");
        QCOMPARE(bob->load().size(), size_t(1));

        Annotation changed = a;
        changed.note = QStringLiteral("Bob's reading");
        QVERIFY(!bob->save(changed));
        QVERIFY2(bob->error().contains(QLatin1String("only its author")), qPrintable(bob->error()));
        QVERIFY(!bob->remove(a.id));
        QVERIFY2(bob->error().contains(QLatin1String("readout_alice")), qPrintable(bob->error()));

        const QString id = QStringLiteral("'%1'").arg(a.id);
        QCOMPARE(handWritten(*bob, QStringLiteral("UPDATE readout.annotations SET note = 'x' "
                                                  "WHERE id = %1")
                                       .arg(id)),
                 0);
        QCOMPARE(handWritten(*bob, QStringLiteral("UPDATE readout.annotations SET author = "
                                                  "current_user WHERE id = %1")
                                       .arg(id)),
                 0);
        QCOMPARE(handWritten(
                     *bob, QStringLiteral("DELETE FROM readout.annotations WHERE id = %1").arg(id)),
                 0);
        QCOMPARE(handWritten(*bob, QStringLiteral("DELETE FROM readout.annotations")), 0);
        QCOMPARE(handWritten(*bob, QStringLiteral("TRUNCATE readout.annotations")), -1);
        QCOMPARE(handWritten(*bob, QStringLiteral("ALTER TABLE readout.annotations DISABLE ROW "
                                                  "LEVEL SECURITY")),
                 -1);
        QCOMPARE(handWritten(*bob, QStringLiteral("DROP POLICY annotations_update ON "
                                                  "readout.annotations")),
                 -1);
        QCOMPARE(handWritten(*bob, QStringLiteral("SET ROLE readout_alice")), -1);
        QCOMPARE(handWritten(*bob, QStringLiteral("SET SESSION AUTHORIZATION readout_alice")), -1);
        // Nor can bob write a note in alice's name.
        QCOMPARE(handWritten(
                     *bob, QStringLiteral("INSERT INTO readout.annotations (id, document_sha256, "
                                          "target_kind, position_start, position_end, quote_exact, "
                                          "quote_prefix, quote_suffix, target_sha256, author, "
                                          "created, modified) VALUES ('forged', 'x', 'text', 0, 1, "
                                          "'', '', '', 'x', 'readout_alice', now(), now())")),
                 -1);

        const auto kept = alice->load();
        QCOMPARE(kept.size(), size_t(1));
        QCOMPARE(kept[0].note, QStringLiteral("Alice's reading"));
        QCOMPARE(kept[0].revision, 1);
        QVERIFY(alice->remove(a.id)); // its author can
        QVERIFY(alice->load().empty());
    }

    void othersChangesArriveWithoutPolling()
    {
        auto alice = storeOf("readout_alice", "alice.sqlite");
        QVERIFY(alice->load().empty());
        QSignalSpy changed(alice->events(), &AnnotationStoreEvents::changed);
        auto bob = storeOf("readout_bob", "bob.sqlite");
        Annotation b = noteOn(QStringLiteral("Bob was here"));
        QElapsedTimer sent;
        sent.start();
        QVERIFY(bob->save(b));
        QVERIFY(changed.wait(1000));
        QVERIFY(sent.elapsed() < 1000);
        QCOMPARE(alice->load().size(), size_t(1));
        // Its own saves are not news to a store.
        changed.clear();
        Annotation a = noteOn(QStringLiteral("Alice too"));
        QVERIFY(alice->save(a));
        QVERIFY(!changed.wait(300));
    }

    // The server stops in the middle of a session: what was loaded stays, edits are kept on
    // disk (surviving the program's end) and reach the server when it is back.
    void editsMadeWhileTheServerIsAwayAreSentLater()
    {
        if (qEnvironmentVariableIsEmpty("READOUT_TEST_PG_CTL"))
            QSKIP("the test server cannot be stopped here (READOUT_TEST_PG_CTL unset)");
        Annotation first = noteOn(QStringLiteral("Written while online"));
        Annotation offline = noteOn(QStringLiteral("Written while the server was away"));
        {
            auto alice = storeOf("readout_alice", "alice-offline.sqlite");
            QVERIFY(alice->save(first));
            QSignalSpy status(alice->events(), &AnnotationStoreEvents::statusChanged);
            QVERIFY(PgTest::control("pause"));
            m_paused = true;
            QVERIFY2(alice->save(offline), qPrintable(alice->error())); // kept, not lost
            QVERIFY(!alice->isOnline());
            QCOMPARE(alice->pendingCount(), 1);
            QVERIFY(!status.isEmpty());
            const QString message = status.last().at(0).toString();
            QVERIFY2(message.contains(alice->location()), qPrintable(message));
            QVERIFY2(message.contains(QLatin1String("1 edit")), qPrintable(message));
            const auto shown = alice->load(); // browsing goes on
            QCOMPARE(shown.size(), size_t(2));
            Annotation edited = first;
            edited.note = QStringLiteral("Edited while away");
            QVERIFY(alice->save(edited));
            QVERIFY(alice->remove(offline.id) && alice->save(offline)); // undo of a delete
            QCOMPARE(alice->pendingCount(), 2);
        } // the program quits before the server is back
        QVERIFY(PgTest::control("resume"));
        m_paused = false;
        auto alice = storeOf("readout_alice", "alice-offline.sqlite");
        QCOMPARE(alice->pendingCount(), 2);
        QVERIFY(alice->connectToServer());
        QTRY_COMPARE_WITH_TIMEOUT(alice->pendingCount(), 0, 10000);
        auto bob = storeOf("readout_bob", "bob.sqlite");
        QStringList notes;
        for (const Annotation &a : bob->load())
            notes << a.note;
        notes.sort();
        QCOMPARE(notes, QStringList({QStringLiteral("Edited while away"),
                                     QStringLiteral("Written while the server was away")}));
    }

    // Only this client's connection breaks: a colleague (here: the same author elsewhere)
    // changes the note meanwhile, so the kept edit is refused when sent, and stays in the file.
    void aStaleOfflineEditIsRefusedAndKept()
    {
        auto laptop = storeOf("readout_alice", "laptop.sqlite");
        Annotation a = noteOn(QStringLiteral("First version"));
        QVERIFY(laptop->save(a));
        QCOMPARE(PgTest::adminQuery(QStringLiteral("SELECT count(pg_terminate_backend(pid)) FROM "
                                                   "pg_stat_activity WHERE usename = "
                                                   "'readout_alice'"),
                                    "postgres")
                     .toInt(),
                 1);
        auto desktop = storeOf("readout_alice", "desktop.sqlite");
        Annotation theirs = a;
        theirs.note = QStringLiteral("Desktop version");
        QVERIFY(desktop->save(theirs));
        Annotation mine = a;
        mine.note = QStringLiteral("Laptop version, typed while cut off");
        QVERIFY(laptop->save(mine)); // the connection is found dead: the edit is kept
        QVERIFY(!laptop->isOnline());
        QTRY_VERIFY_WITH_TIMEOUT(laptop->isOnline(), 10000);
        QCOMPARE(laptop->pendingCount(), 0);
        QVERIFY2(laptop->error().contains(QLatin1String("refused")), qPrintable(laptop->error()));
        QVERIFY2(laptop->error().contains(laptop->pendingPath()), qPrintable(laptop->error()));
        QCOMPARE(laptop->load().at(0).note, QStringLiteral("Desktop version"));
        PendingEdits kept(laptop->pendingPath());
        const auto edits = kept.all();
        QCOMPARE(edits.size(), size_t(1));
        QCOMPARE(edits[0].annotation.note, mine.note);
        QVERIFY(!edits[0].refusal.isEmpty());
    }

    void twoClientsMigrateAtOnce()
    {
        for (int round = 0; round < 3; ++round) {
            PgTest::adminQuery(QStringLiteral("DROP SCHEMA readout CASCADE"));
            const auto connect = [] {
                PostgresAnnotationStore store(PgTest::address("readout_admin"),
                                              QStringLiteral("/nonexistent/p.sqlite"));
                return store.connectToServer() ? QString() : store.error();
            };
            QFuture<QString> one = QtConcurrent::run(connect);
            QFuture<QString> two = QtConcurrent::run(connect);
            QCOMPARE(one.result(), QString());
            QCOMPARE(two.result(), QString());
            QCOMPARE(PgTest::adminQuery(QStringLiteral("SELECT version FROM "
                                                       "readout.schema_version"))
                         .toInt(),
                     PostgresSchema::version());
        }
    }

    void aNewerSchemaIsLeftAlone()
    {
        PgTest::adminQuery(QStringLiteral("UPDATE readout.schema_version SET version = 99"));
        auto alice = storeOf("readout_alice", "alice.sqlite");
        QVERIFY(!alice->connectToServer());
        QVERIFY2(alice->error().contains(QLatin1String("newer Readout")),
                 qPrintable(alice->error()));
        PgTest::adminQuery(QStringLiteral("UPDATE readout.schema_version SET version = %1")
                               .arg(PostgresSchema::version()));
    }

    void aTeammateCannotSetUpTheSchema()
    {
        PgTest::adminQuery(QStringLiteral("DROP SCHEMA readout CASCADE"));
        auto alice = storeOf("readout_alice", "alice.sqlite");
        QVERIFY(!alice->connectToServer());
        QVERIFY2(alice->error().contains(QLatin1String("readout team-setup")),
                 qPrintable(alice->error()));
    }
};

QTEST_GUILESS_MAIN(TestPostgresAnnotationStore)
#include "tst_postgresannotationstore.moc"
