#include "htmlexporter.h"

namespace Readout {

namespace {

const char *const head =
    "<!DOCTYPE html>\n"
    "<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
    "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
    "style-src 'unsafe-inline'\">\n"
    "<title>%1</title>\n"
    "<style>\n"
    "body { font-family: sans-serif; line-height: 1.4; margin: 2em auto; max-width: 48em; }\n"
    "h2 { margin-top: 1.6em; border-bottom: 1px solid #999; }\n"
    "h3 { color: #333; }\n"
    "blockquote { margin: 0.6em 0 0.3em 1.2em; padding-left: 0.8em;"
    " border-left: 3px solid #bbb; }\n"
    ".entry { margin-bottom: 1.4em; }\n"
    ".who { font-style: italic; color: #444; }\n"
    ".meta, .about { color: #444; }\n"
    ".ref { font-family: monospace; color: #555; font-size: 90%; }\n"
    "@media print { body { margin: 0; max-width: none; } .entry { break-inside: avoid; } }\n"
    "</style>\n</head>\n<body>\n<h1>%1</h1>\n";

// Escaped text; line breaks kept.
QString text(const QString &value)
{
    return value.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>\n"));
}

QString passage(const ExportEntry &entry)
{
    // The colour comes from the fixed palette, never from the stored name itself.
    const QString colour = Annotation::highlightHex(entry.annotation.colour);
    const QString quote = text(entry.quote.trimmed());
    return colour.isEmpty() ? quote
                            : QStringLiteral("<span style=\"background-color: %1\">%2</span>")
                                  .arg(colour, quote);
}

} // namespace

QString HtmlExporter::begin() const
{
    return QString::fromLatin1(head).arg(text(ReportGroups::title()));
}

QString HtmlExporter::meeting(const ReportGroups::Meeting &meeting) const
{
    QString out = QStringLiteral("<h2>%1</h2>\n<p class=\"meta\">%2")
                      .arg(text(meeting.name), text(meeting.dateAndPlace()));
    const QString participants = meeting.participants();
    if (!participants.isEmpty())
        out += QStringLiteral("<br>\nParticipants: %1").arg(text(participants));
    return out + QStringLiteral("</p>\n");
}

QString HtmlExporter::topic(const ReportGroups::Topic &topic) const
{
    return QStringLiteral("<h3>%1</h3>\n").arg(text(topic.heading()));
}

QString HtmlExporter::entry(const ExportEntry &entry) const
{
    QString out = QStringLiteral("<div class=\"entry\">\n<blockquote>%1").arg(passage(entry));
    const QString who = ReportGroups::attribution(entry);
    if (!who.isEmpty())
        out += QStringLiteral("<br>\n<span class=\"who\">\u2014 %1</span>").arg(text(who));
    out += QStringLiteral("</blockquote>\n");
    if (entry.annotation.hasNote())
        out +=
            QStringLiteral("<p class=\"note\">%1</p>\n").arg(text(entry.annotation.note.trimmed()));
    const QString about = ReportGroups::tagsAndColour(entry.annotation);
    if (!about.isEmpty())
        out += QStringLiteral("<p class=\"about\">%1</p>\n").arg(text(about));
    return out + QStringLiteral("<p class=\"ref\">%1</p>\n</div>\n").arg(text(entry.reference()));
}

QString HtmlExporter::end() const
{
    return QStringLiteral("</body>\n</html>\n");
}

} // namespace Readout
