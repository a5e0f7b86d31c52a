// Import of W3C Web Annotations: Readout's own export back into an empty copy of its folder
// (the round trip), another tool's file with quotes only, importing twice, and bad input that
// must leave every notes store as it was.

#include "exportfixture.h"

#include "annotations/annotationstores.h"
#include "annotations/codepointindex.h"
#include "annotations/sqliteannotationstore.h"
#include "export/annotationimporter.h"
#include "export/webannotationexporter.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Readout;

namespace {

// Written the way another annotation tool writes: an AnnotationPage, quotes without positions,
// IRIs for ids and creators, a single target or a list, bodyValue, a tagging motivation.
const char *const otherTool =
    "{\n"
    "  \"@context\": \"http://www.w3.org/ns/anno.jsonld\",\n"
    "  \"id\": \"https://notes.example.org/pages/7\",\n"
    "  \"type\": \"AnnotationPage\",\n"
    "  \"items\": [\n"
    "    {\n"
    "      \"id\": \"https://notes.example.org/anno/41\",\n"
    "      \"type\": \"Annotation\",\n"
    "      \"motivation\": \"commenting\",\n"
    "      \"creator\": \"https://notes.example.org/users/desk-7\",\n"
    "      \"created\": \"2024-02-01T09:30:00+09:00\",\n"
    "      \"bodyValue\": \"Consulate: check the opening date.\",\n"
    "      \"target\": {\n"
    "        \"source\": \"https://archive.example.org/summaries/nakara-marenthia-2004.txt\",\n"
    "        \"selector\": {\n"
    "          \"type\": \"TextQuoteSelector\",\n"
    "          \"exact\": \"would open a consulate\",\n"
    "          \"prefix\": \"said that Nakara \",\n"
    "          \"suffix\": \" in Lindau\"\n"
    "        }\n"
    "      }\n"
    "    },\n"
    "    {\n"
    "      \"id\": \"https://notes.example.org/anno/42\",\n"
    "      \"type\": \"Annotation\",\n"
    "      \"motivation\": \"tagging\",\n"
    "      \"body\": [{\"type\": \"TextualBody\", \"value\": \"fisheries\"}],\n"
    "      \"target\": [{\n"
    "        \"source\": \"nakara-veloria.txt\",\n"
    "        \"selector\": [{\"type\": \"TextQuoteSelector\", \"exact\": \"the catch quotas\"}]\n"
    "      }]\n"
    "    },\n"
    "    {\n"
    "      \"id\": \"https://notes.example.org/anno/43\",\n"
    "      \"type\": \"Annotation\",\n"
    "      \"body\": {\"type\": \"TextualBody\", \"value\": \"A passage the summary never had.\",\n"
    "               \"purpose\": \"commenting\"},\n"
    "      \"target\": {\n"
    "        \"source\": \"nakara-veloria.txt\",\n"
    "        \"selector\": {\"type\": \"TextQuoteSelector\", \"exact\": \"the ministers went "
    "fishing\"}\n"
    "      }\n"
    "    }\n"
    "  ]\n"
    "}\n";

} // namespace

class TestAnnotationImporter : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    QString write(const QString &name, const QByteArray &bytes)
    {
        QFile file(path(name));
        return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size()
                   ? file.fileName()
                   : QString();
    }

    QByteArray exportJson(const QString &folder)
    {
        ExportSession session({folder});
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        WebAnnotationExporter().write(session.entries(), &buffer);
        return buffer.data();
    }

    AnnotationImporter::Result import(const QString &file, const QString &folder)
    {
        AnnotationStores stores;
        return AnnotationImporter(stores).import(file, InputDocuments::load({folder}).documents);
    }

    // An empty copy of the archive: its summaries, no notes.
    QString emptyCopy(const QString &name)
    {
        return writeFixtureDocuments(path(name)) ? path(name) : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        const QString problem = writeExportFixture(path(QStringLiteral("archive")));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    // Ids, authors, times and selectors all travel: the second export is the first, byte for
    // byte (the collection's id is made from the annotations' ids).
    void roundTripIntoAnEmptyCopy()
    {
        const QByteArray first = exportJson(path(QStringLiteral("archive")));
        const QString file = write(QStringLiteral("round-trip.json"), first);
        const QString copy = emptyCopy(QStringLiteral("copy"));
        const AnnotationImporter::Result result = import(file, copy);
        QVERIFY2(result.errors.isEmpty(), qPrintable(result.errors.join(QLatin1Char('\n'))));
        QCOMPARE(result.anchored, 5);
        QCOMPARE(result.orphaned, 0);
        QCOMPARE(result.skipped, 0);
        // The notes go back to one store at the top of the folder, as they came.
        QVERIFY(QFile::exists(QDir(copy).filePath(SqliteAnnotationStore::fileName())));
        QVERIFY(!QFile::exists(
            QDir(copy).filePath(QStringLiteral("2002/") + SqliteAnnotationStore::fileName())));
        QCOMPARE(exportJson(copy), first);
    }

    void importingTwiceAddsNothing()
    {
        const QString file =
            write(QStringLiteral("twice.json"), exportJson(path(QStringLiteral("archive"))));
        const QString copy = emptyCopy(QStringLiteral("twice"));
        QCOMPARE(import(file, copy).anchored, 5);
        const AnnotationImporter::Result again = import(file, copy);
        QVERIFY(again.errors.isEmpty());
        QCOMPARE(again.anchored + again.orphaned, 0);
        QCOMPARE(again.skipped, 5);
        // Into the folder it came from: every one is there already.
        QCOMPARE(import(file, path(QStringLiteral("archive"))).skipped, 5);
        ExportSession session({copy});
        QCOMPARE(session.entries().size(), size_t(5));
    }

    void anotherToolsQuotesAnchor()
    {
        const QString file = write(QStringLiteral("other-tool.json"), otherTool);
        const QString folder = emptyCopy(QStringLiteral("other"));
        const AnnotationImporter::Result result = import(file, folder);
        QVERIFY2(result.errors.isEmpty(), qPrintable(result.errors.join(QLatin1Char('\n'))));
        QCOMPARE(result.anchored, 2);
        QCOMPARE(result.orphaned, 1); // kept, to be attached by hand

        ExportSession session({folder});
        const auto entries = session.entries();
        QCOMPARE(entries.size(), size_t(3));
        const ExportEntry *consulate = nullptr;
        const ExportEntry *quotas = nullptr;
        for (const ExportEntry &e : entries) {
            if (e.quote == QLatin1String("would open a consulate"))
                consulate = &e;
            if (e.quote == QLatin1String("the catch quotas"))
                quotas = &e;
        }
        QVERIFY(consulate && quotas);
        QCOMPARE(consulate->annotation.note, QStringLiteral("Consulate: check the opening date."));
        QCOMPARE(consulate->annotation.author,
                 QStringLiteral("https://notes.example.org/users/desk-7"));
        QCOMPARE(consulate->annotation.created.toString(Qt::ISODate),
                 QStringLiteral("2024-02-01T00:30:00Z"));
        QCOMPARE(consulate->speaker, QStringLiteral("Haruka Sonoda"));
        QCOMPARE(consulate->line, 5);
        // The passage found gives what the other tool did not say: position and version.
        const TextTarget &target = consulate->annotation.target;
        QCOMPARE(target.sha256, consulate->document->sha256);
        // Position in code points: a character beyond the BMP stands before it.
        const QString &text = consulate->document->text;
        const int start = CodePointIndex::toUtf16(text, target.position.start);
        QCOMPARE(text.mid(start, CodePointIndex::toUtf16(text, target.position.end) - start),
                 QStringLiteral("would open a consulate"));
        QCOMPARE(target.position.start, start - 1);
        QCOMPARE(target.quote.suffix.left(10), QStringLiteral(" in Lindau"));
        QCOMPARE(quotas->annotation.tags, QStringList{QStringLiteral("fisheries")});
        QVERIFY(quotas->annotation.note.isEmpty());
        QCOMPARE(quotas->outlinePath, QStringLiteral("1.(2)(a)"));
        // Orphaned ones end their document's entries.
        QVERIFY(entries[1].orphaned);
        QCOMPARE(entries[1].quote, QStringLiteral("the ministers went fishing"));

        const AnnotationImporter::Result again = import(file, folder);
        QCOMPARE(again.skipped, 3);
        QCOMPARE(again.anchored + again.orphaned, 0);
    }

    void positionAloneOnTheSameVersion()
    {
        const QString folder = emptyCopy(QStringLiteral("position"));
        QFile summary(QDir(folder).filePath(QStringLiteral("nakara-marenthia-2004.txt")));
        QVERIFY(summary.open(QIODevice::ReadOnly));
        const QString sha256 = QString::fromLatin1(
            QCryptographicHash::hash(summary.readAll(), QCryptographicHash::Sha256).toHex());
        // In code points: the name before the passage has a character beyond the BMP.
        const QString text = fixtureMarenthia();
        const int start =
            int(text.left(text.indexOf(QLatin1String("open a consulate"))).toUcs4().size());
        QVERIFY(start < text.indexOf(QLatin1String("open a consulate")));
        const QString json =
            QStringLiteral("{\"type\": \"Annotation\", \"bodyValue\": \"By position.\", "
                           "\"target\": {\"source\": \"nakara-marenthia-2004.txt\", "
                           "\"state\": {\"type\": \"TimeState\", \"sourceDate\": "
                           "\"2024-06-06T10:00:00Z\", \"cached\": \"nih:sha-256;%1\"}, "
                           "\"selector\": {\"type\": \"TextPositionSelector\", \"start\": "
                           "%2, \"end\": %3}}}")
                .arg(sha256, QString::number(start), QString::number(start + 16));
        const AnnotationImporter::Result result =
            import(write(QStringLiteral("position.json"), json.toUtf8()), folder);
        QVERIFY2(result.errors.isEmpty(), qPrintable(result.errors.join(QLatin1Char('\n'))));
        QCOMPARE(result.anchored, 1);
        ExportSession session({folder});
        QCOMPARE(session.entries().at(0).quote, QStringLiteral("open a consulate"));
    }

    void renamedFileIsFoundByItsHash()
    {
        const QString file =
            write(QStringLiteral("renamed.json"), exportJson(path(QStringLiteral("archive"))));
        const QString folder = path(QStringLiteral("renamed"));
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(QFile::copy(path(QStringLiteral("archive/2002/nakara-veloria.txt")),
                            QDir(folder).filePath(QStringLiteral("talks-2002.txt"))));
        QVERIFY(QFile::copy(path(QStringLiteral("archive/nakara-marenthia-2004.txt")),
                            QDir(folder).filePath(QStringLiteral("talks-2004.txt"))));
        const AnnotationImporter::Result result = import(file, folder);
        QVERIFY2(result.errors.isEmpty(), qPrintable(result.errors.join(QLatin1Char('\n'))));
        QCOMPARE(result.anchored, 5);
        ExportSession session({folder});
        QCOMPARE(session.entries().front().file, QStringLiteral("talks-2002.txt"));
    }

    void badInputWritesNothing_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        QTest::newRow("not JSON") << QByteArray("{\"type\": \"AnnotationPage\", \"items\": [")
                                  << QStringLiteral("not valid JSON");
        QTest::newRow("not annotations") << QByteArray("{\"title\": \"a report\"}")
                                         << QStringLiteral("not a W3C Web Annotation file");
        QTest::newRow("no selector")
            << QByteArray("[{\"type\": \"Annotation\", \"target\": \"nakara-veloria.txt\"}]")
            << QStringLiteral("no TextQuoteSelector or TextPositionSelector");
        // The first annotation's document is there, the second's is not: neither is written.
        QTest::newRow("missing document")
            << QByteArray(
                   "[{\"type\": \"Annotation\", \"bodyValue\": \"fine\", \"target\": {\"source\": "
                   "\"nakara-veloria.txt\", \"selector\": {\"type\": \"TextQuoteSelector\", "
                   "\"exact\": \"the catch quotas\"}}},"
                   " {\"type\": \"Annotation\", \"target\": {\"source\": "
                   "\"nakara-ostrel-2025.txt\", \"selector\": {\"type\": \"TextQuoteSelector\", "
                   "\"exact\": \"a trade mission\"}}}]")
            << QStringLiteral("annotation 2: its document nakara-ostrel-2025.txt");
    }

    void badInputWritesNothing()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        const QString file = write(QStringLiteral("bad.json"), json);
        const QString folder = emptyCopy(QStringLiteral("bad"));
        const AnnotationImporter::Result result = import(file, folder);
        QCOMPARE(result.errors.size(), 1);
        QVERIFY2(result.errors.first().startsWith(file + QStringLiteral(": ")),
                 qPrintable(result.errors.first()));
        QVERIFY2(result.errors.first().contains(message), qPrintable(result.errors.first()));
        QCOMPARE(result.anchored + result.orphaned + result.skipped, 0);
        QVERIFY(!QFile::exists(QDir(folder).filePath(SqliteAnnotationStore::fileName())));
        QVERIFY(!QFile::exists(
            QDir(folder).filePath(QStringLiteral("2002/") + SqliteAnnotationStore::fileName())));
    }

    void unreadableFileIsNamed()
    {
        const QString missing = path(QStringLiteral("no-such-file.json"));
        const AnnotationImporter::Result result = import(missing, path(QStringLiteral("archive")));
        QCOMPARE(result.errors.size(), 1);
        QVERIFY(result.errors.first().startsWith(missing + QStringLiteral(": cannot be read")));
    }
};

QTEST_GUILESS_MAIN(TestAnnotationImporter)
#include "tst_annotationimporter.moc"
