#pragma once

#include <QMainWindow>
#include <QStringList>

class QPlainTextEdit;

namespace Readout {

class SummaryHighlighter;

/// Readout's main window. For now a shell: a read-only source view of one summary, coloured by
/// SummaryHighlighter, with File › Quit and Help › About Readout. Its geometry is kept in
/// QSettings (group "MainWindow"), so the application's organisation and name should be set
/// before the first window is created.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Shows the text of @p path (a file or a Qt resource, read as UTF-8) in the source view
    /// and names it in the title. On failure the view keeps what it had, a message naming the
    /// file is shown, and the result is false.
    bool openFile(const QString &path);

    /// Opens the first of bundledSamples().
    void openSamples();

    /// The path given to the last successful openFile(); empty before.
    QString currentFile() const;

    /// The sample summaries compiled into the program (":/samples/....txt"), sorted by name.
    static QStringList bundledSamples();

    /// The text of the About box: version, Qt versions, and whether syntax highlighting is
    /// available (and why not when it is not).
    QString aboutText() const;

public Q_SLOTS:
    /// Shows aboutText() in a modal message box.
    void showAbout();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    void readSettings();
    void writeSettings() const;
    void showError(const QString &message);

    QPlainTextEdit *m_sourceView = nullptr;
    SummaryHighlighter *m_highlighter = nullptr;
    QString m_currentFile;
};

} // namespace Readout
