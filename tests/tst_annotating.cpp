// The reader marks passages and writes notes in the real MainWindow; they are kept in the
// folder's database, come back in a new window, and can be undone.

#include "annotations/sqliteannotationstore.h"
#include "exportdialog.h"
#include "items/annotationmodel.h"
#include "mainwindow.h"
#include "noteeditor.h"
#include "notespanel.h"
#include "sourceview.h"
#include "testsupport.h"

#include "items/statementmodel.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QUndoStack>

using namespace Readout;

namespace {

void select(SourceView *view, const QString &passage)
{
    const int start = int(view->toPlainText().indexOf(passage));
    QVERIFY(start >= 0);
    QTextCursor cursor = view->textCursor();
    cursor.setPosition(start);
    cursor.setPosition(start + int(passage.size()), QTextCursor::KeepAnchor);
    view->setTextCursor(cursor);
}

} // namespace

class TestAnnotating : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settingsDir;
    QTemporaryDir m_folder;
    QString file() const { return m_folder.filePath(QStringLiteral("ostrel.txt")); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
        QCoreApplication::setOrganizationName(QStringLiteral("ReadoutTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_annotating"));
        QFile f(file());
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(meetingSummary);
    }

    void highlightAndNoteSurviveANewWindow()
    {
        const QString passage = QStringLiteral("would send a trade mission in June");
        {
            MainWindow window;
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QVERIFY(window.openFile(file()));
            auto *source = child<SourceView>(window, "sourceView");
            select(source, passage);
            source->setFocus();
            QTest::keyClick(source, Qt::Key_1); // yellow
            QCOMPARE(window.annotations()->rowCount(), 1);
            QCOMPARE(source->highlights().size(), size_t(1));
            QCOMPARE(source->toPlainText().mid(source->highlights()[0].start,
                                               source->highlights()[0].end -
                                                   source->highlights()[0].start),
                     passage);
            QVERIFY(QFile::exists(m_folder.filePath(SqliteAnnotationStore::fileName())));
            QVERIFY(child<QLabel>(window, "storeLabel")
                        ->text()
                        .contains(SqliteAnnotationStore::fileName()));
            // Ctrl+M on the same passage: a note, typed and kept when the window closes at once.
            select(source, QStringLiteral("valued the partnership"));
            QTest::keyClick(&window, Qt::Key_M, Qt::ControlModifier);
            QCOMPARE(window.annotations()->rowCount(), 2);
            QVERIFY(child<QDockWidget>(window, "noteDock")->isVisible());
            auto *text = child<QPlainTextEdit>(window, "noteText");
            QTest::keyClicks(text, QStringLiteral("Ask the desk about this."));
            window.close();
        }
        MainWindow window;
        QVERIFY(window.openFile(file()));
        // The status bar says where the notes are as soon as the document shows.
        QVERIFY(child<QLabel>(window, "storeLabel")
                    ->text()
                    .contains(SqliteAnnotationStore::fileName()));
        AnnotationModel *annotations = window.annotations();
        QCOMPARE(annotations->rowCount(), 2);
        QStringList notes;
        for (int row = 0; row < annotations->rowCount(); ++row)
            notes.append(annotations->at(row).annotation.note);
        QVERIFY(notes.contains(QStringLiteral("Ask the desk about this.")));
        auto *source = child<SourceView>(window, "sourceView");
        QCOMPARE(source->highlights().size(), size_t(2));
        const SourceHighlight *noted =
            source->highlightAt(int(source->toPlainText().indexOf(QStringLiteral("valued"))));
        QVERIFY(noted);
        QCOMPARE(noted->note, QStringLiteral("Ask the desk about this."));
        // Listed in the Notes panel; choosing one goes to its passage.
        auto *panel = child<NotesPanel>(window, "notesPanel");
        QCOMPARE(panel->shownIds().size(), 2);
        // The statement table: a Notes column, and a filter for annotated statements.
        auto *table = child<QTableView>(window, "statementView");
        QStringList notesShown;
        for (int r = 0; r < table->model()->rowCount(); ++r)
            notesShown.append(
                table->model()->index(r, StatementModel::NotesColumn).data().toString());
        QVERIFY(notesShown.contains(QStringLiteral("Ask the desk about this.")));
        child<QCheckBox>(window, "annotatedOnly")->setChecked(true);
        QCOMPARE(table->model()->rowCount(), 2);
        auto *colour = child<QComboBox>(window, "annotatedColour");
        colour->setCurrentIndex(colour->findData(QStringLiteral("yellow")));
        QCOMPARE(table->model()->rowCount(), 1);
        QVERIFY(table->model()
                    ->index(0, StatementModel::TextColumn)
                    .data()
                    .toString()
                    .contains(QLatin1String("trade mission")));
    }

    void undoAndRedo()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openFile(file()));
        const int before = window.annotations()->rowCount();
        auto *source = child<SourceView>(window, "sourceView");
        select(source, QStringLiteral("Port Sarel"));
        QVERIFY(window.annotateSelection(QStringLiteral("green")));
        QCOMPARE(window.annotations()->rowCount(), before + 1);
        // Recolouring the same passage changes it; undo restores the colour, then removes it.
        select(source, QStringLiteral("Port Sarel"));
        QVERIFY(window.annotateSelection(QStringLiteral("pink")));
        QCOMPARE(window.annotations()->rowCount(), before + 1);
        const QString id =
            source->highlightAt(int(source->toPlainText().indexOf(QStringLiteral("Port Sarel"))))
                ->id;
        QCOMPARE(window.annotations()->at(window.annotations()->rowOf(id)).annotation.colour,
                 QStringLiteral("pink"));
        child<QAction>(window, "actionUndo")->trigger();
        QCOMPARE(window.annotations()->at(window.annotations()->rowOf(id)).annotation.colour,
                 QStringLiteral("green"));
        QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(window.annotations()->rowCount(), before);
        QCOMPARE(window.annotations()->rowOf(id), -1);
        QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(window.annotations()->rowCount(), before + 1);
        // Deleted for good, and still undoable.
        window.deleteAnnotation(id);
        QCOMPARE(window.annotations()->rowOf(id), -1);
        window.undoStack()->undo();
        QVERIFY(window.annotations()->rowOf(id) >= 0);
        SqliteAnnotationStore store(m_folder.filePath(SqliteAnnotationStore::fileName()));
        QCOMPARE(int(store.load().size()), window.annotations()->rowCount());
    }

    void toolbarAndDocumentNotes()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openFile(file()));
        const int before = window.annotations()->rowCount();
        auto *toolbar = child<QToolBar>(window, "annotateToolBar");
        QCOMPARE(toolbar->actions().size(), 6); // five colours and a note
        auto *source = child<SourceView>(window, "sourceView");
        select(source, QStringLiteral("Minister Brenn"));
        toolbar->actions().at(3)->trigger(); // pink
        QCOMPARE(window.annotations()->rowCount(), before + 1);
        child<QAction>(window, "actionAddDocumentNote")->trigger();
        QCOMPARE(window.annotations()->rowCount(), before + 2);
        const int row = window.annotations()->rowCount() - 1;
        QCOMPARE(window.annotations()->at(row).annotation.targetKind, TargetKind::Document);
        QCOMPARE(window.annotations()->at(row).start, 0);
        QVERIFY(child<QDockWidget>(window, "noteDock")->isVisible());
    }

    // The export dialog previews and counts what it will write; File › Import brings the
    // notes back into a folder that had none.
    void exportDialogAndImport()
    {
        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("ostrel.txt"));
        writeFile(path, meetingSummary);
        const QString exported = folder.filePath(QStringLiteral("notes.json"));
        {
            MainWindow window;
            QVERIFY(window.openFile(path));
            auto *source = child<SourceView>(window, "sourceView");
            select(source, QStringLiteral("valued the partnership"));
            QVERIFY(window.annotateSelection(QStringLiteral("green")));
            select(source, QStringLiteral("trade mission"));
            QVERIFY(window.annotateSelection(QStringLiteral("yellow")));
            ExportDialog dialog(*window.annotations(), *window.corpus(),
                                window.currentDocument().get(), window.shownStatementRows());
            QCOMPARE(dialog.count(), 2);
            QVERIFY2(dialog.preview().contains(QLatin1String("trade mission")),
                     qPrintable(dialog.preview()));
            ExportFilter filter;
            filter.colour = QStringLiteral("green");
            dialog.setFilter(filter);
            QCOMPARE(dialog.count(), 1);
            QVERIFY(!dialog.preview().contains(QLatin1String("trade mission")));
            dialog.setFilter(ExportFilter());
            dialog.setFormat(QStringLiteral("json"));
            QString error;
            QVERIFY2(dialog.exportTo(exported, &error), qPrintable(error));
            QVERIFY(QFile(exported).size() > 0);
        }
        // A copy of the folder without notes takes them in; a second import adds nothing.
        QTemporaryDir copy;
        const QString copied = copy.filePath(QStringLiteral("ostrel.txt"));
        QVERIFY(QFile::copy(path, copied));
        MainWindow window;
        QVERIFY(window.openFile(copied));
        QCOMPARE(window.annotations()->rowCount(), 0);
        const QString report = window.importAnnotations(exported);
        QVERIFY2(report.startsWith(QLatin1String("2 notes anchored")), qPrintable(report));
        QCOMPARE(window.annotations()->rowCount(), 2);
        QCOMPARE(child<SourceView>(window, "sourceView")->highlights().size(), size_t(2));
        QVERIFY(window.importAnnotations(exported).contains(QLatin1String("2 already there")));
        QCOMPARE(window.annotations()->rowCount(), 2);
        QVERIFY(window.importAnnotations(folder.filePath(QStringLiteral("missing.json")))
                    .startsWith(QLatin1String("Nothing was imported")));
    }

    void orphanedNotesAreListedAndCanBeAttachedAgain()
    {
        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("ostrel.txt"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(meetingSummary);
        }
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openFile(path));
        auto *source = child<SourceView>(window, "sourceView");
        select(source, QStringLiteral("valued the partnership"));
        QVERIFY(window.annotateSelection(QStringLiteral("blue")));
        // The sentence is rewritten on disk: the window reads the file again.
        QByteArray changed = meetingSummary;
        changed.replace("Ostrel valued the partnership with Nakara",
                        "Ostrel wished to deepen ties with Nakara");
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(changed);
        }
        QTRY_VERIFY_WITH_TIMEOUT(window.annotations()->rowCount() == 1 &&
                                     window.annotations()->at(0).isOrphaned(),
                                 10000);
        QVERIFY(source->highlights().empty());
        auto *scope = child<QComboBox>(window, "notesScope");
        scope->setCurrentIndex(2); // passage not found
        auto *panel = child<NotesPanel>(window, "notesPanel");
        QCOMPARE(panel->shownIds().size(), 1);
        const QString id = panel->shownIds().first();
        select(source, QStringLiteral("wished to deepen ties"));
        QVERIFY(window.reattachAnnotation(id));
        QVERIFY(!window.annotations()->at(0).isOrphaned());
        QCOMPARE(panel->shownIds().size(), 0);
        QCOMPARE(source->highlights().size(), size_t(1));
        QCOMPARE(window.annotations()->at(0).annotation.colour, QStringLiteral("blue"));
    }
};

QTEST_MAIN(TestAnnotating)
#include "tst_annotating.moc"
