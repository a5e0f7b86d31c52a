// The AnnotationStore contract, one test code for every store: each test runs against the
// folder's SQLite store and against a team's PostgreSQL server (skipped when none is set up).

#include "annotations/postgresannotationstore.h"
#include "annotations/sqliteannotationstore.h"
#include "pgtestserver.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

using namespace Readout;

namespace {

using StoreFactory = std::function<std::unique_ptr<AnnotationStore>()>;

// Each document its own content: a server store tells documents apart by their hash.
QString hashOf(const QString &path)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(path.toUtf8(), QCryptographicHash::Sha256).toHex());
}

Annotation sampleAnnotation(const QString &path = QStringLiteral("2024/nakara-veloria.txt"))
{
    Annotation a = Annotation::create(path, hashOf(path));
    a.target.position = {120, 180};
    a.target.quote = {QStringLiteral("the talks on the peace treaty"),
                      QStringLiteral("stated that "), QStringLiteral(" should resume")};
    a.target.sha256 = a.documentSha256;
    a.targetKind = TargetKind::Statement;
    a.colour = QStringLiteral("green");
    a.note = QStringLiteral("Compare with the **2003** statement.");
    a.tags = Annotation::normalizedTags({QStringLiteral("treaty"), QStringLiteral("Veloria")});
    return a;
}

// The documents the tests use, named to a store as opening them would.
void seeDocuments(AnnotationStore &store)
{
    for (const char *path : {"2024/nakara-veloria.txt", "b.txt", "c.txt", "other.txt", "third.txt"})
        store.documentSeen(QLatin1String(path), hashOf(QLatin1String(path)));
}

// hasExternalChanges() reports a change once (QTRY_VERIFY would ask more than once); a
// server's notification needs the event loop.
bool changeArrives(AnnotationStore &store)
{
    QElapsedTimer waited;
    waited.start();
    while (waited.elapsed() < 5000) {
        if (store.hasExternalChanges())
            return true;
        QTest::qWait(10);
    }
    return false;
}

std::unique_ptr<AnnotationStore> open(const StoreFactory &factory)
{
    std::unique_ptr<AnnotationStore> store = factory();
    seeDocuments(*store);
    return store;
}

} // namespace

Q_DECLARE_METATYPE(StoreFactory)

class TestAnnotationStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    void addStores()
    {
        QTest::addColumn<StoreFactory>("factory");
        const QString file = m_dir.filePath(SqliteAnnotationStore::fileName());
        QTest::newRow("sqlite") << StoreFactory(
            [file] { return std::make_unique<SqliteAnnotationStore>(file); });
        const QString pending = m_dir.filePath(QStringLiteral("pending.sqlite"));
        QTest::newRow("postgresql") << StoreFactory([pending] {
            return std::make_unique<PostgresAnnotationStore>(PgTest::address("readout_alice"),
                                                             pending);
        });
    }

private Q_SLOTS:
    void init()
    {
        const QString file = m_dir.filePath(SqliteAnnotationStore::fileName());
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(file + suffix);
        if (qstrcmp(QTest::currentDataTag(), "postgresql") == 0) {
            if (!PgTest::available())
                QSKIP("no PostgreSQL test server (READOUT_TEST_PG unset)");
            QVERIFY(PgTest::reset());
        }
    }

    void roundTrips_data() { addStores(); }
    void roundTrips()
    {
        QFETCH(StoreFactory, factory);
        auto store = open(factory);
        QVERIFY(store->load().empty());
        QVERIFY2(store->error().isEmpty(), qPrintable(store->error()));
        Annotation a = sampleAnnotation();
        QVERIFY2(store->save(a), qPrintable(store->error()));
        QCOMPARE(a.revision, 1);
        auto reopened = open(factory);
        const auto loaded = reopened->load();
        QCOMPARE(loaded.size(), size_t(1));
        QCOMPARE(loaded[0], a);
    }

    void privateNotesRoundTrip_data() { addStores(); }
    void privateNotesRoundTrip()
    {
        QFETCH(StoreFactory, factory);
        auto store = open(factory);
        Annotation a = sampleAnnotation();
        a.shared = false;
        a.note = QStringLiteral("Only for me: check the Russian text.");
        QVERIFY2(store->save(a), qPrintable(store->error()));
        const auto loaded = open(factory)->load();
        QCOMPARE(loaded.size(), size_t(1));
        QCOMPARE(loaded[0], a);
    }

    void staleEditsAreRefused_data() { addStores(); }
    void staleEditsAreRefused()
    {
        QFETCH(StoreFactory, factory);
        auto store = open(factory);
        Annotation a = sampleAnnotation();
        QVERIFY(store->save(a));
        Annotation mine = a;
        Annotation theirs = a;
        theirs.note = QStringLiteral("Their text");
        auto other = open(factory); // another window, same user
        QVERIFY2(other->save(theirs), qPrintable(other->error()));
        QCOMPARE(theirs.revision, 2);
        mine.note = QStringLiteral("My text, based on revision 1");
        QVERIFY(!store->save(mine));
        QVERIFY2(store->error().contains(QLatin1String("changed elsewhere")),
                 qPrintable(store->error()));
        QVERIFY2(store->error().contains(store->location()), qPrintable(store->error()));
        QCOMPARE(store->load().at(0).note, QStringLiteral("Their text"));
        QCOMPARE(mine.revision, 1); // the editor still holds the user's text and revision
        QCOMPARE(mine.note, QStringLiteral("My text, based on revision 1"));
    }

    void batchSavesAllOrNothing_data() { addStores(); }
    void batchSavesAllOrNothing()
    {
        QFETCH(StoreFactory, factory);
        auto store = open(factory);
        std::vector<Annotation> none;
        QVERIFY(store->saveAll(none));
        std::vector<Annotation> batch{sampleAnnotation(),
                                      sampleAnnotation(QStringLiteral("b.txt"))};
        QVERIFY2(store->saveAll(batch), qPrintable(store->error()));
        QCOMPARE(batch[0].revision, 1);
        QCOMPARE(store->load().size(), size_t(2));
        // One stale entry refuses the whole batch: the new one beside it is not written either.
        Annotation stale = batch[0];
        stale.revision = 0;
        Annotation theirs = batch[0];
        QVERIFY(store->save(theirs));
        std::vector<Annotation> refused{sampleAnnotation(QStringLiteral("c.txt")), stale};
        QVERIFY(!store->saveAll(refused));
        QCOMPARE(refused[0].revision, 0);
        QCOMPARE(store->load().size(), size_t(2));
    }

    void removeAndTags_data() { addStores(); }
    void removeAndTags()
    {
        QFETCH(StoreFactory, factory);
        auto store = open(factory);
        Annotation a = sampleAnnotation();
        a.tags =
            QStringList{QStringLiteral(" b "), QStringLiteral("a"), QStringLiteral("b"), QString()};
        QVERIFY(store->save(a));
        Annotation b = sampleAnnotation(QStringLiteral("other.txt"));
        QVERIFY(store->save(b));
        const auto both = store->load();
        const auto first = std::find_if(both.begin(), both.end(),
                                        [&a](const Annotation &x) { return x.id == a.id; });
        QVERIFY(first != both.end());
        QCOMPARE(first->tags, QStringList({QStringLiteral("a"), QStringLiteral("b")}));
        QVERIFY(store->remove(a.id));
        QVERIFY(store->remove(a.id)); // gone already: nothing to do
        const auto left = store->load();
        QCOMPARE(left.size(), size_t(1));
        QCOMPARE(left[0].id, b.id);
    }

    void twoConnectionsSeeEachOther_data() { addStores(); }
    void twoConnectionsSeeEachOther()
    {
        QFETCH(StoreFactory, factory);
        auto first = open(factory);
        auto second = open(factory);
        QVERIFY(second->load().empty());
        QVERIFY(!second->hasExternalChanges());
        Annotation a = sampleAnnotation();
        QVERIFY(first->save(a));
        QVERIFY(changeArrives(*second));
        QVERIFY(!second->hasExternalChanges());
        QCOMPARE(second->load().size(), size_t(1));
        Annotation b = sampleAnnotation(QStringLiteral("other.txt"));
        QVERIFY(second->save(b));
        QVERIFY(changeArrives(*first));
        QVERIFY(!first->hasExternalChanges());
        Annotation c = sampleAnnotation(QStringLiteral("third.txt"));
        QVERIFY(first->save(c));
        QTest::qWait(200);
        QVERIFY(!first->hasExternalChanges()); // its own writes are not external
        QCOMPARE(first->load().size(), size_t(3));
    }
};

QTEST_GUILESS_MAIN(TestAnnotationStore)
#include "tst_annotationstore.moc"
