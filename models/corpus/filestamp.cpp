#include "filestamp.h"

#include <QCoreApplication>
#include <QDateTime>

namespace Readout {

FileStamp FileStamp::of(const QFileInfo &info)
{
    FileStamp stamp;
    if (!info.exists())
        return stamp;
    stamp.size = info.size();
    // Compiled-in files change only with the program.
    const QFileInfo source = info.filePath().startsWith(QLatin1Char(':'))
                                 ? QFileInfo(QCoreApplication::applicationFilePath())
                                 : info;
    const QDateTime modified = source.lastModified();
    stamp.mtime = modified.isValid() ? modified.toMSecsSinceEpoch() : -1;
    return stamp;
}

} // namespace Readout
