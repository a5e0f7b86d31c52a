#pragma once

#include <QString>

namespace Readout {

/// What tells that a file is unchanged since it was read: its size and modification time.
struct FileStamp
{
    qint64 size = -1;
    qint64 mtime = -1; ///< milliseconds since the epoch; -1 never matches

    /// The stamp of the file at @p path now (-1s when there is none).
    static FileStamp of(const QString &path);
    bool operator==(const FileStamp &o) const { return size == o.size && mtime == o.mtime; }
    bool operator!=(const FileStamp &o) const { return !(*this == o); }
};

} // namespace Readout
