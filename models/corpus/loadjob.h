#pragma once

#include "indexcache.h"
#include "loadeddocument.h"

#include <QSet>
#include <QStringList>

#include <atomic>
#include <functional>
#include <vector>

namespace Readout {

class IndexWriter;

/// One opening of files and folders, run on a thread of its own by CorpusLoader: finds the
/// summary files, takes every unchanged one from its folder's index cache and parses the
/// others on the thread pool (all cores), hands the documents over in batches as they are
/// ready, and queues new parses for the cache. Files of a folder that left it leave its cache.
class LoadJob
{
public:
    struct Callbacks
    {
        /// Documents ready (in file order within a batch) and one line per file that failed.
        std::function<void(std::vector<LoadedDocument>, QStringList errors)> batch;
        std::function<void(int done, int total)> progress;
        std::function<void(const QString &message)> warning;
    };

    /// @p alreadyOpen: files not to load again. @p writer may be null (no cache kept).
    LoadJob(const QStringList &paths, const QSet<QString> &alreadyOpen, IndexWriter *writer,
            Callbacks callbacks);

    /// Runs the whole job on the calling thread; returns when done or cancelled.
    void run();
    /// Makes run() return soon; what was handed over stays handed over. Any thread.
    void cancel() { m_cancelled = true; }
    bool isCancelled() const { return m_cancelled; }

private:
    struct Group
    {
        QString root;
        QStringList files;             ///< to load (not open already)
        QStringList listed;            ///< every summary file of a whole folder, open or not
        std::vector<FileStamp> stamps; ///< of files, before reading them
        bool wholeFolder = false;      ///< every summary file of root: the others left it
    };

    std::vector<Group> groups() const;
    static void stamp(Group &group);
    void loadGroup(const Group &group);
    void parse(const QString &root, const QStringList &files);

    QStringList m_paths;
    QSet<QString> m_alreadyOpen;
    IndexWriter *m_writer;
    Callbacks m_callbacks;
    std::atomic<bool> m_cancelled{false};
    int m_done = 0;
    int m_total = 0;
};

} // namespace Readout
