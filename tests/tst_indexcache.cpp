// The index cache's parts: the binary form of a document (DocumentCodec), the cache database
// (IndexCache: rows keyed by path and stamp, damaged files rebuilt, full-text queries) and the
// words a query marks (SearchTerms).

#include "corpus/indexcache.h"
#include "corpus/searchterms.h"
#include "document/documentcodec.h"
#include "document/documentjson.h"
#include "document/documentloader.h"
#include "fixturefile.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace Readout;

namespace {

QByteArray json(const DocumentPtr &document)
{
    return DocumentJson::report({document}, {});
}

LoadedDocument loadFixture(const QString &path)
{
    LoadResult result = DocumentLoader::load(path);
    return {result.document, foldStatements(*result.document)};
}

QStringList words(const SearchTerms &terms, const QString &text)
{
    QStringList found;
    for (const auto &m : terms.find(text))
        found.append(text.mid(m.first, m.second - m.first));
    return found;
}

} // namespace

class TestIndexCache : public QObject
{
    Q_OBJECT

private:
    QString fixture(const char *name)
    {
        return QStringLiteral(READOUT_FIXTURES_DIR "/") + QString::fromUtf8(name);
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void codecRoundTripsEveryFixture_data()
    {
        QTest::addColumn<QString>("path");
        QDirIterator it(
            QStringLiteral(READOUT_FIXTURES_DIR),
            {QStringLiteral("*.txt"), QStringLiteral("*.html"), QStringLiteral("*.xhtml")},
            QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QTest::newRow(qPrintable(QFileInfo(path).fileName())) << path;
        }
    }
    void codecRoundTripsEveryFixture()
    {
        QFETCH(QString, path);
        const LoadResult loaded = DocumentLoader::load(path);
        QVERIFY2(loaded.document, qPrintable(loaded.error));
        std::shared_ptr<Document> decoded =
            DocumentCodec::decode(DocumentCodec::encode(*loaded.document).constData(),
                                  DocumentCodec::encode(*loaded.document).size());
        QVERIFY(decoded);
        decoded->file = loaded.document->file;
        // Everything `readout parse --json` shows is the same, and so are the fields it omits.
        QCOMPARE(json(decoded), json(loaded.document));
        QCOMPARE(decoded->encoding, loaded.document->encoding);
        QCOMPARE(decoded->warnings, loaded.document->warnings);
        QCOMPARE(decoded->statements.size(), loaded.document->statements.size());
        for (size_t i = 0; i < decoded->statements.size(); ++i)
            QCOMPARE(decoded->statementText(decoded->statements[i]),
                     loaded.document->statementText(loaded.document->statements[i]));
    }

    void codecRefusesDamagedBytes()
    {
        const LoadResult loaded = DocumentLoader::load(fixture("html/summary.html"));
        QVERIFY(loaded.document);
        const QByteArray bytes = DocumentCodec::encode(*loaded.document);
        // Cut anywhere, or with a byte changed in a count or offset: refused, never a crash.
        for (int size : {0, 3, 4, 40, int(bytes.size()) / 2, int(bytes.size()) - 1})
            QVERIFY2(!DocumentCodec::decode(bytes.constData(), size),
                     qPrintable(QString::number(size)));
        QByteArray longer = bytes + "x";
        QVERIFY(!DocumentCodec::decode(longer.constData(), longer.size()));
        for (int at = 4; at < bytes.size(); at += 97) {
            QByteArray damaged = bytes;
            damaged[at] = char(damaged[at] ^ 0x7f);
            const auto decoded = DocumentCodec::decode(damaged.constData(), damaged.size());
            if (decoded) { // a changed letter is still a document; its offsets must be sound
                for (const Statement &s : decoded->statements)
                    QVERIFY(s.end <= decoded->text.size());
            }
        }
    }

    void storedDocumentsAreReadBack()
    {
        QTemporaryDir folder;
        IndexCache cache(folder.path());
        QString warning;
        QVERIFY2(cache.open(&warning), qPrintable(cache.error()));
        QVERIFY(warning.isEmpty());
        // The cache lives under the user's cache location, never in the folder itself.
        QVERIFY(cache.file().startsWith(IndexCache::cacheFolder()));
        QVERIFY(!cache.file().startsWith(folder.path()));

        const LoadedDocument html = loadFixture(fixture("html/summary.html"));
        const LoadedDocument sjis = loadFixture(fixture("encodings/summary-shiftjis.txt"));
        const FileStamp old{1234, 1000};
        QVERIFY(cache.beginWrite());
        QVERIFY(cache.store(QStringLiteral("a/summary.html"), old, html));
        QVERIFY(cache.store(QStringLiteral("summary-shiftjis.txt"), old, sjis));
        QVERIFY(cache.commitWrite());

        const auto entries = cache.entries();
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.value(QStringLiteral("a/summary.html")).stamp, old);
        QCOMPARE(entries.value(QStringLiteral("a/summary.html")).sha256, html.document->sha256);
        const LoadedDocument read = cache.read(entries.value(QStringLiteral("a/summary.html")).id);
        QVERIFY(read.document);
        QCOMPARE(read.folded, html.folded);
        auto copy = std::const_pointer_cast<Document>(read.document);
        copy->file = html.document->file;
        QCOMPARE(json(copy), json(html.document));

        // Storing a path again replaces its row; removing it drops it.
        QVERIFY(cache.beginWrite());
        QVERIFY(cache.store(QStringLiteral("a/summary.html"), FileStamp{99, 2000}, sjis));
        QVERIFY(cache.commitWrite());
        QCOMPARE(cache.entries().size(), 2);
        QCOMPARE(cache.entries().value(QStringLiteral("a/summary.html")).stamp.size, 99);
        QVERIFY(cache.beginWrite());
        QVERIFY(cache.remove(QStringLiteral("a/summary.html")));
        QVERIFY(cache.commitWrite());
        QCOMPARE(cache.entries().keys(), QStringList{QStringLiteral("summary-shiftjis.txt")});
        std::vector<IndexCache::Hit> hits;
        QVERIFY(cache.search(QStringLiteral("*"), hits) == false); // not a query
        QVERIFY(!cache.error().isEmpty());
    }

    void recentStampsAreNotTrusted()
    {
        // A file written a moment ago may change again within its time stamp's tick: its row
        // is kept with a stamp that matches nothing, so the next open parses it again.
        QTemporaryDir folder;
        IndexCache cache(folder.path());
        QVERIFY(cache.open());
        QVERIFY(cache.beginWrite());
        const FileStamp now{10, QDateTime::currentMSecsSinceEpoch()};
        QVERIFY(
            cache.store(QStringLiteral("new.txt"), now, loadFixture(fixture("html/summary.html"))));
        QVERIFY(cache.commitWrite());
        QCOMPARE(cache.entries().value(QStringLiteral("new.txt")).stamp.mtime, -1);
    }

    void damagedCacheIsRebuiltWithWarning()
    {
        QTemporaryDir folder;
        const QString file = IndexCache::fileFor(folder.path());
        QDir().mkpath(IndexCache::cacheFolder());
        {
            QFile garbage(file);
            QVERIFY(garbage.open(QIODevice::WriteOnly));
            garbage.write(QByteArray(8192, 'x'));
        }
        IndexCache cache(folder.path());
        QString warning;
        QVERIFY2(cache.open(&warning), qPrintable(cache.error()));
        QVERIFY2(warning.contains(QDir::toNativeSeparators(file)), qPrintable(warning));
        QCOMPARE(cache.entries().size(), 0);
        QVERIFY(cache.beginWrite());
        QVERIFY(cache.store(QStringLiteral("x.html"), FileStamp{1, 1},
                            loadFixture(fixture("html/summary.html"))));
        QVERIFY(cache.commitWrite());
        QCOMPARE(cache.entries().size(), 1);
    }

    void anotherParserVersionStartsAfresh()
    {
        QTemporaryDir folder;
        {
            IndexCache cache(folder.path());
            QVERIFY(cache.open());
            QVERIFY(cache.beginWrite());
            QVERIFY(cache.store(QStringLiteral("x.html"), FileStamp{1, 1},
                                loadFixture(fixture("html/summary.html"))));
            QVERIFY(cache.commitWrite());
        }
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open(IndexCache::fileFor(folder.path()).toUtf8().constData(), &db),
                 SQLITE_OK);
        QCOMPARE(sqlite3_exec(db, "UPDATE meta SET value = 'older' WHERE key = 'fingerprint'",
                              nullptr, nullptr, nullptr),
                 SQLITE_OK);
        sqlite3_close(db);
        IndexCache search(folder.path());
        QVERIFY(!search.openForSearch()); // never answers with another parser's rows
        IndexCache cache(folder.path());
        QString warning;
        QVERIFY(cache.open(&warning));
        QVERIFY(warning.isEmpty()); // not damage: no alarm
        QCOMPARE(cache.entries().size(), 0);
    }

    void cachesOfGoneOrUnusedFoldersArePruned()
    {
        auto makeCache = [this](const QString &root) {
            IndexCache cache(root);
            QVERIFY(cache.open());
            QVERIFY(cache.beginWrite());
            QVERIFY(cache.store(QStringLiteral("x.html"), FileStamp{1, 1},
                                loadFixture(fixture("html/summary.html"))));
            QVERIFY(cache.commitWrite());
        };
        QTemporaryDir kept;
        QTemporaryDir unused;
        const QString goneRoot = QDir::tempPath() + QStringLiteral("/readout-gone-folder");
        QDir().mkpath(goneRoot);
        makeCache(kept.path());
        makeCache(unused.path());
        makeCache(goneRoot);
        QVERIFY(QDir(goneRoot).removeRecursively());
        {
            QFile old(IndexCache::fileFor(unused.path()));
            QVERIFY(old.open(QIODevice::ReadWrite));
            QVERIFY(old.setFileTime(QDateTime::currentDateTime().addDays(-100),
                                    QFileDevice::FileModificationTime));
        }
        // Opening a cache counts as using it, even when nothing is written.
        QTemporaryDir reopened;
        makeCache(reopened.path());
        {
            QFile old(IndexCache::fileFor(reopened.path()));
            QVERIFY(old.open(QIODevice::ReadWrite));
            QVERIFY(old.setFileTime(QDateTime::currentDateTime().addDays(-100),
                                    QFileDevice::FileModificationTime));
        }
        QVERIFY(IndexCache(reopened.path()).open());
        QVERIFY(IndexCache::prune(90) >= 2);
        QVERIFY(QFileInfo::exists(IndexCache::fileFor(reopened.path())));
        QVERIFY(QFileInfo::exists(IndexCache::fileFor(kept.path())));
        QVERIFY(!QFileInfo::exists(IndexCache::fileFor(unused.path())));
        QVERIFY(!QFileInfo::exists(IndexCache::fileFor(goneRoot)));
    }

    void fullTextQueries_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QList<int>>("statements"); // of the document below
        // 0: the opening sentence (the meeting itself)
        // 1: Minister Brenn stated that Ostrel valued the partnership with Nakara.
        // 2: Minister Sonoda said that Nakara would send a trade mission in June.
        // 3: The two sides agreed that the trade partnership would grow.
        QTest::newRow("word") << QStringLiteral("partnership") << QList<int>{1, 3};
        QTest::newRow("case and accents") << QStringLiteral("NAKÁRA") << QList<int>{1, 2};
        QTest::newRow("phrase") << QStringLiteral("\"trade mission\"") << QList<int>{2};
        QTest::newRow("prefix") << QStringLiteral("partner*") << QList<int>{1, 3};
        QTest::newRow("implicit AND") << QStringLiteral("trade partnership") << QList<int>{3};
        QTest::newRow("OR") << QStringLiteral("June OR valued") << QList<int>{1, 2};
        QTest::newRow("NOT") << QStringLiteral("trade NOT mission") << QList<int>{3};
        QTest::newRow("NEAR") << QStringLiteral("NEAR(Sonoda June, 9)") << QList<int>{2};
        QTest::newRow("NEAR too far") << QStringLiteral("NEAR(Sonoda June, 3)") << QList<int>{};
        QTest::newRow("no match") << QStringLiteral("embargo") << QList<int>{};
    }
    void fullTextQueries()
    {
        QFETCH(QString, query);
        QFETCH(QList<int>, statements);
        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("meeting.txt"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("Nakara-Ostrel Foreign Ministers' Meeting (Summary)\n"
                    "On May 2, 2025, Minister for Foreign Affairs Haruka Sonoda held a meeting "
                    "with Foreign Minister Tomas Brenn of Ostrel in Port Sarel.\n"
                    "1. Bilateral Relations\n"
                    "Minister Brenn stated that Ostrel valued the partnership with Nakara.\n"
                    "Minister Sonoda said that Nakara would send a trade mission in June.\n"
                    "The two sides agreed that the trade partnership would grow.\n");
        }
        const LoadedDocument loaded = loadFixture(path);
        QCOMPARE(loaded.document->statements.size(), size_t(4));
        IndexCache cache(folder.path());
        QVERIFY(cache.open());
        QVERIFY(cache.beginWrite());
        QVERIFY(cache.store(QStringLiteral("meeting.txt"), FileStamp{1, 1}, loaded));
        QVERIFY(cache.commitWrite());
        std::vector<IndexCache::Hit> hits;
        QVERIFY2(cache.search(query, hits), qPrintable(cache.error()));
        QList<int> found;
        for (const IndexCache::Hit &hit : hits) {
            QCOMPARE(hit.document, cache.entries().value(QStringLiteral("meeting.txt")).id);
            found.append(hit.statement);
        }
        std::sort(found.begin(), found.end());
        QCOMPARE(found, statements);
    }

    void searchTermsMarkWhatTheQueryLooksFor_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("marked");
        const QString text = QStringLiteral(
            "The ministers agreed on a joint study of maritime security and security guarantees.");
        QTest::newRow("word") << QStringLiteral("security") << text
                              << QStringList{QStringLiteral("security"),
                                             QStringLiteral("security")};
        QTest::newRow("case, accents")
            << QStringLiteral("SÉCURITY") << text
            << QStringList{QStringLiteral("security"), QStringLiteral("security")};
        QTest::newRow("prefix") << QStringLiteral("secur*") << text
                                << QStringList{QStringLiteral("security"),
                                               QStringLiteral("security")};
        QTest::newRow("phrase") << QStringLiteral("\"maritime security\"") << text
                                << QStringList{QStringLiteral("maritime security")};
        QTest::newRow("phrase, prefix") << QStringLiteral("\"joint stu\"*") << text
                                        << QStringList{QStringLiteral("joint study")};
        QTest::newRow("NOT operand unmarked") << QStringLiteral("joint NOT guarantees") << text
                                              << QStringList{QStringLiteral("joint")};
        QTest::newRow("NOT group unmarked") << QStringLiteral("study NOT (maritime OR joint)")
                                            << text << QStringList{QStringLiteral("study")};
        QTest::newRow("NEAR, distance not a word")
            << QStringLiteral("NEAR(ministers study, 10)")
            << QStringLiteral("2 ministers; 10 times a study")
            << QStringList{QStringLiteral("ministers"), QStringLiteral("study")};
        QTest::newRow("operators are not words")
            << QStringLiteral("ministers AND agreed OR nothing") << text
            << QStringList{QStringLiteral("ministers"), QStringLiteral("agreed")};
        QTest::newRow("column filter") << QStringLiteral("text : guarantees") << text
                                       << QStringList{QStringLiteral("guarantees")};
        QTest::newRow("whole words only") << QStringLiteral("secure") << text << QStringList{};
        QTest::newRow("non-Latin") << QStringLiteral("Севастополь")
                                   << QStringLiteral("Встреча в Севастополе и Севастополь.")
                                   << QStringList{QStringLiteral("Севастополь")};
    }
    void searchTermsMarkWhatTheQueryLooksFor()
    {
        QFETCH(QString, query);
        QFETCH(QString, text);
        QFETCH(QStringList, marked);
        QCOMPARE(words(SearchTerms(query), text), marked);
    }
};

QTEST_GUILESS_MAIN(TestIndexCache)
#include "tst_indexcache.moc"
