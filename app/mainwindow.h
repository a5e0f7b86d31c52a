#pragma once

#include "annotations/annotation.h"
#include "document/document.h"

#include <QMainWindow>
#include <QStringList>

class QAction;
class QActionGroup;
class QDockWidget;
class QLabel;
class QMenu;
class QProgressBar;
class QSortFilterProxyModel;
class QToolButton;
class QTreeView;
class QUndoStack;

namespace Readout {

class AnnotationModel;
class Corpus;
class CorpusLoader;
class CorpusSearch;
class CorpusModel;
class FilterBar;
class NoteEditor;
class NotesPanel;
class OutlineModel;
class SourceView;
class SpeakerListModel;
class StatementFilterModel;
class StatementModel;
class StatementView;
class TopicTreeModel;

/// Readout's main window: the open documents (left), the current meeting's outline (left), the
/// statement table with its filter bar (centre) and the source text (right), kept in step.
/// Geometry, dock layout, recent files, theme, font size and speaker merges are kept in
/// QSettings, so the application's organisation and name should be set before the window.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens one file now and makes it the current document. On failure a message naming the
    /// file is shown and the result is false.
    bool openFile(const QString &path);
    /// Opens files and folders (recursively) in the background; the first given file becomes
    /// current when it has loaded.
    void openPaths(const QStringList &paths);
    /// Opens every bundled sample and shows the first.
    void openSamples();
    bool isLoading() const;

    /// The file of the current document; empty when none.
    QString currentFile() const;
    DocumentPtr currentDocument() const { return m_current; }
    /// Shows document @p index of the corpus: outline, source, and (unless all documents are
    /// shown) narrows the table to it.
    void setCurrentDocument(int index);

    Corpus *corpus() const { return m_corpus; }
    StatementFilterModel *statementFilter() const { return m_filter; }
    CorpusLoader *loader() const { return m_loader; }
    SpeakerListModel *speakerList() const { return m_speakers; }
    TopicTreeModel *topicTree() const { return m_topics; }
    AnnotationModel *annotations() const { return m_annotations; }
    QUndoStack *undoStack() const { return m_undo; }

    /// Highlights the text selected in the source view in @p colour (a name of
    /// Annotation::highlightColours(); empty: a note without colour). False when nothing is
    /// selected or the save failed (a message says why).
    bool annotateSelection(const QString &colour);
    /// Adds a note to the source selection, else to the current statement, and opens the note
    /// editor on it (Ctrl+M).
    void addNote();
    /// Shows annotation @p id: its document, its passage, and the note editor.
    void goToAnnotation(const QString &id);
    void deleteAnnotation(const QString &id);
    /// Imports W3C Web Annotations from @p file into the notes of the open documents; returns
    /// what was done ("3 anchored, 1 not found, 2 already there"), or the errors.
    QString importAnnotations(const QString &file);
    /// Opens the export dialog (modal).
    void exportNotes();
    /// Per Corpus row, 1 for the statements the table shows now.
    std::vector<std::uint8_t> shownStatementRows() const;
    /// Attaches annotation @p id (orphaned, usually) to the passage selected in the source.
    bool reattachAnnotation(const QString &id);

    /// The sample summaries compiled into the program (":/samples/....txt"), sorted by name.
    static QStringList bundledSamples();

    /// The text of the About box: version, Qt versions, whether syntax highlighting is
    /// available (and why not), and the licence.
    QString aboutText() const;

public Q_SLOTS:
    void showAbout();
    void showAllDocuments(bool all);
    /// Uses the installed highlighting theme @p name; empty follows the palette.
    void setThemeName(const QString &name);

Q_SIGNALS:
    /// A background load finished (see openPaths()).
    void loadingFinished();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createModels();
    void createWidgets();
    void createDocks();
    void createActions();
    void createThemeMenu(QMenu *menu);
    void connectViews();
    void readSettings();
    void writeSettings() const;
    void showError(const QString &message);
    void addRecent(const QStringList &paths);
    void updateRecentMenu();
    void loadFinished(const QStringList &errors);
    void statementChosen(int row);
    void outlineNodeChosen(const QModelIndex &index);
    void sourceCursorMoved(int offset);
    void documentChosen(const QModelIndex &index);
    void cyclePanes(int direction);
    void setFontSize(int points);
    void mergeSpeakers();
    void saveSpeakerMerges() const;
    void createAnnotationActions(QMenu *menu);
    bool createAnnotation(const DocumentPtr &document, TargetKind kind, int start, int end,
                          const QString &colour, bool openEditor);
    void noteEdited(const Annotation &edited);
    void refreshHighlights();
    /// Marks in the source what the text filter found.
    void refreshSearchMatches();
    void showSourceContextMenu(const QPoint &pos);
    void showOutlineContextMenu(const QPoint &pos);
    void reportStoreProblem(const QString &message);
    void showStoreStatus(const QString &message);
    void editSettings();
    void showStoreLocation(const Document &document);

    Corpus *m_corpus = nullptr;
    CorpusLoader *m_loader = nullptr;
    CorpusModel *m_corpusModel = nullptr;
    QSortFilterProxyModel *m_corpusByDate = nullptr;
    OutlineModel *m_outline = nullptr;
    StatementModel *m_statements = nullptr;
    StatementFilterModel *m_filter = nullptr;
    CorpusSearch *m_search = nullptr;
    SpeakerListModel *m_speakers = nullptr;
    TopicTreeModel *m_topics = nullptr;
    AnnotationModel *m_annotations = nullptr;
    QUndoStack *m_undo = nullptr;

    QTreeView *m_corpusView = nullptr;
    QTreeView *m_outlineView = nullptr;
    FilterBar *m_filterBar = nullptr;
    StatementView *m_statementView = nullptr;
    SourceView *m_sourceView = nullptr;
    NotesPanel *m_notesPanel = nullptr;
    NoteEditor *m_noteEditor = nullptr;
    QDockWidget *m_noteDock = nullptr;
    QLabel *m_storeLabel = nullptr;
    QString m_storeOffline; ///< why the notes server is away; empty while it is there
    QProgressBar *m_progress = nullptr;
    QToolButton *m_cancel = nullptr;
    QMenu *m_recentMenu = nullptr;
    QAction *m_showAll = nullptr;
    QActionGroup *m_themes = nullptr;

    DocumentPtr m_current;
    QString m_pendingCurrent; ///< file to make current when a background load brings it
    QString m_followFile;     ///< the current document's file while it is being read again
    bool m_syncing = false;   ///< views are being moved in step; do not echo
    int m_fontSize = 0;
};

} // namespace Readout
