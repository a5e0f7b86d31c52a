// What a reader of summaries checks in SummaryParser's output: title, date, place,
// participants, the outline and who said what under which heading.
//
// Fixtures: tests/fixtures/parser/*.txt (fictional meetings in the styles of real ministries)
// and tests/fixtures/parser/expected.jsonl, one JSON object per fixture in the format of the
// shared corpus' gold.jsonl:
//   {"file", "title" (exact; null = the page shows none), "date" (YYYY-MM-DD; null = none),
//    "participants": [{"name" (given name first), "role", "country"}],
//    "claims": [{"quote", "speaker", "topic"}]}
// plus optional fields of this project:
//   "place":           string, or null for none.
//   "outline":         the heading tree: the outline reduced to its topic headings
//                      (OutlineNode::isHeading), each hung under its nearest heading ancestor.
//                      A list of entries; an entry is either "Heading" (a heading with no
//                      heading below it) or ["Heading", [entries...]] (a heading and, in order,
//                      the headings directly below it). [] means no headings at all.
//                      Headings are compared without labels, ignoring case, surrounding quotes
//                      and runs of whitespace.
//   "nonParticipants": surnames of people mentioned who must not be participants.
//   "notInStatements": page furniture that no statement may contain.
//
// Claims are scored as in ../shared/corpus/README.md: every statement whose text contains the
// quote has the speaker (a surname: kind Person and contained in the name; "both": kind Both;
// a country of the fixture's participants or "Japan": kind Side with that country; null: kind
// Unknown), and one of its two innermost topics equals or contains the topic. Stricter than the
// corpus scorer where the user would notice: a null topic means the statement has no topic at
// all, a null title or date means none was invented.

#include "document/summaryparser.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QtTest>

#include <algorithm>
#include <functional>

using namespace Readout;

namespace {

// The corpus scorer's normalisation: typographic quotes folded, whitespace collapsed, lower case.
QString norm(const QString &s)
{
    QString out = s;
    out.replace(QChar(0x2019), QLatin1Char('\'')).replace(QChar(0x2018), QLatin1Char('\''));
    out.replace(QChar(0x201C), QLatin1Char('"')).replace(QChar(0x201D), QLatin1Char('"'));
    return out.simplified().toLower();
}

QString normHeading(const QString &s)
{
    QString out = norm(s);
    while (out.startsWith(QLatin1Char('"')))
        out.remove(0, 1);
    while (out.endsWith(QLatin1Char('"')))
        out.chop(1);
    return out.trimmed();
}

// Role wordings that mean the same office.
QString normRole(const QString &s)
{
    QString out = norm(s);
    out.replace(QStringLiteral("minister for foreign affairs"), QStringLiteral("foreign minister"));
    out.replace(QStringLiteral("minister of foreign affairs"), QStringLiteral("foreign minister"));
    return out;
}

QString clip(QStringView s, int max = 160)
{
    if (s.size() <= max)
        return s.toString();
    return s.left(max).toString() + QStringLiteral("...");
}

// 1-based line of a UTF-16 offset; only '\n' ends a line, so CRLF counts once.
class LineIndex
{
public:
    explicit LineIndex(const QString &text)
    {
        m_starts.push_back(0);
        for (int i = 0; i < int(text.size()); ++i) {
            if (text.at(i) == QLatin1Char('\n'))
                m_starts.push_back(i + 1);
        }
    }
    int lineOf(int offset) const
    {
        return int(std::upper_bound(m_starts.begin(), m_starts.end(), offset) - m_starts.begin());
    }

private:
    std::vector<int> m_starts;
};

QString describe(const Speaker &s)
{
    switch (s.kind) {
    case SpeakerKind::Person:
        return QStringLiteral("person '%1'").arg(s.name);
    case SpeakerKind::Side:
        return QStringLiteral("side '%1' (country '%2')").arg(s.name, s.country);
    case SpeakerKind::Both:
        return QStringLiteral("both");
    case SpeakerKind::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

bool speakerMatches(const Speaker &s, const QJsonValue &want, const QStringList &countries)
{
    if (want.isNull() || want.isUndefined())
        return s.kind == SpeakerKind::Unknown;
    const QString w = norm(want.toString());
    if (w == QLatin1String("both"))
        return s.kind == SpeakerKind::Both;
    for (const QString &c : countries) {
        if (norm(c) == w)
            return s.kind == SpeakerKind::Side &&
                   (norm(s.country).contains(w) || norm(s.name).contains(w));
    }
    return s.kind == SpeakerKind::Person && norm(s.name).contains(w);
}

bool topicMatches(const QStringList &path, const QString &want)
{
    const QString w = normHeading(want);
    for (int i = std::max(0, int(path.size()) - 2); i < int(path.size()); ++i) {
        const QString t = normHeading(path.at(i));
        if (t == w || t.contains(w))
            return true;
    }
    return false;
}

QString topicString(const QStringList &path)
{
    return path.isEmpty() ? QStringLiteral("(none)")
                          : QLatin1Char('[') + path.join(QStringLiteral(" > ")) + QLatin1Char(']');
}

std::vector<int> statementsContaining(const Document &doc, const QString &quote)
{
    const QString q = norm(quote);
    std::vector<int> found;
    for (int i = 0; i < int(doc.statements.size()); ++i) {
        if (norm(doc.statementText(doc.statements[size_t(i)]).toString()).contains(q))
            found.push_back(i);
    }
    return found;
}

// Checks one claim by the corpus rule; names what is wrong in `failures`.
void checkClaim(const Document &doc, const QString &quote, const QJsonValue &speaker,
                const QJsonValue &topic, const QStringList &countries, QStringList *failures)
{
    const QString where = QStringLiteral("claim \"%1\": ").arg(quote);
    const int occurrences = int(doc.text.count(quote));
    if (occurrences != 1) {
        *failures << where + QStringLiteral("fixture error: quote occurs %1 times in the text")
                                 .arg(occurrences);
        return;
    }
    const std::vector<int> found = statementsContaining(doc, quote);
    if (found.empty()) {
        // Show what the parser made of that place, to make the failure actionable.
        const int at = int(doc.text.indexOf(quote));
        QStringList near;
        for (const Statement &st : doc.statements) {
            if (st.start < at + quote.size() && st.end > at)
                near << QLatin1Char('"') + clip(doc.statementText(st)) + QLatin1Char('"');
        }
        *failures << where + QStringLiteral("no statement contains it; overlapping: %1")
                                 .arg(near.isEmpty() ? QStringLiteral("none")
                                                     : near.join(QStringLiteral(" | ")));
        return;
    }
    const QString wantSpeaker =
        speaker.isString() ? speaker.toString() : QStringLiteral("null (unknown)");
    for (int index : found) {
        const Statement &st = doc.statements[size_t(index)];
        const QString text = clip(doc.statementText(st));
        if (!speakerMatches(doc.speakerOf(st), speaker, countries))
            *failures << where + QStringLiteral("speaker should be %1, got %2 in \"%3\"")
                                     .arg(wantSpeaker, describe(doc.speakerOf(st)), text);
        const QStringList path = doc.topicPath(st.node);
        if (topic.isString()) {
            if (!topicMatches(path, topic.toString()))
                *failures << where + QStringLiteral("topic should be \"%1\", got %2")
                                         .arg(topic.toString(), topicString(path));
        } else if (!path.isEmpty()) {
            *failures << where +
                             QStringLiteral("should have no topic, got %1").arg(topicString(path));
        }
    }
}

// Structural promises of Document, cheap enough for huge inputs (linear).
void checkInvariants(const Document &doc, QStringList *failures)
{
    int reported = 0;
    auto fail = [&](const QString &message) {
        if (++reported <= 20)
            *failures << QStringLiteral("invariant: ") + message;
    };
    const int size = int(doc.text.size());
    const LineIndex lines(doc.text);
    const int nodes = int(doc.outline.size());

    std::vector<int> roots;
    size_t childLinks = 0;
    for (int i = 0; i < nodes; ++i) {
        const OutlineNode &n = doc.outline[size_t(i)];
        if (n.start < 0 || n.start > n.end || n.end > size) {
            fail(QStringLiteral("node %1 span %2..%3 outside the text")
                     .arg(i)
                     .arg(n.start)
                     .arg(n.end));
            continue;
        }
        if (n.line != lines.lineOf(n.start))
            fail(QStringLiteral("node %1 line %2, its start is on line %3")
                     .arg(i)
                     .arg(n.line)
                     .arg(lines.lineOf(n.start)));
        const QStringView span = QStringView(doc.text).mid(n.start, n.end - n.start);
        if (span.contains(QLatin1Char('\n')))
            fail(QStringLiteral("node %1 spans more than its line").arg(i));
        const QString heading = doc.headingText(n);
        if (!heading.isEmpty() && !norm(span.toString()).contains(norm(heading)))
            fail(QStringLiteral("node %1 heading \"%2\" is not in its line \"%3\"")
                     .arg(i)
                     .arg(clip(heading), clip(span)));
        if (n.parent < -1 || n.parent >= i) {
            fail(QStringLiteral("node %1 parent %2 breaks pre-order").arg(i).arg(n.parent));
            continue;
        }
        if (n.parent == -1) {
            roots.push_back(i);
            if (n.depth != 0)
                fail(QStringLiteral("root node %1 has depth %2").arg(i).arg(n.depth));
        } else if (n.depth != doc.outline[size_t(n.parent)].depth + 1) {
            fail(QStringLiteral("node %1 depth %2 under a node of depth %3")
                     .arg(i)
                     .arg(n.depth)
                     .arg(doc.outline[size_t(n.parent)].depth));
        }
        int previous = i;
        for (int c : n.children) {
            ++childLinks;
            if (c <= previous || c >= nodes || doc.outline[size_t(c)].parent != i)
                fail(QStringLiteral("node %1 lists child %2 out of order or not its own")
                         .arg(i)
                         .arg(c));
            previous = c;
        }
    }
    if (childLinks + roots.size() != size_t(nodes))
        fail(QStringLiteral("children lists do not cover the outline"));
    if (roots != doc.roots)
        fail(QStringLiteral("roots are not the parentless nodes in order"));

    int previousEnd = 0;
    for (int i = 0; i < int(doc.statements.size()); ++i) {
        const Statement &st = doc.statements[size_t(i)];
        if (st.start < 0 || st.start >= st.end || st.end > size) {
            fail(QStringLiteral("statement %1 span %2..%3 is empty or outside the text")
                     .arg(i)
                     .arg(st.start)
                     .arg(st.end));
            continue;
        }
        if (st.start < previousEnd)
            fail(QStringLiteral("statement %1 overlaps or precedes the one before").arg(i));
        previousEnd = st.end;
        if (st.line != lines.lineOf(st.start))
            fail(QStringLiteral("statement %1 line %2, its start is on line %3")
                     .arg(i)
                     .arg(st.line)
                     .arg(lines.lineOf(st.start)));
        if (doc.text.at(st.start).isSpace() || doc.text.at(st.end - 1).isSpace())
            fail(QStringLiteral("statement %1 has surrounding whitespace: \"%2\"")
                     .arg(i)
                     .arg(clip(doc.statementText(st))));
        if (st.node < -1 || st.node >= nodes)
            fail(QStringLiteral("statement %1 node %2 does not exist").arg(i).arg(st.node));
        else if (st.node >= 0 && doc.outline[size_t(st.node)].start > st.start)
            fail(QStringLiteral("statement %1 lies before its node %2").arg(i).arg(st.node));
    }
}

// The outline projected onto its headings, in the "outline" representation of expected.jsonl.
QJsonArray headingTree(const Document &doc)
{
    const int nodes = int(doc.outline.size());
    std::vector<std::vector<int>> below(static_cast<size_t>(nodes));
    std::vector<int> top;
    for (int i = 0; i < nodes; ++i) {
        if (!doc.outline[size_t(i)].isHeading)
            continue;
        int a = doc.outline[size_t(i)].parent;
        while (a >= 0 && !doc.outline[size_t(a)].isHeading)
            a = doc.outline[size_t(a)].parent;
        (a < 0 ? top : below[size_t(a)]).push_back(i);
    }
    std::function<QJsonValue(int)> entry = [&](int i) -> QJsonValue {
        const QJsonValue heading = normHeading(doc.headingText(doc.outline[size_t(i)]));
        if (below[size_t(i)].empty())
            return heading;
        QJsonArray children;
        for (int c : below[size_t(i)])
            children.append(entry(c));
        return QJsonArray{heading, children};
    };
    QJsonArray out;
    for (int i : top)
        out.append(entry(i));
    return out;
}

QJsonArray canonicalTree(const QJsonArray &expected)
{
    QJsonArray out;
    for (const QJsonValue &v : expected) {
        if (v.isString()) {
            out.append(normHeading(v.toString()));
        } else {
            const QJsonArray pair = v.toArray();
            const QJsonArray children = canonicalTree(pair.at(1).toArray());
            const QString heading = normHeading(pair.at(0).toString());
            if (children.isEmpty())
                out.append(heading);
            else
                out.append(QJsonArray{heading, children});
        }
    }
    return out;
}

QString compact(const QJsonArray &a)
{
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

// Exact tree shape: each node as the last alphanumeric run of its label ("(1)" -> 1,
// "- (a)" -> a, "II." -> ii), "*" for a bare bullet, "#" for an unnumbered heading,
// children in braces. "1{1{a,b},2},2" is two sections, the first with two items.
QString labelCore(const QString &label)
{
    int end = int(label.size());
    while (end > 0 && !label.at(end - 1).isLetterOrNumber())
        --end;
    int begin = end;
    while (begin > 0 && label.at(begin - 1).isLetterOrNumber())
        --begin;
    if (begin < end)
        return label.mid(begin, end - begin).toLower();
    return label.trimmed().isEmpty() ? QStringLiteral("#") : QStringLiteral("*");
}

QString shapeOf(const Document &doc, const std::vector<int> &nodes)
{
    QStringList parts;
    for (int i : nodes) {
        const OutlineNode &n = doc.outline[size_t(i)];
        QString part = labelCore(n.label);
        if (!n.children.empty())
            part += QLatin1Char('{') + shapeOf(doc, n.children) + QLatin1Char('}');
        parts << part;
    }
    return parts.join(QLatin1Char(','));
}

int findHeading(const Document &doc, const QString &heading)
{
    for (int i = 0; i < int(doc.outline.size()); ++i) {
        if (normHeading(doc.headingText(doc.outline[size_t(i)])) == normHeading(heading))
            return i;
    }
    return -1;
}

QString readFixture(const QString &name, bool *ok)
{
    QFile file(QStringLiteral(READOUT_FIXTURES_DIR "/parser/") + name);
    *ok = file.open(QIODevice::ReadOnly);
    return *ok ? QString::fromUtf8(file.readAll()) : QString();
}

QString report(const QString &what, const QStringList &failures)
{
    return QStringLiteral("%1: %2 problem(s)\n    ").arg(what).arg(failures.size()) +
           failures.join(QStringLiteral("\n    "));
}

// A small reference-style summary: a restarted (1)-list under "-" headings, then a title-like
// "(3) Fisheries" that continues the outer list.
const char referenceLike[] =
    "Japan-Veloria Foreign Ministers' Meeting (Summary)\n"
    "On May 2, 2024, a meeting was held in Tokyo between Minister for Foreign Affairs Haruka "
    "Sonoda and Foreign Minister Arlen Castellan of Veloria.\n"
    "1.Bilateral Relations\n"
    "(1) Overall relations\n"
    "(a) Foreign Minister Castellan made the following statements:\n"
    "- Veloria values its ties with Japan.\n"
    "(b) In response, Foreign Minister Sonoda made the following statements:\n"
    "- Japan shares this view.\n"
    "(2) Cooperation agenda\n"
    "(a) The two sides agreed on the following two points:\n"
    "- Regular dialogue;\n"
    "- Youth exchanges\n"
    "(b) The discussions are outlined below.\n"
    "- Maritime affairs\n"
    "(1) The Japanese side explained that a training team would be sent.\n"
    "(2) The two sides agreed to hold talks in June.\n"
    "(3) The Velorian side explained its new cable law.\n"
    "- Trade\n"
    "(1) Foreign Minister Sonoda explained that exports had grown. Foreign Minister Castellan "
    "pointed out that investment lagged.\n"
    "(2) The two sides agreed to set up a business council.\n"
    "(3) Fisheries\n"
    "(a) The two sides agreed to renew the fisheries arrangement.\n"
    "(4) Culture\n"
    "Foreign Minister Sonoda explained the plans for the cultural year.\n"
    "2.Regional Situation\n"
    "(1) The Eastern Sea\n"
    "The two sides agreed to stay in close contact.\n"
    "(2) Marenland\n"
    "Foreign Minister Castellan explained the situation in Marenland.\n";

const char intro[] = "Japan-Veloria Foreign Ministers' Meeting\n"
                     "On May 2, 2024, Minister for Foreign Affairs Haruka Sonoda met Foreign "
                     "Minister Arlen Castellan of Veloria in Tokyo.\n";

const QStringList introCountries{QStringLiteral("Japan"), QStringLiteral("Veloria")};

enum class Huge
{
    DashesOneLine,
    NestedDashLines,
    IndentLadder,
    LabelChainOneLine,
    RestartStorm,
    SameNumber,
    LabelCycle,
    TenMegabyteSentences,
    TenMegabyteNoSpaces,
};

QString hugeText(Huge kind)
{
    const int tenMegabytes = 10 * 1024 * 1024;
    switch (kind) {
    case Huge::DashesOneLine:
        return QStringLiteral("- ").repeated(100000) + QStringLiteral("x.");
    case Huge::NestedDashLines:
        return QStringLiteral("- - - - x.\n").repeated(100000);
    case Huge::IndentLadder: {
        QString text;
        for (int i = 0; i < 100000; ++i)
            text += QString(i % 400, QLatin1Char(' ')) + QStringLiteral("- point %1.\n").arg(i);
        return text;
    }
    case Huge::LabelChainOneLine:
        return QStringLiteral("(1) (a) (i) 1) - \u2022 ").repeated(100000 / 6) +
               QStringLiteral("x.");
    case Huge::RestartStorm:
        return QStringLiteral("- Heading\n(1) Point.\n").repeated(50000);
    case Huge::SameNumber:
        return QStringLiteral("(1) Point.\n").repeated(100000);
    case Huge::LabelCycle:
        return QStringLiteral("1. Section\n(1) Item\n(a) Sub\n(i) Roman\n- Dash\n\u2022 Dot\n"
                              "\u30FB Nakaguro\n* Star\n1) Paren\nA. Letter\n")
            .repeated(10000);
    case Huge::TenMegabyteSentences: {
        const QString sentence =
            QStringLiteral("Foreign Minister Sonoda stated that cooperation mattered. ");
        return sentence.repeated(tenMegabytes / int(sentence.size()) + 1);
    }
    case Huge::TenMegabyteNoSpaces:
        return QString(tenMegabytes, QLatin1Char('x'));
    }
    return QString();
}

} // namespace

Q_DECLARE_METATYPE(Huge)

class TestSummaryParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fixtures_data();
    void fixtures();
    void speakerOfStatement_data();
    void speakerOfStatement();
    void statementOffsets_data();
    void statementOffsets();
    void lineNumbers_data();
    void lineNumbers();
    void furnitureIsNoStatement_data();
    void furnitureIsNoStatement();
    void leadInsAreNotTopics_data();
    void leadInsAreNotTopics();
    void outlineShape_data();
    void outlineShape();
    void referenceRestart();
    void emptyInput_data();
    void emptyInput();
    void hugeInput_data();
    void hugeInput();
};

void TestSummaryParser::fixtures_data()
{
    QTest::addColumn<QJsonObject>("expected");
    QFile file(QStringLiteral(READOUT_FIXTURES_DIR "/parser/expected.jsonl"));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    int lineNumber = 0;
    QStringList listed;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        ++lineNumber;
        if (line.isEmpty())
            continue;
        QJsonParseError error;
        const QJsonDocument json = QJsonDocument::fromJson(line, &error);
        QVERIFY2(
            json.isObject(),
            qPrintable(
                QStringLiteral("expected.jsonl:%1: %2").arg(lineNumber).arg(error.errorString())));
        const QJsonObject expected = json.object();
        const QString name = expected.value(QLatin1String("file")).toString();
        listed << name;
        QTest::newRow(qPrintable(name)) << expected;
    }
    // A fixture without labels would silently test nothing.
    const QStringList files = QDir(QStringLiteral(READOUT_FIXTURES_DIR "/parser"))
                                  .entryList({QStringLiteral("*.txt")}, QDir::Files);
    for (const QString &f : files)
        QVERIFY2(listed.contains(f),
                 qPrintable(f + QStringLiteral(" has no line in expected.jsonl")));
}

void TestSummaryParser::fixtures()
{
    QFETCH(QJsonObject, expected);
    const QString name = expected.value(QLatin1String("file")).toString();
    bool ok = false;
    const QString text = readFixture(name, &ok);
    QVERIFY2(ok, qPrintable(QStringLiteral("cannot read fixture ") + name));

    const Document doc = SummaryParser::parse(text);
    QStringList failures;
    if (doc.text != text)
        failures << QStringLiteral("Document::text is not the input text");
    checkInvariants(doc, &failures);

    const QJsonValue title = expected.value(QLatin1String("title"));
    if (title.isNull() ? !doc.title.isEmpty() : norm(doc.title) != norm(title.toString()))
        failures << QStringLiteral("title should be %1, got \"%2\"")
                        .arg(title.isNull()
                                 ? QStringLiteral("empty")
                                 : QLatin1Char('"') + title.toString() + QLatin1Char('"'),
                             doc.title);

    const QJsonValue date = expected.value(QLatin1String("date"));
    const QString gotDate =
        doc.date.isValid() ? doc.date.toString(Qt::ISODate) : QStringLiteral("none");
    if (date.isNull() ? doc.date.isValid() : gotDate != date.toString())
        failures << QStringLiteral("date should be %1, got %2")
                        .arg(date.isNull() ? QStringLiteral("none") : date.toString(), gotDate);

    if (expected.contains(QLatin1String("place"))) {
        const QJsonValue place = expected.value(QLatin1String("place"));
        if (place.isNull() ? !doc.place.isEmpty() : norm(doc.place) != norm(place.toString()))
            failures << QStringLiteral("place should be \"%1\", got \"%2\"")
                            .arg(place.toString(), doc.place);
    }

    QStringList have;
    for (const Participant &p : doc.participants)
        have << QStringLiteral("%1 (%2, %3)").arg(p.name, p.role, p.country);
    QStringList countries{QStringLiteral("Japan")};
    const QJsonArray participants = expected.value(QLatin1String("participants")).toArray();
    for (const QJsonValue &v : participants) {
        const QJsonObject want = v.toObject();
        const QString wantName = want.value(QLatin1String("name")).toString();
        const QString role = want.value(QLatin1String("role")).toString();
        const QString country = want.value(QLatin1String("country")).toString();
        if (!country.isEmpty())
            countries << country;
        auto it =
            std::find_if(doc.participants.begin(), doc.participants.end(),
                         [&](const Participant &p) { return norm(p.name) == norm(wantName); });
        if (it == doc.participants.end()) {
            failures << QStringLiteral("participant \"%1\" missing; have: %2")
                            .arg(wantName, have.isEmpty() ? QStringLiteral("none")
                                                          : have.join(QStringLiteral("; ")));
            continue;
        }
        if (!role.isEmpty() && !normRole(it->role).contains(normRole(role)))
            failures << QStringLiteral("participant \"%1\": role should be \"%2\", got \"%3\"")
                            .arg(wantName, role, it->role);
        if (!country.isEmpty() && !norm(it->country).contains(norm(country)))
            failures << QStringLiteral("participant \"%1\": country should be \"%2\", got \"%3\"")
                            .arg(wantName, country, it->country);
    }
    const QJsonArray nonParticipants = expected.value(QLatin1String("nonParticipants")).toArray();
    for (const QJsonValue &v : nonParticipants) {
        for (const Participant &p : doc.participants) {
            if (norm(p.name).contains(norm(v.toString())))
                failures
                    << QStringLiteral("\"%1\" is only mentioned, not a participant").arg(p.name);
        }
    }

    if (expected.contains(QLatin1String("outline"))) {
        const QString want =
            compact(canonicalTree(expected.value(QLatin1String("outline")).toArray()));
        const QString got = compact(headingTree(doc));
        if (want != got)
            failures << QStringLiteral("heading tree should be\n      %1\n    got\n      %2")
                            .arg(want, got);
    }

    const QJsonArray furniture = expected.value(QLatin1String("notInStatements")).toArray();
    for (const QJsonValue &v : furniture) {
        const QString f = norm(v.toString());
        for (const Statement &st : doc.statements) {
            if (norm(doc.statementText(st).toString()).contains(f))
                failures << QStringLiteral("furniture \"%1\" in statement \"%2\"")
                                .arg(v.toString(), clip(doc.statementText(st)));
        }
    }

    const QJsonArray claims = expected.value(QLatin1String("claims")).toArray();
    for (const QJsonValue &v : claims) {
        const QJsonObject claim = v.toObject();
        checkClaim(doc, claim.value(QLatin1String("quote")).toString(),
                   claim.value(QLatin1String("speaker")), claim.value(QLatin1String("topic")),
                   countries, &failures);
    }

    QVERIFY2(failures.isEmpty(), qPrintable(report(name, failures)));
}

// Exact speakers (kind, name, country) and topics of single statements in fixtures: the
// cases the labelled claims leave open, such as the country of a speaker.
void TestSummaryParser::speakerOfStatement_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("quote");
    QTest::addColumn<QString>("kind"); // person, side, both, unknown
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("country"); // empty: none
    QTest::addColumn<QString>("topic");   // the innermost heading; empty: none

    const QString leadIns = QStringLiteral("soravia-estmark-fm-leadins-2024-04-09.txt");
    const QString unnamed = QStringLiteral("dialogue-unnamed-leadin-2024-05-03.txt");
    const QString trilateral = QStringLiteral("soravia-estmark-tervala-trilateral-2024-06-18.txt");
    const QString reference = QStringLiteral("soravia-estmark-reference-mark-2024-07-02.txt");
    const QString person = QStringLiteral("person");
    const QString both = QStringLiteral("both");

    // The country of "(Minister Kadowaki)" is her participant's (the title's Soravia), not
    // the usual country of "Minister for Foreign Affairs".
    QTest::newRow("lead-in speaker has the participant's country")
        << leadIns << QStringLiteral("offshore wind power") << person
        << QStringLiteral("Emi Kadowaki") << QStringLiteral("Soravia")
        << QStringLiteral("Bilateral Relations");
    QTest::newRow("named speaker has the participant's country")
        << leadIns << QStringLiteral("explained the situation in the Corran Strait") << person
        << QStringLiteral("Emi Kadowaki") << QStringLiteral("Soravia")
        << QStringLiteral("Regional Situation");
    QTest::newRow("lead-in of someone with no stated country has none")
        << unnamed << QStringLiteral("must be managed together") << person
        << QStringLiteral("Kadowaki") << QString() << QStringLiteral("Fisheries");
    QTest::newRow("a sentence before \"the other two\" keeps its speaker")
        << trilateral << QStringLiteral("proposed a joint exercise") << person
        << QStringLiteral("Emi Kadowaki") << QStringLiteral("Soravia")
        << QStringLiteral("Trilateral Cooperation");
    QTest::newRow("the other two ministers")
        << trilateral << QStringLiteral("The other two ministers agreed.") << both << QString()
        << QString() << QStringLiteral("Trilateral Cooperation");
    QTest::newRow("the other ministers")
        << trilateral << QStringLiteral("The other ministers welcomed the offer.") << both
        << QString() << QString() << QStringLiteral("Trilateral Cooperation");
    // "（参考）" opens a reference section as "(Reference)" does.
    QTest::newRow("full-width reference mark opens a section")
        << reference << QStringLiteral("signed a memorandum on energy cooperation") << both
        << QString() << QString() << QStringLiteral("\uff08\u53c2\u8003\uff09Documents signed");
}

void TestSummaryParser::speakerOfStatement()
{
    QFETCH(QString, fixture);
    QFETCH(QString, quote);
    QFETCH(QString, kind);
    QFETCH(QString, name);
    QFETCH(QString, country);
    QFETCH(QString, topic);
    bool ok = false;
    const QString text = readFixture(fixture, &ok);
    QVERIFY2(ok, qPrintable(QStringLiteral("cannot read fixture ") + fixture));
    const Document doc = SummaryParser::parse(text);
    const std::vector<int> found = statementsContaining(doc, quote);
    QCOMPARE(int(found.size()), 1);
    const Statement &st = doc.statements[size_t(found.front())];
    const Speaker speaker = doc.speakerOf(st);
    const QString gotKind = speaker.kind == SpeakerKind::Person ? QStringLiteral("person")
                            : speaker.kind == SpeakerKind::Side ? QStringLiteral("side")
                            : speaker.kind == SpeakerKind::Both ? QStringLiteral("both")
                                                                : QStringLiteral("unknown");
    QCOMPARE(gotKind, kind);
    QCOMPARE(speaker.name, name);
    QCOMPARE(speaker.country, country);
    const QStringList path = doc.topicPath(st.node);
    QCOMPARE(path.isEmpty() ? QString() : path.last(), topic);
}

void TestSummaryParser::statementOffsets_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("quote");
    QTest::addColumn<QString>("statement"); // the exact text of the statement holding the quote

    const QString head = QString::fromUtf8(intro);
    QTest::newRow("label stripped") << head + QStringLiteral("1. Relations\n(1) Both sides agreed "
                                                             "to meet again in Tokyo.\n")
                                    << QStringLiteral("meet again in Tokyo")
                                    << QStringLiteral("Both sides agreed to meet again in Tokyo.");
    QTest::newRow("dash bullet") << head +
                                        QStringLiteral("1. Relations\nForeign Minister Castellan "
                                                       "made the following statements:\n- Veloria "
                                                       "calls on all parties to respect the "
                                                       "ceasefire;\n- Veloria will send aid.\n")
                                 << QStringLiteral("respect the ceasefire")
                                 << QStringLiteral("Veloria calls on all parties to respect the "
                                                   "ceasefire;");
    QTest::newRow("second sentence on a line")
        << head + QStringLiteral("Foreign Minister Sonoda stated that Japan would help. Foreign "
                                 "Minister Castellan thanked her.\n")
        << QStringLiteral("Castellan thanked her")
        << QStringLiteral("Foreign Minister Castellan thanked her.");
    QTest::newRow("abbreviations do not end a sentence")
        << head + QStringLiteral("Minister Sonoda met Mr. Castellan at 3 p.m. on Monday in St. "
                                 "Aldric. The two ministers agreed to meet again.\n")
        << QStringLiteral("at 3 p.m. on Monday")
        << QStringLiteral("Minister Sonoda met Mr. Castellan at 3 p.m. on Monday in St. Aldric.");
    QTest::newRow("non-BMP character before")
        << head + QStringLiteral("Foreign Minister Sonoda presented a scroll with the character "
                                 "\U00020BB7 to Foreign Minister Castellan. Foreign Minister "
                                 "Castellan thanked her.\n")
        << QStringLiteral("Castellan thanked her")
        << QStringLiteral("Foreign Minister Castellan thanked her.");
    QTest::newRow("CRLF") << QString::fromUtf8(intro).replace(QStringLiteral("\n"),
                                                              QStringLiteral("\r\n")) +
                                 QStringLiteral(
                                     "1. Relations\r\n(1) Both sides agreed to meet again.\r\n(2) "
                                     "Foreign Minister Castellan thanked Japan.\r\n")
                          << QStringLiteral("thanked Japan")
                          << QStringLiteral("Foreign Minister Castellan thanked Japan.");
    QTest::newRow("indented numbered paragraph")
        << head + QStringLiteral("\n   1. At the outset, Minister Sonoda welcomed Minister "
                                 "Castellan.\n   2. The two ministers agreed to meet again.\n")
        << QStringLiteral("welcomed Minister Castellan")
        << QStringLiteral("At the outset, Minister Sonoda welcomed Minister Castellan.");
    QTest::newRow("tab and no-break space after label")
        << head + QStringLiteral("\t(2)\u00A0The two ministers agreed to meet again.\n")
        << QStringLiteral("agreed to meet again")
        << QStringLiteral("The two ministers agreed to meet again.");
    QTest::newRow("round bullet and number")
        << head + QStringLiteral("1. Opening\n  \u2022 (1) Minister Sonoda expressed her thanks.\n"
                                 "  \u2022 (2) Minister Castellan expressed his thanks.\n")
        << QStringLiteral("expressed her thanks")
        << QStringLiteral("Minister Sonoda expressed her thanks.");
    QTest::newRow("question on its own line")
        << QStringLiteral("Press Conference by Foreign Minister SONODA Haruka\n\nQuestion:\nWill "
                          "Japan send a mission?\n\nMinister:\nNo decision has been made.\n")
        << QStringLiteral("send a mission") << QStringLiteral("Will Japan send a mission?");
}

void TestSummaryParser::statementOffsets()
{
    QFETCH(QString, text);
    QFETCH(QString, quote);
    QFETCH(QString, statement);

    const Document doc = SummaryParser::parse(text);
    QStringList failures;
    checkInvariants(doc, &failures);
    const int at = int(text.indexOf(quote));
    QVERIFY2(at >= 0, "test data: quote not in text");
    std::vector<const Statement *> holding;
    for (const Statement &st : doc.statements) {
        if (st.start <= at && at + quote.size() <= st.end)
            holding.push_back(&st);
    }
    if (holding.size() != 1) {
        failures << QStringLiteral("%1 statements hold the quote, expected 1").arg(holding.size());
    } else {
        const Statement &st = *holding.front();
        if (doc.statementText(st) != statement)
            failures << QStringLiteral("statement text \"%1\", expected \"%2\"")
                            .arg(doc.statementText(st).toString(), statement);
        if (doc.statementText(st) != text.mid(st.start, st.end - st.start))
            failures << QStringLiteral("statementText() is not text.mid(start, end - start)");
        int pairs = 0;
        for (int i = 0; i + 1 < st.start; ++i) {
            if (text.at(i).isHighSurrogate() && text.at(i + 1).isLowSurrogate())
                ++pairs;
        }
        if (doc.codePointOffset(st.start) != st.start - pairs)
            failures << QStringLiteral("code point offset %1, expected %2")
                            .arg(doc.codePointOffset(st.start))
                            .arg(st.start - pairs);
    }
    QVERIFY2(failures.isEmpty(),
             qPrintable(report(QString::fromUtf8(QTest::currentDataTag()), failures)));
}

void TestSummaryParser::lineNumbers_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("needle"); // a statement's quote, or a heading when `heading`
    QTest::addColumn<bool>("heading");
    QTest::addColumn<int>("line");

    const QString plain = QString::fromUtf8(intro) +
                          QStringLiteral("1. Relations\nThe two sides agreed to meet. Foreign "
                                         "Minister Sonoda thanked Foreign Minister Castellan.\n"
                                         "2. Trade\nForeign Minister Castellan proposed a "
                                         "business council.\n");
    QString crlf = plain;
    crlf.replace(QStringLiteral("\n"), QStringLiteral("\r\n"));
    const QString blank = QStringLiteral("Home > Press Releases\n\nJapan-Veloria Foreign "
                                         "Ministers' Meeting\n\nMay 2, 2024\n\nOn May 2, Minister "
                                         "for Foreign Affairs Haruka Sonoda met Foreign Minister "
                                         "Arlen Castellan of Veloria.\n\n\n1. Relations\n\n(1) The "
                                         "two sides agreed to meet.\n\n(2) Foreign Minister "
                                         "Castellan proposed a business council.\n");
    for (const auto &[name, text] : {std::pair<const char *, QString>{"LF", plain},
                                     std::pair<const char *, QString>{"CRLF", crlf}}) {
        QTest::addRow("%s statement", name)
            << text << QStringLiteral("agreed to meet") << false << 4;
        QTest::addRow("%s second sentence", name)
            << text << QStringLiteral("Sonoda thanked") << false << 4;
        QTest::addRow("%s later statement", name)
            << text << QStringLiteral("business council") << false << 6;
        QTest::addRow("%s heading", name) << text << QStringLiteral("Trade") << true << 5;
    }
    QTest::newRow("blank lines statement")
        << blank << QStringLiteral("agreed to meet") << false << 12;
    QTest::newRow("blank lines later statement")
        << blank << QStringLiteral("business council") << false << 14;
    QTest::newRow("blank lines heading") << blank << QStringLiteral("Relations") << true << 10;
}

void TestSummaryParser::lineNumbers()
{
    QFETCH(QString, text);
    QFETCH(QString, needle);
    QFETCH(bool, heading);
    QFETCH(int, line);

    const Document doc = SummaryParser::parse(text);
    QStringList failures;
    checkInvariants(doc, &failures);
    if (heading) {
        const int node = findHeading(doc, needle);
        if (node < 0)
            failures << QStringLiteral("no outline node with heading \"%1\"").arg(needle);
        else if (doc.outline[size_t(node)].line != line)
            failures << QStringLiteral("heading on line %1, expected %2")
                            .arg(doc.outline[size_t(node)].line)
                            .arg(line);
    } else {
        const std::vector<int> found = statementsContaining(doc, needle);
        if (found.size() != 1)
            failures << QStringLiteral("%1 statements contain \"%2\", expected 1")
                            .arg(found.size())
                            .arg(needle);
        else if (doc.statements[size_t(found.front())].line != line)
            failures << QStringLiteral("statement on line %1, expected %2")
                            .arg(doc.statements[size_t(found.front())].line)
                            .arg(line);
    }
    QVERIFY2(failures.isEmpty(),
             qPrintable(report(QString::fromUtf8(QTest::currentDataTag()), failures)));
}

void TestSummaryParser::furnitureIsNoStatement_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("furniture");
    QTest::addColumn<QString>("title");

    const QString body = QStringLiteral(
        "On May 2, 2024, Minister for Foreign Affairs Haruka Sonoda held a telephone talk with "
        "Foreign Minister Arlen Castellan of Veloria.\n"
        "1. Minister Sonoda thanked Minister Castellan for the assistance.\n"
        "2. The two ministers agreed to stay in close contact.\n");
    const QString title = QStringLiteral("Japan-Veloria Foreign Ministers' Telephone Talk");

    QTest::newRow("footer") << title + QLatin1Char('\n') + body +
                                   QStringLiteral("\nBack to Index\nPage Top\n")
                            << QStringList{QStringLiteral("Back to Index"),
                                           QStringLiteral("Page Top")}
                            << title;
    QTest::newRow("breadcrumb and photos")
        << QStringLiteral("Home > Press Releases > Japan-Veloria Relations\n(Photo) Foreign "
                          "Minister Sonoda and Foreign Minister Castellan\nphoto photo\nClick here "
                          "for photo gallery\n") +
               title + QStringLiteral("\nMay 2, 2024\n") + body
        << QStringList{QStringLiteral("Home >"), QStringLiteral("Relations"),
                       QStringLiteral("(Photo)"), QStringLiteral("photo photo"),
                       QStringLiteral("photo gallery")}
        << title;
    QTest::newRow("translation notes and end mark")
        << QStringLiteral("(* This is a provisional translation. The Japanese original "
                          "prevails.)\n") +
               title + QLatin1Char('\n') + body +
               QStringLiteral("    \u2022 (*The foregoing is a provisional translation.)\n(END)\n"
                              "\nRelated Links\nJapan-Veloria Relations\nRelated Information "
                              "(Japan-Veloria Relations)\n")
        << QStringList{QStringLiteral("provisional translation"), QStringLiteral("(END)"),
                       QStringLiteral("Related Links"), QStringLiteral("Relations")}
        << title;
    QTest::newRow("section label and language link")
        << QStringLiteral("Press Releases\n") + title +
               QStringLiteral("\nMay 2, 2024\nJapanese\n") + body +
               QStringLiteral("Back to Press Releases\n")
        << QStringList{QStringLiteral("Press Releases"), QStringLiteral("Japanese")} << title;
}

void TestSummaryParser::furnitureIsNoStatement()
{
    QFETCH(QString, text);
    QFETCH(QStringList, furniture);
    QFETCH(QString, title);

    const Document doc = SummaryParser::parse(text);
    QStringList failures;
    checkInvariants(doc, &failures);
    if (norm(doc.title) != norm(title))
        failures << QStringLiteral("title \"%1\", expected \"%2\"").arg(doc.title, title);
    if (statementsContaining(doc, QStringLiteral("agreed to stay in close contact")).empty())
        failures << QStringLiteral("the body's statements are missing");
    for (const QString &f : furniture) {
        for (const Statement &st : doc.statements) {
            if (norm(doc.statementText(st).toString()).contains(norm(f)))
                failures << QStringLiteral("furniture \"%1\" in statement \"%2\"")
                                .arg(f, clip(doc.statementText(st)));
        }
        for (const OutlineNode &n : doc.outline) {
            if (n.isHeading && norm(doc.headingText(n)).contains(norm(f)))
                failures << QStringLiteral("furniture \"%1\" as heading \"%2\"")
                                .arg(f, doc.headingText(n));
        }
    }
    QVERIFY2(failures.isEmpty(),
             qPrintable(report(QString::fromUtf8(QTest::currentDataTag()), failures)));
}

void TestSummaryParser::leadInsAreNotTopics_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("leadIn");
    QTest::addColumn<QString>("quote");
    QTest::addColumn<QString>("speaker"); // surname, "both" or a country
    QTest::addColumn<QString>("topic");   // empty: no topic

    const QString head = QString::fromUtf8(intro);
    const QString lettered =
        head +
        QStringLiteral(
            "1.Bilateral Relations\n(1) Overall relations\n(a) Foreign Minister Castellan made the "
            "following statements:\n- Veloria regards Japan as a key partner.\n(b) In response, "
            "Foreign Minister Sonoda made the following statements:\n- Japan shares this "
            "assessment.\n");
    QTest::newRow("(a) lead-in") << lettered
                                 << QStringLiteral(
                                        "Foreign Minister Castellan made the following statements")
                                 << QStringLiteral("Veloria regards Japan as a key partner.")
                                 << QStringLiteral("Castellan")
                                 << QStringLiteral("Overall relations");
    QTest::newRow("(b) in response lead-in")
        << lettered
        << QStringLiteral("In response, Foreign Minister Sonoda made the following statements")
        << QStringLiteral("Japan shares this assessment.") << QStringLiteral("Sonoda")
        << QStringLiteral("Overall relations");
    QTest::newRow("unlabelled lead-in under a heading")
        << head + QStringLiteral("1. Overall relations\nForeign Minister Castellan made the "
                                 "following statements:\n- Veloria values the partnership.\n")
        << QStringLiteral("made the following statements")
        << QStringLiteral("Veloria values the partnership.") << QStringLiteral("Castellan")
        << QStringLiteral("Overall relations");
    QTest::newRow("statements by")
        << head + QStringLiteral("1. Regional issues\nStatements by Foreign Minister Castellan:\n"
                                 "Veloria is worried about the Eastern Sea. We hope Japan will "
                                 "stay engaged.\nStatements by Foreign Minister Sonoda:\nJapan "
                                 "will keep supporting dialogue in the region.\n")
        << QStringLiteral("Statements by Foreign Minister Castellan")
        << QStringLiteral("We hope Japan will stay engaged.") << QStringLiteral("Castellan")
        << QStringLiteral("Regional issues");
    QTest::newRow("speaker in parentheses")
        << head + QStringLiteral("1. Closing remarks\n(Foreign Minister Castellan)\nI thank Japan "
                                 "for its warm hospitality.\n(Foreign Minister Sonoda)\nI look "
                                 "forward to visiting Veloria next year.\n")
        << QStringLiteral("Foreign Minister Sonoda")
        << QStringLiteral("I look forward to visiting Veloria next year.")
        << QStringLiteral("Sonoda") << QStringLiteral("Closing remarks");
    QTest::newRow("agreed on the following points")
        << head + QStringLiteral("1. Economic relations\nThe two sides agreed on the following "
                                 "points:\n- an early start of investment talks;\n- a new business "
                                 "council.\n")
        << QStringLiteral("agreed on the following points")
        << QStringLiteral("a new business council.") << QStringLiteral("both")
        << QStringLiteral("Economic relations");
    QTest::newRow("position rests on the following points")
        << head + QStringLiteral("1. The Eastern Sea\n(1) Positions of the two sides\n(a) Foreign "
                                 "Minister Castellan explained that Veloria's position rests on "
                                 "the following three points:\n- freedom of navigation must be "
                                 "respected;\n- disputes must be settled peacefully;\n- a code of "
                                 "conduct is needed.\n")
        << QStringLiteral("rests on the following three points")
        << QStringLiteral("disputes must be settled peacefully") << QStringLiteral("Castellan")
        << QStringLiteral("Positions of the two sides");
}

void TestSummaryParser::leadInsAreNotTopics()
{
    QFETCH(QString, text);
    QFETCH(QString, leadIn);
    QFETCH(QString, quote);
    QFETCH(QString, speaker);
    QFETCH(QString, topic);

    const Document doc = SummaryParser::parse(text);
    QStringList failures;
    checkInvariants(doc, &failures);
    const QString lead = norm(leadIn);
    for (const OutlineNode &n : doc.outline) {
        if (n.isHeading && norm(doc.headingText(n)).contains(lead))
            failures << QStringLiteral("lead-in is a heading: \"%1\"").arg(doc.headingText(n));
    }
    for (const Statement &st : doc.statements) {
        for (const QString &t : doc.topicPath(st.node)) {
            if (norm(t).contains(lead))
                failures << QStringLiteral("lead-in is the topic of \"%1\"")
                                .arg(clip(doc.statementText(st)));
        }
    }
    checkClaim(doc, quote, QJsonValue(speaker), topic.isEmpty() ? QJsonValue() : QJsonValue(topic),
               introCountries, &failures);
    QVERIFY2(failures.isEmpty(),
             qPrintable(report(QString::fromUtf8(QTest::currentDataTag()), failures)));
}

void TestSummaryParser::outlineShape_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("shape");

    const QString head = QString::fromUtf8(intro);
    QTest::newRow("reference restart")
        << QString::fromUtf8(referenceLike)
        << QStringLiteral("1{1{a{*},b{*}},2{a{*,*},b{*{1,2,3},*{1,2}}},"
                          "3{a},4},2{1,2}");
    QTest::newRow("letter (i) after (h)")
        << head + QStringLiteral("1. Economic relations\nThe two ministers confirmed the following "
                                 "points:\n(a) one;\n(b) two;\n(c) three;\n(d) four;\n(e) five;\n"
                                 "(f) six;\n(g) seven;\n(h) eight;\n(i) nine.\n2. Other matters\n"
                                 "Foreign Minister Sonoda thanked Foreign Minister Castellan.\n")
        << QStringLiteral("1{a,b,c,d,e,f,g,h,i},2");
    QTest::newRow("roman under a. heading")
        << head + QStringLiteral("1. Japan-Veloria relations\na. Defence exchanges\n(i) The two "
                                 "ministers agreed to hold talks.\n(ii) Foreign Minister Castellan "
                                 "proposed joint training.\nb. Cyber security\nForeign Minister "
                                 "Sonoda stated that Japan would share its experience.\n")
        << QStringLiteral("1{a{i,ii},b}");
    QTest::newRow("roman sections, letter subsections, 1) items")
        << head +
               QStringLiteral("I. Bilateral Relations\nA. Political dialogue\nThe two ministers "
                              "agreed to meet every year.\nB. Economic relations\nThe two "
                              "ministers agreed to launch talks.\nII. Regional Issues\n1) Foreign "
                              "Minister Castellan explained the mediation effort.\n2) Foreign "
                              "Minister Sonoda supported it.\n")
        << QStringLiteral("i{a,b},ii{1,2}");
    QTest::newRow("dash before numbers")
        << head + QStringLiteral("1. Relations\n- (1) Both sides agreed to meet again.\n- (2) "
                                 "Foreign Minister Sonoda stated that Japan would help.\n2. The "
                                 "Eastern Sea\n- (1) Freedom of navigation\n- (a) Foreign Minister "
                                 "Sonoda expressed concern.\n- (b) Foreign Minister Castellan "
                                 "stated that patrols would increase.\n- (2) Cables\n- (a) The two "
                                 "sides agreed to share information.\n")
        << QStringLiteral("1{1,2},2{1{a,b},2{a}}");
    QTest::newRow("number and sub-number on one line")
        << head + QStringLiteral("1. This was the first visit of Minister Castellan to Japan.\n2. "
                                 "(1) At the beginning, Minister Sonoda welcomed Minister "
                                 "Castellan.\n(2) Minister Castellan thanked Minister Sonoda.\n3. "
                                 "The two ministers agreed to meet again.\n")
        << QStringLiteral("1,2{1,2},3");
    QTest::newRow("round bullets, nakaguro and stars")
        << head + QStringLiteral("1. Other Matters\n  \u2022 (1) Foreign Minister Castellan "
                                 "explained the following points:\n  \u30FB inflation had fallen;\n"
                                 "  \u30FB reserves had grown.\n  \u2022 (2) Foreign Minister "
                                 "Sonoda conveyed the following requests:\n  * simpler permits;\n"
                                 "  * faster customs.\n")
        << QStringLiteral("1{1{*,*},2{*,*}}");
    QTest::newRow("indented numbers under (n)")
        << head + QStringLiteral("\n1. KEY POINTS\n\n(1) Basic direction\n\n  1. Both sides agreed "
                                 "to broaden the relationship.\n  2. Both sides agreed to resume "
                                 "talks.\n\n(2) High-level exchanges\n\n  1. The Velorian side "
                                 "renewed its invitation.\n")
        << QStringLiteral("1{1{1,2},2{1}}");
    QTest::newRow("numbers without dot, (1)Heading without space")
        << head + QStringLiteral("1 Bilateral Relations\n(1)Political dialogue\nThe two ministers "
                                 "agreed to meet every year.\n(2)Trade\nThe two ministers agreed "
                                 "to launch talks.\n2 Regional Issues\n(1)The Eastern Sea\nThe two "
                                 "ministers shared their concerns.\n")
        << QStringLiteral("1{1,2},2{1}");
    QTest::newRow("unnumbered headings")
        << QStringLiteral("Japan-Ostrava Summit Meeting\n\nMarch 5, 2023\n\nOn 4 March, Prime "
                          "Minister Tomoe Arisaka met Prime Minister Viktor Halas of Ostrava.\n\n"
                          "Bilateral relations\n\nThe two leaders agreed to start negotiations.\n\n"
                          "Regional affairs\n\nThe leaders shared the view that the situation "
                          "remained serious.\n")
        << QStringLiteral("#,#");
}

void TestSummaryParser::outlineShape()
{
    QFETCH(QString, text);
    QFETCH(QString, shape);

    const Document doc = SummaryParser::parse(text);
    QStringList failures;
    checkInvariants(doc, &failures);
    const QString got = shapeOf(doc, doc.roots);
    if (got != shape)
        failures << QStringLiteral("shape %1, expected %2").arg(got, shape);
    QVERIFY2(failures.isEmpty(),
             qPrintable(report(QString::fromUtf8(QTest::currentDataTag()), failures)));
}

void TestSummaryParser::referenceRestart()
{
    const Document doc = SummaryParser::parse(QString::fromUtf8(referenceLike));
    QStringList failures;
    checkInvariants(doc, &failures);

    auto headingsOf = [&](const std::vector<int> &nodes) {
        QStringList out;
        for (int i : nodes)
            out << doc.headingText(doc.outline[size_t(i)]);
        return out;
    };
    const QStringList roots = headingsOf(doc.roots);
    if (roots !=
        QStringList{QStringLiteral("Bilateral Relations"), QStringLiteral("Regional Situation")})
        failures << QStringLiteral("top level [%1], expected two sections")
                        .arg(roots.join(QStringLiteral(" | ")));
    if (doc.roots.size() == 2) {
        const QStringList first = headingsOf(doc.outline[size_t(doc.roots[0])].children);
        const QStringList wantFirst{QStringLiteral("Overall relations"),
                                    QStringLiteral("Cooperation agenda"),
                                    QStringLiteral("Fisheries"), QStringLiteral("Culture")};
        if (first != wantFirst)
            failures << QStringLiteral("section 1 has [%1], expected the four (n) headings")
                            .arg(first.join(QStringLiteral(" | ")));
        const QStringList second = headingsOf(doc.outline[size_t(doc.roots[1])].children);
        if (second != QStringList{QStringLiteral("The Eastern Sea"), QStringLiteral("Marenland")})
            failures
                << QStringLiteral("section 2 has [%1]").arg(second.join(QStringLiteral(" | ")));
    }
    const int agenda = findHeading(doc, QStringLiteral("Cooperation agenda"));
    const struct
    {
        const char *heading;
        size_t children;
    } subheadings[] = {{"Maritime affairs", 3}, {"Trade", 2}};
    for (const auto &sub : subheadings) {
        const int node = findHeading(doc, QString::fromUtf8(sub.heading));
        if (node < 0) {
            failures << QStringLiteral("no node \"%1\"").arg(QString::fromUtf8(sub.heading));
            continue;
        }
        const OutlineNode &n = doc.outline[size_t(node)];
        if (!n.isHeading)
            failures << QStringLiteral("\"%1\" should be a heading").arg(doc.headingText(n));
        if (n.children.size() != sub.children)
            failures << QStringLiteral("\"%1\" has %2 children, expected its restarted list of %3")
                            .arg(doc.headingText(n))
                            .arg(n.children.size())
                            .arg(sub.children);
        int a = n.parent;
        while (a >= 0 && a != agenda)
            a = doc.outline[size_t(a)].parent;
        if (agenda < 0 || a != agenda)
            failures << QStringLiteral("\"%1\" should lie under \"Cooperation agenda\"")
                            .arg(doc.headingText(n));
    }
    for (const OutlineNode &n : doc.outline) {
        if (n.isHeading && doc.headingText(n).contains(QLatin1String("following")))
            failures << QStringLiteral("lead-in is a heading: \"%1\"").arg(doc.headingText(n));
    }
    const struct
    {
        const char *quote;
        const char *speaker;
        const char *topic;
    } claims[] = {
        {"Veloria values its ties with Japan.", "Castellan", "Overall relations"},
        {"Japan shares this view.", "Sonoda", "Overall relations"},
        {"Youth exchanges", "both", "Cooperation agenda"},
        {"a training team would be sent", "Japan", "Maritime affairs"},
        {"hold talks in June", "both", "Maritime affairs"},
        {"its new cable law", "Veloria", "Maritime affairs"},
        {"exports had grown", "Sonoda", "Trade"},
        {"investment lagged", "Castellan", "Trade"},
        {"renew the fisheries arrangement", "both", "Fisheries"},
        {"plans for the cultural year", "Sonoda", "Culture"},
        {"stay in close contact", "both", "The Eastern Sea"},
    };
    for (const auto &c : claims)
        checkClaim(doc, QString::fromUtf8(c.quote), QJsonValue(QString::fromUtf8(c.speaker)),
                   QJsonValue(QString::fromUtf8(c.topic)), introCountries, &failures);
    QVERIFY2(failures.isEmpty(),
             qPrintable(report(QStringLiteral("reference-like summary"), failures)));
}

void TestSummaryParser::emptyInput_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("newline") << QStringLiteral("\n");
    QTest::newRow("whitespace") << QStringLiteral("  \n\t\n   \r\n\u00A0\n");
    QTest::newRow("byte order mark") << QStringLiteral("\uFEFF");
    QTest::newRow("footer only") << QStringLiteral("Back to Index\nPage Top\n");
    QTest::newRow("furniture only")
        << QStringLiteral("Home > Press Releases\n(Photo) Foreign Minister Sonoda\nphoto photo\n"
                          "Related Links\n(END)\nBack to Press Releases\n");
}

void TestSummaryParser::emptyInput()
{
    QFETCH(QString, text);
    const Document doc = SummaryParser::parse(text);
    QStringList failures;
    checkInvariants(doc, &failures);
    if (doc.text != text)
        failures << QStringLiteral("Document::text is not the input text");
    if (!doc.statements.empty())
        failures << QStringLiteral("%1 statements, e.g. \"%2\"")
                        .arg(doc.statements.size())
                        .arg(clip(doc.statementText(doc.statements.front())));
    if (!doc.outline.empty())
        failures << QStringLiteral("%1 outline nodes, e.g. \"%2\"")
                        .arg(doc.outline.size())
                        .arg(doc.headingText(doc.outline.front()));
    if (!doc.title.isEmpty())
        failures << QStringLiteral("title \"%1\"").arg(doc.title);
    if (doc.date.isValid())
        failures << QStringLiteral("date %1").arg(doc.date.toString(Qt::ISODate));
    if (!doc.place.isEmpty())
        failures << QStringLiteral("place \"%1\"").arg(doc.place);
    if (!doc.participants.empty())
        failures << QStringLiteral("participant \"%1\"").arg(doc.participants.front().name);
    QVERIFY2(failures.isEmpty(),
             qPrintable(report(QString::fromUtf8(QTest::currentDataTag()), failures)));
}

void TestSummaryParser::hugeInput_data()
{
    QTest::addColumn<Huge>("kind");
    QTest::newRow("100000 dashes on one line") << Huge::DashesOneLine;
    QTest::newRow("100000 lines of - - - - x") << Huge::NestedDashLines;
    QTest::newRow("100000 lines indented deeper and deeper") << Huge::IndentLadder;
    QTest::newRow("100000 labels on one line") << Huge::LabelChainOneLine;
    QTest::newRow("50000 restarted lists under - headings") << Huge::RestartStorm;
    QTest::newRow("100000 items all (1)") << Huge::SameNumber;
    QTest::newRow("100000 lines cycling label styles") << Huge::LabelCycle;
    QTest::newRow("10 MB single line of sentences") << Huge::TenMegabyteSentences;
    QTest::newRow("10 MB single line without spaces") << Huge::TenMegabyteNoSpaces;
}

// Must not crash or hang; speed is measured by the benchmarks, not asserted here.
void TestSummaryParser::hugeInput()
{
    QFETCH(Huge, kind);
    const QString text = hugeText(kind);
    QElapsedTimer timer;
    timer.start();
    const Document doc = SummaryParser::parse(text);
    const qint64 elapsed = timer.elapsed();
    qInfo("%lld ms for %lld characters: %zu outline nodes, %zu statements", elapsed,
          qint64(text.size()), doc.outline.size(), doc.statements.size());
    QStringList failures;
    if (doc.text.size() != text.size())
        failures << QStringLiteral("Document::text is not the input text");
    checkInvariants(doc, &failures);
    if (!doc.statements.empty())
        (void)doc.topicPath(doc.statements.back().node); // the deepest path must be walkable
    QVERIFY2(failures.isEmpty(),
             qPrintable(report(QString::fromUtf8(QTest::currentDataTag()), failures)));
}

QTEST_GUILESS_MAIN(TestSummaryParser)
#include "tst_summaryparser.moc"
