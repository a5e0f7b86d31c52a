#include "documentjson.h"

#include <QJsonArray>
#include <QJsonDocument>

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

QJsonValue orNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QJsonObject speakerJson(const Speaker &speaker)
{
    QJsonObject o;
    o.insert(QStringLiteral("kind"), speakerKindName(speaker.kind));
    o.insert(QStringLiteral("name"), orNull(speaker.name));
    o.insert(QStringLiteral("participant"), orNull(speaker.participantId));
    o.insert(QStringLiteral("country"), orNull(speaker.country));
    return o;
}

QJsonArray outlineJson(const Document &doc, const std::vector<int> &nodes, const CodePoints &cp)
{
    QJsonArray array;
    for (int index : nodes) {
        const OutlineNode &node = doc.outline[size_t(index)];
        QJsonObject o;
        o.insert(QStringLiteral("label"), node.label);
        o.insert(QStringLiteral("heading"), node.heading);
        o.insert(QStringLiteral("line"), node.line);
        o.insert(QStringLiteral("start"), cp(node.start));
        o.insert(QStringLiteral("end"), cp(node.end));
        o.insert(QStringLiteral("topic"), node.isHeading);
        // Depth is bounded by the parser (OutlineBuilder::maxDepth), so recursion is safe.
        o.insert(QStringLiteral("children"), outlineJson(doc, node.children, cp));
        array.append(o);
    }
    return array;
}

} // namespace

QJsonObject DocumentJson::toJson(const Document &doc)
{
    const CodePoints cp(doc.text);
    QJsonObject o;
    o.insert(QStringLiteral("file"), doc.file);
    o.insert(QStringLiteral("sha256"), orNull(doc.sha256));
    o.insert(QStringLiteral("encoding"), orNull(doc.encoding));
    o.insert(QStringLiteral("format"), doc.format);
    o.insert(QStringLiteral("title"), orNull(doc.title));
    o.insert(QStringLiteral("date"),
             doc.date.isValid() ? QJsonValue(doc.date.toString(Qt::ISODate)) : QJsonValue());
    o.insert(QStringLiteral("place"), orNull(doc.place));
    o.insert(QStringLiteral("meetingKind"), orNull(doc.meetingKind));
    QJsonArray participants;
    for (const Participant &p : doc.participants) {
        QJsonObject po;
        po.insert(QStringLiteral("id"), p.id);
        po.insert(QStringLiteral("name"), p.name);
        po.insert(QStringLiteral("role"), orNull(p.role));
        po.insert(QStringLiteral("country"), orNull(p.country));
        participants.append(po);
    }
    o.insert(QStringLiteral("participants"), participants);
    o.insert(QStringLiteral("outline"), outlineJson(doc, doc.roots, cp));
    QJsonArray statements;
    int number = 0;
    for (const Statement &s : doc.statements) {
        QJsonObject so;
        so.insert(QStringLiteral("id"), QStringLiteral("s%1").arg(++number));
        so.insert(QStringLiteral("text"), doc.statementText(s).toString());
        so.insert(QStringLiteral("line"), s.line);
        so.insert(QStringLiteral("start"), cp(s.start));
        so.insert(QStringLiteral("end"), cp(s.end));
        so.insert(QStringLiteral("speaker"), speakerJson(s.speaker));
        so.insert(QStringLiteral("topic"), QJsonArray::fromStringList(doc.topicPath(s.node)));
        statements.append(so);
    }
    o.insert(QStringLiteral("statements"), statements);
    o.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(doc.warnings));
    return o;
}

QByteArray DocumentJson::report(const std::vector<DocumentPtr> &documents,
                                const std::vector<Failure> &errors)
{
    QJsonObject root;
    root.insert(QStringLiteral("readout"), 1);
    QJsonArray docs;
    for (const DocumentPtr &d : documents)
        docs.append(toJson(*d));
    root.insert(QStringLiteral("documents"), docs);
    QJsonArray errs;
    for (const Failure &f : errors) {
        QJsonObject e;
        e.insert(QStringLiteral("file"), f.file);
        e.insert(QStringLiteral("message"), f.message);
        errs.append(e);
    }
    root.insert(QStringLiteral("errors"), errs);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
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
        people << (details.isEmpty() ? p.name
                                     : QStringLiteral("%1 (%2)").arg(p.name, details.join(QStringLiteral(", "))));
    }
    line(QStringLiteral("Participants: %1").arg(people.isEmpty() ? QStringLiteral("-") : people.join(QStringLiteral("; "))));
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
        if (!node.isHeading && !node.heading.isEmpty())
            return;
        line(QString(node.depth * 2, u' ') + (node.label.isEmpty() ? QString() : node.label + u' ')
             + node.heading);
    };
    for (const Statement &s : doc.statements) {
        printNode(s.node, printNode);
        const int depth = s.node >= 0 ? doc.outline[size_t(s.node)].depth + 1 : 0;
        QString who;
        switch (s.speaker.kind) {
        case SpeakerKind::Person:
        case SpeakerKind::Side:
            who = s.speaker.name;
            break;
        case SpeakerKind::Both:
            who = QStringLiteral("(both)");
            break;
        case SpeakerKind::Unknown:
            who = QStringLiteral("(no speaker)");
            break;
        }
        line(QString(depth * 2, u' ') + QStringLiteral("[%1] %2: %3").arg(s.line).arg(who, doc.statementText(s).toString()));
    }
    return out;
}

} // namespace Readout
