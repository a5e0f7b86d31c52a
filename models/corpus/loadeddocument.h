#pragma once

#include "document/document.h"
#include "filestamp.h"

#include <string>
#include <vector>

namespace Readout {

/// A parsed document with the folded text of its statements (TextFolder, each statement
/// followed by '\0') and its headings' topic keys, prepared on a worker thread so the GUI
/// thread only links them into the Corpus (which takes `folded` over). An empty `folded` means
/// it has not been prepared; the Corpus folds it then.
struct LoadedDocument
{
    DocumentPtr document;
    std::string folded;
    /// Per outline node, the topic key of its heading (TopicRegistry::headingKey), 0 for nodes
    /// that are no heading; an empty vector means not prepared: the Corpus makes them.
    std::vector<quint64> headingKeys;
    FileStamp stamp; ///< of the file when it was read (or cached): a later change is noticed
};

/// The folded text of every statement of @p document, each followed by '\0'.
std::string foldStatements(const Document &document);

/// The headingKeys of @p document (see LoadedDocument).
std::vector<quint64> headingKeys(const Document &document);

} // namespace Readout
