#pragma once

#include "annotations/annotation.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace Readout {

/// One annotation read from a W3C Web Annotation file, not yet tied to a document.
struct ImportedAnnotation
{
    /// Selectors, note, tags, colour, author and times; id a UUID (ours kept, another
    /// tool's id turned into a name-based UUID, empty when the file gave none);
    /// target.sha256 the version named by the target's state, or empty.
    Annotation annotation;
    QString source; ///< the target's source as written: a relative path, a URL
};

/// Reads W3C Web Annotations (JSON-LD): a single Annotation, a list of them, an AnnotationPage
/// or an AnnotationCollection with its first page embedded, as Readout or another tool wrote
/// them. What Readout uses of each: the first target's source, its TextQuoteSelector and
/// TextPositionSelector, a TimeState naming the version by hash, its styleClass as colour;
/// TextualBody bodies (purpose "tagging" are tags, the others make the note); creator, created,
/// modified.
class WebAnnotationReader
{
public:
    /// The annotations in @p json. On failure, nothing and @p error says what is wrong.
    static std::vector<ImportedAnnotation> read(const QByteArray &json, QString *error);
};

} // namespace Readout
