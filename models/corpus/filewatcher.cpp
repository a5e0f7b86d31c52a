#include "filewatcher.h"

#include "backgroundpriority.h"

#include <QFileSystemWatcher>
#include <QThread>

namespace Readout {

FileWatcher::FileWatcher(QObject *parent)
    : QObject(parent), m_thread(new QThread(this)), m_context(new QObject)
{
    m_thread->setObjectName(QStringLiteral("readout-watch"));
    m_context->moveToThread(m_thread);
    m_thread->start();
    QMetaObject::invokeMethod(m_context, [] { BackgroundPriority::applyToThisThread(); });
}

FileWatcher::~FileWatcher()
{
    m_thread->quit();
    m_thread->wait();
    delete m_context; // and the watchers; their thread has ended: safe from here
}

void FileWatcher::watch(const QVector<QPair<QString, FileStamp>> &files)
{
    if (!files.isEmpty())
        QMetaObject::invokeMethod(m_context, [this, files] { add(files); });
}

void FileWatcher::unwatch(const QString &file)
{
    QMetaObject::invokeMethod(m_context, [this, file] { remove(file); });
}

QFileSystemWatcher *FileWatcher::watcherWithRoom()
{
    if (!m_watchers.empty() && m_watchers.back()->files().size() < FilesPerWatcher)
        return m_watchers.back();
    if (int(m_watchers.size()) == MaximumWatchers)
        return nullptr;
    auto *watcher = new QFileSystemWatcher(m_context);
    // Queued: the watcher's thread emits, this object's thread receives.
    connect(watcher, &QFileSystemWatcher::fileChanged, this, &FileWatcher::fileChanged);
    m_watchers.push_back(watcher);
    return watcher;
}

void FileWatcher::add(const QVector<QPair<QString, FileStamp>> &files)
{
    QStringList batch;
    QFileSystemWatcher *watcher = nullptr;
    const auto flush = [&] {
        if (watcher && !batch.isEmpty())
            watcher->addPaths(batch);
        batch.clear();
    };
    for (const auto &file : files) {
        QFileSystemWatcher *current = m_watcherOf.value(file.first);
        if (current) {
            current->addPath(file.first); // again: replacing a file ends its watch
            continue;
        }
        if (!watcher || watcher->files().size() + batch.size() >= FilesPerWatcher) {
            flush();
            watcher = watcherWithRoom();
            if (!watcher)
                break;
        }
        batch.append(file.first);
        m_watcherOf.insert(file.first, watcher);
    }
    flush();
    // Written between being read and being watched: no event will come for that.
    for (const auto &file : files) {
        if (FileStamp::of(file.first) != file.second)
            Q_EMIT fileChanged(file.first);
    }
}

void FileWatcher::remove(const QString &file)
{
    if (QFileSystemWatcher *watcher = m_watcherOf.take(file))
        watcher->removePath(file);
}

} // namespace Readout
