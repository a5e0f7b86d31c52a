#include "filestamp.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_LINUX
#include <sys/stat.h>
#endif

namespace Readout {

FileStamp FileStamp::of(const QString &path)
{
    FileStamp stamp;
#ifdef Q_OS_LINUX
    // An archive is stamped file by file on every opening: one stat() each, and no time zone
    // arithmetic (QFileInfo's times are local and cost a time zone lookup each).
    if (!path.startsWith(QLatin1Char(':'))) {
        struct stat status;
        if (::stat(QFile::encodeName(path).constData(), &status) != 0)
            return stamp;
        stamp.size = qint64(status.st_size);
        stamp.mtime = qint64(status.st_mtim.tv_sec) * 1000 + status.st_mtim.tv_nsec / 1000000;
        return stamp;
    }
#endif
    const QFileInfo info(path);
    if (!info.exists())
        return stamp;
    stamp.size = info.size();
    // Compiled-in files change only with the program.
    const QFileInfo source = path.startsWith(QLatin1Char(':'))
                                 ? QFileInfo(QCoreApplication::applicationFilePath())
                                 : info;
    const QDateTime modified = source.lastModified();
    stamp.mtime = modified.isValid() ? modified.toMSecsSinceEpoch() : -1;
    return stamp;
}

} // namespace Readout
