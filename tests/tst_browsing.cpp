// Drives the real MainWindow as a reader would: open the samples, filter the statement table
// by speaker, topic and text, and check that the table, outline and source stay in step.

#include "corpus/corpus.h"
#include "corpus/corpusloader.h"
#include "corpus/indexwriter.h"
#include "items/itemroles.h"
#include "items/speakerlistmodel.h"
#include "items/statementfiltermodel.h"
#include "items/statementmodel.h"
#include "items/topictreemodel.h"
#include "mainwindow.h"
#include "matchdelegate.h"
#include "sampledocuments.h"
#include "sourceview.h"
#include "statementview.h"
#include "streamingpaintthrottle.h"
#include "summaryhighlighter.h"
#include "testsupport.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QUrl>

using namespace Readout;

namespace {

QString cell(const StatementView *view, int row, int column)
{
    return view->model()->index(row, column).data().toString();
}

} // namespace

class TestBrowsing : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settingsDir;
    MainWindow *window = nullptr;
    StatementView *table = nullptr;
    SourceView *source = nullptr;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_settingsDir.isValid());
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
        QCoreApplication::setOrganizationName(QStringLiteral("ReadoutTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_browsing"));
    }

    void init()
    {
        QSettings().clear();
        window = new MainWindow;
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        window->openSamples();
        table = child<StatementView>(*window, "statementView");
        source = child<SourceView>(*window, "sourceView");
    }

    void cleanup()
    {
        delete window;
        window = nullptr;
    }

    void samplesOpenNarrowedToTheFirst()
    {
        const int samples = MainWindow::bundledSamples().size();
        QVERIFY(samples >= 5);
        QCOMPARE(window->corpus()->documentCount(), samples);
        QCOMPARE(child<QTreeView>(*window, "corpusView")->model()->rowCount(), samples);
        const DocumentPtr first = window->currentDocument();
        QVERIFY(first);
        QCOMPARE(table->model()->rowCount(), int(first->statements.size()));
        QCOMPARE(child<QLabel>(*window, "statementCount")->text(),
                 QStringLiteral("%1 of %2 statements")
                     .arg(first->statements.size())
                     .arg(window->corpus()->rowCount()));
        QVERIFY(child<QTreeView>(*window, "outlineView")->model()->rowCount() > 0);
        QCOMPARE(source->toPlainText(), first->text);
    }

    void choosingADocumentNarrowsTheTable()
    {
        auto *documents = child<QTreeView>(*window, "corpusView");
        const QModelIndex last = documents->model()->index(documents->model()->rowCount() - 1, 0);
        documents->setCurrentIndex(last);
        const DocumentPtr doc = window->currentDocument();
        QCOMPARE(doc->file, last.data(FileRole).toString());
        QCOMPARE(table->model()->rowCount(), int(doc->statements.size()));
        QCOMPARE(source->toPlainText(), doc->text);
        child<QAction>(*window, "actionShowAll")->trigger();
        QCOMPARE(table->model()->rowCount(), window->corpus()->rowCount());
    }

    void filterBySpeakerShowsOnlyTheirStatements()
    {
        child<QAction>(*window, "actionShowAll")->trigger();
        auto *list = child<QListView>(*window, "speakerList");
        const QModelIndex sonoda = list->model()
                                       ->match(list->model()->index(0, 0), Qt::EditRole,
                                               QStringLiteral("Haruka Sonoda"), 1, Qt::MatchExactly)
                                       .value(0);
        QVERIFY(sonoda.isValid());
        const int expectedOwn = sonoda.data(StatementCountRole).toInt();
        QVERIFY(list->model()->setData(sonoda, Qt::Checked, Qt::CheckStateRole));
        QVERIFY(table->model()->rowCount() > expectedOwn); // her meetings' joint statements too
        child<QCheckBox>(*window, "jointToggle")->setChecked(false);
        QCOMPARE(table->model()->rowCount(), expectedOwn);
        for (int r = 0; r < table->model()->rowCount(); ++r)
            QCOMPARE(cell(table, r, StatementModel::SpeakerColumn),
                     QStringLiteral("Haruka Sonoda"));
        QCOMPARE(child<QToolButton>(*window, "speakerFilterButton")->text(),
                 QStringLiteral("Haruka Sonoda"));
        QTest::keyClick(window, Qt::Key_Escape);
        QCOMPARE(table->model()->rowCount(), window->corpus()->rowCount());
    }

    void filterByTopicAcrossMeetings()
    {
        child<QAction>(*window, "actionShowAll")->trigger();
        auto *tree = child<QTreeView>(*window, "topicTree");
        const QModelIndex bilateral =
            tree->model()
                ->match(tree->model()->index(0, 0), Qt::EditRole,
                        QStringLiteral("Bilateral Relations"), 1, Qt::MatchFixedString)
                .value(0);
        QVERIFY(bilateral.isValid());
        QVERIFY(tree->model()->setData(bilateral, Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(table->model()->rowCount(), bilateral.data(StatementCountRole).toInt());
        QSet<QString> documents;
        for (int r = 0; r < table->model()->rowCount(); ++r) {
            QVERIFY(cell(table, r, StatementModel::TopicColumn)
                        .startsWith(QLatin1String("Bilateral"), Qt::CaseInsensitive));
            documents.insert(cell(table, r, StatementModel::DocumentColumn) +
                             cell(table, r, StatementModel::DateColumn));
        }
        QVERIFY2(documents.size() > 1, "one topic across several meetings");
    }

    void dateRangeLimitsTheMeetings()
    {
        child<QAction>(*window, "actionShowAll")->trigger();
        child<QDateEdit>(*window, "dateFrom")->setDate(QDate(2024, 1, 1));
        child<QDateEdit>(*window, "dateTo")->setDate(QDate(2024, 6, 30));
        QVERIFY(table->model()->rowCount() > 0);
        for (int r = 0; r < table->model()->rowCount(); ++r) {
            const QDate date =
                QDate::fromString(cell(table, r, StatementModel::DateColumn), Qt::ISODate);
            QVERIFY2(date >= QDate(2024, 1, 1) && date <= QDate(2024, 6, 30),
                     qPrintable(date.toString()));
        }
        QCOMPARE(child<QToolButton>(*window, "dateFilterButton")->text(),
                 QStringLiteral("2024-01-01 \u2013 2024-06-30"));
        QTest::keyClick(window, Qt::Key_Escape);
        QCOMPARE(table->model()->rowCount(), window->corpus()->rowCount());
        QCOMPARE(child<QToolButton>(*window, "dateFilterButton")->text(),
                 QStringLiteral("Any date"));
    }

    void typingFiltersByText()
    {
        child<QAction>(*window, "actionShowAll")->trigger();
        child<QAction>(*window, "actionFind")->trigger();
        auto *field = child<QLineEdit>(*window, "filterText");
        QVERIFY(field->hasFocus());
        QTest::keyClicks(field, QStringLiteral("PARTNER"));
        QVERIFY(table->model()->rowCount() > 0);
        QVERIFY(table->model()->rowCount() < window->corpus()->rowCount());
        for (int r = 0; r < table->model()->rowCount(); ++r)
            QVERIFY(cell(table, r, StatementModel::TextColumn)
                        .contains(QLatin1String("partner"), Qt::CaseInsensitive));
        // A regular expression; a broken one shows nothing and says why.
        child<QToolButton>(*window, "regexToggle")->click();
        field->setText(QStringLiteral("\\d+ (percent|%)"));
        QTRY_VERIFY(window->statementFilter()->textMode() ==
                        StatementFilterModel::TextMode::RegularExpression &&
                    window->statementFilter()->textFilter() == field->text());
        for (int r = 0; r < table->model()->rowCount(); ++r)
            QVERIFY(cell(table, r, StatementModel::TextColumn)
                        .contains(QRegularExpression(QStringLiteral("\\d+ (percent|%)"))));
        field->setText(QStringLiteral("(broken"));
        QTRY_COMPARE(window->statementFilter()->textFilter(), field->text());
        QCOMPARE(table->model()->rowCount(), 0);
        QVERIFY(!field->toolTip().isEmpty());
    }

    void fullTextSearchFindsAndMarksWords()
    {
        window->loader()->indexWriter()->waitUntilIdle(); // the samples' index
        child<QAction>(*window, "actionShowAll")->trigger();
        auto *field = child<QLineEdit>(*window, "filterText");
        auto *regex = child<QToolButton>(*window, "regexToggle");
        auto *fullText = child<QToolButton>(*window, "fullTextToggle");
        regex->click();
        fullText->click();
        QVERIFY(!regex->isChecked()); // one mode at a time
        field->setText(QStringLiteral("partner* NOT economic"));
        QTRY_VERIFY(window->statementFilter()->textMode() ==
                        StatementFilterModel::TextMode::FullText &&
                    window->statementFilter()->textFilter() == field->text());
        QVERIFY(field->toolTip().isEmpty());
        const int found = table->model()->rowCount();
        QVERIFY(found > 0);
        QVERIFY(found < window->corpus()->rowCount());
        for (int r = 0; r < found; ++r) {
            const QString text = cell(table, r, StatementModel::TextColumn);
            QVERIFY2(text.contains(QLatin1String("partner"), Qt::CaseInsensitive),
                     qPrintable(text));
            QVERIFY2(!text.contains(QLatin1String("economic"), Qt::CaseInsensitive),
                     qPrintable(text));
        }
        // Choosing a found statement shows its meeting with the found words marked.
        table->selectRow(0);
        const DocumentPtr doc = window->currentDocument();
        QVERIFY(!source->searchMatches().empty());
        for (const auto &m : source->searchMatches()) {
            QVERIFY(doc->text.mid(m.first, m.second - m.first)
                        .startsWith(QLatin1String("partner"), Qt::CaseInsensitive));
        }
        // Back to plain text: the same words, marked as typed.
        fullText->click();
        field->setText(QStringLiteral("partner"));
        QTRY_COMPARE(window->statementFilter()->textMode(), StatementFilterModel::TextMode::Plain);
        QVERIFY(table->model()->rowCount() >= found);
        // A query the index cannot read says why.
        fullText->click();
        field->setText(QStringLiteral("\"unclosed"));
        QTRY_COMPARE(window->statementFilter()->textFilter(), field->text());
        QCOMPARE(table->model()->rowCount(), 0);
        QVERIFY(field->toolTip().contains(QLatin1String("search")));
    }

    void foundWordsBeyondTheColumnAreScrolledIntoView()
    {
        const QFontMetrics metrics(table->font());
        const QString text =
            QStringLiteral("The ministers reviewed a long list of matters of common "
                           "interest at length and at last agreed on fisheries.");
        const int at = int(text.indexOf(QLatin1String("fisheries")));
        const auto shown = MatchDelegate::shownText(
            text, {{at, at + 9}}, metrics, metrics.horizontalAdvance(QStringLiteral("x")) * 40);
        QVERIFY2(shown.text.startsWith(QChar(0x2026)), qPrintable(shown.text));
        QCOMPARE(shown.matches.size(), size_t(1));
        QCOMPARE(shown.text.mid(shown.matches[0].first,
                                shown.matches[0].second - shown.matches[0].first),
                 QStringLiteral("fisheries"));
        // Room enough: shown from the start.
        const auto whole = MatchDelegate::shownText(text, {{4, 13}}, metrics,
                                                    metrics.horizontalAdvance(text) + 10);
        QCOMPARE(whole.text, text);
        QCOMPARE(whole.matches, (std::vector<std::pair<int, int>>{{4, 13}}));
    }

    void choosingAStatementMarksTheSource()
    {
        const DocumentPtr doc = window->currentDocument();
        table->selectRow(3);
        const int corpusRow = table->model()->index(3, 0).data(StatementRowRole).toInt();
        const Statement &s = window->corpus()->statement(corpusRow);
        QCOMPARE(source->markedRange(), qMakePair(s.start, s.end));
        QCOMPARE(source->textCursor().position(), s.start);
        // The outline follows to the statement's node.
        auto *outline = child<QTreeView>(*window, "outlineView");
        QCOMPARE(outline->currentIndex().data(OutlineNodeRole).toInt(), s.node);
        // Alt+Down: the next statement.
        QTest::keyClick(window, Qt::Key_Down, Qt::AltModifier);
        QCOMPARE(table->currentIndex().row(), 4);
        QCOMPARE(doc, window->currentDocument());
    }

    void movingInTheSourceSelectsTheStatement()
    {
        const DocumentPtr doc = window->currentDocument();
        const Statement &target = doc->statements.at(doc->statements.size() / 2);
        QTextCursor cursor = source->textCursor();
        cursor.setPosition(target.start + 2);
        source->setTextCursor(cursor);
        const QModelIndex current = table->currentIndex();
        QVERIFY(current.isValid());
        QCOMPARE(current.data(SourceStartRole).toInt(), target.start);
        auto *outline = child<QTreeView>(*window, "outlineView");
        QCOMPARE(outline->currentIndex().data(OutlineNodeRole).toInt(), target.node);
        // Choosing an outline heading marks its line.
        const QModelIndex heading = outline->model()->index(0, 0);
        outline->setCurrentIndex(heading);
        QCOMPARE(source->markedRange(), qMakePair(heading.data(SourceStartRole).toInt(),
                                                  heading.data(SourceEndRole).toInt()));
    }

    void contextMenuFiltersAndCopiesWithCitation()
    {
        child<QAction>(*window, "actionShowAll")->trigger();
        int row = 0;
        while (table->model()
                   ->index(row, StatementModel::SpeakerColumn)
                   .data(SpeakerKindRole)
                   .toInt() != int(SpeakerKind::Person))
            ++row;
        const QString speaker = cell(table, row, StatementModel::SpeakerColumn);
        QTimer::singleShot(50, this, [] {
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            QVERIFY(menu);
            const auto actions = menu->actions();
            for (QAction *action : actions) {
                if (action->text().startsWith(QLatin1String("Filter by Speaker")))
                    menu->setActiveAction(action);
            }
            QTest::keyClick(menu, Qt::Key_Return);
        });
        const QRect rect =
            table->visualRect(table->model()->index(row, StatementModel::TextColumn));
        QContextMenuEvent event(QContextMenuEvent::Mouse, rect.center(),
                                table->viewport()->mapToGlobal(rect.center()));
        QApplication::sendEvent(table->viewport(), &event);
        QVERIFY(table->model()->rowCount() > 0);
        for (int r = 0; r < table->model()->rowCount(); ++r) {
            const QString shown = cell(table, r, StatementModel::SpeakerColumn);
            QVERIFY2(shown == speaker || shown == QLatin1String("Both sides (joint)"),
                     qPrintable(shown));
        }
        table->selectRow(0);
        child<QAction>(*window, "actionCopyCitation")->trigger();
        const QString copied = QApplication::clipboard()->text();
        const int corpusRow = table->model()->index(0, 0).data(StatementRowRole).toInt();
        const Document &doc = *window->corpus()->document(window->corpus()->rowDocument(corpusRow));
        QVERIFY2(copied.contains(doc.title) && copied.contains(doc.date.toString(Qt::ISODate)),
                 qPrintable(copied));
        QVERIFY(copied.contains(cell(table, 0, StatementModel::SpeakerColumn)));
        QVERIFY(copied.contains(cell(table, 0, StatementModel::TextColumn)));
    }

    void keyboardMovesBetweenPanes()
    {
        auto *documents = child<QTreeView>(*window, "corpusView");
        documents->setFocus();
        QTRY_VERIFY(documents->hasFocus());
        QTest::keyClick(window, Qt::Key_F6);
        QVERIFY(child<QTreeView>(*window, "outlineView")->hasFocus());
        QTest::keyClick(window, Qt::Key_F6);
        QVERIFY(child<QLineEdit>(*window, "filterText")->hasFocus());
        QTest::keyClick(window, Qt::Key_F6);
        QVERIFY(table->hasFocus());
        QTest::keyClick(window, Qt::Key_F6);
        QVERIFY(source->hasFocus());
    }

    void themeCanBeChosenAndIsKept()
    {
        const QStringList themes = SummaryHighlighter::themeNames();
        if (themes.isEmpty()) {
            QVERIFY(!child<QMenu>(*window, "themeMenu")->isEnabled());
            QSKIP("KSyntaxHighlighting was not found when Readout was built");
        }
        QVERIFY(themes.contains(QStringLiteral("Solarized Dark")));
        const auto actions = child<QMenu>(*window, "themeMenu")->actions();
        for (QAction *action : actions) {
            if (action->text() == QLatin1String("Solarized Dark"))
                action->trigger();
        }
        QCOMPARE(source->highlighter()->themeName(), QStringLiteral("Solarized Dark"));
        window->close();
        MainWindow reopened;
        reopened.openSamples();
        QCOMPARE(child<SourceView>(reopened, "sourceView")->highlighter()->themeName(),
                 QStringLiteral("Solarized Dark"));
        reopened.setThemeName(QString());
        QCOMPARE(child<SourceView>(reopened, "sourceView")->highlighter()->themeName(),
                 QStringLiteral("Breeze Light"));
    }

    void foldersOpenRecursivelyAndBadFilesAreNamed()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("2025/may")));
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral(".hidden")));
        writeFile(dir.filePath(QStringLiteral("2025/may/ostrel.txt")), meetingSummary);
        writeFile(dir.filePath(QStringLiteral(".hidden/copy.txt")), meetingSummary);
        writeFile(dir.filePath(QStringLiteral("picture.png")), QByteArray("\x89PNG\r\n", 6));
        writeFile(dir.filePath(QStringLiteral("broken.txt")),
                  QByteArray("\x00\x01\x02\x03binary", 10));
        const int before = window->corpus()->documentCount();
        QSignalSpy finished(window, &MainWindow::loadingFinished);
        window->openPaths({dir.path()});
        QVERIFY(finished.wait(10000));
        QCOMPARE(window->corpus()->documentCount(), before + 1);
        auto *box = window->findChild<QMessageBox *>();
        QVERIFY(box);
        QVERIFY2(box->text().contains(QLatin1String("broken.txt")), qPrintable(box->text()));
        box->close();
        // Opening it again adds nothing.
        window->openPaths({dir.path()});
        QTRY_VERIFY(!window->isLoading());
        QCOMPARE(window->corpus()->documentCount(), before + 1);
    }

    void dropppedFilesOpen()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ostrel.txt"));
        writeFile(path, meetingSummary);
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(path)});
        QSignalSpy finished(window, &MainWindow::loadingFinished);
        const QPoint where = window->centralWidget()->geometry().center();
        QDragEnterEvent enter(where, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(window, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(where, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(window, &drop);
        QVERIFY(finished.wait(10000));
        QCOMPARE(window->currentFile(), QFileInfo(path).absoluteFilePath());
        QCOMPARE(window->currentDocument()->statements.size(), size_t(3));
    }

    void filesChangedOnDiskReloadAndDeletedOnesLeave()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ostrel.txt"));
        writeFile(path, meetingSummary);
        QVERIFY(window->openFile(path));
        const int documents = window->corpus()->documentCount();
        writeFile(path, QByteArray(meetingSummary) +
                            "The two ministers agreed to meet again in Ostrel.\n");
        QTRY_COMPARE_WITH_TIMEOUT(window->currentDocument()->statements.size(), size_t(4), 10000);
        QCOMPARE(window->corpus()->documentCount(), documents);
        QVERIFY(QFile::remove(path));
        QTRY_COMPARE_WITH_TIMEOUT(window->corpus()->documentCount(), documents - 1, 10000);
        QVERIFY(window->corpus()->indexOfFile(QFileInfo(path).absoluteFilePath()) < 0);
    }

    void mergeDialogJoinsAndSeparatesSpeakers()
    {
        int merged = -1;
        QTimer::singleShot(50, this, [&] {
            auto *dialog = QApplication::activeModalWidget();
            QVERIFY(dialog);
            auto *from = child<QComboBox>(*dialog, "mergeFrom");
            auto *into = child<QComboBox>(*dialog, "mergeInto");
            from->setCurrentIndex(
                from->findText(QStringLiteral("Ilse Varga"), Qt::MatchStartsWith));
            into->setCurrentIndex(
                into->findText(QStringLiteral("Arlen Castellan"), Qt::MatchStartsWith));
            const auto buttons = dialog->findChildren<QPushButton *>();
            for (QPushButton *button : buttons) {
                if (button->text() == QLatin1String("&Merge"))
                    button->click();
            }
            merged = child<QListWidget>(*dialog, "mergeList")->count();
            QVERIFY(from->findText(QStringLiteral("Ilse Varga"), Qt::MatchStartsWith) < 0);
            dialog->close();
        });
        child<QAction>(*window, "actionMergeSpeakers")->trigger();
        QCOMPARE(merged, 1);
        const SpeakerListModel *speakers = window->speakerList();
        QVERIFY(speakers->match(speakers->index(0), Qt::EditRole, QStringLiteral("Ilse Varga"))
                    .isEmpty());
        QVERIFY(QSettings().value(QStringLiteral("speakerMerges")).toStringList().size() == 1);
    }

    void speakerMergesAreKept()
    {
        Corpus *corpus = window->corpus();
        const SpeakerListModel *speakers = window->speakerList();
        const int castellan =
            speakers->match(speakers->index(0), Qt::EditRole, QStringLiteral("Arlen Castellan"))
                .value(0)
                .data(SpeakerIdRole)
                .toInt();
        const int varga =
            speakers->match(speakers->index(0), Qt::EditRole, QStringLiteral("Ilse Varga"))
                .value(0)
                .data(SpeakerIdRole)
                .toInt();
        QVERIFY(corpus->mergeSpeakers(varga, castellan));
        window->close();
        MainWindow reopened;
        reopened.openSamples();
        const SpeakerListModel *again = reopened.speakerList();
        QVERIFY(
            again->match(again->index(0), Qt::EditRole, QStringLiteral("Ilse Varga")).isEmpty());
        QVERIFY(!again->match(again->index(0), Qt::EditRole, QStringLiteral("Arlen Castellan"))
                     .isEmpty());
    }

    // While an archive streams in, the table repaints a few times a second, not after every
    // piece; the first piece and the last show at once.
    void streamingViewsRepaintAFewTimesASecond()
    {
        Corpus corpus;
        QWidget table;
        QWidget list;
        StreamingPaintThrottle throttle(&corpus, {&table, &list}, nullptr);
        corpus.setStreaming(true);
        corpus.addDocument(sample2002());
        QVERIFY(table.updatesEnabled());
        corpus.addDocument(sample2003()); // at once after the first: held back
        QVERIFY(!table.updatesEnabled());
        QVERIFY(!list.updatesEnabled());
        QTRY_VERIFY(table.updatesEnabled()); // painted a moment later, without another piece
        QVERIFY(list.updatesEnabled());
        corpus.addDocument(sample2004());
        QVERIFY(!table.updatesEnabled());
        corpus.setStreaming(false); // the last piece is in
        QVERIFY(table.updatesEnabled());
        QVERIFY(list.updatesEnabled());
        // Documents opened one by one are painted at once.
        auto another = std::make_shared<Document>(*sample2004());
        another->file += QStringLiteral("-again");
        corpus.addDocument(another);
        QVERIFY(table.updatesEnabled());
    }
};

QTEST_MAIN(TestBrowsing)
#include "tst_browsing.moc"
