#pragma once

#include "document/document.h"

#include <QStringList>

#include <vector>

namespace Readout {

/// The summaries named on a command line: files as given, folders searched for summary files
/// (CorpusLoader::summaryFiles), each file once, loaded on all cores (DocumentLoader).
struct InputDocuments
{
    std::vector<DocumentPtr> documents; ///< in the order of the paths, folders sorted by path
    QStringList errors;                 ///< one line per path or file that failed, naming it

    static InputDocuments load(const QStringList &paths);
};

} // namespace Readout
