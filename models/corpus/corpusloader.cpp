#include "corpusloader.h"

#include "corpus.h"
#include "filewatcher.h"
#include "indexcache.h"
#include "indexwriter.h"
#include "loadjob.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QPointer>
#include <QTimer>

#include <algorithm>

namespace Readout {

namespace {

// How long adding one piece of documents may keep the GUI thread (the window may not stall for
// 100 ms). Each piece also costs the models one pass over all rows, so pieces are as large as
// this allows: their size follows the time the last one took.
constexpr qint64 FeedBudgetMs = 40;
constexpr int MinimumStatementsPerFeed = 5000;
constexpr int MaximumStatementsPerFeed = 200000;
// Between two pieces while few documents wait: fewer, larger updates of the table.
constexpr int FeedIntervalMs = 100;
constexpr qint64 ProgressIntervalMs = 100;

} // namespace

CorpusLoader::CorpusLoader(Corpus *corpus, QObject *parent)
    : QObject(parent), m_corpus(corpus), m_writer(new IndexWriter(this)),
      m_feedTimer(new QTimer(this)), m_fileWatcher(new FileWatcher(this)),
      m_changeTimer(new QTimer(this))
{
    m_feedTimer->setSingleShot(true);
    connect(m_feedTimer, &QTimer::timeout, this, &CorpusLoader::feed);
    connect(m_writer, &IndexWriter::warning, this, &CorpusLoader::warning);
    // Editors write a file in several steps; wait for them to finish.
    m_changeTimer->setSingleShot(true);
    m_changeTimer->setInterval(300);
    connect(m_changeTimer, &QTimer::timeout, this, &CorpusLoader::checkChangedFiles);
    connect(m_fileWatcher, &FileWatcher::fileChanged, this, &CorpusLoader::fileChanged);
}

CorpusLoader::~CorpusLoader()
{
    if (m_job)
        m_job->cancel();
    if (m_jobThread.joinable())
        m_jobThread.join();
}

QStringList CorpusLoader::summaryFilePatterns()
{
    return {QStringLiteral("*.txt"), QStringLiteral("*.html"), QStringLiteral("*.htm"),
            QStringLiteral("*.xhtml")};
}

QStringList CorpusLoader::summaryFiles(const QString &folder)
{
    QStringList files;
    QDirIterator it(folder, summaryFilePatterns(), QDir::Files | QDir::Readable,
                    QDirIterator::Subdirectories);
    const int prefix = int(it.path().size());
    while (it.hasNext()) {
        const QString path = it.next();
        // Hidden folders (.git, .cache) hold no summaries.
        if (!QStringView(path).mid(prefix).contains(QLatin1String("/.")))
            files.append(path);
    }
    files.sort();
    return files;
}

void CorpusLoader::open(const QStringList &paths)
{
    m_queue.append(paths);
    if (!isLoading())
        startNext();
}

bool CorpusLoader::isLoading() const
{
    return m_jobRunning || m_pendingFirst < m_pending.size();
}

void CorpusLoader::cancel()
{
    m_queue.clear();
    if (m_job)
        m_job->cancel();
    m_pending.clear();
    m_pendingFirst = 0;
}

void CorpusLoader::startNext()
{
    if (m_queue.isEmpty())
        return;
    const QStringList paths = m_queue;
    m_queue.clear();
    QSet<QString> open;
    for (int i = 0; i < m_corpus->documentCount(); ++i)
        open.insert(m_corpus->document(i)->file);
    for (const QString &path : paths) {
        const QString absolute =
            path.startsWith(QLatin1Char(':')) ? path : QFileInfo(path).absoluteFilePath();
        addRoot(QFileInfo(absolute).isDir() ? absolute : IndexCache::rootOf(absolute));
    }

    // The job's thread talks to this object only through queued calls, which Qt drops once
    // this object is gone (and the destructor waits for the thread first).
    const QPointer<CorpusLoader> self(this);
    LoadJob::Callbacks callbacks;
    callbacks.batch = [self](std::vector<LoadedDocument> documents, QStringList errors) {
        auto shared = std::make_shared<std::vector<LoadedDocument>>(std::move(documents));
        QMetaObject::invokeMethod(
            self, [self, shared, errors] { self->received(std::move(*shared), errors); },
            Qt::QueuedConnection);
    };
    // A progress bar repaints at once on every new value: ten a second are plenty.
    auto sinceProgress = std::make_shared<QElapsedTimer>();
    callbacks.progress = [self, sinceProgress](int done, int total) {
        if (done > 0 && done < total && sinceProgress->isValid() &&
            sinceProgress->elapsed() < ProgressIntervalMs)
            return;
        sinceProgress->start();
        QMetaObject::invokeMethod(
            self, [self, done, total] { Q_EMIT self->progress(done, total); },
            Qt::QueuedConnection);
    };
    callbacks.warning = [self](const QString &message) {
        QMetaObject::invokeMethod(
            self, [self, message] { Q_EMIT self->warning(message); }, Qt::QueuedConnection);
    };
    if (m_jobThread.joinable())
        m_jobThread.join();
    m_job = std::make_unique<LoadJob>(paths, open, m_cacheEnabled ? m_writer : nullptr,
                                      std::move(callbacks));
    m_jobRunning = true;
    m_corpus->setStreaming(true);
    m_writer->setPaused(true);
    LoadJob *job = m_job.get();
    m_jobThread = std::thread([self, job] {
        job->run();
        QMetaObject::invokeMethod(
            self, [self] { self->jobDone(); }, Qt::QueuedConnection);
    });
}

void CorpusLoader::received(std::vector<LoadedDocument> documents, const QStringList &errors)
{
    m_errors.append(errors);
    if (m_job && m_job->isCancelled())
        return;
    for (LoadedDocument &loaded : documents)
        m_pending.push_back(std::move(loaded));
    scheduleFeed();
}

void CorpusLoader::scheduleFeed()
{
    if (m_pendingFirst >= m_pending.size())
        return;
    int waiting = 0;
    for (size_t i = m_pendingFirst; i < m_pending.size() && waiting < m_statementsPerFeed; ++i)
        waiting += int(m_pending[i].document->statements.size());
    // The first documents show at once; a backlog is added piece after piece, with the
    // events of the window in between; a trickle is gathered for a while (but not once it
    // has grown enough: then the timer that waits for more is cut short).
    const bool now = !m_sinceFeed.isValid() || waiting >= m_statementsPerFeed / 2 ||
                     !m_jobRunning || m_sinceFeed.elapsed() >= FeedIntervalMs;
    if (now)
        m_feedTimer->start(0);
    else if (!m_feedTimer->isActive())
        m_feedTimer->start(int(FeedIntervalMs - m_sinceFeed.elapsed()));
}

void CorpusLoader::feed()
{
    std::vector<LoadedDocument> piece;
    int statements = 0;
    while (m_pendingFirst < m_pending.size() && statements < m_statementsPerFeed) {
        statements += int(m_pending[m_pendingFirst].document->statements.size());
        piece.push_back(std::move(m_pending[m_pendingFirst++]));
    }
    if (m_pendingFirst == m_pending.size()) {
        m_pending.clear();
        m_pendingFirst = 0;
    }
    QElapsedTimer took;
    took.start();
    watch(piece);
    m_corpus->addLoaded(std::move(piece));
    if (statements >= m_statementsPerFeed / 2) {
        const qint64 ms = std::max<qint64>(took.elapsed(), 1);
        m_statementsPerFeed = int(std::clamp<qint64>(
            statements * FeedBudgetMs / ms, MinimumStatementsPerFeed, MaximumStatementsPerFeed));
    }
    m_sinceFeed.start();
    if (m_pendingFirst < m_pending.size())
        scheduleFeed();
    else if (!m_jobRunning)
        jobDone();
}

void CorpusLoader::jobDone()
{
    m_jobRunning = false;
    if (m_pendingFirst < m_pending.size())
        return; // the last pieces first; feed() comes back here
    if (m_jobThread.joinable())
        m_jobThread.join();
    m_job.reset();
    m_writer->setPaused(false);
    watchWaitingFiles();
    m_sinceFeed.invalidate();
    m_corpus->setStreaming(false);
    const QStringList errors = m_errors;
    m_errors.clear();
    Q_EMIT finished(errors);
    startNext();
}

void CorpusLoader::addRoot(const QString &root)
{
    if (!m_roots.contains(root))
        m_roots.append(root);
}

void CorpusLoader::keepInCache(const LoadedDocument &loaded)
{
    if (!m_cacheEnabled)
        return;
    const QString &file = loaded.document->file;
    const QString root = IndexCache::rootOf(file);
    // A file of a folder that was opened belongs to that folder's cache.
    QString owner = root;
    for (const QString &r : qAsConst(m_roots)) {
        if (file.startsWith(r + QLatin1Char('/')) && r.size() < owner.size())
            owner = r;
    }
    addRoot(owner);
    m_writer->store(owner, file, loaded);
}

LoadResult CorpusLoader::openNow(const QString &path)
{
    const QString absolute =
        path.startsWith(QLatin1Char(':')) ? path : QFileInfo(path).absoluteFilePath();
    const int open = m_corpus->indexOfFile(absolute);
    if (open >= 0)
        return {m_corpus->document(open), QString()};
    const FileStamp stamp = FileStamp::of(absolute);
    LoadResult result = DocumentLoader::load(absolute);
    if (result.document) {
        const LoadedDocument loaded{result.document, foldStatements(*result.document), {}, stamp};
        m_corpus->addLoaded({loaded}); // (a copy: the cache keeps the folded text too)
        watch({loaded});
        keepInCache(loaded);
    }
    return result;
}

void CorpusLoader::watch(const std::vector<LoadedDocument> &documents)
{
    for (const LoadedDocument &loaded : documents) {
        // Compiled-in samples never change.
        if (!loaded.document->file.startsWith(QLatin1Char(':')))
            m_toWatch.append({loaded.document->file, loaded.stamp});
    }
    // While an archive loads, watching its thousands of files would take a core from it; they
    // are watched once it is in (jobDone()), and the stamps tell what changed meanwhile.
    if (!m_jobRunning)
        watchWaitingFiles();
}

void CorpusLoader::watchWaitingFiles()
{
    m_fileWatcher->watch(m_toWatch);
    m_toWatch.clear();
}

void CorpusLoader::fileChanged(const QString &path)
{
    if (!m_changedFiles.contains(path))
        m_changedFiles.append(path);
    m_changeTimer->start();
}

void CorpusLoader::checkChangedFiles()
{
    const QStringList changed = m_changedFiles;
    m_changedFiles.clear();
    for (const QString &path : changed) {
        const int index = m_corpus->indexOfFile(path);
        if (index < 0)
            continue;
        if (!QFileInfo::exists(path)) {
            m_corpus->removeDocument(index);
            m_fileWatcher->unwatch(path);
            for (const QString &root : qAsConst(m_roots)) {
                if (path.startsWith(root + QLatin1Char('/')))
                    m_writer->remove(root, path);
            }
            Q_EMIT fileRemoved(path);
            continue;
        }
        const FileStamp stamp = FileStamp::of(path);
        const LoadResult result = DocumentLoader::load(path);
        if (result.document) {
            // An unchanged hash (touched, or saved as it was) keeps the document as it is.
            const LoadedDocument loaded{
                result.document, foldStatements(*result.document), {}, stamp};
            if (result.document->sha256 != m_corpus->document(index)->sha256)
                m_corpus->replaceDocument(index, loaded);
            keepInCache(loaded); // a new stamp at least
            Q_EMIT fileReloaded(path, QString());
        } else {
            Q_EMIT fileReloaded(path, result.error);
        }
        // Saving by replacing the file drops it from the watcher.
        m_fileWatcher->watch({qMakePair(path, stamp)});
    }
}

} // namespace Readout
