#include "reportgroups.h"

namespace Readout {

QString ReportGroups::Topic::heading() const
{
    if (orphaned)
        return QStringLiteral("Passages not found in the current text");
    return path.isEmpty() ? QStringLiteral("(no topic)") : path.join(QStringLiteral(" \u203A "));
}

QString ReportGroups::Meeting::dateAndPlace() const
{
    QStringList parts;
    parts << (document->date.isValid() ? document->date.toString(Qt::ISODate)
                                       : QStringLiteral("undated"));
    if (!document->place.isEmpty())
        parts << document->place;
    return parts.join(QStringLiteral(", "));
}

QString ReportGroups::Meeting::participants() const
{
    QStringList people;
    for (const Participant &p : document->participants) {
        QStringList about;
        for (const QString &part : {p.role, p.country}) {
            if (!part.isEmpty())
                about << part;
        }
        people << (about.isEmpty()
                       ? p.name
                       : QStringLiteral("%1 (%2)").arg(p.name, about.join(QStringLiteral(", "))));
    }
    return people.join(QStringLiteral("; "));
}

ReportGroups ReportGroups::of(const std::vector<ExportEntry> &entries)
{
    ReportGroups groups;
    for (const ExportEntry &entry : entries) {
        if (groups.meetings.empty() || groups.meetings.back().document != entry.document) {
            Meeting meeting;
            meeting.document = entry.document;
            meeting.name = entry.documentName();
            groups.meetings.push_back(std::move(meeting));
        }
        std::vector<Topic> &topics = groups.meetings.back().topics;
        if (topics.empty() || topics.back().path != entry.topic ||
            topics.back().orphaned != entry.orphaned) {
            Topic topic;
            topic.path = entry.topic;
            topic.orphaned = entry.orphaned;
            topics.push_back(std::move(topic));
        }
        topics.back().entries.push_back(&entry);
    }
    return groups;
}

QString ReportGroups::tagsAndColour(const Annotation &annotation)
{
    QStringList parts;
    if (!annotation.tags.isEmpty())
        parts << QStringLiteral("Tags: %1").arg(annotation.tags.join(QStringLiteral(", ")));
    if (annotation.isHighlight())
        parts << QStringLiteral("Colour: %1").arg(annotation.colour);
    return parts.join(QStringLiteral(" \u00B7 "));
}

QString ReportGroups::attribution(const ExportEntry &entry)
{
    QString who = entry.speaker;
    if (!entry.side.isEmpty() && !who.contains(entry.side))
        who = who.isEmpty() ? entry.side : QStringLiteral("%1 (%2)").arg(who, entry.side);
    if (entry.outlinePath.isEmpty())
        return who;
    return who.isEmpty() ? entry.outlinePath : QStringLiteral("%1, %2").arg(who, entry.outlinePath);
}

QString ReportGroups::title()
{
    return QStringLiteral("Notes from Readout");
}

} // namespace Readout
