#pragma once

#include "exporter.h"

namespace Readout {

/// The HTML report (HtmlExporter) laid out by QTextDocument and printed to PDF (QPdfWriter),
/// A4, with the page number at the foot of each page. Needs a QGuiApplication (fonts); the
/// command line makes one on the offscreen platform.
class PdfExporter : public Exporter
{
public:
    bool write(const std::vector<ExportEntry> &entries, QIODevice *device) override;
};

} // namespace Readout
