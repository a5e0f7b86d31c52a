// Opening folders through the index cache, and full-text search over what is open: what a
// reader sees when reopening an archive (the same table, quickly), when files change or
// vanish, when the cache is deleted or damaged, and when searching with the index.

#include "corpus/corpus.h"
#include "corpus/corpusloader.h"
#include "corpus/corpussearch.h"
#include "corpus/indexcache.h"
#include "corpus/indexwriter.h"
#include "items/statementfiltermodel.h"
#include "items/statementmodel.h"
#include "summarygenerator.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QDir>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Readout;

namespace {

/// The corpus, loader, table models and search as the window has them.
struct Session
{
    Corpus corpus;
    CorpusLoader loader{&corpus};
    StatementModel statements{&corpus};
    StatementFilterModel filter;
    CorpusSearch search{&corpus, &loader};
    QStringList warnings;

    Session()
    {
        filter.setSourceModel(&statements);
        filter.setSearch(&search);
        QObject::connect(&loader, &CorpusLoader::warning,
                         [this](const QString &message) { warnings.append(message); });
    }
    bool open(const QString &path)
    {
        QSignalSpy finished(&loader, &CorpusLoader::finished);
        loader.open({path});
        return finished.wait(30000);
    }
    void waitForIndex()
    {
        loader.indexWriter()->waitUntilIdle();
        QCoreApplication::processEvents(); // the writer's signals
    }
    /// Every statement as "file: text", in file order.
    QStringList table() const
    {
        QStringList rows;
        for (int r = 0; r < corpus.rowCount(); ++r) {
            rows.append(QFileInfo(corpus.document(corpus.rowDocument(r))->file).fileName() +
                        QStringLiteral(": ") + corpus.statementText(r).toString());
        }
        std::stable_sort(rows.begin(), rows.end(), [](const QString &a, const QString &b) {
            return a.section(QLatin1Char(':'), 0, 0) < b.section(QLatin1Char(':'), 0, 0);
        });
        return rows;
    }
    QStringList shownTexts() const
    {
        QStringList texts;
        for (int r = 0; r < filter.rowCount(); ++r)
            texts.append(corpus.statementText(filter.corpusRow(r)).toString());
        return texts;
    }
};

/// Writes @p text as @p name in @p folder, modified an hour ago (an archive's files are old;
/// a file changed a moment ago is never trusted to the cache).
void writeOld(const QDir &folder, const QString &name, const QByteArray &text, int minutesAgo = 60)
{
    QFile file(folder.filePath(name));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(text);
    file.flush(); // or closing would write, and stamp the file now
    QVERIFY(file.setFileTime(QDateTime::currentDateTime().addSecs(-60 * minutesAgo),
                             QFileDevice::FileModificationTime));
}

QByteArray meeting(const char *first, const char *second)
{
    return QByteArray("Nakara-Ostrel Foreign Ministers' Meeting (Summary)\n"
                      "On May 2, 2025, Minister for Foreign Affairs Haruka Sonoda held a meeting "
                      "with Foreign Minister Tomas Brenn of Ostrel in Port Sarel.\n"
                      "1. Bilateral Relations\n"
                      "Minister Brenn stated that ") +
           first + ".\nMinister Sonoda said that " + second + ".\n";
}

void removeCache(const QString &folder)
{
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(IndexCache::fileFor(folder) + QLatin1String(suffix));
}

} // namespace

class TestArchiveLoading : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_archive; ///< 40 generated summaries

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_archive = m_dir.filePath(QStringLiteral("archive"));
        QDir().mkpath(m_archive + QStringLiteral("/2024"));
        SummaryGenerator generator(7);
        for (int i = 0; i < 40; ++i) {
            writeOld(QDir(m_archive + (i % 2 ? QStringLiteral("/2024") : QString())),
                     QStringLiteral("summary-%1.txt").arg(i), generator.next().toUtf8());
        }
    }

    void init() { removeCache(m_archive); }

    void reopeningShowsTheSameTableFromTheCache()
    {
        const QStringList before = QDir(m_archive).entryList(QDir::AllEntries | QDir::Hidden);
        QStringList cold;
        {
            Session session;
            QVERIFY(session.open(m_archive));
            QCOMPARE(session.corpus.documentCount(), 40);
            cold = session.table();
            session.waitForIndex();
        }
        QVERIFY(QFileInfo::exists(IndexCache::fileFor(m_archive)));
        QCOMPARE(IndexCache(m_archive).open() ? IndexCache(m_archive).file() : QString(),
                 IndexCache::fileFor(m_archive));
        {
            IndexCache cache(m_archive);
            QVERIFY(cache.open());
            QCOMPARE(cache.entries().size(), 40);
        }
        // The user's folder gets no cache files.
        QCOMPARE(QDir(m_archive).entryList(QDir::AllEntries | QDir::Hidden), before);

        // Proof that the second open reads the cache, not the file: change a file's words
        // but not its size or time. (A real edit changes the time; see the next test.)
        const QString changed = m_archive + QStringLiteral("/summary-0.txt");
        QFile file(changed);
        QVERIFY(file.open(QIODevice::ReadWrite));
        const QDateTime time = QFileInfo(changed).lastModified();
        QByteArray bytes = file.readAll();
        const int at = bytes.lastIndexOf(" the "); // in the last statements
        QVERIFY(at > 0);
        bytes.replace(at, 5, " THE ");
        file.seek(0);
        file.write(bytes);
        file.flush();
        QVERIFY(file.setFileTime(time, QFileDevice::FileModificationTime));
        file.close();

        Session warm;
        QVERIFY(warm.open(m_archive));
        QCOMPARE(warm.table(), cold);
        QVERIFY(warm.warnings.isEmpty());
    }

    void changedAndRemovedFilesAreNoticed()
    {
        QTemporaryDir dir;
        const QDir folder(dir.path());
        writeOld(folder, QStringLiteral("a.txt"),
                 meeting("Ostrel valued the partnership", "a mission would go"));
        writeOld(folder, QStringLiteral("b.txt"),
                 meeting("the talks were useful", "Nakara agreed"));
        writeOld(folder, QStringLiteral("c.txt"),
                 meeting("the harbour would open", "ships were ready"));
        {
            Session session;
            QVERIFY(session.open(dir.path()));
            QCOMPARE(session.corpus.documentCount(), 3);
            session.waitForIndex();
        }
        // Edited (the time changes), deleted, and a new file: the next open shows them so.
        writeOld(folder, QStringLiteral("a.txt"),
                 meeting("Ostrel welcomed the new fisheries accord", "a mission would go"), 30);
        QVERIFY(QFile::remove(folder.filePath(QStringLiteral("b.txt"))));
        writeOld(folder, QStringLiteral("d.txt"), meeting("the bridge was finished", "trade grew"));
        Session session;
        QVERIFY(session.open(dir.path()));
        QCOMPARE(session.corpus.documentCount(), 3);
        const QString table = session.table().join(QLatin1Char('\n'));
        QVERIFY(table.contains(QLatin1String("fisheries accord")));
        QVERIFY(!table.contains(QLatin1String("valued the partnership")));
        QVERIFY(!table.contains(QLatin1String("b.txt")));
        QVERIFY(table.contains(QLatin1String("d.txt: Minister Brenn stated that the bridge")));
        session.waitForIndex();
        IndexCache cache(dir.path());
        QVERIFY(cache.open());
        QStringList cached = cache.entries().keys();
        cached.sort();
        QCOMPARE(cached, (QStringList{QStringLiteral("a.txt"), QStringLiteral("c.txt"),
                                      QStringLiteral("d.txt")}));
        removeCache(dir.path());
    }

    void deletedOrDamagedCacheLosesNothing()
    {
        QStringList expected;
        {
            Session session;
            QVERIFY(session.open(m_archive));
            expected = session.table();
            session.waitForIndex();
        }
        removeCache(m_archive);
        {
            Session session;
            QVERIFY(session.open(m_archive));
            QCOMPARE(session.table(), expected);
            QVERIFY(session.warnings.isEmpty());
            session.waitForIndex();
        }
        {
            QFile damaged(IndexCache::fileFor(m_archive));
            QVERIFY(damaged.open(QIODevice::WriteOnly));
            damaged.write(QByteArray(4096, '\x5a'));
        }
        QFile::remove(IndexCache::fileFor(m_archive) + QStringLiteral("-wal"));
        QFile::remove(IndexCache::fileFor(m_archive) + QStringLiteral("-shm"));
        Session session;
        QVERIFY(session.open(m_archive));
        QCOMPARE(session.table(), expected);
        QCOMPARE(session.warnings.size(), 1);
        QVERIFY2(session.warnings.first().contains(
                     QDir::toNativeSeparators(IndexCache::fileFor(m_archive))),
                 qPrintable(session.warnings.first()));
        // ... and it was built anew: the next search finds the archive's words.
        session.waitForIndex();
        std::vector<std::uint8_t> matches;
        QString error;
        QVERIFY(session.search.search(QStringLiteral("minister*"), matches, &error));
        QVERIFY(std::count(matches.begin(), matches.end(), 1) > 40);
        QCOMPARE(session.search.unindexedDocuments(), 0);
    }

    void fullTextSearchFiltersTheTable()
    {
        QTemporaryDir dir;
        const QDir folder(dir.path());
        writeOld(
            folder, QStringLiteral("a.txt"),
            meeting("Ostrel valued the maritime partnership", "the fisheries talks would resume"));
        writeOld(folder, QStringLiteral("b.txt"),
                 meeting("the maritime boundary was settled", "Nakara welcomed the partnership"));
        Session session;
        QAbstractItemModelTester tester(&session.filter);
        QVERIFY(session.open(dir.path()));
        session.waitForIndex();

        session.filter.setTextFilter(QStringLiteral("maritime"),
                                     StatementFilterModel::TextMode::FullText);
        QCOMPARE(session.filter.rowCount(), 2);
        QVERIFY(session.filter.textFilterError().isEmpty());
        session.filter.setTextFilter(QStringLiteral("\"maritime partnership\""),
                                     StatementFilterModel::TextMode::FullText);
        QCOMPARE(session.shownTexts(),
                 QStringList{QStringLiteral("Minister Brenn stated that Ostrel valued the "
                                            "maritime partnership.")});
        // The found words are what the table and source mark.
        const QString text = session.shownTexts().first();
        const auto marks = session.filter.textMatchesIn(text);
        QCOMPARE(marks.size(), size_t(1));
        QCOMPARE(text.mid(marks[0].first, marks[0].second - marks[0].first),
                 QStringLiteral("maritime partnership"));

        session.filter.setTextFilter(QStringLiteral("partnership NOT maritime"),
                                     StatementFilterModel::TextMode::FullText);
        QCOMPARE(session.shownTexts(),
                 QStringList{QStringLiteral("Minister Sonoda said that "
                                            "Nakara welcomed the partnership.")});
        // Combined with the speaker filter: only Brenn's statements with "maritime".
        session.filter.setTextFilter(QStringLiteral("maritime OR partnership"),
                                     StatementFilterModel::TextMode::FullText);
        QCOMPARE(session.filter.rowCount(), 3);
        int brenn = -1;
        for (int id = 0; id < session.corpus.speakers().size(); ++id) {
            if (session.corpus.speakers().entry(id).name.contains(QLatin1String("Brenn")))
                brenn = id;
        }
        QVERIFY(brenn >= 0);
        session.filter.setSpeakers({brenn});
        QCOMPARE(session.filter.rowCount(), 2);
        session.filter.setSpeakers({});

        // A query that is not valid says so and shows nothing.
        session.filter.setTextFilter(QStringLiteral("\"unclosed"),
                                     StatementFilterModel::TextMode::FullText);
        QCOMPARE(session.filter.rowCount(), 0);
        QVERIFY(!session.filter.textFilterError().isEmpty());

        // A file edited while open: once read again and indexed, its new words are found and
        // its old ones are not.
        session.filter.setTextFilter(QStringLiteral("fisheries"),
                                     StatementFilterModel::TextMode::FullText);
        QCOMPARE(session.filter.rowCount(), 1);
        QSignalSpy reloaded(&session.loader, &CorpusLoader::fileReloaded);
        writeOld(
            folder, QStringLiteral("a.txt"),
            meeting("Ostrel valued the maritime partnership", "the whaling talks would resume"), 1);
        QVERIFY(reloaded.wait(10000));
        session.waitForIndex();
        QTRY_COMPARE(session.filter.rowCount(), 0); // the filter asks again when indexed
        session.filter.setTextFilter(QStringLiteral("whaling"),
                                     StatementFilterModel::TextMode::FullText);
        QCOMPARE(session.filter.rowCount(), 1);
        removeCache(dir.path());
    }

    // A full-text query typed before an indexed archive opens finds what it holds as the
    // archive streams in (searched again now and then, not for every piece).
    void fullTextQueryFindsAnArchiveAsItArrives()
    {
        Session indexed;
        QVERIFY(indexed.open(m_archive));
        indexed.waitForIndex();
        const QString query = QStringLiteral("cooperation OR talks");
        indexed.filter.setTextFilter(query, StatementFilterModel::TextMode::FullText);
        const int found = indexed.filter.rowCount();
        QVERIFY(found > 0);
        QVERIFY(found < indexed.corpus.rowCount());

        Session reader;
        QAbstractItemModelTester tester(&reader.filter);
        reader.filter.setTextFilter(query, StatementFilterModel::TextMode::FullText);
        QVERIFY(reader.open(m_archive));
        QTRY_COMPARE(reader.filter.rowCount(), found);
        for (const QString &text : reader.shownTexts())
            QVERIFY2(text.contains(QLatin1String("cooperation"), Qt::CaseInsensitive) ||
                         text.contains(QLatin1String("talks"), Qt::CaseInsensitive),
                     qPrintable(text));
    }

    void openingAnOpenFolderAgainKeepsItsCache()
    {
        Session session;
        QVERIFY(session.open(m_archive));
        session.waitForIndex();
        QVERIFY(session.open(m_archive)); // nothing new to load
        QCOMPARE(session.corpus.documentCount(), 40);
        session.waitForIndex();
        IndexCache cache(m_archive);
        QVERIFY(cache.open());
        QCOMPARE(cache.entries().size(), 40);
    }

    void cancelStopsTheLoadAndLeavesNothingStuck()
    {
        Session session;
        QSignalSpy finished(&session.loader, &CorpusLoader::finished);
        session.loader.open({m_archive});
        QVERIFY(session.loader.isLoading());
        session.loader.cancel();
        QVERIFY(finished.wait(30000));
        QVERIFY(!session.loader.isLoading());
        QVERIFY(session.corpus.documentCount() < 40);
        // Opening again loads what the cancelled load left out.
        QVERIFY(session.open(m_archive));
        QCOMPARE(session.corpus.documentCount(), 40);
    }

    void withoutIndexNothingIsFoundAndTheCountSaysWhy()
    {
        QTemporaryDir dir;
        writeOld(QDir(dir.path()), QStringLiteral("a.txt"),
                 meeting("the talks went well", "all agreed"));
        Session session;
        session.loader.setIndexCacheEnabled(false);
        QVERIFY(session.open(dir.path()));
        session.filter.setTextFilter(QStringLiteral("talks"),
                                     StatementFilterModel::TextMode::FullText);
        QCOMPARE(session.filter.rowCount(), 0);
        QCOMPARE(session.filter.unsearchedDocuments(), 1);
        QVERIFY(!QFileInfo::exists(IndexCache::fileFor(dir.path())));
    }
};

QTEST_GUILESS_MAIN(TestArchiveLoading)
#include "tst_archiveloading.moc"
