// Which notes an export takes (filters by speaker, topic, tag, colour, author; one document;
// the statements a table shows) and the citation each carries.

#include "exportfixture.h"

#include "annotations/sqliteannotationstore.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Readout;

class TestExportSelection : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    const ExportEntry *find(const std::vector<ExportEntry> &entries, const QString &quote)
    {
        for (const ExportEntry &e : entries) {
            if (e.quote == quote)
                return &e;
        }
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        const QString problem = writeExportFixture(m_dir.path());
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY2(QFile::exists(m_dir.filePath(SqliteAnnotationStore::fileName())),
                 "the folder's notes are kept at its top");
    }

    void citations()
    {
        ExportSession session({m_dir.path()});
        const auto entries = session.entries();
        QCOMPARE(entries.size(), size_t(5));
        // By meeting date: 2002 first, in text order.
        QCOMPARE(entries[0].file, QStringLiteral("2002/nakara-veloria.txt"));
        QCOMPARE(entries[4].file, QStringLiteral("nakara-marenthia-2004.txt"));

        const ExportEntry *castellan =
            find(entries,
                 QStringLiteral("negotiations on the peace treaty should resume without delay"));
        QVERIFY(castellan);
        QCOMPARE(castellan->speaker, QStringLiteral("Arlen Castellan"));
        QCOMPARE(castellan->side, QStringLiteral("Veloria"));
        QCOMPARE(castellan->topic, QStringList({QStringLiteral("Bilateral Relations"),
                                                QStringLiteral("Peace Treaty")}));
        QCOMPARE(castellan->outlinePath, QStringLiteral("1.(1)"));
        QCOMPARE(castellan->line, 5);
        QCOMPARE(castellan->annotation.target.sha256, castellan->document->sha256);
        QCOMPARE(castellan->document->place, QStringLiteral("Port Sarel"));
        QCOMPARE(castellan->reference(), QStringLiteral("2002/nakara-veloria.txt:5, sha256 ") +
                                             castellan->document->sha256.left(12));

        const ExportEntry *quotas =
            find(entries,
                 QStringLiteral("the catch quotas, \"as agreed in 1998\", would stay unchanged"));
        QVERIFY(quotas);
        QCOMPARE(quotas->outlinePath, QStringLiteral("1.(2)(a)"));
        QCOMPARE(quotas->topic.last(), QStringLiteral("Fisheries"));
        QCOMPARE(quotas->line, 9);
        QCOMPARE(quotas->speaker, QStringLiteral("Haruka Sonoda"));
        QCOMPARE(quotas->side, QStringLiteral("Nakara"));
    }

    void filters_data()
    {
        QTest::addColumn<QStringList>("filter"); // speaker, topic, tag, colour, author
        QTest::addColumn<int>("count");
        const auto row = [](const char *name, QStringList filter, int count) {
            QTest::newRow(name) << filter << count;
        };
        row("speaker, any case", {QStringLiteral("arlen castellan")}, 1);
        row("speaker, one word", {QStringLiteral("Sonoda")}, 3);
        row("speaker, whole words only", {QStringLiteral("Sono")}, 0);
        row("topic anywhere in the path", {QString(), QStringLiteral("economy")}, 1);
        row("top-level topic", {QString(), QStringLiteral("Bilateral Relations")}, 5);
        row("tag", {QString(), QString(), QStringLiteral("TREATY")}, 1);
        row("colour", {QString(), QString(), QString(), QStringLiteral("pink")}, 1);
        row("no highlight", {QString(), QString(), QString(), QStringLiteral("none")}, 0);
        row("author", {QString(), QString(), QString(), QString(), QStringLiteral("desk-officer")},
            1);
        row("speaker and topic", {QStringLiteral("Haruka Sonoda"), QStringLiteral("Peace Treaty")},
            1);
    }

    void filters()
    {
        QFETCH(QStringList, filter);
        QFETCH(int, count);
        ExportFilter f;
        f.speaker = filter.value(0);
        f.topic = filter.value(1);
        f.tag = filter.value(2);
        f.colour = filter.value(3);
        f.author = filter.value(4);
        ExportSession session({m_dir.path()});
        QCOMPARE(int(session.entries(f).size()), count);
    }

    void oneDocumentOrTheShownStatements()
    {
        ExportSession session({m_dir.path()});
        ExportSelection selection(session.notes, session.corpus);
        const int veloria =
            session.corpus.indexOfFile(m_dir.filePath(QStringLiteral("2002/nakara-veloria.txt")));
        QVERIFY(veloria >= 0);
        selection.setDocument(session.corpus.document(veloria).get());
        QCOMPARE(selection.entries().size(), size_t(3));
        selection.setDocument(nullptr);
        // As a table filtered to pink notes shows its statements.
        selection.setStatementRows(session.notes.statementMask(QString(), QStringLiteral("pink")));
        const auto shown = selection.entries();
        QCOMPARE(shown.size(), size_t(1));
        QCOMPARE(shown[0].annotation.colour, QStringLiteral("pink"));
    }
};

QTEST_GUILESS_MAIN(TestExportSelection)
#include "tst_exportselection.moc"
