#include "reportexporter.h"

namespace Readout {

bool ReportExporter::write(const std::vector<ExportEntry> &entries, QIODevice *device)
{
    if (!writeText(device, begin()))
        return false;
    // One write per meeting: a large export never holds the whole report as text.
    for (const ReportGroups::Meeting &m : ReportGroups::of(entries).meetings) {
        QString out = meeting(m);
        for (const ReportGroups::Topic &t : m.topics) {
            out += topic(t);
            for (const ExportEntry *e : t.entries)
                out += entry(*e);
        }
        if (!writeText(device, out))
            return false;
    }
    return writeText(device, end());
}

} // namespace Readout
