#pragma once

#include "exporter.h"

namespace Readout {

/// A Markdown report: a section per meeting (title, date, place, participants), a subsection
/// per topic, and per annotation the passage as a block quote with its speaker, the note, tags
/// and colour, and the file:line and hash to check it against.
///
/// Document text is escaped so that it reads as written; notes keep their light Markdown, but
/// no text can open raw HTML ('<' is escaped everywhere).
class MarkdownExporter : public Exporter
{
public:
    bool write(const std::vector<ExportEntry> &entries, QIODevice *device) override;
};

} // namespace Readout
