#include "annotations/sqliteannotationstore.h"
#include "corpus/corpus.h"
#include "corpus/corpusloader.h"
#include "items/annotationmodel.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Readout;

namespace {

// The shared meeting with a second heading below it.
const QByteArray meeting = QByteArray(meetingSummary) +
                           "2. Fisheries\n"
                           "The two ministers agreed to resume the talks on fishing quotas.\n";

} // namespace

class TestAnnotationModel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir dir;
    QString file() const { return dir.filePath(QStringLiteral("2025/ostrel.txt")); }

    struct Session
    {
        Corpus corpus;
        CorpusLoader loader{&corpus};
        AnnotationModel model{&corpus};
        QAbstractItemModelTester tester{&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest};
    };

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("2025")));
    }

    void init()
    {
        QFile::remove(dir.filePath(QStringLiteral("2025/") + SqliteAnnotationStore::fileName()));
        writeFile(file(), meeting);
    }

    void savedNotesComeBackAnchored()
    {
        const QString quote = QStringLiteral("would send a trade mission");
        {
            Session s;
            QVERIFY(s.loader.openNow(file()).document);
            QCOMPARE(s.model.rowCount(), 0);
            QVERIFY2(!QFile::exists(
                         dir.filePath(QStringLiteral("2025/") + SqliteAnnotationStore::fileName())),
                     "browsing creates no database");
            const DocumentPtr doc = s.corpus.document(0);
            const int start = int(doc->text.indexOf(quote));
            Annotation a =
                s.model.make(doc, TargetKind::TextRange, start, start + int(quote.size()));
            a.colour = QStringLiteral("yellow");
            a.note = QStringLiteral("Check the date of the mission.");
            a.tags = QStringList{QStringLiteral("trade")};
            QSignalSpy changed(&s.model, &AnnotationModel::documentAnnotationsChanged);
            QVERIFY2(s.model.save(a), qPrintable(s.model.error()));
            QCOMPARE(changed.count(), 1);
            QCOMPARE(s.model.rowCount(), 1);
            QCOMPARE(s.model.index(0, AnnotationModel::QuoteColumn).data().toString(), quote);
            QCOMPARE(s.model.index(0, AnnotationModel::SpeakerColumn).data().toString(),
                     QStringLiteral("Haruka Sonoda"));
            QCOMPARE(s.model.index(0, AnnotationModel::TopicColumn).data().toString(),
                     QStringLiteral("Bilateral Relations"));
            QCOMPARE(s.model.rowsOfStatement(s.corpus.row(0, 2)), std::vector<int>{0});
            QVERIFY(s.model.rowsOfStatement(s.corpus.row(0, 1)).empty());
            QCOMPARE(s.model.tags(), QStringList{QStringLiteral("trade")});
        }
        // The file changes: a line is inserted above the passage; the note follows it.
        QByteArray changed = meeting;
        changed.replace("1. Bilateral Relations\n",
                        "1. Bilateral Relations\nThe meeting was cordial.\n");
        writeFile(file(), changed);
        Session s;
        QVERIFY(s.loader.openNow(file()).document);
        QCOMPARE(s.model.rowCount(), 1);
        const AnchoredAnnotation &entry = s.model.at(0);
        QVERIFY(!entry.isOrphaned());
        QCOMPARE(entry.document->text.mid(entry.start, entry.end - entry.start), quote);
        QCOMPARE(entry.annotation.note, QStringLiteral("Check the date of the mission."));
    }

    // Documents opened one after another (as an archive arrives in pieces): each one's notes
    // are found by their statements, and the earlier ones' still are.
    void notesOfDocumentsOpenedInTurnFindTheirStatements()
    {
        const QString second = dir.filePath(QStringLiteral("2025/second.txt"));
        QByteArray other = meeting;
        other.replace("fishing quotas", "whaling quotas");
        writeFile(second, other);
        const QString quote = QStringLiteral("would send a trade mission");
        const QString whaling = QStringLiteral("whaling quotas");
        {
            Session s;
            QVERIFY(s.loader.openNow(file()).document);
            QVERIFY(s.loader.openNow(second).document);
            for (int d = 0; d < 2; ++d) {
                const DocumentPtr doc = s.corpus.document(d);
                const QString passage = d == 0 ? quote : whaling;
                const int start = int(doc->text.indexOf(passage));
                QVERIFY(start > 0);
                Annotation a =
                    s.model.make(doc, TargetKind::TextRange, start, start + int(passage.size()));
                QVERIFY2(s.model.save(a), qPrintable(s.model.error()));
            }
        }
        Session s;
        QVERIFY(s.loader.openNow(file()).document);
        QCOMPARE(s.model.rowCount(), 1);
        QVERIFY(s.loader.openNow(second).document);
        QCOMPARE(s.model.rowCount(), 2);
        const auto statementOf = [&](int d, const QString &passage) {
            const Document &doc = *s.corpus.document(d);
            for (size_t i = 0; i < doc.statements.size(); ++i) {
                if (doc.statementText(doc.statements[i]).contains(passage))
                    return s.corpus.row(d, int(i));
            }
            return -1;
        };
        const int first = statementOf(0, quote);
        const int last = statementOf(1, whaling);
        QVERIFY(first >= 0 && last >= 0);
        QCOMPARE(s.model.rowsOfStatement(first).size(), size_t(1));
        QCOMPARE(s.model.at(s.model.rowsOfStatement(first).front()).document, s.corpus.document(0));
        QCOMPARE(s.model.rowsOfStatement(last).size(), size_t(1));
        QCOMPARE(s.model.at(s.model.rowsOfStatement(last).front()).document, s.corpus.document(1));
        QVERIFY(s.model.rowsOfStatement(statementOf(1, quote)).empty());
        QFile::remove(second);
    }

    void vanishedPassagesAreOrphanedNotLost()
    {
        QString id;
        {
            Session s;
            QVERIFY(s.loader.openNow(file()).document);
            const DocumentPtr doc = s.corpus.document(0);
            const QString quote = QStringLiteral("resume the talks on fishing quotas");
            const int start = int(doc->text.indexOf(quote));
            Annotation a =
                s.model.make(doc, TargetKind::Statement, start, start + int(quote.size()));
            a.note = QStringLiteral("Quotas: ask the fisheries desk.");
            QVERIFY(s.model.save(a));
            id = a.id;
        }
        QByteArray changed = meeting;
        changed.replace("The two ministers agreed to resume the talks on fishing quotas.\n", "");
        writeFile(file(), changed);
        Session s;
        QVERIFY(s.loader.openNow(file()).document);
        QCOMPARE(s.model.rowCount(), 1);
        QVERIFY(s.model.at(0).isOrphaned());
        QVERIFY(s.model.index(0, AnnotationModel::QuoteColumn)
                    .data()
                    .toString()
                    .contains(QLatin1String("fishing quotas")));
        // Attached again by hand.
        const DocumentPtr doc = s.corpus.document(0);
        const int start = int(doc->text.indexOf(QStringLiteral("Fisheries")));
        QVERIFY(s.model.reattach(id, start, start + 9));
        QVERIFY(!s.model.at(0).isOrphaned());
        QCOMPARE(s.model.at(0).annotation.note, QStringLiteral("Quotas: ask the fisheries desk."));
    }

    void notesOfDeletedFilesStayListed()
    {
        // Another meeting of the folder (other bytes: the same bytes would be the file moved).
        const QString other = dir.filePath(QStringLiteral("2025/veloria.txt"));
        writeFile(other, QByteArray(meeting).replace("Ostrel", "Veloria"));
        Session s;
        QVERIFY(s.loader.openNow(file()).document);
        QVERIFY(s.loader.openNow(other).document);
        const DocumentPtr doc = s.corpus.document(0);
        Annotation a = s.model.make(doc, TargetKind::Document, 0, 20);
        a.note = QStringLiteral("Keep this even if the file goes.");
        QVERIFY(s.model.save(a));
        // The file is deleted while open: it leaves the corpus, its note stays, orphaned.
        QVERIFY(QFile::remove(file()));
        s.corpus.removeDocument(0);
        QCOMPARE(s.model.rowCount(), 1);
        QVERIFY(s.model.at(0).vanished);
        QVERIFY(s.model.at(0).isOrphaned());
        QCOMPARE(s.model.at(0).annotation.note, QStringLiteral("Keep this even if the file goes."));
        QVERIFY(s.model.index(0, AnnotationModel::DocumentColumn)
                    .data()
                    .toString()
                    .contains(QLatin1String("ostrel.txt")));
        // A new session on the folder lists it as well, and it can still be deleted.
        Session next;
        QVERIFY(next.loader.openNow(other).document);
        QCOMPARE(next.model.rowCount(), 1);
        QVERIFY(next.model.at(0).vanished);
        QVERIFY(next.model.remove(a.id));
        QCOMPARE(next.model.rowCount(), 0);
        QFile::remove(other);
    }

    void anotherProcessesChangesAppear()
    {
        Session first;
        Session second;
        QVERIFY(first.loader.openNow(file()).document);
        QVERIFY(second.loader.openNow(file()).document);
        const DocumentPtr doc = first.corpus.document(0);
        Annotation a = first.model.make(doc, TargetKind::Document, 0, 10);
        a.note = QStringLiteral("Seen by the desk.");
        QVERIFY(first.model.save(a));
        QCOMPARE(second.model.rowCount(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(second.model.rowCount(), 1, 5000); // its poll notices
        QCOMPARE(second.model.at(0).annotation.note, QStringLiteral("Seen by the desk."));
        // A stale edit in the first window is refused, and says why.
        Annotation theirs = second.model.at(0).annotation;
        theirs.note = QStringLiteral("Edited in the second window.");
        QVERIFY(second.model.save(theirs));
        Annotation mine = first.model.at(0).annotation;
        mine.note = QStringLiteral("Edited in the first window.");
        QVERIFY(!first.model.save(mine));
        QVERIFY(first.model.error().contains(QLatin1String("changed elsewhere")));
        QVERIFY(first.model.remove(a.id));
        QTRY_COMPARE_WITH_TIMEOUT(second.model.rowCount(), 0, 5000);
    }
};

QTEST_GUILESS_MAIN(TestAnnotationModel)
#include "tst_annotationmodel.moc"
