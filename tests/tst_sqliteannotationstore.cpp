#include "annotations/sqliteannotationstore.h"

#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Readout;

namespace {

Annotation sampleAnnotation(const QString &path = QStringLiteral("2024/nakara-veloria.txt"))
{
    Annotation a = Annotation::create(path, QStringLiteral("aa11"));
    a.target.position = {120, 180};
    a.target.quote = {QStringLiteral("the talks on the peace treaty"),
                      QStringLiteral("stated that "), QStringLiteral(" should resume")};
    a.target.sha256 = QStringLiteral("aa11");
    a.targetKind = TargetKind::Statement;
    a.colour = QStringLiteral("green");
    a.note = QStringLiteral("Compare with the **2003** statement.");
    a.tags = Annotation::normalizedTags({QStringLiteral("treaty"), QStringLiteral("Veloria")});
    return a;
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Runs SQL on the file through a connection of the test's own.
QStringList query(const QString &path, const QString &sql)
{
    QStringList rows;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("test"));
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql)) {
                while (q.next())
                    rows.append(q.value(0).toString());
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("test"));
    return rows;
}

} // namespace

// What only the SQLite store does (files, WAL, damage, crashes); the store contract common to
// every store is tested in tst_annotationstore.

class TestSqliteAnnotationStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir dir;
    QString dbPath() const { return dir.filePath(SqliteAnnotationStore::fileName()); }

private Q_SLOTS:
    void init()
    {
        QFile::remove(dbPath());
        QFile::remove(dbPath() + QStringLiteral("-wal"));
        QFile::remove(dbPath() + QStringLiteral("-shm"));
    }

    void createdOnFirstSaveAndRoundTrips()
    {
        SqliteAnnotationStore store(dbPath());
        QVERIFY(store.load().empty());
        QVERIFY2(!QFile::exists(dbPath()), "reading must not create the database");
        Annotation a = sampleAnnotation();
        QVERIFY2(store.save(a), qPrintable(store.error()));
        QCOMPARE(a.revision, 1);
        QVERIFY(QFile::exists(dbPath()));
        SqliteAnnotationStore reopened(dbPath());
        const auto loaded = reopened.load();
        QCOMPARE(loaded.size(), size_t(1));
        QCOMPARE(loaded[0], a);
        QCOMPARE(query(dbPath(), QStringLiteral("PRAGMA journal_mode")),
                 QStringList{QStringLiteral("wal")});
        QCOMPARE(query(dbPath(), QStringLiteral("PRAGMA user_version")),
                 QStringList{QString::number(SqliteAnnotationStore::schemaVersion())});
    }

    // A database written by the first schema version (tags in one column) is brought forward.
    void migratesFromTheFirstSchema()
    {
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
            db.setDatabaseName(dbPath());
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE documents (id INTEGER PRIMARY KEY, path "
                                          "TEXT NOT NULL UNIQUE, sha256 TEXT NOT NULL)")));
            QVERIFY(q.exec(QStringLiteral(
                "CREATE TABLE annotations (id TEXT PRIMARY KEY, document INTEGER NOT NULL "
                "REFERENCES documents(id) ON DELETE RESTRICT,"
                " target_kind TEXT NOT NULL, position_start INTEGER NOT NULL, position_end INTEGER "
                "NOT NULL,"
                " quote_exact TEXT NOT NULL, quote_prefix TEXT NOT NULL, quote_suffix TEXT NOT "
                "NULL, target_sha256 TEXT NOT NULL,"
                " colour TEXT NOT NULL DEFAULT '', note TEXT NOT NULL DEFAULT '', tags TEXT NOT "
                "NULL DEFAULT '',"
                " author TEXT NOT NULL, created TEXT NOT NULL, modified TEXT NOT NULL)")));
            QVERIFY(
                q.exec(QStringLiteral("INSERT INTO documents VALUES (1, 'veloria.txt', 'ff00')")));
            QVERIFY(
                q.exec(QStringLiteral("INSERT INTO annotations VALUES ('0b6f', 1, 'text', 5, 12, "
                                      "'treaty', 'peace ', ' talks', 'ff00', 'pink',"
                                      " 'old note', 'treaty,Veloria, follow-up', 'hana', "
                                      "'2024-03-04T10:00:00.000Z', '2024-03-05T11:00:00.000Z')")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 1")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v1"));
        SqliteAnnotationStore store(dbPath());
        const auto loaded = store.load();
        QVERIFY2(store.error().isEmpty(), qPrintable(store.error()));
        QCOMPARE(loaded.size(), size_t(1));
        const Annotation &a = loaded[0];
        QCOMPARE(a.note, QStringLiteral("old note"));
        QCOMPARE(a.tags, QStringList({QStringLiteral("follow-up"), QStringLiteral("treaty"),
                                      QStringLiteral("Veloria")}));
        QCOMPARE(a.revision, 1);
        QCOMPARE(a.modified, QDateTime(QDate(2024, 3, 5), QTime(11, 0), Qt::UTC));
        QCOMPARE(query(dbPath(), QStringLiteral("PRAGMA user_version")),
                 QStringList{QString::number(SqliteAnnotationStore::schemaVersion())});
    }

    void foreignFilesAreNeverWritten_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("text file") << QByteArray("These are my notes, not a database.\n");
        QTest::newRow("wrong header") << QByteArray(4096, 'x');
    }

    void foreignFilesAreNeverWritten()
    {
        QFETCH(QByteArray, bytes);
        {
            QFile file(dbPath());
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(bytes);
        }
        SqliteAnnotationStore store(dbPath());
        QVERIFY(store.load().empty());
        QVERIFY2(store.error().contains(dbPath()), qPrintable(store.error()));
        Annotation a = sampleAnnotation();
        QVERIFY(!store.save(a));
        QCOMPARE(fileBytes(dbPath()), bytes);
        QVERIFY(!QFile::exists(dbPath() + QStringLiteral("-wal")));
    }

    void damagedDatabaseIsReportedAndKept()
    {
        {
            SqliteAnnotationStore store(dbPath());
            for (int i = 0; i < 300; ++i) {
                Annotation a = sampleAnnotation(QStringLiteral("doc-%1.txt").arg(i));
                a.note = QString(200, QLatin1Char('n'));
                QVERIFY(store.save(a));
            }
        }
        query(dbPath(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        QByteArray bytes = fileBytes(dbPath());
        QVERIFY(bytes.size() > 16384);
        for (int i = 8192; i < 12288; ++i)
            bytes[i] = char(0xA5 ^ i);
        {
            QFile file(dbPath());
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(bytes);
        }
        SqliteAnnotationStore store(dbPath());
        store.load(); // may or may not read the damaged page
        Annotation a = sampleAnnotation();
        QVERIFY(!store.save(a)); // checked before any write
        QVERIFY2(store.error().contains(QLatin1String("damaged")), qPrintable(store.error()));
        QVERIFY(store.error().contains(dbPath()));
        QCOMPARE(fileBytes(dbPath()), bytes);
    }

    void newerSchemaIsLeftAlone()
    {
        {
            SqliteAnnotationStore store(dbPath());
            Annotation a = sampleAnnotation();
            QVERIFY(store.save(a));
        }
        query(dbPath(), QStringLiteral("PRAGMA user_version = 99"));
        SqliteAnnotationStore store(dbPath());
        QVERIFY(store.load().empty());
        QVERIFY2(store.error().contains(QLatin1String("newer Readout")), qPrintable(store.error()));
    }

    void movedFilesKeepTheirAnnotations()
    {
        const QString old = dir.filePath(QStringLiteral("veloria.txt"));
        QFile file(old);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("text");
        file.close();
        SqliteAnnotationStore store(dbPath());
        Annotation a = sampleAnnotation(QStringLiteral("veloria.txt"));
        a.documentSha256 = QStringLiteral("cafe");
        QVERIFY(store.save(a));
        // Still there: a copy with the same bytes elsewhere is another document.
        store.documentSeen(QStringLiteral("copy/veloria.txt"), QStringLiteral("cafe"));
        QCOMPARE(store.load().at(0).documentPath, QStringLiteral("veloria.txt"));
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("2024")));
        QVERIFY(QFile::rename(old, dir.filePath(QStringLiteral("2024/veloria-fm.txt"))));
        store.documentSeen(QStringLiteral("2024/veloria-fm.txt"), QStringLiteral("cafe"));
        QCOMPARE(store.load().at(0).documentPath, QStringLiteral("2024/veloria-fm.txt"));
        // Changed in place: the path holds it, the hash follows.
        store.documentSeen(QStringLiteral("2024/veloria-fm.txt"), QStringLiteral("beef"));
        QCOMPARE(store.load().at(0).documentSha256, QStringLiteral("beef"));
    }

    // Every save the writer acknowledged is there after SIGKILL at a random moment.
    void acknowledgedSavesSurviveAKill()
    {
        for (int round = 0; round < 5; ++round) {
            init();
            QProcess writer;
            writer.start(QStringLiteral(READOUT_ANNOTATION_WRITER),
                         {dbPath(), QStringLiteral("100000")});
            QVERIFY(writer.waitForStarted());
            QSet<QString> acknowledged;
            const int wanted = 20 + int(QRandomGenerator::global()->bounded(200));
            QString pending;
            while (acknowledged.size() < wanted && writer.state() == QProcess::Running) {
                writer.waitForReadyRead(5000);
                pending += QString::fromUtf8(writer.readAllStandardOutput());
                const int lastNewline = pending.lastIndexOf(QLatin1Char('\n'));
                if (lastNewline < 0)
                    continue;
                const QStringList lines =
                    pending.left(lastNewline).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
                for (const QString &line : lines)
                    acknowledged.insert(line);
                pending = pending.mid(lastNewline + 1);
            }
            ::kill(pid_t(writer.processId()), SIGKILL);
            writer.waitForFinished();
            QVERIFY(acknowledged.size() >= wanted);
            QCOMPARE(query(dbPath(), QStringLiteral("PRAGMA integrity_check")),
                     QStringList{QStringLiteral("ok")});
            SqliteAnnotationStore store(dbPath());
            QSet<QString> stored;
            for (const Annotation &a : store.load())
                stored.insert(a.id);
            for (const QString &id : qAsConst(acknowledged))
                QVERIFY2(stored.contains(id), qPrintable(id));
        }
    }

    void twoProcessesWriteAtOnce()
    {
        QProcess one;
        QProcess two;
        one.start(QStringLiteral(READOUT_ANNOTATION_WRITER),
                  {dbPath(), QStringLiteral("150"), QStringLiteral("one")});
        two.start(QStringLiteral(READOUT_ANNOTATION_WRITER),
                  {dbPath(), QStringLiteral("150"), QStringLiteral("two")});
        QVERIFY(one.waitForFinished(120000));
        QVERIFY(two.waitForFinished(120000));
        QCOMPARE(one.exitCode(), 0);
        QCOMPARE(two.exitCode(), 0);
        SqliteAnnotationStore store(dbPath());
        const auto all = store.load();
        QCOMPARE(all.size(), size_t(300));
        QCOMPARE(query(dbPath(), QStringLiteral("PRAGMA integrity_check")),
                 QStringList{QStringLiteral("ok")});
    }
};

QTEST_GUILESS_MAIN(TestSqliteAnnotationStore)
#include "tst_sqliteannotationstore.moc"
