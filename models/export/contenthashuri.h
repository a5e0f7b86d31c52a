#pragma once

#include <QString>

namespace Readout {

/// The SHA-256 of a document version as a URI (RFC 6920 "Naming Things with Hashes"), which is
/// how a W3C Web Annotation can name the exact version it was made on (see README, export).
class ContentHashUri
{
public:
    /// "nih:sha-256;<64 hex digits>", the human-readable form; empty for an empty hash.
    static QString fromSha256(const QString &hex);
    /// The lower-case hex SHA-256 in a "nih:sha-256;..." or "ni:///sha-256;..." URI, or empty.
    static QString sha256Of(const QString &uri);
};

} // namespace Readout
