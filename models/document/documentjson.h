#pragma once

#include "document.h"

#include <QString>

class QIODevice;

#include <utility>
#include <vector>

namespace Readout {

/// Writes Documents as the `readout parse --json` schema of DESIGN.md (offsets in code
/// points, 1-based lines), and as a readable outline with speakers for people.
class DocumentJson
{
public:
    struct Failure
    {
        QString file;
        QString message;
    };

    /// Streams the whole report, {"readout": 1, "documents": [...], "errors": [...]}, to
    /// `device` as it goes: memory stays flat however large the output.
    static void writeReport(QIODevice *device, const std::vector<DocumentPtr> &documents,
                            const std::vector<Failure> &errors);
    /// The same report in memory.
    static QByteArray report(const std::vector<DocumentPtr> &documents,
                             const std::vector<Failure> &errors);
    /// A readable outline: metadata, then each heading followed by its statements.
    static QString toText(const Document &document);
};

} // namespace Readout
