#pragma once

#include "exporter.h"

#include <QJsonObject>

namespace Readout {

/// W3C Web Annotation Data Model, JSON-LD: an AnnotationCollection whose first (and only)
/// AnnotationPage holds the annotations. Each target is a SpecificResource: its source the
/// document's path relative to the notes folder, a TextQuoteSelector and a
/// TextPositionSelector (code points), its state a TimeState whose "cached" copy is named by
/// the SHA-256 of the version the note was made on (ContentHashUri), and the highlight colour
/// as a styleClass of the annotation's CssStylesheet. The note is a TextualBody with purpose
/// "commenting", each tag one with purpose "tagging". The output depends only on the
/// annotations: exporting the same notes twice gives the same bytes.
class WebAnnotationExporter : public Exporter
{
public:
    bool write(const std::vector<ExportEntry> &entries, QIODevice *device) override;

    /// @p annotation as a W3C Web Annotation on the document at @p source.
    static QJsonObject toJson(const Annotation &annotation, const QString &source);
};

} // namespace Readout
