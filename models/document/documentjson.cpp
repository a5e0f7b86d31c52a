#include "documentjson.h"

#include "jsonstreamwriter.h"

#include <QBuffer>

#include <algorithm>

namespace Readout {

namespace {

/// Converts UTF-16 offsets to code point offsets in O(1) after one pass over the text.
class CodePoints
{
public:
    explicit CodePoints(const QString &text)
    {
        for (int i = 0; i + 1 < int(text.size()); ++i) {
            if (text.at(i).isHighSurrogate() && text.at(i + 1).isLowSurrogate())
                m_pairsBefore.push_back(i + 1); // offsets after a pair's first half
        }
    }
    int operator()(int utf16) const
    {
        const auto it = std::upper_bound(m_pairsBefore.begin(), m_pairsBefore.end(), utf16 - 1);
        return utf16 - int(it - m_pairsBefore.begin());
    }

private:
    std::vector<int> m_pairsBefore;
};

void writeOutline(JsonStreamWriter &json, const Document &doc, const std::vector<int> &nodes,
                  const CodePoints &cp)
{
    json.beginArray();
    for (int index : nodes) {
        const OutlineNode &node = doc.outline[size_t(index)];
        json.beginObject();
        json.field("label", node.label);
        json.field("heading", doc.headingText(node));
        json.field("line", node.line);
        json.field("start", cp(node.start));
        json.field("end", cp(node.end));
        json.field("topic", node.isHeading);
        json.key("children");
        // Depth is bounded by the parser (OutlineBuilder::maxDepth), so recursion is safe.
        writeOutline(json, doc, node.children, cp);
        json.endObject();
    }
    json.endArray();
}

void writeDocument(JsonStreamWriter &json, const Document &doc)
{
    const CodePoints cp(doc.text);
    json.beginObject();
    json.field("file", doc.file);
    json.fieldOrNull("sha256", doc.sha256);
    json.fieldOrNull("encoding", doc.encoding);
    json.field("format", doc.format);
    json.fieldOrNull("title", doc.title);
    json.fieldOrNull("date", doc.date.isValid() ? doc.date.toString(Qt::ISODate) : QString());
    json.fieldOrNull("place", doc.place);
    json.fieldOrNull("meetingKind", doc.meetingKind);
    json.key("participants");
    json.beginArray();
    for (const Participant &p : doc.participants) {
        json.beginObject();
        json.field("id", p.id);
        json.field("name", p.name);
        json.fieldOrNull("role", p.role);
        json.fieldOrNull("country", p.country);
        json.endObject();
    }
    json.endArray();
    json.key("outline");
    writeOutline(json, doc, doc.roots, cp);
    json.key("statements");
    json.beginArray();
    int number = 0;
    for (const Statement &s : doc.statements) {
        json.beginObject();
        json.field("id", QStringLiteral("s%1").arg(++number));
        json.field("text", doc.statementText(s));
        json.field("line", s.line);
        json.field("start", cp(s.start));
        json.field("end", cp(s.end));
        json.key("speaker");
        json.beginObject();
        const Speaker &speaker = doc.speakerOf(s);
        json.field("kind", speakerKindName(speaker.kind));
        json.fieldOrNull("name", speaker.name);
        json.fieldOrNull("participant", speaker.participantId);
        json.fieldOrNull("country", speaker.country);
        json.endObject();
        json.key("topic");
        json.beginArray();
        for (const QString &t : doc.topicPath(s.node))
            json.value(t);
        json.endArray();
        json.endObject();
    }
    json.endArray();
    json.key("warnings");
    json.beginArray();
    for (const QString &w : doc.warnings)
        json.value(w);
    json.endArray();
    json.endObject();
}

} // namespace

void DocumentJson::writeReport(QIODevice *device, const std::vector<DocumentPtr> &documents,
                               const std::vector<Failure> &errors)
{
    JsonStreamWriter json(device);
    json.beginObject();
    json.field("readout", 1);
    json.key("documents");
    json.beginArray();
    for (const DocumentPtr &d : documents)
        writeDocument(json, *d);
    json.endArray();
    json.key("errors");
    json.beginArray();
    for (const Failure &f : errors) {
        json.beginObject();
        json.field("file", f.file);
        json.field("message", f.message);
        json.endObject();
    }
    json.endArray();
    json.endObject();
    json.flush();
    device->write("\n");
}

QByteArray DocumentJson::report(const std::vector<DocumentPtr> &documents,
                                const std::vector<Failure> &errors)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    writeReport(&buffer, documents, errors);
    return buffer.data();
}

QString DocumentJson::toText(const Document &doc)
{
    QString out;
    auto line = [&out](const QString &s) {
        out += s;
        out += u'\n';
    };
    line(QStringLiteral("== %1").arg(doc.file.isEmpty() ? QStringLiteral("(text)") : doc.file));
    line(QStringLiteral("Title: %1").arg(doc.title.isEmpty() ? QStringLiteral("-") : doc.title));
    line(QStringLiteral("Date: %1   Place: %2   Kind: %3")
             .arg(doc.date.isValid() ? doc.date.toString(Qt::ISODate) : QStringLiteral("-"),
                  doc.place.isEmpty() ? QStringLiteral("-") : doc.place,
                  doc.meetingKind.isEmpty() ? QStringLiteral("-") : doc.meetingKind));
    QStringList people;
    for (const Participant &p : doc.participants) {
        QStringList details;
        if (!p.role.isEmpty())
            details << p.role;
        if (!p.country.isEmpty())
            details << p.country;
        people << (details.isEmpty()
                       ? p.name
                       : QStringLiteral("%1 (%2)").arg(p.name, details.join(QStringLiteral(", "))));
    }
    line(QStringLiteral("Participants: %1")
             .arg(people.isEmpty() ? QStringLiteral("-") : people.join(QStringLiteral("; "))));
    for (const QString &w : doc.warnings)
        line(QStringLiteral("Warning: %1").arg(w));
    line(QString());

    // Headings are printed when the statements reach them, so the outline and the
    // statements read in document order.
    std::vector<bool> printed(doc.outline.size(), false);
    auto printNode = [&](int index, auto &&self) -> void {
        if (index < 0 || printed[size_t(index)])
            return;
        self(doc.outline[size_t(index)].parent, self);
        printed[size_t(index)] = true;
        const OutlineNode &node = doc.outline[size_t(index)];
        const QString heading = doc.headingText(node);
        if (!node.isHeading && !heading.isEmpty())
            return;
        line(QString(node.depth * 2, u' ') +
             (node.label.isEmpty() ? QString() : node.label + u' ') + heading);
    };
    for (const Statement &s : doc.statements) {
        printNode(s.node, printNode);
        const int depth = s.node >= 0 ? doc.outline[size_t(s.node)].depth + 1 : 0;
        QString who;
        const Speaker &speaker = doc.speakerOf(s);
        switch (speaker.kind) {
        case SpeakerKind::Person:
        case SpeakerKind::Side:
            who = speaker.name;
            break;
        case SpeakerKind::Both:
            who = QStringLiteral("(both)");
            break;
        case SpeakerKind::Unknown:
            who = QStringLiteral("(no speaker)");
            break;
        }
        line(QString(depth * 2, u' ') +
             QStringLiteral("[%1] %2: %3").arg(s.line).arg(who, doc.statementText(s).toString()));
    }
    return out;
}

} // namespace Readout
