#pragma once

#include "indexcache.h"

#include <QObject>

#include <condition_variable>
#include <deque>
#include <map>
#include <memory>
#include <mutex>
#include <thread>

namespace Readout {

/// Writes parsed documents into the folders' index caches on a thread of its own, so that
/// neither parsing nor the window waits for SQLite and the full-text index. Work is queued by
/// any thread; each run of queued work for one cache is one transaction.
class IndexWriter : public QObject
{
    Q_OBJECT

public:
    explicit IndexWriter(QObject *parent = nullptr);
    ~IndexWriter() override;

    /// Keeps @p loaded (parsed from @p file, at its stamp) in the cache of folder @p root.
    void store(const QString &root, const QString &file, const LoadedDocument &loaded);
    /// Drops @p file from the cache of @p root (it was deleted).
    void remove(const QString &root, const QString &file);
    /// While paused, work is queued but not written: opening a folder wants every core for
    /// parsing, and the table before the index.
    void setPaused(bool paused);
    /// Blocks until everything queued so far is written (tests and benchmarks); unpaused.
    void waitUntilIdle();

Q_SIGNALS:
    /// Documents were written to the cache of @p root and are found by searches now.
    void indexed(const QString &root);
    /// A cache could not be used or was rebuilt; one line naming the file.
    void warning(const QString &message);

private:
    struct Work
    {
        QString root;
        QString file;
        LoadedDocument loaded; ///< null document: remove
    };

    void run();
    IndexCache *cacheFor(const QString &root);

    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::condition_variable m_idle;
    std::deque<Work> m_queue;
    bool m_writing = false;
    bool m_paused = false;
    bool m_stopping = false;
    std::map<QString, std::unique_ptr<IndexCache>> m_caches; ///< writer thread only
    std::thread m_thread;
};

} // namespace Readout
