#include "indexwriter.h"

#include "backgroundpriority.h"

namespace Readout {

namespace {

// Documents per transaction: large enough that committing is cheap, small enough that a
// search sees new documents soon.
constexpr int DocumentsPerTransaction = 200;

} // namespace

IndexWriter::IndexWriter(QObject *parent) : QObject(parent), m_thread([this] { run(); }) {}

IndexWriter::~IndexWriter()
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    m_thread.join();
}

void IndexWriter::store(const QString &root, const QString &file, const LoadedDocument &loaded)
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_queue.push_back({root, file, loaded});
    }
    m_wake.notify_one();
}

void IndexWriter::remove(const QString &root, const QString &file)
{
    store(root, file, LoadedDocument());
}

void IndexWriter::setPaused(bool paused)
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_paused = paused;
    }
    m_wake.notify_all();
}

void IndexWriter::waitUntilIdle()
{
    setPaused(false);
    std::unique_lock<std::mutex> lock(m_mutex);
    m_idle.wait(lock, [this] { return m_queue.empty() && !m_writing; });
}

IndexCache *IndexWriter::cacheFor(const QString &root)
{
    auto found = m_caches.find(root);
    if (found == m_caches.end()) {
        auto cache = std::make_unique<IndexCache>(root);
        QString warning;
        if (!cache->open(&warning)) {
            Q_EMIT this->warning(
                tr("The index cache %1 cannot be written: %2").arg(cache->file(), cache->error()));
            cache.reset();
        } else if (!warning.isEmpty()) {
            Q_EMIT this->warning(warning);
        }
        found = m_caches.emplace(root, std::move(cache)).first;
    }
    return found->second.get();
}

void IndexWriter::run()
{
    BackgroundPriority::applyToThisThread("readout-index");
    std::unique_lock<std::mutex> lock(m_mutex);
    for (;;) {
        m_wake.wait(lock, [this] { return m_stopping || (!m_paused && !m_queue.empty()); });
        if (m_stopping)
            return; // a cache is only a cache: what is not written is parsed again next time
        // One transaction for a run of work on the same folder.
        std::vector<Work> batch;
        const QString root = m_queue.front().root;
        while (!m_queue.empty() && m_queue.front().root == root &&
               int(batch.size()) < DocumentsPerTransaction) {
            batch.push_back(std::move(m_queue.front()));
            m_queue.pop_front();
        }
        m_writing = true;
        lock.unlock();

        IndexCache *cache = cacheFor(root);
        bool written = false;
        if (cache && cache->beginWrite()) {
            written = true;
            for (const Work &work : batch) {
                const QString relative = cache->relativePath(work.file);
                written = work.loaded.document
                              ? cache->store(relative, work.loaded.stamp, work.loaded)
                              : cache->remove(relative);
                if (!written)
                    break;
            }
            written = written && cache->commitWrite();
            if (!written) {
                Q_EMIT warning(tr("The index cache %1 cannot be written: %2")
                                   .arg(cache->file(), cache->error()));
                cache->rollbackWrite();
                m_caches[root].reset(); // one message, not one per batch; searched without it
            }
        }
        if (written)
            Q_EMIT indexed(root);

        lock.lock();
        m_writing = false;
        if (m_queue.empty())
            m_idle.notify_all();
    }
}

} // namespace Readout
