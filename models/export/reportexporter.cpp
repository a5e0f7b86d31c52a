#include "reportexporter.h"

namespace Readout {

bool ReportExporter::write(const std::vector<ExportEntry> &entries, QIODevice *device)
{
    if (!writeText(device, begin()))
        return false;
    // One write per meeting: a large export never holds the whole report as text.
    int done = 0;
    const int total = int(entries.size());
    for (const ReportGroups::Meeting &m : ReportGroups::of(entries).meetings) {
        QString out = meeting(m);
        for (const ReportGroups::Topic &t : m.topics) {
            out += topic(t);
            for (const ExportEntry *e : t.entries) {
                out += entry(*e);
                ++done;
            }
        }
        if (!writeText(device, out) || !progressed(done, total))
            return false;
    }
    return writeText(device, end());
}

} // namespace Readout
