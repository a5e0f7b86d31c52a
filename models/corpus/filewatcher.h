#pragma once

#include "filestamp.h"

#include <QObject>
#include <QPair>
#include <QVector>
#include <QStringList>

class QFileSystemWatcher;
class QThread;

namespace Readout {

/// Watches opened files for changes on a thread of its own. QFileSystemWatcher checks each new
/// path against every path it watches already, which for an archive of 10,000 files costs
/// the GUI thread seconds; there it costs nobody. Works asynchronously: a path is watched
/// shortly after watch() returns.
class FileWatcher : public QObject
{
    Q_OBJECT

public:
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
    QThread *m_thread;
    QFileSystemWatcher *m_watcher; ///< lives on m_thread
};

} // namespace Readout
