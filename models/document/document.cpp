#include "document.h"

#include <QSet>

#include <algorithm>

namespace Readout {

QString speakerKindName(SpeakerKind kind)
{
    switch (kind) {
    case SpeakerKind::Person:
        return QStringLiteral("person");
    case SpeakerKind::Side:
        return QStringLiteral("side");
    case SpeakerKind::Both:
        return QStringLiteral("both");
    case SpeakerKind::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QStringView Document::statementText(const Statement &statement) const
{
    return QStringView(text).mid(statement.start, statement.end - statement.start);
}

const Speaker &Document::speakerOf(const Statement &statement) const
{
    static const Speaker unknown;
    return statement.speaker >= 0 && statement.speaker < int(speakers.size())
               ? speakers[size_t(statement.speaker)]
               : unknown;
}

int Document::speakerIndex(const Speaker &speaker)
{
    if (speaker.kind == SpeakerKind::Unknown)
        return -1;
    const auto it = std::find(speakers.begin(), speakers.end(), speaker);
    if (it != speakers.end())
        return int(it - speakers.begin());
    speakers.push_back(speaker);
    return int(speakers.size()) - 1;
}

QString Document::headingText(const OutlineNode &node) const
{
    return node.headingStart >= 0 ? text.mid(node.headingStart, node.headingLength) : node.heading;
}

QStringList Document::topicPath(int node) const
{
    QStringList path;
    for (int n = node; n >= 0 && n < int(outline.size()); n = outline[size_t(n)].parent) {
        if (outline[size_t(n)].isHeading)
            path.prepend(headingText(outline[size_t(n)]));
    }
    return path;
}

int Document::codePointOffset(int utf16Offset) const
{
    int surrogatePairs = 0;
    const int limit = qMin(utf16Offset, int(text.size()));
    for (int i = 0; i < limit; ++i) {
        if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            ++surrogatePairs;
    }
    return utf16Offset - surrogatePairs;
}

void Document::compact()
{
    QSet<QString> strings;
    const auto share = [&strings](QString &s) {
        if (!s.isEmpty())
            s = *strings.insert(s);
    };
    statements.shrink_to_fit();
    speakers.shrink_to_fit();
    for (OutlineNode &node : outline) {
        share(node.label);
        node.children.shrink_to_fit();
        // A list item's heading is its line without the label: keep where it is, not a copy.
        // (Topic headings stay strings; there are few, and they are read most.)
        if (node.isHeading || node.heading.isEmpty())
            continue;
        // Looked for on its own line only (a heading joined from wrapped lines is not there).
        const QStringView line = QStringView(text).mid(node.start, node.end - node.start);
        const int at = int(line.indexOf(node.heading));
        if (at >= 0) {
            node.headingStart = node.start + at;
            node.headingLength = int(node.heading.size());
            node.heading = QString();
        }
    }
    outline.shrink_to_fit();
    roots.shrink_to_fit();
    participants.shrink_to_fit();
}

const Participant *Document::participant(const QString &id) const
{
    for (const Participant &p : participants) {
        if (p.id == id)
            return &p;
    }
    return nullptr;
}

} // namespace Readout
