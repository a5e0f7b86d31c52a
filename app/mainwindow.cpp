#include "mainwindow.h"

#include "annotationcommands.h"
#include "corpus/corpus.h"
#include "corpus/corpusloader.h"
#include "corpus/corpussearch.h"
#include "corpus/indexcache.h"
#include "export/annotationimporter.h"
#include "items/annotationmodel.h"
#include "items/corpusmodel.h"
#include "items/corpussortmodel.h"
#include "items/itemroles.h"
#include "items/outlinemodel.h"
#include "items/speakerlistmodel.h"
#include "items/statementfiltermodel.h"
#include "items/statementmodel.h"
#include "items/topictreemodel.h"
#include "storeoption.h"

#include "exportdialog.h"
#include "filterbar.h"
#include "matchdelegate.h"
#include "noteeditor.h"
#include "notespanel.h"
#include "settingsdialog.h"
#include "sourceview.h"
#include "speakermergedialog.h"
#include "statementview.h"
#include "streamingpaintthrottle.h"
#include "summaryhighlighter.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QScreen>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

// Q_INIT_RESOURCE has to be used outside any namespace. readout.qrc is compiled into a static
// library, where nothing else would make the linker keep it.
static void initAppResources()
{
    Q_INIT_RESOURCE(readout);
}

namespace Readout {

namespace {

const char *const settingsGroup = "MainWindow";
const int maxRecent = 10;

QString displayPath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    initAppResources();
    setWindowTitle(tr("Readout"));
    setAcceptDrops(true);
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks);
    createModels();
    createWidgets();
    createDocks();
    createActions();
    connectViews();
    readSettings();
}

MainWindow::~MainWindow() = default;

void MainWindow::createModels()
{
    m_corpus = new Corpus(this);
    // While documents come and go the views move their current rows by themselves; that is
    // not the reader choosing something. Connected before any model, so it comes first.
    connect(m_corpus, &Corpus::documentsAboutToBeAdded, this, [this] { m_syncing = true; });
    connect(m_corpus, &Corpus::documentAboutToBeRemoved, this, [this](int index) {
        m_syncing = true;
        if (m_corpus->document(index) == m_current)
            m_followFile = m_current->file;
    });
    m_loader = new CorpusLoader(m_corpus, this);
    m_corpusModel = new CorpusModel(m_corpus, this);
    m_corpusByDate = new CorpusSortModel(m_corpusModel, this);
    m_outline = new OutlineModel(this);
    m_statements = new StatementModel(m_corpus, this);
    m_filter = new StatementFilterModel(this);
    m_filter->setSourceModel(m_statements);
    m_search = new CorpusSearch(m_corpus, m_loader, this);
    // Index caches of folders that are gone or long unused: off the GUI thread, at start.
    static_cast<void>(QtConcurrent::run([] { IndexCache::prune(); })); // nobody waits for it
    m_filter->setSearch(m_search);
    m_speakers = new SpeakerListModel(m_corpus, this);
    m_topics = new TopicTreeModel(m_corpus, this);
    m_annotations = new AnnotationModel(m_corpus, this);
    m_statements->setAnnotations(m_annotations);
    m_undo = new QUndoStack(this);
}

void MainWindow::createWidgets()
{
    auto *panel = new QWidget(this);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(4, 4, 4, 0);
    m_filterBar = new FilterBar(m_filter, m_speakers, m_topics, m_annotations, panel);
    m_statementView = new StatementView(panel);
    m_statementView->setModel(m_filter);
    m_statementView->setItemDelegateForColumn(StatementModel::TextColumn,
                                              new MatchDelegate(m_filter, m_statementView));
    m_statementView->sortByColumn(StatementModel::DateColumn, Qt::AscendingOrder);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_statementView, 1);
    setCentralWidget(panel);

    m_corpusView = new QTreeView(this);
    m_corpusView->setObjectName(QStringLiteral("corpusView"));
    m_corpusView->setAccessibleName(tr("Documents"));
    m_corpusView->setRootIsDecorated(false);
    // One line per document: the view need not measure ten thousand rows to place one.
    m_corpusView->setUniformRowHeights(true);
    m_corpusView->setModel(m_corpusByDate);
    m_corpusView->setSortingEnabled(true);
    m_corpusView->sortByColumn(CorpusModel::DateColumn, Qt::AscendingOrder);
    m_corpusView->setColumnHidden(CorpusModel::ParticipantsColumn, true);
    m_corpusView->setColumnHidden(CorpusModel::FileColumn, true);
    m_corpusView->header()->setSectionResizeMode(CorpusModel::TitleColumn, QHeaderView::Stretch);
    m_corpusView->header()->setStretchLastSection(false);
    new StreamingPaintThrottle(m_corpus, {m_statementView, m_corpusView}, this);

    m_outlineView = new QTreeView(this);
    m_outlineView->setObjectName(QStringLiteral("outlineView"));
    m_outlineView->setAccessibleName(tr("Outline"));
    m_outlineView->setModel(m_outline);
    m_outlineView->setUniformRowHeights(true);
    m_outlineView->header()->setSectionResizeMode(OutlineModel::HeadingColumn,
                                                  QHeaderView::Stretch);
    m_outlineView->header()->setStretchLastSection(false);

    m_sourceView = new SourceView(this);
    m_sourceView->setContextMenuPolicy(Qt::CustomContextMenu);
    m_outlineView->setContextMenuPolicy(Qt::CustomContextMenu);
    m_notesPanel = new NotesPanel(m_annotations, this);
    m_noteEditor = new NoteEditor(this);
    m_storeLabel = new QLabel(this);
    m_storeLabel->setObjectName(QStringLiteral("storeLabel"));
    statusBar()->addPermanentWidget(m_storeLabel);

    m_progress = new QProgressBar(this);
    m_progress->setMaximumWidth(200);
    m_progress->hide();
    m_cancel = new QToolButton(this);
    m_cancel->setText(tr("Cancel"));
    m_cancel->hide();
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancel);
    connect(m_cancel, &QToolButton::clicked, m_loader, &CorpusLoader::cancel);
}

void MainWindow::createDocks()
{
    const auto dock = [this](const QString &title, const QString &name, QWidget *widget,
                             Qt::DockWidgetArea area) {
        auto *d = new QDockWidget(title, this);
        d->setObjectName(name);
        d->setWidget(widget);
        addDockWidget(area, d);
        return d;
    };
    dock(tr("Documents"), QStringLiteral("documentsDock"), m_corpusView, Qt::LeftDockWidgetArea);
    dock(tr("Outline"), QStringLiteral("outlineDock"), m_outlineView, Qt::LeftDockWidgetArea);
    dock(tr("Source"), QStringLiteral("sourceDock"), m_sourceView, Qt::RightDockWidgetArea);
    QDockWidget *source = findChild<QDockWidget *>(QStringLiteral("sourceDock"));
    QDockWidget *notes =
        dock(tr("Notes"), QStringLiteral("notesDock"), m_notesPanel, Qt::RightDockWidgetArea);
    // The notes list under the source text, which keeps most of the height.
    resizeDocks({source, notes}, {3, 1}, Qt::Vertical);
    m_noteDock =
        dock(tr("Note"), QStringLiteral("noteDock"), m_noteEditor, Qt::RightDockWidgetArea);
    m_noteDock->hide(); // opens with the first note (Ctrl+M)
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *openFiles = file->addAction(tr("&Open Files\u2026"));
    openFiles->setObjectName(QStringLiteral("actionOpenFiles"));
    openFiles->setShortcut(QKeySequence::Open);
    connect(openFiles, &QAction::triggered, this, [this] {
        const QString filter = tr("Summaries (%1);;All files (*)")
                                   .arg(CorpusLoader::summaryFilePatterns().join(QLatin1Char(' ')));
        const QStringList files = QFileDialog::getOpenFileNames(
            this, tr("Open Summaries"), QSettings().value(QStringLiteral("lastFolder")).toString(),
            filter);
        if (!files.isEmpty())
            openPaths(files);
    });
    QAction *openFolder = file->addAction(tr("Open &Folder\u2026"));
    openFolder->setObjectName(QStringLiteral("actionOpenFolder"));
    openFolder->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    connect(openFolder, &QAction::triggered, this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(
            this, tr("Open Folder of Summaries"),
            QSettings().value(QStringLiteral("lastFolder")).toString());
        if (!folder.isEmpty())
            openPaths({folder});
    });
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    updateRecentMenu();
    file->addSeparator();
    QAction *exportAction = file->addAction(tr("&Export Notes\u2026"));
    exportAction->setObjectName(QStringLiteral("actionExport"));
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(exportAction, &QAction::triggered, this, &MainWindow::exportNotes);
    QAction *importAction = file->addAction(tr("&Import Notes\u2026"));
    importAction->setObjectName(QStringLiteral("actionImport"));
    connect(importAction, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Import Notes"), QSettings().value(QStringLiteral("lastFolder")).toString(),
            tr("W3C Web Annotations (*.json *.jsonld);;All files (*)"));
        if (path.isEmpty())
            return;
        QMessageBox::information(this, tr("Import Notes"), importAnnotations(path));
    });
    file->addSeparator();
    QAction *samples = file->addAction(tr("Open &Sample Summaries"));
    connect(samples, &QAction::triggered, this, &MainWindow::openSamples);
    QAction *close = file->addAction(tr("&Close Document"));
    close->setShortcut(QKeySequence::Close);
    connect(close, &QAction::triggered, this, [this] {
        if (m_current)
            m_corpus->removeDocument(m_corpus->indexOfFile(m_current->file));
    });
    file->addSeparator();
    QAction *settings = file->addAction(tr("Se&ttings\u2026"));
    settings->setObjectName(QStringLiteral("actionSettings"));
    settings->setMenuRole(QAction::PreferencesRole);
    connect(settings, &QAction::triggered, this, &MainWindow::editSettings);
    QAction *quit = file->addAction(tr("&Quit"));
    quit->setObjectName(QStringLiteral("actionQuit"));
    // QKeySequence::Quit is empty on Windows, Ctrl+Q is what users of the program expect.
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undo->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("actionUndo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undo->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("actionRedo"));
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence::Redo});
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction *copy = edit->addAction(tr("&Copy with Citation"));
    copy->setObjectName(QStringLiteral("actionCopyCitation"));
    copy->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    connect(copy, &QAction::triggered, m_statementView, &StatementView::copyWithCitation);
    QAction *find = edit->addAction(tr("&Filter Statements"));
    find->setObjectName(QStringLiteral("actionFind"));
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, m_filterBar, &FilterBar::focusTextField);
    QAction *clear = edit->addAction(tr("C&lear Filters"));
    clear->setObjectName(QStringLiteral("actionClearFilters"));
    clear->setShortcut(QKeySequence(Qt::Key_Escape));
    connect(clear, &QAction::triggered, m_filterBar, &FilterBar::clearFilters);
    edit->addSeparator();
    QAction *merge = edit->addAction(tr("&Merge Speakers\u2026"));
    merge->setObjectName(QStringLiteral("actionMergeSpeakers"));
    connect(merge, &QAction::triggered, this, &MainWindow::mergeSpeakers);

    createAnnotationActions(menuBar()->addMenu(tr("&Annotate")));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    m_showAll = view->addAction(tr("Statements of &All Documents"));
    m_showAll->setObjectName(QStringLiteral("actionShowAll"));
    m_showAll->setCheckable(true);
    m_showAll->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    connect(m_showAll, &QAction::toggled, this, &MainWindow::showAllDocuments);
    QAction *previous = view->addAction(tr("&Previous Statement"));
    previous->setObjectName(QStringLiteral("actionPreviousStatement"));
    previous->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
    connect(previous, &QAction::triggered, this, [this] { m_statementView->moveCurrentRow(-1); });
    QAction *next = view->addAction(tr("&Next Statement"));
    next->setObjectName(QStringLiteral("actionNextStatement"));
    next->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));
    connect(next, &QAction::triggered, this, [this] { m_statementView->moveCurrentRow(1); });
    QAction *nextPane = view->addAction(tr("Ne&xt Pane"));
    nextPane->setObjectName(QStringLiteral("actionNextPane"));
    nextPane->setShortcut(QKeySequence(Qt::Key_F6));
    connect(nextPane, &QAction::triggered, this, [this] { cyclePanes(1); });
    QAction *previousPane = view->addAction(tr("Pre&vious Pane"));
    previousPane->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F6));
    connect(previousPane, &QAction::triggered, this, [this] { cyclePanes(-1); });
    view->addSeparator();
    QAction *zoomIn = view->addAction(tr("Zoom &In"));
    zoomIn->setShortcut(QKeySequence::ZoomIn);
    connect(zoomIn, &QAction::triggered, this, [this] { setFontSize(m_fontSize + 1); });
    QAction *zoomOut = view->addAction(tr("Zoom &Out"));
    zoomOut->setShortcut(QKeySequence::ZoomOut);
    connect(zoomOut, &QAction::triggered, this, [this] { setFontSize(m_fontSize - 1); });
    createThemeMenu(view->addMenu(tr("Highlighting &Theme")));
    view->addSeparator();
    const auto docks = findChildren<QDockWidget *>();
    for (QDockWidget *dock : docks)
        view->addAction(dock->toggleViewAction());

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Readout"));
    about->setObjectName(QStringLiteral("actionAbout"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::createThemeMenu(QMenu *menu)
{
    menu->setObjectName(QStringLiteral("themeMenu"));
    m_themes = new QActionGroup(this);
    QAction *follow = menu->addAction(tr("Follow the Colour Scheme"));
    follow->setCheckable(true);
    follow->setChecked(true);
    m_themes->addAction(follow);
    const QStringList names = SummaryHighlighter::themeNames();
    if (names.isEmpty()) {
        menu->setEnabled(false);
        menu->setToolTip(SummaryHighlighter::unavailableReason());
        return;
    }
    menu->addSeparator();
    for (const QString &name : names) {
        QAction *action = menu->addAction(name);
        action->setData(name);
        action->setCheckable(true);
        m_themes->addAction(action);
    }
    connect(m_themes, &QActionGroup::triggered, this,
            [this](QAction *action) { setThemeName(action->data().toString()); });
}

void MainWindow::connectViews()
{
    connect(m_statementView, &StatementView::currentStatementChanged, this,
            &MainWindow::statementChosen);
    connect(m_statementView, &StatementView::filterBySpeakerRequested, m_filterBar,
            &FilterBar::filterBySpeaker);
    connect(m_statementView, &StatementView::filterByTopicRequested, m_filterBar,
            &FilterBar::filterByTopic);
    connect(m_outlineView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &index) {
                if (!m_syncing)
                    outlineNodeChosen(index);
            });
    connect(m_sourceView, &SourceView::cursorOffsetChanged, this, &MainWindow::sourceCursorMoved);
    connect(m_sourceView, &QWidget::customContextMenuRequested, this,
            &MainWindow::showSourceContextMenu);
    connect(m_outlineView, &QWidget::customContextMenuRequested, this,
            &MainWindow::showOutlineContextMenu);
    connect(m_statementView, &StatementView::noteRequested, this, [this](int row) {
        const int corpusRow = m_filter->corpusRow(row);
        const Statement &s = m_corpus->statement(corpusRow);
        createAnnotation(m_corpus->document(m_corpus->rowDocument(corpusRow)),
                         TargetKind::Statement, s.start, s.end, QString(), true);
    });
    connect(m_notesPanel, &NotesPanel::annotationActivated, this, &MainWindow::goToAnnotation);
    connect(m_notesPanel, &NotesPanel::deleteRequested, this, &MainWindow::deleteAnnotation);
    connect(m_notesPanel, &NotesPanel::reattachRequested, this, &MainWindow::reattachAnnotation);
    connect(m_noteEditor, &NoteEditor::saveRequested, this, &MainWindow::noteEdited);
    connect(m_annotations, &AnnotationModel::documentAnnotationsChanged, this,
            [this](const Document *document) {
                if (m_current && document == m_current.get())
                    refreshHighlights();
            });
    connect(m_annotations, &AnnotationModel::storeProblem, this, &MainWindow::reportStoreProblem);
    connect(m_annotations, &AnnotationModel::storeStatus, this, &MainWindow::showStoreStatus);
    connect(m_corpusView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &index) {
                if (!m_syncing)
                    documentChosen(index);
            });
    connect(m_loader, &CorpusLoader::progress, this, [this](int done, int total) {
        m_progress->setMaximum(total);
        m_progress->setValue(done);
    });
    connect(m_loader, &CorpusLoader::finished, this, &MainWindow::loadFinished);
    connect(m_loader, &CorpusLoader::warning, this,
            [this](const QString &message) { statusBar()->showMessage(displayPath(message)); });
    connect(m_filter, &StatementFilterModel::countChanged, this, &MainWindow::refreshSearchMatches);
    connect(m_loader, &CorpusLoader::fileRemoved, this, [this](const QString &path) {
        statusBar()->showMessage(
            tr("%1 was deleted or moved; it left the list.").arg(displayPath(path)));
    });
    connect(m_loader, &CorpusLoader::fileReloaded, this,
            [this](const QString &path, const QString &error) {
                statusBar()->showMessage(
                    error.isEmpty()
                        ? tr("%1 changed on disk and was read again.").arg(displayPath(path))
                        : tr("Could not read %1 again").arg(displayPath(error)));
            });
    // Documents arriving: the first one becomes current; a removed current one is replaced.
    connect(m_corpus, &Corpus::documentsAdded, this, [this](int first, int last) {
        m_syncing = false;
        for (int i = first; i <= last; ++i) {
            if (!m_pendingCurrent.isEmpty() && m_corpus->document(i)->file == m_pendingCurrent) {
                m_pendingCurrent.clear();
                setCurrentDocument(i);
                return;
            }
        }
        if (!m_current && m_pendingCurrent.isEmpty())
            setCurrentDocument(first);
    });
    connect(m_corpus, &Corpus::documentRemoved, this, [this] {
        m_syncing = false;
        // A file read again is removed and added back at once: follow it; else show another.
        QTimer::singleShot(0, this, [this] {
            if (m_followFile.isEmpty())
                return;
            const int index = m_corpus->indexOfFile(m_followFile);
            m_followFile.clear();
            setCurrentDocument(index >= 0 ? index : (m_corpus->documentCount() > 0 ? 0 : -1));
        });
    });
}

bool MainWindow::openFile(const QString &path)
{
    const LoadResult loaded = m_loader->openNow(path);
    if (!loaded.document) {
        showError(tr("Could not open %1").arg(displayPath(loaded.error)));
        return false;
    }
    setCurrentDocument(m_corpus->indexOfFile(loaded.document->file));
    if (!path.startsWith(QLatin1Char(':')))
        addRecent({QFileInfo(path).absoluteFilePath()});
    const Document &doc = *loaded.document;
    statusBar()->showMessage(tr("Opened %1: %2 statements, %3 participants (%4)")
                                 .arg(displayPath(path))
                                 .arg(doc.statements.size())
                                 .arg(doc.participants.size())
                                 .arg(doc.encoding),
                             8000);
    return true;
}

void MainWindow::openPaths(const QStringList &paths)
{
    if (paths.isEmpty())
        return;
    QStringList absolute;
    for (const QString &path : paths)
        absolute.append(path.startsWith(QLatin1Char(':')) ? path
                                                          : QFileInfo(path).absoluteFilePath());
    const QFileInfo first(absolute.first());
    if (first.isFile()) {
        const int open = m_corpus->indexOfFile(absolute.first());
        if (open >= 0)
            setCurrentDocument(open);
        else
            m_pendingCurrent = absolute.first();
    }
    QSettings().setValue(QStringLiteral("lastFolder"),
                         first.isDir() ? first.absoluteFilePath() : first.absolutePath());
    addRecent(absolute);
    m_progress->setValue(0);
    m_progress->show();
    m_cancel->show();
    statusBar()->showMessage(tr("Opening\u2026"));
    m_loader->open(absolute);
    if (!m_loader->isLoading())
        loadFinished({}); // everything was open already
}

void MainWindow::loadFinished(const QStringList &errors)
{
    m_progress->hide();
    m_cancel->hide();
    if (!m_pendingCurrent.isEmpty() && m_corpus->indexOfFile(m_pendingCurrent) < 0)
        m_pendingCurrent.clear();
    statusBar()->showMessage(
        tr("%n documents open, %1 statements", nullptr, m_corpus->documentCount())
            .arg(QLocale().toString(m_corpus->rowCount())),
        8000);
    if (!errors.isEmpty()) {
        QStringList shown = errors.mid(0, 20);
        if (errors.size() > shown.size())
            shown.append(tr("\u2026"
                            "and %n more",
                            nullptr, int(errors.size() - shown.size())));
        QStringList native;
        for (const QString &e : qAsConst(shown))
            native.append(displayPath(e));
        showError(tr("Some files could not be opened:\n%1").arg(native.join(QLatin1Char('\n'))));
    }
    Q_EMIT loadingFinished();
}

bool MainWindow::isLoading() const
{
    return m_loader->isLoading();
}

void MainWindow::openSamples()
{
    const QStringList samples = bundledSamples();
    if (samples.isEmpty()) {
        showError(tr("This build of Readout contains no sample summaries."));
        return;
    }
    for (const QString &sample : samples)
        m_loader->openNow(sample);
    setCurrentDocument(m_corpus->indexOfFile(samples.first()));
}

QString MainWindow::currentFile() const
{
    return m_current ? m_current->file : QString();
}

void MainWindow::setCurrentDocument(int index)
{
    const DocumentPtr doc =
        index >= 0 && index < m_corpus->documentCount() ? m_corpus->document(index) : DocumentPtr();
    m_syncing = true;
    if (doc != m_current || m_outline->document() != doc) {
        m_current = doc;
        m_outline->setDocument(doc);
        m_outlineView->expandToDepth(0);
        m_sourceView->setSummary(doc);
        m_notesPanel->setCurrentDocument(doc.get());
        refreshHighlights();
        refreshSearchMatches();
        if (doc)
            showStoreLocation(*doc);
    }
    const QModelIndex row = m_corpusByDate->mapFromSource(m_corpusModel->index(index, 0));
    m_corpusView->selectionModel()->setCurrentIndex(row, QItemSelectionModel::ClearAndSelect |
                                                             QItemSelectionModel::Rows);
    m_syncing = false;
    if (!m_showAll->isChecked())
        m_filter->setDocuments(doc ? QSet<const Document *>{doc.get()} : QSet<const Document *>{});
    m_statementView->setDocumentColumnsShown(m_showAll->isChecked());
    const QString name =
        doc ? (doc->title.isEmpty() ? QFileInfo(doc->file).fileName() : doc->title) : QString();
    setWindowTitle(name.isEmpty() ? tr("Readout") : tr("%1 \u2014 Readout").arg(name));
}

void MainWindow::refreshSearchMatches()
{
    m_sourceView->setSearchMatches(m_current ? m_filter->textMatchesIn(m_current->text)
                                             : std::vector<std::pair<int, int>>());
}

void MainWindow::showAllDocuments(bool all)
{
    if (m_showAll->isChecked() != all)
        m_showAll->setChecked(all); // comes back here through toggled()
    else if (all || !m_current)
        m_filter->setDocuments({});
    else
        m_filter->setDocuments({m_current.get()});
    m_statementView->setDocumentColumnsShown(all);
}

void MainWindow::documentChosen(const QModelIndex &index)
{
    if (index.isValid())
        setCurrentDocument(m_corpusByDate->mapToSource(index).row());
}

void MainWindow::statementChosen(int row)
{
    if (m_syncing || row < 0)
        return;
    const int corpusRow = m_filter->corpusRow(row);
    const int docIndex = m_corpus->rowDocument(corpusRow);
    if (m_corpus->document(docIndex) != m_current) {
        // Only possible when all documents are shown: follow the statement, keep the table.
        setCurrentDocument(docIndex);
    }
    const Statement &s = m_corpus->statement(corpusRow);
    m_syncing = true;
    m_sourceView->showRange(s.start, s.end);
    const QModelIndex node = m_outline->indexOfNode(s.node);
    if (node.isValid()) {
        m_outlineView->setCurrentIndex(node);
        m_outlineView->scrollTo(node);
    }
    m_syncing = false;
}

void MainWindow::outlineNodeChosen(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    m_syncing = true;
    m_sourceView->showRange(index.data(SourceStartRole).toInt(), index.data(SourceEndRole).toInt());
    m_syncing = false;
}

void MainWindow::sourceCursorMoved(int offset)
{
    if (m_syncing || !m_current)
        return;
    m_syncing = true;
    const QModelIndex node = m_outline->indexOfNode(m_outline->nodeAt(offset));
    if (node.isValid()) {
        m_outlineView->setCurrentIndex(node);
        m_outlineView->scrollTo(node);
    }
    // The statement around the cursor, when the table shows it.
    const auto &statements = m_current->statements;
    const auto it = std::upper_bound(statements.begin(), statements.end(), offset,
                                     [](int o, const Statement &s) { return o < s.start; });
    if (it != statements.begin() && offset <= std::prev(it)->end) {
        const int docIndex = m_corpus->indexOfFile(m_current->file);
        const int corpusRow = m_corpus->row(docIndex, int(std::prev(it) - statements.begin()));
        const int row = m_filter->rowOfCorpusRow(corpusRow);
        if (row >= 0)
            m_statementView->selectRow(row);
    }
    m_syncing = false;
}

void MainWindow::cyclePanes(int direction)
{
    const QList<QWidget *> panes = {m_corpusView, m_outlineView, m_filterBar->textField(),
                                    m_statementView, m_sourceView};
    int current = -1;
    for (int i = 0; i < panes.size(); ++i) {
        if (panes[i]->isAncestorOf(focusWidget()) || panes[i] == focusWidget())
            current = i;
    }
    for (int step = 1; step <= panes.size(); ++step) {
        QWidget *pane = panes[(current + direction * step + panes.size() * 2) % panes.size()];
        if (pane->isVisible()) {
            pane->setFocus(Qt::TabFocusReason);
            return;
        }
    }
}

void MainWindow::setFontSize(int points)
{
    m_fontSize = qBound(6, points, 48);
    QFont font = m_sourceView->font();
    font.setPointSize(m_fontSize);
    m_sourceView->setFont(font);
    m_statementView->setFont(font);
    m_statementView->verticalHeader()->setDefaultSectionSize(QFontMetrics(font).height() + 6);
}

void MainWindow::setThemeName(const QString &name)
{
    m_sourceView->highlighter()->setThemeName(name);
    const QString chosen = m_sourceView->highlighter()->chosenThemeName();
    const auto actions = m_themes->actions();
    for (QAction *action : actions)
        action->setChecked(action->data().toString() == chosen);
}

void MainWindow::mergeSpeakers()
{
    SpeakerMergeDialog dialog(m_corpus, this);
    dialog.exec();
    saveSpeakerMerges();
}

void MainWindow::saveSpeakerMerges() const
{
    QStringList merges;
    const auto pairs = m_corpus->speakers().mergeKeys();
    for (const auto &pair : pairs)
        merges.append(pair.first + QLatin1Char('\t') + pair.second);
    QSettings().setValue(QStringLiteral("speakerMerges"), merges);
}

void MainWindow::createAnnotationActions(QMenu *menu)
{
    menu->setObjectName(QStringLiteral("annotateMenu"));
    // The same actions on a toolbar, each with a swatch of its colour.
    QToolBar *toolbar = addToolBar(tr("Annotate"));
    toolbar->setObjectName(QStringLiteral("annotateToolBar"));
    const QStringList colours = Annotation::highlightColours();
    const QStringList names = {tr("Highlight &Yellow"), tr("Highlight &Green"),
                               tr("Highlight &Blue"), tr("Highlight &Pink"),
                               tr("Highlight &Orange")};
    for (int i = 0; i < colours.size(); ++i) {
        QAction *action = menu->addAction(names.value(i));
        action->setObjectName(QStringLiteral("actionHighlight_") + colours[i]);
        QPixmap swatch(16, 16);
        swatch.fill(m_sourceView->highlightColour(colours[i]));
        action->setIcon(QIcon(swatch));
        toolbar->addAction(action);
        // Keys 1–5 while reading the source; elsewhere they are typed as text.
        action->setShortcut(QKeySequence(Qt::Key_1 + i));
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_sourceView->addAction(action);
        const QString colour = colours[i];
        connect(action, &QAction::triggered, this, [this, colour] { annotateSelection(colour); });
    }
    menu->addSeparator();
    QAction *note = menu->addAction(tr("Add &Note"));
    note->setObjectName(QStringLiteral("actionAddNote"));
    note->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    connect(note, &QAction::triggered, this, &MainWindow::addNote);
    toolbar->addAction(note);
    QAction *documentNote = menu->addAction(tr("Add Note to the &Document"));
    documentNote->setObjectName(QStringLiteral("actionAddDocumentNote"));
    connect(documentNote, &QAction::triggered, this, [this] {
        // Anchored to the first line (the title), which identifies the meeting.
        if (m_current) {
            const int end = int(m_current->text.indexOf(QLatin1Char('\n')));
            createAnnotation(m_current, TargetKind::Document, 0,
                             end > 0 ? end : int(m_current->text.size()), QString(), true);
        }
    });
    menu->addSeparator();
    menu->addAction(m_noteDock->toggleViewAction());
}

bool MainWindow::annotateSelection(const QString &colour)
{
    const QPair<int, int> range = m_sourceView->selectedRange();
    if (!m_current || range.first < 0) {
        statusBar()->showMessage(tr("Select a passage in the source text first."), 5000);
        return false;
    }
    // A highlight over an existing one recolours it rather than stacking a second.
    const SourceHighlight *existing = m_sourceView->highlightAt(range.first);
    if (existing && existing->start == range.first && existing->end == range.second) {
        Annotation changed = m_annotations->at(m_annotations->rowOf(existing->id)).annotation;
        const Annotation before = changed;
        changed.colour = colour;
        if (!m_annotations->save(changed))
            return false;
        m_undo->push(
            new AnnotationCommand(m_annotations, before, changed, tr("Change highlight colour")));
        return true;
    }
    return createAnnotation(m_current, TargetKind::TextRange, range.first, range.second, colour,
                            false);
}

void MainWindow::addNote()
{
    const QPair<int, int> range = m_sourceView->selectedRange();
    if (m_current && range.first >= 0) {
        createAnnotation(m_current, TargetKind::TextRange, range.first, range.second, QString(),
                         true);
        return;
    }
    const QModelIndex current = m_statementView->currentIndex();
    if (current.isValid()) {
        const int corpusRow = m_filter->corpusRow(current.row());
        const Statement &s = m_corpus->statement(corpusRow);
        createAnnotation(m_corpus->document(m_corpus->rowDocument(corpusRow)),
                         TargetKind::Statement, s.start, s.end, QString(), true);
        return;
    }
    statusBar()->showMessage(tr("Select a passage or a statement to add a note to."), 5000);
}

bool MainWindow::createAnnotation(const DocumentPtr &document, TargetKind kind, int start, int end,
                                  const QString &colour, bool openEditor)
{
    if (!document || start >= end)
        return false;
    Annotation annotation = m_annotations->make(document, kind, start, end);
    annotation.colour = colour;
    if (!m_annotations->save(annotation))
        return false;
    m_undo->push(new AnnotationCommand(m_annotations, std::nullopt, annotation,
                                       openEditor ? tr("Add note") : tr("Highlight")));
    showStoreLocation(*document);
    if (openEditor)
        goToAnnotation(annotation.id);
    return true;
}

// Where the notes of @p document are kept, once there are any (a folder that was only browsed
// has no notes database).
void MainWindow::showStoreLocation(const Document &document)
{
    const AnnotationStores::Place place = m_annotations->placeOf(document);
    m_storeLabel->setToolTip(QString());
    if (place.store && !m_annotations->stores().server().isEmpty()) {
        if (m_storeOffline.isEmpty())
            m_storeLabel->setText(tr("Team notes on %1").arg(place.store->location()));
        return;
    }
    if (!place.store || !QFileInfo::exists(place.store->location())) {
        m_storeLabel->clear();
        return;
    }
    const QString where = QDir::toNativeSeparators(place.store->location());
    m_storeLabel->setText(place.standIn
                              ? tr("Notes kept in %1 (the folder is read-only)").arg(where)
                              : tr("Notes kept in %1").arg(where));
}

void MainWindow::noteEdited(const Annotation &edited)
{
    const int row = m_annotations->rowOf(edited.id);
    if (row < 0)
        return;
    const Annotation before = m_annotations->at(row).annotation;
    Annotation after = edited;
    if (!m_annotations->save(after)) {
        // The reader's text stays in the editor, marked unsaved; the message says why.
        m_noteEditor->saveFailed();
        showError(tr("The note was not saved: %1").arg(m_annotations->error()));
        return;
    }
    m_noteEditor->saved(after);
    m_undo->push(new AnnotationCommand(m_annotations, before, after, tr("Edit note")));
}

void MainWindow::goToAnnotation(const QString &id)
{
    const int row = m_annotations->rowOf(id);
    if (row < 0)
        return;
    const AnchoredAnnotation &entry = m_annotations->at(row);
    const int index = m_corpus->indexOfFile(entry.document->file);
    if (index >= 0 && entry.document != m_current)
        setCurrentDocument(index);
    if (!entry.isOrphaned()) {
        m_syncing = true;
        m_sourceView->showRange(entry.start, entry.end);
        m_syncing = false;
    }
    const QString passage = entry.isOrphaned()
                                ? entry.annotation.target.quote.exact
                                : entry.document->text.mid(entry.start, entry.end - entry.start);
    m_noteEditor->setAnnotation(entry.annotation, passage.simplified());
    m_noteEditor->setTagCompletions(m_annotations->tags());
    m_noteDock->show();
    m_noteDock->raise();
    m_noteEditor->focusNote();
}

void MainWindow::deleteAnnotation(const QString &id)
{
    const int row = m_annotations->rowOf(id);
    if (row < 0)
        return;
    if (m_noteEditor->editedId() == id)
        m_noteEditor->clear();
    const Annotation before = m_annotations->at(row).annotation;
    if (m_annotations->remove(id))
        m_undo->push(new AnnotationCommand(m_annotations, before, std::nullopt, tr("Delete note")));
}

std::vector<std::uint8_t> MainWindow::shownStatementRows() const
{
    std::vector<std::uint8_t> rows(size_t(m_corpus->rowCount()), 0);
    for (int row = 0; row < m_filter->rowCount(); ++row)
        rows[size_t(m_filter->corpusRow(row))] = 1;
    return rows;
}

void MainWindow::exportNotes()
{
    m_noteEditor->flush(); // what is being typed belongs in the export
    ExportDialog dialog(*m_annotations, *m_corpus, m_current.get(), shownStatementRows(), this);
    dialog.exec();
}

QString MainWindow::importAnnotations(const QString &file)
{
    std::vector<DocumentPtr> documents;
    for (int d = 0; d < m_corpus->documentCount(); ++d)
        documents.push_back(m_corpus->document(d));
    AnnotationImporter importer(m_annotations->stores());
    const AnnotationImporter::Result result = importer.import(file, documents);
    if (!result.errors.isEmpty())
        return tr("Nothing was imported:\n%1").arg(result.errors.join(QLatin1Char('\n')));
    m_annotations->reloadStores();
    // Imported notes are not undone one by one; they are the file's, and can be imported again.
    return tr("%1 notes anchored, %2 whose passage was not found, %3 already there.")
        .arg(result.anchored)
        .arg(result.orphaned)
        .arg(result.skipped);
}

bool MainWindow::reattachAnnotation(const QString &id)
{
    const int row = m_annotations->rowOf(id);
    const QPair<int, int> range = m_sourceView->selectedRange();
    if (row < 0 || range.first < 0 || m_annotations->at(row).document != m_current) {
        statusBar()->showMessage(tr("Select the passage in the note's own document first."), 5000);
        return false;
    }
    const Annotation before = m_annotations->at(row).annotation;
    if (!m_annotations->reattach(id, range.first, range.second))
        return false;
    m_undo->push(new AnnotationCommand(m_annotations, before,
                                       m_annotations->at(m_annotations->rowOf(id)).annotation,
                                       tr("Attach note")));
    return true;
}

void MainWindow::refreshHighlights()
{
    std::vector<SourceHighlight> highlights;
    if (m_current) {
        for (int row : m_annotations->rowsOf(m_current.get())) {
            const AnchoredAnnotation &entry = m_annotations->at(row);
            if (entry.isOrphaned())
                continue;
            SourceHighlight h;
            h.start = entry.start;
            h.end = entry.end;
            h.colour = m_sourceView->highlightColour(entry.annotation.colour);
            h.note = entry.annotation.note.trimmed();
            h.id = entry.annotation.id;
            highlights.push_back(h);
        }
    }
    m_sourceView->setHighlights(std::move(highlights));
}

void MainWindow::showSourceContextMenu(const QPoint &pos)
{
    QMenu *menu = m_sourceView->createStandardContextMenu(pos);
    menu->addSeparator();
    const QList<QAction *> actions = m_sourceView->actions();
    for (QAction *action : actions)
        menu->addAction(action);
    menu->addAction(findChild<QAction *>(QStringLiteral("actionAddNote")));
    const int offset = m_sourceView->cursorForPosition(pos).position();
    if (const SourceHighlight *h = m_sourceView->highlightAt(offset)) {
        const QString id = h->id;
        menu->addSeparator();
        menu->addAction(tr("Edit Note"), this, [this, id] { goToAnnotation(id); });
        menu->addAction(tr("Delete Highlight and Note"), this,
                        [this, id] { deleteAnnotation(id); });
    }
    menu->exec(m_sourceView->viewport()->mapToGlobal(pos));
    delete menu;
}

void MainWindow::showOutlineContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_outlineView->indexAt(pos);
    if (!index.isValid() || !m_current)
        return;
    QMenu menu(this);
    QAction *note = menu.addAction(tr("Add Note to Heading"));
    if (menu.exec(m_outlineView->viewport()->mapToGlobal(pos)) == note) {
        createAnnotation(m_current, TargetKind::OutlineNode, index.data(SourceStartRole).toInt(),
                         index.data(SourceEndRole).toInt(), QString(), true);
    }
}

// A team's server went away or came back: browsing goes on either way, so the status bar
// says it rather than a dialog.
void MainWindow::showStoreStatus(const QString &message)
{
    m_storeOffline = message;
    if (message.isEmpty()) {
        statusBar()->showMessage(tr("The notes server is back; edits made meanwhile were sent."),
                                 5000);
        m_storeLabel->setToolTip(QString());
        if (m_current)
            showStoreLocation(*m_current);
        return;
    }
    m_storeLabel->setText(tr("Notes server offline: edits are kept and sent when it is back"));
    m_storeLabel->setToolTip(message);
}

void MainWindow::editSettings()
{
    SettingsDialog dialog(this);
    dialog.setServer(savedStore());
    if (dialog.exec() != QDialog::Accepted)
        return;
    saveStore(dialog.server());
    statusBar()->showMessage(tr("Settings saved; where notes are kept changes when Readout "
                                "starts again."),
                             5000);
}

void MainWindow::reportStoreProblem(const QString &message)
{
    m_storeLabel->setText(tr("Notes unavailable"));
    m_storeLabel->setToolTip(message);
    showError(message);
}

QStringList MainWindow::bundledSamples()
{
    initAppResources();
    const QDir dir(QStringLiteral(":/samples"));
    QStringList paths;
    const QStringList names =
        dir.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name | QDir::IgnoreCase);
    for (const QString &name : names)
        paths.append(dir.filePath(name));
    return paths;
}

QString MainWindow::aboutText() const
{
    QString highlighting;
    if (SummaryHighlighter::isAvailable()) {
        highlighting = tr("Syntax highlighting is available (KSyntaxHighlighting, theme %1).")
                           .arg(m_sourceView->highlighter()->themeName());
    } else {
        highlighting = tr("Syntax highlighting is not available: %1")
                           .arg(SummaryHighlighter::unavailableReason());
    }
    const QString paragraph = QStringLiteral("<p>%1</p>");
    return QStringLiteral("<h3>%1</h3>").arg(tr("Readout %1").arg(QLatin1String(READOUT_VERSION))) +
           paragraph.arg(tr("A reader for diplomatic meeting summaries.")) +
           paragraph.arg(tr("Built with Qt %1, running on Qt %2.")
                             .arg(QLatin1String(QT_VERSION_STR), QLatin1String(qVersion()))) +
           paragraph.arg(highlighting.toHtmlEscaped()) +
           paragraph.arg(tr("Licensed under the GNU General Public License, version 3 or later."));
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Readout"), aboutText());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // The note being typed is saved before the window goes.
    m_noteEditor->flush();
    m_loader->cancel();
    writeSettings();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList paths;
    const auto urls = event->mimeData()->urls();
    for (const QUrl &url : urls) {
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    }
    if (!paths.isEmpty()) {
        event->acceptProposedAction();
        openPaths(paths);
    }
}

void MainWindow::addRecent(const QStringList &paths)
{
    QSettings settings;
    QStringList recent = settings.value(QStringLiteral("recentPaths")).toStringList();
    for (auto it = paths.rbegin(); it != paths.rend(); ++it) {
        recent.removeAll(*it);
        recent.prepend(*it);
    }
    while (recent.size() > maxRecent)
        recent.removeLast();
    settings.setValue(QStringLiteral("recentPaths"), recent);
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(QStringLiteral("recentPaths")).toStringList();
    for (const QString &path : recent) {
        QAction *action = m_recentMenu->addAction(displayPath(path));
        connect(action, &QAction::triggered, this, [this, path] { openPaths({path}); });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::readSettings()
{
    QSettings settings;
    QVector<QPair<QString, QString>> merges;
    const QStringList stored = settings.value(QStringLiteral("speakerMerges")).toStringList();
    for (const QString &merge : stored) {
        const QStringList parts = merge.split(QLatin1Char('\t'));
        if (parts.size() == 2)
            merges.append({parts[0], parts[1]});
    }
    m_corpus->setSpeakerMerges(merges);
    setThemeName(settings.value(QStringLiteral("theme")).toString());
    m_fontSize =
        settings.value(QStringLiteral("fontSize"), m_sourceView->font().pointSize()).toInt();
    setFontSize(m_fontSize);
    m_showAll->setChecked(settings.value(QStringLiteral("showAllDocuments"), false).toBool());

    settings.beginGroup(QLatin1String(settingsGroup));
    const QByteArray geometry = settings.value(QStringLiteral("geometry")).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry)) {
        // First start: most of the screen; four panes need room.
        const QRect available = screen()->availableGeometry();
        resize(available.width() * 5 / 6, available.height() * 5 / 6);
    }
    if (!restoreState(settings.value(QStringLiteral("state")).toByteArray())) {
        // First start: the lists on the left a fifth of the width, the source a third (once
        // the window is laid out; before that the docks have no size to share).
        QTimer::singleShot(0, this, [this] {
            const int w = width();
            resizeDocks({findChild<QDockWidget *>(QStringLiteral("documentsDock")),
                         findChild<QDockWidget *>(QStringLiteral("sourceDock"))},
                        {w / 5, w / 3}, Qt::Horizontal);
        });
    }
}

void MainWindow::writeSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("theme"), m_sourceView->highlighter()->chosenThemeName());
    settings.setValue(QStringLiteral("fontSize"), m_fontSize);
    settings.setValue(QStringLiteral("showAllDocuments"), m_showAll->isChecked());
    saveSpeakerMerges();
    settings.beginGroup(QLatin1String(settingsGroup));
    settings.setValue(QStringLiteral("geometry"), saveGeometry());
    settings.setValue(QStringLiteral("state"), saveState());
}

void MainWindow::showError(const QString &message)
{
    statusBar()->showMessage(message);
    // Window-modal but not blocking, so a caller (or a test) carries on.
    auto *box =
        new QMessageBox(QMessageBox::Warning, tr("Readout"), message, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace Readout
