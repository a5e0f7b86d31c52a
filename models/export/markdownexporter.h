#pragma once

#include "reportexporter.h"

namespace Readout {

/// A Markdown report: a section per meeting (title, date, place, participants), a subsection
/// per topic, and per annotation the passage as a block quote with its speaker, the note, tags
/// and colour, and the file:line and hash to check it against.
///
/// Document text is escaped so that it reads as written; notes keep their light Markdown, but
/// no text can open raw HTML ('<' is escaped everywhere).
class MarkdownExporter : public ReportExporter
{
protected:
    QString begin() const override;
    QString meeting(const ReportGroups::Meeting &meeting) const override;
    QString topic(const ReportGroups::Topic &topic) const override;
    QString entry(const ExportEntry &entry) const override;
};

} // namespace Readout
