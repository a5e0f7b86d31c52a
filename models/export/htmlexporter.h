#pragma once

#include "exporter.h"

namespace Readout {

/// One self-contained HTML page: inline CSS, no scripts, no external resources (a Content
/// Security Policy forbids them too), grouped like the Markdown report, each passage on its
/// highlight colour. Every piece of document or user text is escaped, so a note holding
/// markup shows that markup as text. Printable; PdfExporter prints it.
class HtmlExporter : public Exporter
{
public:
    bool write(const std::vector<ExportEntry> &entries, QIODevice *device) override;
};

} // namespace Readout
