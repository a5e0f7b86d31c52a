#pragma once

#include "reportexporter.h"

namespace Readout {

/// One self-contained HTML page: inline CSS, no scripts, no external resources (a Content
/// Security Policy forbids them too), grouped like the Markdown report, each passage on its
/// highlight colour. Every piece of document or user text is escaped, so a note holding
/// markup shows that markup as text. Printable; PdfExporter prints it.
class HtmlExporter : public ReportExporter
{
protected:
    QString begin() const override;
    QString meeting(const ReportGroups::Meeting &meeting) const override;
    QString topic(const ReportGroups::Topic &topic) const override;
    QString entry(const ExportEntry &entry) const override;
    QString end() const override;
};

} // namespace Readout
