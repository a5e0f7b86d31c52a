#pragma once

#include "document/documentloader.h"

#include <QFutureWatcher>
#include <QObject>
#include <QStringList>

#include <vector>

class QFileSystemWatcher;
class QTimer;

namespace Readout {

class Corpus;

/// Opens files and folders into a Corpus: folders are searched recursively for summary files,
/// files are read and parsed on worker threads, and the parsed documents reach the Corpus in
/// batches on the GUI thread so the first ones show while the rest load. Files already open
/// are not opened twice. Opened files are watched: a file changed on disk is parsed again and
/// replaces its document; a deleted one leaves the corpus.
class CorpusLoader : public QObject
{
    Q_OBJECT

public:
    explicit CorpusLoader(Corpus *corpus, QObject *parent = nullptr);
    ~CorpusLoader() override;

    /// Starts loading @p paths (files and folders) in the background. While a load runs, more
    /// paths wait for it and then load.
    void open(const QStringList &paths);
    /// Loads one file now, on this thread. The result's document is in the corpus when it
    /// loaded (the open one when the file was open already).
    LoadResult openNow(const QString &path);
    bool isLoading() const;
    void cancel();

    /// The summary files under @p folder (recursively; .txt, .html, .htm, .xhtml; hidden
    /// files and folders skipped), sorted by path.
    static QStringList summaryFiles(const QString &folder);
    /// The file name patterns of summary files, for file dialogs.
    static QStringList summaryFilePatterns();

Q_SIGNALS:
    void progress(int done, int total);
    /// A load finished (or was cancelled); @p errors has one line per file that failed.
    void finished(const QStringList &errors);
    /// A watched file changed and was parsed again (@p error is empty) or could not be.
    void fileReloaded(const QString &path, const QString &error);
    /// A watched file was deleted or renamed away; its document left the corpus.
    void fileRemoved(const QString &path);

private:
    void startNext();
    void flush();
    void watch(const DocumentPtr &document);
    void fileChanged(const QString &path);
    void checkChangedFiles();

    Corpus *m_corpus;
    QFutureWatcher<LoadResult> m_watcher;
    QStringList m_queue;              ///< paths waiting for the running load
    QStringList m_loadingFiles;       ///< the files of the running load
    std::vector<DocumentPtr> m_batch; ///< parsed, not yet in the corpus
    QStringList m_errors;
    QTimer *m_flushTimer;
    QFileSystemWatcher *m_fileWatcher;
    QStringList m_changedFiles;
    QTimer *m_changeTimer;
};

} // namespace Readout
