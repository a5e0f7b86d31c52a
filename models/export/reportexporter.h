#pragma once

#include "exporter.h"
#include "reportgroups.h"

namespace Readout {

/// A report for people to read: a heading, then per meeting its details and per topic its
/// annotations (ReportGroups). Subclasses write each piece in their markup.
class ReportExporter : public Exporter
{
public:
    bool write(const std::vector<ExportEntry> &entries, QIODevice *device) final;

protected:
    virtual QString begin() const = 0;
    virtual QString meeting(const ReportGroups::Meeting &meeting) const = 0;
    virtual QString topic(const ReportGroups::Topic &topic) const = 0;
    virtual QString entry(const ExportEntry &entry) const = 0;
    virtual QString end() const { return QString(); }
};

} // namespace Readout
