// bench_annotations: the annotation store at the scale of a folder: the time of one save
// (committed, synchronous=FULL), and loading 100,000 annotations of a folder from its SQLite
// database and anchoring them to their documents, through the AnnotationModel as the window
// does (DESIGN.md target: < 300 ms).
//
//   bench_annotations [--annotations N] [--documents D] [--smoke]
//
// A benchmark, not a test: it prints figures and exits 0 once it has run.

#include "annotations/sqliteannotationstore.h"
#include "annotations/textanchor.h"
#include "corpus/corpus.h"
#include "document/documentloader.h"
#include "items/annotationmodel.h"
#include "summarygenerator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <random>
#include <vector>

using namespace Readout;

namespace {

double millisSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// Copies the rows of @p source's single annotation pattern into @p count annotations spread
// over the documents, in one transaction (building the folder is not what is measured).
void fillStore(const QString &path, const std::vector<DocumentPtr> &documents, int count)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fill"));
    db.setDatabaseName(path);
    db.open();
    QSqlQuery q(db);
    q.exec(QStringLiteral("BEGIN"));
    q.prepare(QStringLiteral("INSERT OR IGNORE INTO documents (path, sha256) VALUES (?, ?)"));
    for (size_t d = 0; d < documents.size(); ++d) {
        q.addBindValue(QFileInfo(documents[d]->file).fileName());
        q.addBindValue(documents[d]->sha256);
        q.exec();
    }
    QSqlQuery insert(db);
    insert.prepare(
        QStringLiteral("INSERT INTO annotations (id, document, target_kind, position_start, "
                       "position_end, quote_exact,"
                       " quote_prefix, quote_suffix, target_sha256, colour, note, author, created, "
                       "modified, revision)"
                       " VALUES (?, (SELECT id FROM documents WHERE path = ?), 'text', ?, ?, ?, ?, "
                       "?, ?, 'yellow', ?,"
                       " 'bench', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z', 1)"));
    std::mt19937 rng(7);
    for (int i = 0; i < count; ++i) {
        const Document &doc = *documents[size_t(i) % documents.size()];
        const int length = 20 + int(rng() % 120);
        const int start = int(rng() % quint32(qMax(1, int(doc.text.size()) - length)));
        const TextTarget t = TextAnchor::describe(doc.text, start, start + length, doc.sha256);
        for (const QVariant &v :
             {QVariant(QStringLiteral("bench-%1").arg(i)), QVariant(QFileInfo(doc.file).fileName()),
              QVariant(t.position.start), QVariant(t.position.end), QVariant(t.quote.exact),
              QVariant(t.quote.prefix), QVariant(t.quote.suffix), QVariant(t.sha256),
              QVariant(QStringLiteral("A note on passage %1.").arg(i))})
            insert.addBindValue(v);
        insert.exec();
    }
    q.exec(QStringLiteral("COMMIT"));
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("fill"));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption countOption(QStringLiteral("annotations"),
                                         QStringLiteral("Annotations (100000)."),
                                         QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption docsOption(QStringLiteral("documents"),
                                        QStringLiteral("Documents (2000)."), QStringLiteral("D"),
                                        QStringLiteral("2000"));
    const QCommandLineOption smokeOption(QStringLiteral("smoke"), QStringLiteral("A tiny run."));
    parser.addOptions({countOption, docsOption, smokeOption});
    parser.process(app);
    const bool smoke = parser.isSet(smokeOption);
    const int count = smoke ? 500 : parser.value(countOption).toInt();
    const int documentCount = smoke ? 20 : parser.value(docsOption).toInt();

    QTemporaryDir folder;
    SummaryGenerator generator(1);
    std::vector<DocumentPtr> documents;
    for (int d = 0; d < documentCount; ++d) {
        const QString path =
            folder.filePath(QStringLiteral("summary-%1.txt").arg(d, 5, 10, QLatin1Char('0')));
        QFile file(path);
        file.open(QIODevice::WriteOnly);
        file.write(generator.next().toUtf8());
        file.close();
        documents.push_back(DocumentLoader::load(path).document);
    }
    const QString dbPath = folder.filePath(SqliteAnnotationStore::fileName());

    // One save, as the reader makes it: a committed transaction.
    std::vector<double> saves;
    {
        SqliteAnnotationStore store(dbPath);
        for (int i = 0; i < (smoke ? 20 : 200); ++i) {
            Annotation a =
                Annotation::create(QFileInfo(documents[0]->file).fileName(), documents[0]->sha256);
            a.target = TextAnchor::describe(documents[0]->text, 10, 40, documents[0]->sha256);
            a.note = QStringLiteral("Saved one by one.");
            QElapsedTimer timer;
            timer.start();
            store.save(a);
            saves.push_back(millisSince(timer));
        }
    }
    std::sort(saves.begin(), saves.end());
    fillStore(dbPath, documents, count);

    // Loading the folder's notes: read the database and anchor every note to its document.
    QElapsedTimer timer;
    timer.start();
    SqliteAnnotationStore store(dbPath);
    const std::vector<Annotation> loaded = store.load();
    const double readMs = millisSince(timer);

    // The documents are parsed already; adding them to a corpus has a cost of its own
    // (search text, speakers, topics), measured alone and taken off the total.
    double corpusMs = 0;
    {
        Corpus corpus;
        timer.restart();
        corpus.addDocuments(documents);
        corpusMs = millisSince(timer); // (not counting the corpus's destruction)
    }
    {
        Corpus withNotes;
        AnnotationModel model(&withNotes);
        timer.restart();
        withNotes.addDocuments(documents);
        const double modelMs = millisSince(timer) - corpusMs;
        int orphaned = 0;
        for (int r = 0; r < model.rowCount(); ++r)
            orphaned += model.at(r).isOrphaned();
        std::printf("%d annotations on %d documents\n\n", int(loaded.size()), documentCount);
        std::printf("%-52s %10.3f ms   target -\n", "one save (committed), median",
                    saves[saves.size() / 2]);
        std::printf("%-52s %10.3f ms\n", "one save, p95", saves[saves.size() * 95 / 100]);
        std::printf("%-52s %10.1f ms\n", "read all rows from the database (store.load)", readMs);
        std::printf("%-52s %10.1f ms   target < 300 ms\n",
                    "open folder's notes: read + anchor + index (model)", modelMs);
        std::printf("%-52s %10.1f ms\n", "(adding the documents to a corpus, not counted)",
                    corpusMs);
        std::printf("(%d shown, %d orphaned)\n", model.rowCount(), orphaned);
    }
    return 0;
}
