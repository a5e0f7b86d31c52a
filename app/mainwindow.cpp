#include "mainwindow.h"

#include "document/documentloader.h"

#include "summaryhighlighter.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>

// Q_INIT_RESOURCE has to be used outside any namespace. readout.qrc is compiled into a static
// library, where nothing else would make the linker keep it.
static void initAppResources()
{
    Q_INIT_RESOURCE(readout);
}

namespace Readout {

namespace {

const char *const settingsGroup = "MainWindow";

} // namespace

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    initAppResources();
    setWindowTitle(tr("Readout"));

    m_sourceView = new QPlainTextEdit(this);
    m_sourceView->setObjectName(QStringLiteral("sourceView"));
    m_sourceView->setReadOnly(true);
    // Reading, not editing: a selection can still be copied, and there is nothing to undo.
    m_sourceView->setUndoRedoEnabled(false);
    m_sourceView->setPlaceholderText(tr("No summary is open."));
    setCentralWidget(m_sourceView);

    m_highlighter = new SummaryHighlighter(m_sourceView->document());
    m_highlighter->setPalette(palette());

    createActions();
    statusBar();
    readSettings();
}

MainWindow::~MainWindow() = default;

bool MainWindow::openFile(const QString &path)
{
    // The loader decodes (any encoding, HTML) and parses; the view shows the decoded text
    // that every offset of the parse refers to.
    const LoadResult loaded = DocumentLoader::load(path);
    if (!loaded.document) {
        showError(tr("Could not open %1").arg(QDir::toNativeSeparators(loaded.error)));
        return false;
    }
    const Document &doc = *loaded.document;
    m_sourceView->setPlainText(doc.text);
    m_currentFile = path;
    const QString name = QFileInfo(path).fileName();
    setWindowTitle(tr("%1 \u2014 Readout").arg(name));
    statusBar()->showMessage(tr("Opened %1: %2 statements, %3 participants (%4)")
                                 .arg(QDir::toNativeSeparators(path))
                                 .arg(doc.statements.size())
                                 .arg(doc.participants.size())
                                 .arg(doc.encoding),
                             8000);
    return true;
}

void MainWindow::openSamples()
{
    const QStringList samples = bundledSamples();
    if (samples.isEmpty()) {
        showError(tr("This build of Readout contains no sample summaries."));
        return;
    }
    openFile(samples.first());
}

QString MainWindow::currentFile() const
{
    return m_currentFile;
}

QStringList MainWindow::bundledSamples()
{
    initAppResources();
    const QDir dir(QStringLiteral(":/samples"));
    QStringList paths;
    const QStringList names =
        dir.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name | QDir::IgnoreCase);
    for (const QString &name : names) {
        paths.append(dir.filePath(name));
    }
    return paths;
}

QString MainWindow::aboutText() const
{
    QString highlighting;
    if (SummaryHighlighter::isAvailable()) {
        highlighting = tr("Syntax highlighting is available (KSyntaxHighlighting, theme %1).")
                           .arg(m_highlighter->themeName());
    } else {
        highlighting = tr("Syntax highlighting is not available: %1")
                           .arg(SummaryHighlighter::unavailableReason());
    }
    const QString paragraph = QStringLiteral("<p>%1</p>");
    return QStringLiteral("<h3>%1</h3>").arg(tr("Readout %1").arg(QLatin1String(READOUT_VERSION))) +
           paragraph.arg(tr("A reader for diplomatic meeting summaries.")) +
           paragraph.arg(tr("Built with Qt %1, running on Qt %2.")
                             .arg(QLatin1String(QT_VERSION_STR), QLatin1String(qVersion()))) +
           paragraph.arg(highlighting.toHtmlEscaped());
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Readout"), aboutText());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    writeSettings();
    event->accept();
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    // The highlighting theme follows the palette, so a switch to a dark palette recolours.
    if (event->type() == QEvent::PaletteChange && m_highlighter) {
        m_highlighter->setPalette(palette());
    }
}

void MainWindow::createActions()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *quit = fileMenu->addAction(tr("&Quit"));
    quit->setObjectName(QStringLiteral("actionQuit"));
    // QKeySequence::Quit is empty on Windows, Ctrl+Q is what users of the program expect.
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *about = helpMenu->addAction(tr("&About Readout"));
    about->setObjectName(QStringLiteral("actionAbout"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::readSettings()
{
    QSettings settings;
    settings.beginGroup(QLatin1String(settingsGroup));
    const QByteArray geometry = settings.value(QStringLiteral("geometry")).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry)) {
        // First start: two thirds of the screen, enough for a page of text and a side panel.
        const QRect available = screen()->availableGeometry();
        resize(available.width() * 2 / 3, available.height() * 2 / 3);
    }
    restoreState(settings.value(QStringLiteral("state")).toByteArray());
}

void MainWindow::writeSettings() const
{
    QSettings settings;
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
