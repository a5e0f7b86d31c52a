#include "corpusloader.h"

#include "corpus.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QSet>
#include <QTimer>
#include <QtConcurrent/QtConcurrentMap>

namespace Readout {

CorpusLoader::CorpusLoader(Corpus *corpus, QObject *parent)
    : QObject(parent), m_corpus(corpus), m_flushTimer(new QTimer(this)),
      m_fileWatcher(new QFileSystemWatcher(this)), m_changeTimer(new QTimer(this))
{
    // Documents reach the corpus a few times a second, not one by one: each arrival costs the
    // models a refilter.
    m_flushTimer->setInterval(150);
    connect(m_flushTimer, &QTimer::timeout, this, &CorpusLoader::flush);
    connect(&m_watcher, &QFutureWatcher<LoadResult>::resultsReadyAt, this,
            [this](int first, int end) {
                for (int i = first; i < end; ++i) {
                    const LoadResult result = m_watcher.resultAt(i);
                    if (result.document)
                        m_batch.push_back(result.document);
                    else
                        m_errors.append(result.error);
                }
            });
    connect(&m_watcher, &QFutureWatcher<LoadResult>::progressValueChanged, this,
            [this](int value) { Q_EMIT progress(value, m_watcher.progressMaximum()); });
    connect(&m_watcher, &QFutureWatcher<LoadResult>::finished, this, [this] {
        m_flushTimer->stop();
        flush();
        const QStringList errors = m_errors;
        m_errors.clear();
        m_loadingFiles.clear();
        Q_EMIT finished(errors);
        startNext();
    });
    // Editors write a file in several steps; wait for them to finish.
    m_changeTimer->setSingleShot(true);
    m_changeTimer->setInterval(300);
    connect(m_changeTimer, &QTimer::timeout, this, &CorpusLoader::checkChangedFiles);
    connect(m_fileWatcher, &QFileSystemWatcher::fileChanged, this, &CorpusLoader::fileChanged);
}

CorpusLoader::~CorpusLoader()
{
    m_watcher.cancel();
    m_watcher.waitForFinished();
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
    while (it.hasNext()) {
        const QString path = it.next();
        // Hidden folders (.git, .cache) hold no summaries.
        if (!QDir(folder).relativeFilePath(path).contains(QLatin1String("/.")) &&
            !it.fileName().startsWith(QLatin1Char('.')))
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
    return m_watcher.isRunning() || !m_loadingFiles.isEmpty();
}

void CorpusLoader::cancel()
{
    m_queue.clear();
    m_watcher.cancel();
}

void CorpusLoader::startNext()
{
    QStringList files;
    QSet<QString> seen;
    for (const QString &path : qAsConst(m_queue)) {
        const QFileInfo info(path);
        const QStringList found = info.isDir() ? summaryFiles(path) : QStringList{path};
        for (const QString &file : found) {
            const QString absolute =
                file.startsWith(QLatin1Char(':')) ? file : QFileInfo(file).absoluteFilePath();
            if (!seen.contains(absolute) && m_corpus->indexOfFile(absolute) < 0) {
                seen.insert(absolute);
                files.append(absolute);
            }
        }
    }
    m_queue.clear();
    if (files.isEmpty())
        return;
    m_loadingFiles = files;
    m_flushTimer->start();
    // A plain function: Qt 5's QtConcurrent cannot map lambdas.
    m_watcher.setFuture(QtConcurrent::mapped(m_loadingFiles, &DocumentLoader::load));
}

void CorpusLoader::flush()
{
    if (m_batch.empty())
        return;
    std::vector<DocumentPtr> batch;
    batch.swap(m_batch);
    m_corpus->addDocuments(batch);
    for (const DocumentPtr &doc : batch)
        watch(doc);
}

LoadResult CorpusLoader::openNow(const QString &path)
{
    const QString absolute =
        path.startsWith(QLatin1Char(':')) ? path : QFileInfo(path).absoluteFilePath();
    const int open = m_corpus->indexOfFile(absolute);
    if (open >= 0)
        return {m_corpus->document(open), QString()};
    LoadResult result = DocumentLoader::load(absolute);
    if (result.document) {
        m_corpus->addDocument(result.document);
        watch(result.document);
    }
    return result;
}

void CorpusLoader::watch(const DocumentPtr &document)
{
    // Compiled-in samples never change.
    if (!document->file.startsWith(QLatin1Char(':')))
        m_fileWatcher->addPath(document->file);
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
            m_fileWatcher->removePath(path);
            Q_EMIT fileRemoved(path);
            continue;
        }
        const LoadResult result = DocumentLoader::load(path);
        if (result.document) {
            // An unchanged hash (touched, or saved as it was) keeps the document as it is.
            if (result.document->sha256 != m_corpus->document(index)->sha256)
                m_corpus->replaceDocument(index, result.document);
            Q_EMIT fileReloaded(path, QString());
        } else {
            Q_EMIT fileReloaded(path, result.error);
        }
        // Saving by replacing the file drops it from the watcher.
        if (!m_fileWatcher->files().contains(path))
            m_fileWatcher->addPath(path);
    }
}

} // namespace Readout
