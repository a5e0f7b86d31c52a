#include "mainwindow.h"
#include "summaryhighlighter.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QFileInfo>
#include <QMessageBox>
#include <QPalette>
#include <QPlainTextEdit>
#include <QPointer>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QTimer>

using Readout::MainWindow;

namespace {

QPlainTextEdit *sourceView(const MainWindow &window)
{
    return window.findChild<QPlainTextEdit *>(QStringLiteral("sourceView"));
}

QString readResource(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return QString();
    }
    return QString::fromUtf8(file.readAll());
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void bundledSamples();
    void opensSample_data();
    void opensSample();
    void openSamplesShowsTheFirst();
    void highlightsTheSourceView();
    void themeFollowsPalette();
    void missingFileIsReported();
    void aboutText();
    void aboutActionShowsAboutBox();
    void quitClosesAndKeepsGeometry();

private:
    QTemporaryDir m_settingsDir;
};

void TestMainWindow::initTestCase()
{
    // Settings go to a directory of the test's own, never the user's.
    QVERIFY(m_settingsDir.isValid());
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("ReadoutTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
}

void TestMainWindow::bundledSamples()
{
    const QStringList samples = MainWindow::bundledSamples();
    QVERIFY(samples.size() >= 2);
    for (const QString &sample : samples) {
        QVERIFY2(sample.startsWith(QLatin1String(":/samples/")), qPrintable(sample));
        QVERIFY2(sample.endsWith(QLatin1String(".txt")), qPrintable(sample));
    }
    QStringList sorted = samples;
    sorted.sort(Qt::CaseInsensitive);
    QCOMPARE(samples, sorted);
}

void TestMainWindow::opensSample_data()
{
    QTest::addColumn<QString>("path");
    const QStringList samples = MainWindow::bundledSamples();
    for (const QString &sample : samples) {
        QTest::newRow(qPrintable(QFileInfo(sample).fileName())) << sample;
    }
}

void TestMainWindow::opensSample()
{
    QFETCH(QString, path);
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    QVERIFY(window.openFile(path));
    QCOMPARE(window.currentFile(), path);
    const QString text = readResource(path);
    QVERIFY(text.contains(QLatin1String("Foreign Ministers' Meeting")));
    QCOMPARE(sourceView(window)->toPlainText(), text);
    QVERIFY(sourceView(window)->isReadOnly());
    // The window is named after the meeting.
    QVERIFY2(window.windowTitle().contains(window.currentDocument()->title),
             qPrintable(window.windowTitle()));
    QVERIFY(window.windowTitle().contains(QLatin1String("Readout")));
}

void TestMainWindow::openSamplesShowsTheFirst()
{
    MainWindow window;
    QCOMPARE(window.windowTitle(), QStringLiteral("Readout"));
    QVERIFY(sourceView(window)->toPlainText().isEmpty());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    window.openSamples();
    const QString first = MainWindow::bundledSamples().value(0);
    QCOMPARE(window.currentFile(), first);
    QVERIFY(sourceView(window)->toPlainText().contains(QLatin1String("(Summary)")));
    QVERIFY(window.windowTitle().contains(window.currentDocument()->title));
}

void TestMainWindow::highlightsTheSourceView()
{
    MainWindow window;
    window.openSamples();
    bool formatted = false;
    const QTextDocument *document = sourceView(window)->document();
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        formatted = formatted || !block.layout()->formats().isEmpty();
    }
    // Coloured exactly when the build can highlight.
    QCOMPARE(formatted, Readout::SummaryHighlighter::isAvailable());
}

void TestMainWindow::themeFollowsPalette()
{
    if (!Readout::SummaryHighlighter::isAvailable()) {
        QSKIP("KSyntaxHighlighting was not found when Readout was built");
    }
    MainWindow window;
    window.openSamples();
    auto *highlighter = window.findChild<Readout::SummaryHighlighter *>();
    QVERIFY(highlighter);
    QCOMPARE(highlighter->document(), sourceView(window)->document());

    QPalette dark = window.palette();
    dark.setColor(QPalette::Base, QColor(0x1b, 0x1e, 0x20));
    dark.setColor(QPalette::Text, QColor(0xfc, 0xfc, 0xfc));
    window.setPalette(dark);
    QCOMPARE(highlighter->themeName(), QStringLiteral("Breeze Dark"));

    QPalette light = window.palette();
    light.setColor(QPalette::Base, Qt::white);
    light.setColor(QPalette::Text, Qt::black);
    window.setPalette(light);
    QCOMPARE(highlighter->themeName(), QStringLiteral("Breeze Light"));
}

void TestMainWindow::missingFileIsReported()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.openSamples();
    const QString before = sourceView(window)->toPlainText();
    const QString title = window.windowTitle();

    const QString missing = m_settingsDir.filePath(QStringLiteral("no-such-summary.txt"));
    QVERIFY(!window.openFile(missing));
    // What was open stays open, and the message names the file.
    QCOMPARE(sourceView(window)->toPlainText(), before);
    QCOMPARE(window.windowTitle(), title);
    QCOMPARE(window.currentFile(), MainWindow::bundledSamples().value(0));
    QMessageBox *box = window.findChild<QMessageBox *>();
    QVERIFY(box);
    QVERIFY2(box->text().contains(QLatin1String("no-such-summary.txt")), qPrintable(box->text()));
    QPointer<QMessageBox> guard(box);
    box->close();
    QTRY_VERIFY(guard.isNull());
}

void TestMainWindow::aboutText()
{
    MainWindow window;
    const QString text = window.aboutText();
    QVERIFY(text.contains(QLatin1String(READOUT_VERSION)));
    QVERIFY(text.contains(QLatin1String(qVersion())));
    QVERIFY(text.contains(QLatin1String(QT_VERSION_STR)));
    if (Readout::SummaryHighlighter::isAvailable()) {
        QVERIFY2(text.contains(QLatin1String("highlighting is available")), qPrintable(text));
    } else {
        QVERIFY2(text.contains(QLatin1String("not available")), qPrintable(text));
        QVERIFY2(text.contains(Readout::SummaryHighlighter::unavailableReason().toHtmlEscaped()),
                 qPrintable(text));
    }
}

void TestMainWindow::aboutActionShowsAboutBox()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *about = window.findChild<QAction *>(QStringLiteral("actionAbout"));
    QVERIFY(about);

    // The box is modal: look for it from a timer while the action's event loop runs.
    QString shownText;
    QTimer closer;
    connect(&closer, &QTimer::timeout, this, [&] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            shownText = box->text();
            box->accept();
        }
    });
    closer.start(20);
    about->trigger();
    closer.stop();
    QCOMPARE(shownText, window.aboutText());
}

void TestMainWindow::quitClosesAndKeepsGeometry()
{
    const QSize size(1100, 700);
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.resize(size);
        QTRY_COMPARE(window.size(), size);

        auto *quit = window.findChild<QAction *>(QStringLiteral("actionQuit"));
        QVERIFY(quit);
        QCOMPARE(quit->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Q));
        quit->trigger();
        QVERIFY(!window.isVisible());
    }
    MainWindow reopened;
    reopened.show();
    QVERIFY(QTest::qWaitForWindowExposed(&reopened));
    QCOMPARE(reopened.size(), size);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
