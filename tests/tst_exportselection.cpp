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

    int count(const ExportFilter &filter)
    {
        ExportSession session({m_dir.path()});
        return int(session.entries(filter).size());
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

        const ExportEntry *castellan = find(
            entries, QStringLiteral("the talks on the peace treaty should resume without delay"));
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

    void filters()
    {
        ExportFilter speaker;
        speaker.speaker = QStringLiteral("arlen castellan");
        QCOMPARE(count(speaker), 1);
        speaker.speaker = QStringLiteral("Sonoda");
        QCOMPARE(count(speaker), 3);
        speaker.speaker = QStringLiteral("Sono"); // whole words only
        QCOMPARE(count(speaker), 0);

        ExportFilter topic;
        topic.topic = QStringLiteral("economy"); // anywhere in the topic path
        QCOMPARE(count(topic), 1);
        topic.topic = QStringLiteral("Bilateral Relations");
        QCOMPARE(count(topic), 5);

        ExportFilter tag;
        tag.tag = QStringLiteral("TREATY");
        QCOMPARE(count(tag), 1);

        ExportFilter colour;
        colour.colour = QStringLiteral("pink");
        QCOMPARE(count(colour), 1);
        colour.colour = QStringLiteral("none");
        QCOMPARE(count(colour), 0);

        ExportFilter author;
        author.author = QStringLiteral("desk-officer");
        QCOMPARE(count(author), 1);

        ExportFilter both;
        both.speaker = QStringLiteral("Haruka Sonoda");
        both.topic = QStringLiteral("Peace Treaty");
        QCOMPARE(count(both), 1);
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
