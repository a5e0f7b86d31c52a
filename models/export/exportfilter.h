#pragma once

#include <QString>

namespace Readout {

struct ExportEntry;

/// What narrows an export; an empty field lets everything through. Matching ignores case.
struct ExportFilter
{
    QString speaker; ///< whole words of the speaker's name: "Sonoda", "Haruka Sonoda", "Nakara"
    QString topic;   ///< a heading anywhere in the topic path
    QString tag;
    QString colour; ///< a palette name, or "none" for notes without highlight
    QString author;

    bool accepts(const ExportEntry &entry) const;
};

} // namespace Readout
