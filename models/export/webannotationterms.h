#pragma once

// Names of the W3C Web Annotation Data Model (JSON-LD serialisation) that Readout writes and
// reads, in one place for WebAnnotationExporter and WebAnnotationReader.

#include <QUuid>

namespace Readout::WebAnnotationTerms {

constexpr char context[] = "http://www.w3.org/ns/anno.jsonld";
constexpr char annotation[] = "Annotation";
constexpr char collection[] = "AnnotationCollection";
constexpr char page[] = "AnnotationPage";
constexpr char quoteSelector[] = "TextQuoteSelector";
constexpr char positionSelector[] = "TextPositionSelector";
constexpr char textualBody[] = "TextualBody";
constexpr char commenting[] = "commenting";
constexpr char tagging[] = "tagging";
constexpr char highlighting[] = "highlighting";
constexpr char uuidPrefix[] = "urn:uuid:";

/// Name-based (version 5) UUIDs of Readout: the same foreign id, or the same set of
/// annotations, always gives the same UUID.
inline QUuid uuidNamespace()
{
    return QUuid(QStringLiteral("c59a9ed5-a0ec-499b-b439-a53a9419b257"));
}

} // namespace Readout::WebAnnotationTerms
