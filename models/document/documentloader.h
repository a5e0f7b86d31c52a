#pragma once

#include "document.h"

#include <QString>

namespace Readout {

/// A document loaded from a file, or the reason it could not be.
struct LoadResult
{
    DocumentPtr document; ///< null when loading failed
    QString error;        ///< one line, names the file: "report.txt: binary file"
};

/// Reads a file, decodes it (TextDecoder; HtmlExtractor for HTML), hashes its bytes and
/// parses it (SummaryParser). Refuses directories, missing/unreadable files, empty and
/// binary files and files larger than maxFileSize with a clear message.
class DocumentLoader
{
public:
    static constexpr qint64 maxFileSize = 64 * 1024 * 1024;

    static LoadResult load(const QString &path);
    /// Same, for bytes already in memory; `path` is used for messages and the format guess.
    static LoadResult loadBytes(const QString &path, const QByteArray &bytes);
};

} // namespace Readout
