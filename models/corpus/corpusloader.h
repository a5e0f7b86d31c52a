#pragma once

#include "document/documentloader.h"
#include "loadeddocument.h"

#include <QElapsedTimer>
#include <QObject>
#include <QStringList>

#include <memory>
#include <thread>
#include <vector>

class QTimer;

namespace Readout {

class Corpus;
class FileWatcher;
class IndexWriter;
class LoadJob;

/// Opens files and folders into a Corpus. A LoadJob on a thread of its own finds the summary
/// files, takes unchanged ones from the folder's index cache (IndexCache) and parses the rest
/// on all cores; the documents reach the Corpus on the GUI thread in pieces small enough that
/// the window never stalls, the first ones at once. New parses are written to the cache (and
/// its full-text index) by an IndexWriter. Files already open are not opened twice. Opened
/// files are watched: a file changed on disk is parsed again and replaces its document; a
/// deleted one leaves the corpus (and the cache).
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

    /// Off: nothing is read from or written to index caches (and full-text search finds
    /// nothing). On by default.
    void setIndexCacheEnabled(bool enabled) { m_cacheEnabled = enabled; }
    IndexWriter *indexWriter() const { return m_writer; }
    /// The folders whose index caches hold the open documents (for searching them).
    QStringList cacheRoots() const { return m_roots; }

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
    /// An index cache was damaged (and rebuilt) or cannot be kept; one line naming it.
    void warning(const QString &message);

private:
    void startNext();
    void received(std::vector<LoadedDocument> documents, const QStringList &errors);
    void feed();
    void scheduleFeed();
    void jobDone();
    void addRoot(const QString &root);
    void keepInCache(const LoadedDocument &loaded);
    void watch(const std::vector<LoadedDocument> &documents);
    void watchWaitingFiles();
    void fileChanged(const QString &path);
    void checkChangedFiles();

    Corpus *m_corpus;
    IndexWriter *m_writer;
    bool m_cacheEnabled = true;
    QStringList m_roots;
    QStringList m_queue; ///< paths waiting for the running load
    std::unique_ptr<LoadJob> m_job;
    std::thread m_jobThread;
    bool m_jobRunning = false;
    std::vector<LoadedDocument> m_pending; ///< loaded, not yet in the corpus
    size_t m_pendingFirst = 0;             ///< m_pending before this index were added
    QStringList m_errors;
    QTimer *m_feedTimer;
    QElapsedTimer m_sinceFeed;
    int m_statementsPerFeed = 20000; ///< adapts to what the models cost on this machine
    FileWatcher *m_fileWatcher;
    QVector<QPair<QString, FileStamp>> m_toWatch; ///< added while loading, watched after
    QStringList m_changedFiles;
    QTimer *m_changeTimer;
};

} // namespace Readout
