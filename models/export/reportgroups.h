#pragma once

#include "exportentry.h"

#include <vector>

namespace Readout {

/// Export entries as the Markdown, HTML and PDF reports show them: by document, then by topic
/// (consecutive entries under the same topic path form one group; orphaned ones, which have no
/// place in the text any more, a group of their own at the end).
struct ReportGroups
{
    struct Topic
    {
        QStringList path;
        bool orphaned = false;
        std::vector<const ExportEntry *> entries;

        /// "Bilateral Relations › Peace Treaty", or what to say when there is no topic.
        QString heading() const;
    };
    struct Meeting
    {
        DocumentPtr document;
        QString name; ///< title, else file name
        std::vector<Topic> topics;

        /// "2002-10-12, Port Sarel" (what is known of it).
        QString dateAndPlace() const;
        /// "Haruka Sonoda (Minister for Foreign Affairs, Nakara); ..."; empty when none known.
        QString participants() const;
    };

    std::vector<Meeting> meetings;

    /// Groups @p entries, which are in ExportSelection order; they must outlive the result.
    static ReportGroups of(const std::vector<ExportEntry> &entries);
    /// "Tags: a, b · Colour: yellow", or empty.
    static QString tagsAndColour(const Annotation &annotation);
    /// "Haruka Sonoda (Nakara), 1.(2)": who said the passage and where it stands.
    static QString attribution(const ExportEntry &entry);
    /// The heading of a whole report.
    static QString title();
};

} // namespace Readout
