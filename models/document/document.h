#pragma once

#include <QDate>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <memory>
#include <vector>

namespace Readout {

/// A person named in the opening of a summary (or its title) as taking part in the meeting.
struct Participant
{
    QString id;      ///< stable key within the document: lower-case surname ("ivanov")
    QString name;    ///< canonical full name, given name first ("Igor Ivanov")
    QString role;    ///< "Foreign Minister", "Secretary of State", ...
    QString country; ///< "Russia", or empty when the text does not say
};

enum class SpeakerKind : quint8
{
    Unknown, ///< no speaker stated
    Person,  ///< a named individual, resolved to a participant where possible
    Side,    ///< a delegation or country ("the Japanese side")
    Both,    ///< a joint subject ("the two sides agreed", "they concurred")
};

QString speakerKindName(SpeakerKind kind);

struct Speaker
{
    SpeakerKind kind = SpeakerKind::Unknown;
    QString name;          ///< full name for a person, the country for a side, empty otherwise
    QString participantId; ///< Participant::id when the person is a participant
    QString country;

    bool operator==(const Speaker &other) const
    {
        return kind == other.kind && name == other.name && participantId == other.participantId &&
               country == other.country;
    }
    bool operator!=(const Speaker &other) const { return !(*this == other); }
};

/// One numbered or headed line of the summary. Nodes are stored flat in pre-order;
/// parent/children are indexes into Document::outline.
struct OutlineNode
{
    QString label;   ///< "1.", "(a)", "-", or empty for an unnumbered heading
    QString heading; ///< a topic's line without its label; read Document::headingText()
    int line = 0;    ///< 1-based line number
    int start = 0;   ///< UTF-16 offsets of the heading line in Document::text, end exclusive
    int end = 0;
    int parent = -1;
    int depth = 0;
    bool isHeading = false; ///< a title-like line with content below it (a topic)
    /// Where the heading stands in Document::text when it is a stretch of it, as the parser
    /// leaves a list item's (and Document::compact() any other's): its UTF-16 offset and
    /// length; `heading` is then empty.
    int headingStart = -1;
    int headingLength = 0;
    std::vector<int> children;
};

/// A sentence-level claim with its speaker and its place in the outline.
struct Statement
{
    int line = 0;  ///< 1-based line of its first character
    int start = 0; ///< UTF-16 offsets into Document::text, end exclusive
    int end = 0;
    int speaker = -1; ///< index into Document::speakers (a meeting has few); -1: unknown
    int node = -1;    ///< innermost enclosing outline node, -1 when outside the outline
};

/// A parsed summary. Built once by SummaryParser (and DocumentLoader for the file fields),
/// then shared read-only as std::shared_ptr<const Document> across threads.
struct Document
{
    // Where it came from (filled in by DocumentLoader; empty for text parsed directly).
    QString file;
    QString sha256;
    QString encoding;
    QString format = QStringLiteral("text"); ///< "text" or "html"

    QString text; ///< the decoded text all offsets refer to

    QString title;
    QDate date;
    QString place;
    QString meetingKind; ///< "meeting", "summit", "telephone talk", ...
    std::vector<Participant> participants;
    std::vector<OutlineNode> outline; ///< flat, pre-order
    std::vector<int> roots;           ///< top-level outline nodes
    std::vector<Statement> statements;
    std::vector<Speaker> speakers; ///< each distinct speaker of the statements, once
    QStringList warnings;

    QStringView statementText(const Statement &statement) const;
    /// Who made @p statement (an unknown speaker when none is stated).
    const Speaker &speakerOf(const Statement &statement) const;
    /// The index of @p speaker in speakers, added when new.
    int speakerIndex(const Speaker &speaker);
    /// The heading of @p node, wherever it is kept (see OutlineNode::headingStart).
    QString headingText(const OutlineNode &node) const;
    /// Headings of the enclosing outline nodes that are topics, outermost first.
    QStringList topicPath(int node) const;
    /// Converts a UTF-16 offset into Document::text to a Unicode code point offset.
    int codePointOffset(int utf16Offset) const;
    const Participant *participant(const QString &id) const;

    /// Trims what building left over, for documents that are kept open (an archive holds a
    /// million statements): vectors to their exact size, and list items' headings as offsets
    /// into the text instead of copies of their lines. Changes no value as read through
    /// headingText().
    void compact();
};

using DocumentPtr = std::shared_ptr<const Document>;

} // namespace Readout
