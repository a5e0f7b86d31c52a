#pragma once

#include "filestamp.h"

#include <QHash>
#include <QObject>
#include <QPair>
#include <QVector>

#include <vector>

class QFileSystemWatcher;
class QThread;

namespace Readout {

/// Watches opened files for changes on a thread of its own. QFileSystemWatcher checks each new
/// path against every path it watches already, so an archive of 10,000 files would cost
/// seconds; here the files are spread over several watchers of a few thousand each, and the
/// work is done away from the GUI thread. Works asynchronously: a path is watched shortly after
/// watch() returns, and a file written in between is reported all the same.
class FileWatcher : public QObject
{
    Q_OBJECT

public:
    /// Files per QFileSystemWatcher, and watchers at most: each is an inotify instance, of
    /// which a user has 128 on a default Linux system. Files beyond that are not watched.
    static constexpr int FilesPerWatcher = 2048;
    static constexpr int MaximumWatchers = 16;

    explicit FileWatcher(QObject *parent = nullptr);
    ~FileWatcher() override;

    /// Watches @p files (again, when an editor replaced one and the watch went with it), each
    /// with its stamp when it was read: a file changed before its watch began is reported too.
    void watch(const QVector<QPair<QString, FileStamp>> &files);
    void unwatch(const QString &file);

Q_SIGNALS:
    /// @p file was written, replaced or deleted (on this object's thread).
    void fileChanged(const QString &file);

private:
    // On m_thread only:
    void add(const QVector<QPair<QString, FileStamp>> &files);
    void remove(const QString &file);
    QFileSystemWatcher *watcherWithRoom();

    QThread *m_thread;
    QObject *m_context; ///< lives on m_thread; the watchers are its children
    std::vector<QFileSystemWatcher *> m_watchers;
    QHash<QString, QFileSystemWatcher *> m_watcherOf;
};

} // namespace Readout
