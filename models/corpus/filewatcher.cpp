#include "filewatcher.h"

#include "backgroundpriority.h"

#include <QFileSystemWatcher>
#include <QThread>

namespace Readout {

FileWatcher::FileWatcher(QObject *parent)
    : QObject(parent), m_thread(new QThread(this)), m_watcher(new QFileSystemWatcher)
{
    m_thread->setObjectName(QStringLiteral("readout-watch"));
    m_watcher->moveToThread(m_thread);
    // Queued: the watcher's thread emits, this object's thread receives.
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, &FileWatcher::fileChanged);
    m_thread->start();
    QMetaObject::invokeMethod(m_watcher, [] { BackgroundPriority::applyToThisThread(); });
}

FileWatcher::~FileWatcher()
{
    m_thread->quit();
    m_thread->wait();
    delete m_watcher; // its thread has ended: safe from here
}

void FileWatcher::watch(const QVector<QPair<QString, FileStamp>> &files)
{
    if (files.isEmpty())
        return;
    QFileSystemWatcher *watcher = m_watcher;
    QMetaObject::invokeMethod(m_watcher, [this, watcher, files] {
        QStringList paths;
        for (const auto &file : files)
            paths.append(file.first);
        watcher->addPaths(paths); // paths watched already are skipped
        // Written between being read and being watched: no event will come for that.
        for (const auto &file : files) {
            if (FileStamp::of(QFileInfo(file.first)) != file.second)
                Q_EMIT fileChanged(file.first);
        }
    });
}

void FileWatcher::unwatch(const QString &file)
{
    QFileSystemWatcher *watcher = m_watcher;
    QMetaObject::invokeMethod(m_watcher, [watcher, file] { watcher->removePath(file); });
}

} // namespace Readout
