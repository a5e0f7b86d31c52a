#include "markdownexporter.h"

#include <QStringList>

namespace Readout {

namespace {

// Backslash before each of @p specials (CommonMark treats an escaped ASCII punctuation mark as
// the mark itself).
QString escaped(const QString &text, QLatin1String specials)
{
    QString out;
    out.reserve(text.size() + 8);
    for (const QChar c : text) {
        if (specials.contains(c))
            out += QLatin1Char('\\');
        out += c;
    }
    return out;
}

// Document text: no Markdown of its own, so every mark that would start some is escaped, and
// a line that would start a list ("1. ", "- ") keeps its number or dash.
QString plain(const QString &text)
{
    QStringList lines = escaped(text, QLatin1String("\\`*_[]<>#|!~")).split(QLatin1Char('\n'));
    for (QString &line : lines) {
        int start = 0;
        while (start < line.size() && line.at(start).isSpace())
            ++start;
        int end = start;
        while (end < line.size() && line.at(end).isDigit())
            ++end;
        const QChar next = end < line.size() ? line.at(end) : QChar();
        if (end > start && (next == QLatin1Char('.') || next == QLatin1Char(')')))
            line.insert(end, QLatin1Char('\\'));
        else if (end == start && (next == QLatin1Char('-') || next == QLatin1Char('+')))
            line.insert(end, QLatin1Char('\\'));
    }
    return lines.join(QLatin1Char('\n'));
}

// A note keeps the reader's light Markdown, but never raw HTML.
QString note(const QString &text)
{
    return escaped(text, QLatin1String("\\<"));
}

QString blockQuote(const QString &text)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    for (QString &line : lines)
        line = line.trimmed().isEmpty() ? QStringLiteral(">") : QStringLiteral("> ") + line;
    return lines.join(QLatin1Char('\n'));
}

} // namespace

QString MarkdownExporter::begin() const
{
    return QStringLiteral("# %1\n").arg(ReportGroups::title());
}

QString MarkdownExporter::meeting(const ReportGroups::Meeting &meeting) const
{
    QString out =
        QStringLiteral("\n## %1\n\n%2\n").arg(plain(meeting.name), plain(meeting.dateAndPlace()));
    const QString participants = meeting.participants();
    if (!participants.isEmpty())
        out += QStringLiteral("\nParticipants: %1\n").arg(plain(participants));
    return out;
}

QString MarkdownExporter::topic(const ReportGroups::Topic &topic) const
{
    return QStringLiteral("\n### %1\n").arg(plain(topic.heading()));
}

QString MarkdownExporter::entry(const ExportEntry &entry) const
{
    QString out = QLatin1Char('\n') + blockQuote(plain(entry.quote.trimmed()));
    const QString who = ReportGroups::attribution(entry);
    if (!who.isEmpty())
        out += QStringLiteral("\n>\n> \u2014 %1").arg(plain(who));
    out += QStringLiteral("\n\n");
    if (entry.annotation.hasNote())
        out += note(entry.annotation.note.trimmed()) + QStringLiteral("\n\n");
    const QString about = ReportGroups::tagsAndColour(entry.annotation);
    // Two spaces: a line break before the reference.
    if (!about.isEmpty())
        out += plain(about) + QStringLiteral("  \n");
    return out + plain(entry.reference()) + QLatin1Char('\n');
}

} // namespace Readout
