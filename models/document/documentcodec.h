#pragma once

#include "document.h"

#include <QByteArray>

namespace Readout {

/// A compact binary form of a parsed Document, for the index cache: encode() after parsing,
/// decode() instead of parsing again. The bytes are for this machine and this build only
/// (native byte order, no schema evolution); the cache keys them by the parser's fingerprint.
class DocumentCodec
{
public:
    static QByteArray encode(const Document &document);
    /// The document, or null when @p bytes are not a whole encoding (a damaged cache row).
    /// Document::file is left empty: the caller knows where the file is now.
    static std::shared_ptr<Document> decode(const char *bytes, qsizetype size);
};

} // namespace Readout
