#pragma once

#include "document/document.h"

#include <QStringList>

#include <vector>

namespace Readout {

class AnnotationStores;

/// Imports W3C Web Annotations (WebAnnotationReader) into the notes of documents: each
/// annotation's document is found among those given by the hash of the version it was made
/// on, else by file name; its passage is anchored as the store anchors it (TextAnchor); it is
/// saved in the store of that document's folder, one transaction per store. An annotation
/// already there (the same id, or the same passage and note of the same document) is skipped,
/// so importing a file twice adds nothing. An annotation whose passage is not found is kept as
/// orphaned, to be attached by hand.
///
/// A file that cannot be read or is not Web Annotation JSON, or an annotation whose document
/// is not among those given, stops the import before anything is written.
class AnnotationImporter
{
public:
    struct Result
    {
        int anchored = 0;   ///< saved, passage found
        int orphaned = 0;   ///< saved, passage not found in the current text
        int skipped = 0;    ///< already in the notes
        QStringList errors; ///< one line per problem, naming the file
    };

    explicit AnnotationImporter(AnnotationStores &stores) : m_stores(stores) {}

    Result import(const QString &file, const std::vector<DocumentPtr> &documents);

private:
    AnnotationStores &m_stores;
};

} // namespace Readout
