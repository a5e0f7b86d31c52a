#include "summaryparser.h"

#include "asciicase.h"
#include "linescanner.h"
#include "namelexicon.h"
#include "outlinebuilder.h"
#include "sentencesplitter.h"
#include "speakerresolver.h"
#include "summaryheader.h"
#include "wordtokenizer.h"

#include <algorithm>

namespace Readout {

namespace {

struct Line
{
    int begin = 0; ///< where the line starts, indentation included
    int start = 0; ///< trimmed content, UTF-16 offsets into the text
    int end = 0;
    int number = 0;
    bool blank = true;
    bool furniture = false;
};

/// A stretch of text that yields statements: an item's text after its label, or a
/// paragraph of unlabelled lines.
struct Block
{
    int start = 0;
    int end = 0;
    int line = 0;
    int node = -1;       ///< innermost open outline node
    bool isItem = false; ///< the text of node `node` itself (after its label)
    Speaker label;       ///< speaker given by a transcript label ("Minister:") in force
    bool labelled = false;
    bool transcript = false; ///< a "Name: ..." turn: all of it is the label's speaker's
};

// After "Related Links" come the links: short lines without a full stop.
void markLinkLists(const QString &text, std::vector<Line> &lines)
{
    static constexpr std::string_view listStarts[] = {
        "Related Links", "Related Articles", "Related Information",
        "Related Pages", "See also",         "Other news",
        "Tags",          "Media enquiries",  "Media contacts"};
    bool inLinks = false;
    for (Line &line : lines) {
        if (line.blank)
            continue;
        const QStringView s = QStringView(text).mid(line.start, line.end - line.start);
        if (line.furniture) {
            bool starts = inLinks && !AsciiCase::startsWith(s, "back to");
            for (std::string_view l : listStarts)
                starts = starts || AsciiCase::startsWith(s, l);
            inLinks = starts;
            continue;
        }
        if (inLinks && s.size() < 200 && !s.endsWith(u'.') && !s.endsWith(u':'))
            line.furniture = true;
        else
            inLinks = false;
    }
}

std::vector<Line> splitLines(const QString &text)
{
    std::vector<Line> lines;
    lines.reserve(size_t(text.size() / 64) + 8); // a guess from the usual line length
    LineScanner scanner(text);
    ScannedLine scanned;
    int number = 1;
    while (scanner.next(scanned)) {
        Line line;
        line.number = number++;
        line.begin = scanned.begin;
        int s = scanned.begin;
        int e = scanned.end;
        while (s < e && (text[s].isSpace() || text[s] == u'\u3000' || text[s] == u'\ufeff'))
            ++s;
        while (e > s &&
               (text[e - 1].isSpace() || text[e - 1] == u'\u3000' || text[e - 1] == u'\ufeff'))
            --e;
        line.start = s;
        line.end = e;
        line.blank = s == e;
        if (!line.blank) {
            const QStringView content = QStringView(text).mid(s, e - s);
            line.furniture =
                NameLexicon::isFurniture(content) ||
                (scanned.mentionsTranslation && NameLexicon::isTranslationNote(content.trimmed()));
        }
        lines.push_back(line);
    }
    return lines;
}

bool endsSentence(QStringView s)
{
    while (!s.isEmpty() && (s.back() == u'"' || s.back() == u')' || s.back() == u'\u201d' ||
                            s.back() == u'\'' || s.back() == u'\u2019'))
        s.chop(1);
    return !s.isEmpty() && (s.back() == u'.' || s.back() == u'!' || s.back() == u'?' ||
                            s.back() == u':' || s.back() == u';' || s.back() == u'\u3002');
}

// "the following statement(s)", "the following remark(s)", "stated as follows", "said as
// follows": each has "follow" inside, so the words around each "follow" are checked rather
// than the whole text searched for each phrase. A space comes before each "follow", so it
// starts a word: the words of `s` (its `tokens`) are looked at, not its every character.
bool announcesStatements(QStringView s, TokenSpan tokens)
{
    for (const Token &word : tokens) {
        if (!word.isWord || !AsciiCase::startsWith(word.text, "follow"))
            continue;
        const qsizetype at = word.start;
        const QStringView before = s.left(at);
        const QStringView after = s.mid(at + 6);
        if (AsciiCase::endsWith(before, "the ") && (AsciiCase::startsWith(after, "ing statement") ||
                                                    AsciiCase::startsWith(after, "ing remark")))
            return true;
        if (AsciiCase::startsWith(after, "s") &&
            (AsciiCase::endsWith(before, "stated as ") || AsciiCase::endsWith(before, "said as ")))
            return true;
    }
    return false;
}

// "Foreign Minister Ivanov made the following statements:" says who speaks, not what.
// `tokens` are those of `s`.
bool isPureLeadIn(QStringView s, TokenSpan tokens)
{
    if (!s.endsWith(u':') || s.size() > 400)
        return false;
    return announcesStatements(s, tokens) ||
           (WordTokenizer::countWords(s, 7) <= 6 &&
            (s.contains(QLatin1String(" said:")) || s.contains(QLatin1String(" stated:"))));
}

// Page lines that stand alone like headings but are not: "Published", "Share this page",
// document numbers, telephone numbers, an office or a person on its own (a byline).
bool looksLikeHeadingText(QStringView s)
{
    static constexpr std::string_view notHeadings[] = {"published",
                                                       "updated",
                                                       "share",
                                                       "share this page",
                                                       "other news",
                                                       "media enquiries",
                                                       "media contacts",
                                                       "from",
                                                       "tags",
                                                       "contact",
                                                       "contacts",
                                                       "print",
                                                       "top",
                                                       "menu",
                                                       "search",
                                                       "english",
                                                       "japanese"};
    for (std::string_view n : notHeadings) {
        if (AsciiCase::equals(s, n))
            return false;
    }
    int digits = 0;
    for (QChar c : s)
        digits += c.isDigit() ? 1 : 0;
    if (digits >= 4)
        return false;
    // Only office words and capitalised names: "Minister for Foreign Affairs",
    // "Senator the Hon Mara Quillon".
    std::vector<Token> tokens;
    WordTokenizer::tokenize(s, tokens);
    bool office = false;
    for (const Token &t : tokens) {
        if (!t.isWord)
            continue;
        if (t.lex() & (NameLexicon::Title | NameLexicon::Honorific))
            office = office || (t.lex() & (NameLexicon::CoreTitle | NameLexicon::Honorific));
        else if (!(t.capitalized || t.isText("the") || t.isText("of") || t.isText("for") ||
                   t.isText("and")))
            return true;
    }
    return !office;
}

// A line cut in mid-sentence by a hard wrap, not a long heading: it is no title, or it ends
// in a word no heading ends in.
bool looksWrapped(QStringView line)
{
    if (!OutlineBuilder::isTitleLike(line))
        return true;
    const QStringView last = line.mid(line.lastIndexOf(u' ') + 1);
    static constexpr std::string_view joiners[] = {
        "of",  "the",   "and",  "to", "in", "on",   "for", "with", "a",  "an",     "his",
        "her", "their", "that", "by", "at", "from", "as",  "its",  "or", "between"};
    for (std::string_view j : joiners) {
        if (AsciiCase::equalsExactly(last, j))
            return true;
    }
    return false;
}

bool japaneseSubjectAt(QStringView rest, Speaker &speaker);

// Kanji, hiragana or katakana. No character below U+2E80 is one, which spares most text
// the lookup of its script.
bool isJapaneseLetter(QChar c)
{
    if (c.unicode() < 0x2e80)
        return false;
    const QChar::Script script = c.script();
    return script == QChar::Script_Hiragana || script == QChar::Script_Katakana ||
           script == QChar::Script_Han;
}

// The subject of a Japanese sentence: "両大臣は" (both), "日本側から" (a side), "東山大臣から"
// (a person, by surname). True when the sentence is Japanese at all; the speaker stays
// Unknown when none of these forms opens it.
bool japaneseSubject(QStringView sentence, Speaker &speaker)
{
    speaker = Speaker();
    // Most sentences are Latin-1 throughout, which one (vectorised) test of Qt's tells.
    if (QtPrivate::isLatin1(sentence.left(40)))
        return false;
    const int n = int(sentence.size());
    bool japanese = false;
    for (int k = 0; k < n && k < 40 && !japanese; ++k)
        japanese = isJapaneseLetter(sentence[k]);
    if (!japanese)
        return false;
    // At the start, or after an opening phrase ending in "、" ("冒頭、", "これに対し、")
    const int comma = int(sentence.left(12).indexOf(u'\u3001'));
    for (int start : {0, comma > 0 && comma < 8 ? comma + 1 : -1}) {
        if (start < 0)
            continue;
        if (japaneseSubjectAt(sentence.mid(start), speaker))
            return true;
    }
    return true;
}

bool japaneseSubjectAt(QStringView rest, Speaker &speaker)
{
    for (const char16_t *both : {u"\u4e21\u5927\u81e3", u"\u4e21\u9996\u8133", u"\u53cc\u65b9",
                                 u"\u4e21\u5916\u76f8"}) { // 両大臣 両首脳 双方 両外相
        if (rest.startsWith(QStringView(both))) {
            speaker.kind = SpeakerKind::Both;
            return true;
        }
    }
    if (rest.startsWith(QStringView(u"\u65e5\u672c\u5074"))) { // 日本側
        speaker.kind = SpeakerKind::Side;
        speaker.name = speaker.country = QStringLiteral("Japan");
        return true;
    }
    // "<surname><office>から/は": 大臣 (minister), 外相, 総理, 首相, 大統領, 長官
    static const char16_t *const offices[] = {u"\u5927\u81e3",       u"\u5916\u76f8",
                                              u"\u7dcf\u7406",       u"\u9996\u76f8",
                                              u"\u5927\u7d71\u9818", u"\u9577\u5b98"};
    for (int k = 1; k < rest.size() && k < 16; ++k) {
        for (const char16_t *office : offices) {
            const QStringView o(office);
            if (!rest.mid(k).startsWith(o))
                continue;
            const QChar particle = k + o.size() < rest.size() ? rest[k + o.size()] : QChar();
            if (particle != u'\u304b' && particle != u'\u306f' && particle != u'\u304c')
                continue; // から、は、が
            // A name is kanji or katakana ("東山", "カステラン"), nothing else.
            bool name = true;
            for (QChar c : rest.left(k))
                name = name && (c.script() == QChar::Script_Han ||
                                c.script() == QChar::Script_Katakana || c == u'\u30fb');
            if (!name)
                return false;
            speaker.kind = SpeakerKind::Person;
            speaker.name = rest.left(k).toString();
            return true;
        }
    }
    return false;
}

// The length of the mark that opens a reference section: "(Reference)", "[Reference]",
// "（参考）"; 0 for other lines. Most lines are ruled out by their first character.
int referenceMarkLength(QStringView s)
{
    if (s.isEmpty() || (s.front() != u'(' && s.front() != u'[' && s.front() != u'\uff08'))
        return 0;
    for (QStringView mark : {QStringView(u"(Reference)"), QStringView(u"[Reference]"),
                             QStringView(u"\uff08\u53c2\u8003\uff09")}) {
        // The second character first: "(1)", "(a)" lines spare the comparison.
        if (s.size() > 1 && s[1] == mark[1] && s.startsWith(mark))
            return int(mark.size());
    }
    return 0;
}

// "(Reference) The two ministers signed ...": a sentence after the mark, not a section.
bool isReferenceSentence(QStringView afterMark)
{
    const QStringView after = afterMark.trimmed();
    return !after.isEmpty() && !OutlineBuilder::isTitleLike(after);
}

// "... agreed on the following points", "... is as follows": a list follows the sentence.
bool announcesFollowingAt(TokenSpan tokens, int i)
{
    const Token &t = tokens[size_t(i)];
    const Token &next = tokens[size_t(i + 1)];
    const QStringView w = t.text;
    // Every word of a sentence comes here. One test rules out all but "as" and "f........",
    // without a branch on the length, which varies from word to word unforeseeably.
    const char16_t first = w.front().unicode();
    if (!(((w.size() == 2) & (first == u'a')) | ((w.size() == 9) & (first == u'f'))))
        return false;
    if (w.size() == 2)
        return w[1] == u's' && next.isText("follows");
    return t.isText("following") &&
           (next.isText("points") || next.isText("statements") || next.isMark(u':') ||
            (i > 0 && tokens[size_t(i - 1)].isText("the")));
}

// `to = from`, skipped when `to` shares all of `from`'s strings already: the same person
// speaks sentence after sentence, and copying a Speaker costs atomic reference counts.
void assignSpeaker(Speaker &to, const Speaker &from)
{
    const auto same = [](const QString &a, const QString &b) {
        return a.isSharedWith(b) || (a.isNull() && b.isNull());
    };
    if (to.kind != from.kind || !same(to.name, from.name) ||
        !same(to.participantId, from.participantId) || !same(to.country, from.country))
        to = from;
}

// "Question:", "Minister:", "Q:" on their own line: a transcript begins.
bool isTranscriptLabel(QStringView s)
{
    if (!s.endsWith(u':') || s.size() > 40)
        return false;
    const QStringView word = s.chopped(1).trimmed();
    static constexpr std::string_view labels[] = {"question",        "q",
                                                  "answer",          "a",
                                                  "minister",        "foreign minister",
                                                  "secretary",       "spokesperson",
                                                  "press secretary", "moderator"};
    for (std::string_view l : labels) {
        if (AsciiCase::equals(word, l))
            return true;
    }
    return false;
}

class Parser
{
public:
    explicit Parser(const QString &text) : m_text(text)
    {
        // Room for a long paragraph's tokens: spares growing them step by step per summary.
        m_blockTokens.reserve(256);
        m_tokens.reserve(64);
    }

    Document run();

private:
    Q_ALWAYS_INLINE QStringView view(int start, int end) const
    {
        if (start >= 0 && start <= end && end <= m_text.size()) // the usual case, made directly
            return QStringView(m_text.constData() + start, end - start);
        return QStringView(m_text).mid(start, end - start);
    }
    int lineOf(int offset) const;
    mutable size_t m_lastLine = 0; ///< where lineOf() found the last line (0-based)
    int indentOf(const Line &line) const;
    bool continuesOnNextLine(size_t index) const;
    bool parseSpeakerLabel(const Line &line, Speaker &speaker, int &contentStart);
    bool isUnnumberedHeading(size_t index, int bodyStart) const;
    void buildBlocks(int bodyStart);
    void registerPeople(int bodyStart);
    void attribute();
    /// Attributes the sentences of a block; returns whether the block is a lead-in (ends
    /// with a colon or announces "the following" points), whose speaker then carries on:
    /// `finalSpeaker` is set only then.
    bool attributeBlock(const Block &block, const Speaker &inherited, Speaker &finalSpeaker);
    /// The lead-in's speaker the block inherits: a reference into m_leadIn, to
    /// `paragraphLeadIn` or to an unknown speaker, valid until those change.
    const Speaker &inheritedFor(const Block &block, int paragraphNode,
                                const Speaker &paragraphLeadIn) const;
    bool isWithin(int node, int ancestor) const;
    void assignCountriesFromTitle();
    void addStatement(int start, int end, const Speaker &speaker, int node);
    TokenSpan sentenceTokens(int from, int to, size_t &next) const;

    const QString &m_text;
    Document m_doc;
    std::vector<Line> m_lines;
    std::vector<int> m_lineStarts;
    SummaryHeader m_header;
    OutlineBuilder m_outline;
    std::vector<Block> m_blocks;
    SpeakerResolver m_people;
    std::vector<Speaker> m_leadIn; ///< per outline node: speaker its lead-in gives its children
    Speaker m_lastAnswerer;        ///< the last named speaker of a transcript ("A:" is them)
    bool m_transcript = false;     ///< set by parseSpeakerLabel for "Name:" turns
    Speaker m_lastPerson;
    std::vector<Token> m_tokens;
    std::vector<Token> m_blockTokens; ///< of the block being attributed
    MentionMemo m_mentions;           ///< of the sentence being attributed
    std::vector<std::pair<int, int>> m_sentences;
    /// Token indexes in the sentence being attributed: where its clauses start, and its
    /// commas and semicolons (where a second speaker may begin).
    std::vector<int> m_clauseStarts;
    std::vector<int> m_commas;
    /// Stretches of the block being attributed, each with one speaker: the block's inherited
    /// one (`who` -1) or one of m_pieceSpeakers. Most sentences keep the speaker before
    /// them, and a number says so without copying a Speaker (and its reference counts).
    /// Both are kept to reuse their storage from block to block.
    struct Piece
    {
        int start;
        int end;
        int who;
    };
    std::vector<Piece> m_pieces;
    std::vector<Speaker> m_pieceSpeakers;
};

int Parser::lineOf(int offset) const
{
    // Statements come in the order of the text: the line is at or after the last one found,
    // mostly the same or the next, where a search by halving would guess wrong at each step.
    size_t line = m_lastLine;
    if (line >= m_lineStarts.size() || m_lineStarts[line] > offset) {
        line = size_t(std::upper_bound(m_lineStarts.begin(), m_lineStarts.end(), offset) -
                      m_lineStarts.begin());
        line = line > 0 ? line - 1 : 0;
    }
    while (line + 1 < m_lineStarts.size() && m_lineStarts[line + 1] <= offset)
        ++line;
    m_lastLine = line;
    return m_lineStarts.empty() || m_lineStarts[line] > offset ? 0 : int(line) + 1;
}

bool Parser::continuesOnNextLine(size_t index) const
{
    const Line &line = m_lines[index];
    if (line.end - line.start < 40 || index + 1 >= m_lines.size())
        return false;
    const Line &next = m_lines[index + 1];
    return !next.blank && !endsSentence(view(line.start, line.end)) && m_text[next.start].isLower();
}

int Parser::indentOf(const Line &line) const
{
    int columns = 0;
    for (int i = line.start - 1; i >= 0 && m_text[i] != u'\n' && m_text[i] != u'\r'; --i)
        columns += m_text[i] == u'\t' ? 4 : 1;
    return columns;
}

bool Parser::parseSpeakerLabel(const Line &line, Speaker &speaker, int &contentStart)
{
    const QStringView s = view(line.start, line.end);
    // "(Foreign Minister Li)" on its own line introduces first-person text, "(Japanese
    // side)" a delegation's.
    if (s.startsWith(u'(') && s.endsWith(u')') && s.size() < 60) {
        WordTokenizer::tokenize(s.mid(1, s.size() - 2), m_tokens);
        if (m_tokens.size() == 2 && AsciiCase::equals(m_tokens[1].text, "side")) {
            const QString country = m_people.countryFromAdjective(m_tokens[0].text);
            if (!country.isEmpty()) {
                speaker = m_people.sideSpeaker(country);
                contentStart = line.end;
                return true;
            }
        }
        PersonMention m;
        if (m_people.parseMention(m_tokens, 0, m) && m.end == int(m_tokens.size()) && m.hasTitle) {
            speaker = m_people.speakerFor(m);
            contentStart = line.end;
            return true;
        }
        return false;
    }
    const int colon = int(s.left(91).indexOf(u':'));
    if (colon <= 0 || colon > 90)
        return false;
    const QStringView prefix = s.left(colon).trimmed();
    if (WordTokenizer::countWords(prefix, 13) > 12)
        return false;
    static constexpr std::string_view askers[] = {
        "question",    "q",           "questioner", "reporter", "journalist", "moderator",
        "interpreter", "participant", "audience",   "press",    "mc"};
    for (std::string_view a : askers) {
        if (AsciiCase::equals(prefix, a)) {
            speaker = Speaker();
            contentStart = line.start + colon + 1;
            m_transcript = true;
            return true;
        }
    }
    // "A:" answers for whoever answered before, or the person giving the press conference
    if (AsciiCase::equals(prefix, "a") || AsciiCase::equals(prefix, "answer")) {
        speaker = m_lastAnswerer;
        if (speaker.kind == SpeakerKind::Unknown && m_people.hasParticipants())
            speaker = m_people.speakerForRole(m_people.participants().front().role);
        contentStart = line.start + colon + 1;
        m_transcript = true;
        return true;
    }
    // "Kyodo News, Sato:": a reporter named after the outlet
    const qsizetype comma = prefix.lastIndexOf(u',');
    if (comma > 0 && WordTokenizer::countWords(prefix.left(comma), 4) <= 3) {
        const QStringView name = prefix.mid(comma + 1).trimmed();
        if (!name.isEmpty() && WordTokenizer::countWords(name, 3) <= 2 && name.front().isUpper() &&
            !(NameLexicon::flags(name.split(u' ').front()) & NameLexicon::Title)) {
            WordTokenizer::tokenize(prefix.left(comma), m_tokens);
            bool outlet = true; // not "Minister X, Title"
            for (const Token &t : m_tokens)
                outlet = outlet && !(t.lex() & (NameLexicon::Title | NameLexicon::Honorific));
            if (outlet) {
                speaker = Speaker();
                speaker.kind = SpeakerKind::Person;
                speaker.name = name.toString();
                contentStart = line.start + colon + 1;
                m_transcript = true;
                return true;
            }
        }
    }
    WordTokenizer::tokenize(prefix, m_tokens);
    Token colonToken;
    colonToken.start = int(prefix.size());
    colonToken.end = colonToken.start + 1;
    colonToken.text = QStringView(u":");
    m_tokens.push_back(colonToken);
    PersonMention m;
    if (!m_people.parseMention(m_tokens, 0, m) || m.end != int(m_tokens.size()) - 1)
        return false;
    if (m.hasName())
        m_people.registerMention(m, true); // so that a later "Press Secretary:" finds them
    speaker = m.hasName() ? m_people.speakerFor(m) : m_people.speakerForRole(m.role);
    if (speaker.kind != SpeakerKind::Person)
        return false;
    contentStart = line.start + colon + 1;
    m_lastAnswerer = speaker;
    m_transcript = true;
    return true;
}

bool Parser::isUnnumberedHeading(size_t index, int bodyStart) const
{
    const Line &line = m_lines[index];
    const QStringView s = view(line.start, line.end);
    if (!OutlineBuilder::isTitleLike(s) || WordTokenizer::countWords(s, 11) > 10 ||
        s.endsWith(u')'))
        return false;
    if (int(index) < bodyStart)
        return false;
    if (!m_doc.title.isEmpty() && AsciiCase::equals(s, m_doc.title))
        return false;
    if (SummaryHeader::isDateLine(s) || !looksLikeHeadingText(s))
        return false;
    // The next content line must be text of some length or a labelled item.
    for (size_t j = index + 1; j < m_lines.size(); ++j) {
        const Line &next = m_lines[j];
        if (next.blank)
            continue;
        if (next.furniture)
            return false;
        const QStringView t = view(next.start, next.end);
        if (t.front().isLower())
            return false; // the sentence goes on: a wrapped line, not a heading
        OutlineLabel label;
        if (OutlineBuilder::parseLabel(t, label))
            return true;
        return WordTokenizer::countWords(t, 8) >= 8 ||
               (endsSentence(t) && WordTokenizer::countWords(t, 4) >= 4) || t.contains(u':');
    }
    return false;
}

void Parser::buildBlocks(int bodyStart)
{
    Block paragraph;
    bool open = false;
    Speaker label;
    bool labelled = false;
    bool transcript = false;
    int lastLineLength = 0; // of the open block's last line: long and unfinished means wrapped
    // A block from `start` to the end of `line`, under the label (if any) in force.
    auto startBlock = [&](int start, const Line &line, int node, bool isItem) {
        paragraph = Block();
        paragraph.start = start;
        paragraph.end = line.end;
        paragraph.line = line.number;
        paragraph.node = node;
        paragraph.isItem = isItem;
        if (labelled) // (read only then: most blocks spare copying it)
            paragraph.label = label;
        paragraph.labelled = labelled;
        paragraph.transcript = labelled && transcript;
        open = true;
        lastLineLength = line.end - line.start;
    };
    // The open block goes on over `line`.
    auto extendBlock = [&](const Line &line) {
        paragraph.end = line.end;
        lastLineLength = line.end - line.start;
        if (paragraph.isItem)
            m_outline.extendItem(paragraph.node, paragraph.end, m_text);
    };
    auto flush = [&]() {
        if (open && paragraph.end > paragraph.start) {
            m_blocks.push_back(paragraph);
            if (!paragraph.isItem)
                m_outline.markBody(paragraph.node);
        }
        open = false;
    };
    for (size_t i = size_t(bodyStart); i < m_lines.size(); ++i) {
        const Line &line = m_lines[i];
        if (line.blank || line.furniture) {
            flush();
            continue;
        }
        const QStringView s = view(line.start, line.end);
        if (!m_doc.title.isEmpty() && AsciiCase::equals(s, m_doc.title)) {
            flush(); // the title repeated as a caption or banner
            continue;
        }
        // "(Reference) Documents signed", "[Overview]": sections of their own. A reference
        // section follows the numbered summary, so it closes every open list.
        // "(Reference) The two ministers signed ..." is a sentence, not a section.
        const int mark = referenceMarkLength(s);
        if (mark > 0 && !isReferenceSentence(s.mid(mark))) {
            flush();
            const int close = int(s.indexOf(s.front() == u'['   ? u']'
                                            : s.front() == u'(' ? u')'
                                                                : u'\uff09'));
            const QString rest = s.mid(close + 1).trimmed().toString();
            const bool titled = !rest.isEmpty() && OutlineBuilder::isTitleLike(rest);
            const int node = m_outline.addHeading(
                line.start, titled ? line.end : line.start + close + 1, line.number, m_text,
                titled ? s.toString() : s.mid(1, close - 1).toString(), true);
            labelled = false;
            if (!titled && !rest.isEmpty()) {
                // "(Reference) The two ministers signed ...": a section and its first sentence
                int start = line.start + close + 1;
                while (start < line.end && m_text[start].isSpace())
                    ++start;
                startBlock(start, line, node, false);
            }
            continue;
        }
        if (s.startsWith(u'[') && s.endsWith(u']') && s.size() < 60 && s.size() > 2) {
            flush();
            m_outline.addHeading(line.start, line.end, line.number, m_text,
                                 s.mid(1, s.size() - 2).trimmed().toString());
            labelled = false;
            continue;
        }
        OutlineLabel first;
        if (OutlineBuilder::parseLabel(s, first)) {
            flush();
            // "2. (1) At the beginning ...": one node per label.
            int offset = 0;
            OutlineLabel lab = first;
            int node = -1;
            bool titleLike = false; // the last item's text (its heading)
            for (int guard = 0; guard < 4; ++guard) {
                const int contentStart = line.start + offset + lab.length;
                const QStringView rest = view(contentStart, line.end);
                OutlineLabel inner;
                const bool nested = OutlineBuilder::parseLabel(rest, inner) && !lab.isBullet();
                titleLike = !nested && OutlineBuilder::isTitleLike(rest);
                node = m_outline.addItem(lab, contentStart, nested ? contentStart : line.end,
                                         line.number, line.start + offset, titleLike, m_text,
                                         indentOf(line) + offset);
                if (!nested)
                    break;
                offset += lab.length;
                lab = inner;
            }
            // A new section ends a transcript label; plain items under "(Japanese side)"
            // keep it.
            if (m_outline.heading(node).isEmpty() || titleLike)
                labelled = false;
            startBlock(m_outline.contentStart(node), line, node, true);
            continue;
        }
        // Hard-wrapped text: a long line that stops mid-sentence goes on in the next one,
        // even when that starts with a capital ("... met Foreign\nMinister Castellan").
        if (open && lastLineLength >= 40 && !endsSentence(view(paragraph.start, paragraph.end)) &&
            looksWrapped(view(paragraph.end - lastLineLength, paragraph.end))) {
            extendBlock(line);
            continue;
        }
        Speaker who;
        int contentStart = 0;
        m_transcript = false;
        if (parseSpeakerLabel(line, who, contentStart)) {
            flush();
            label = who;
            labelled = true;
            transcript = m_transcript;
            while (contentStart < line.end && m_text[contentStart].isSpace())
                ++contentStart;
            if (contentStart < line.end)
                startBlock(contentStart, line, m_outline.current(), false);
            continue;
        }
        if (isUnnumberedHeading(i, bodyStart)) {
            flush();
            m_outline.addHeading(line.start, line.end, line.number, m_text);
            labelled = false;
            continue;
        }
        // A line that continues the sentence of the previous one joins its paragraph.
        if (open && !endsSentence(view(paragraph.start, paragraph.end)) && s.front().isLower()) {
            extendBlock(line);
            continue;
        }
        flush();
        startBlock(line.start, line, m_outline.current(), false);
    }
    flush();
}

void Parser::registerPeople(int bodyStart)
{
    // The people of the meeting: those named in the title, a bracketed subtitle and the
    // first sentences of the text.
    auto registerText = [&](QStringView s) {
        WordTokenizer::tokenize(s, m_tokens);
        m_people.registerAll(m_tokens, true);
    };
    if (!m_doc.title.isEmpty())
        registerText(m_doc.title);
    int paragraphs = 0;
    for (size_t i = size_t(bodyStart); i < m_lines.size(); ++i) {
        const Line &line = m_lines[i];
        if (line.blank || line.furniture)
            continue;
        QStringView s = view(line.start, line.end);
        OutlineLabel label;
        if (OutlineBuilder::parseLabel(s, label))
            s = s.mid(label.length);
        if (WordTokenizer::countWords(s, 6) < 6)
            continue; // a heading; the opening sentence follows
        if (AsciiCase::startsWith(s, "the following is attributable"))
            continue; // the spokesperson speaks for the meeting, not in it
        // A hard-wrapped opening goes on over the next lines.
        QString joined;
        for (size_t k = i + 1; k < m_lines.size() && k < i + 6 && !endsSentence(s); ++k) {
            const Line &next = m_lines[k];
            if (next.blank || next.furniture)
                break;
            if (joined.isEmpty())
                joined = s.toString();
            joined += u' ' + view(next.start, next.end).toString();
            s = joined;
            i = k;
        }
        m_sentences.clear();
        SentenceSplitter::split(s, m_sentences);
        for (size_t k = 0; k < m_sentences.size() && k < 2; ++k)
            registerText(s.mid(m_sentences[k].first, m_sentences[k].second - m_sentences[k].first));
        // Some openings are a summary line; the meeting's people come a paragraph later.
        if (m_people.hasParticipants() || ++paragraphs >= 3)
            break;
    }
    // Then the lines above the text, after the opening so its fuller offices win.
    for (int i = 0; i < bodyStart && i < int(m_lines.size()); ++i) {
        const Line &line = m_lines[size_t(i)];
        const QStringView s = view(line.start, line.end);
        // "(Foreign Minister X's meeting with Y on 11 April)", bylines such as
        // "DANA R. WHITCOMBE, SECRETARY OF STATE", photo captions naming the two ministers
        if (!line.blank && !line.furniture)
            registerText(s);
    }
}

const Speaker &Parser::inheritedFor(const Block &block, int paragraphNode,
                                    const Speaker &paragraphLeadIn) const
{
    static const Speaker nobody;
    // The nearest lead-in above the block: an item ending in a colon, or a lead-in
    // paragraph of an enclosing node (-1: the text outside any section).
    int n = block.isItem ? m_outline.node(block.node).parent : block.node;
    for (int guard = 0; guard < 2 * OutlineBuilder::maxDepth; ++guard) {
        if (n == paragraphNode)
            return paragraphLeadIn;
        if (n < 0)
            break;
        if (m_leadIn[size_t(n)].kind != SpeakerKind::Unknown)
            return m_leadIn[size_t(n)];
        n = m_outline.node(n).parent;
    }
    return nobody;
}

bool Parser::isWithin(int node, int ancestor) const
{
    if (ancestor == -1)
        return true;
    for (int guard = 0; node >= 0 && guard < 2 * OutlineBuilder::maxDepth; ++guard) {
        if (node == ancestor)
            return true;
        node = m_outline.node(node).parent;
    }
    return false;
}

void Parser::addStatement(int start, int end, const Speaker &speaker, int node)
{
    while (start < end && m_text[start].isSpace())
        ++start;
    while (end > start && m_text[end - 1].isSpace())
        --end;
    if (end <= start)
        return;
    Statement s;
    s.start = start;
    s.end = end;
    s.line = lineOf(start);
    s.speaker = m_doc.speakerIndex(speaker);
    s.node = node;
    m_doc.statements.push_back(std::move(s));
}

// The block's tokens of its sentence [from, to): the same as the sentence's own tokens (no
// token crosses the end of a sentence), but with offsets into the block. `next` is the first
// block token not yet handed out.
TokenSpan Parser::sentenceTokens(int from, int to, size_t &next) const
{
    // Found by halving rather than token by token: sentences are dozens of tokens long.
    const auto startsBefore = [](const Token &t, int offset) { return t.start < offset; };
    const auto first = std::lower_bound(m_blockTokens.begin() + qsizetype(next),
                                        m_blockTokens.end(), from, startsBefore);
    const auto last = std::lower_bound(first, m_blockTokens.end(), to, startsBefore);
    next = size_t(last - m_blockTokens.begin());
    return TokenSpan(m_blockTokens.data() + (first - m_blockTokens.begin()), size_t(last - first));
}

bool Parser::attributeBlock(const Block &block, const Speaker &inherited, Speaker &finalSpeaker)
{
    bool announcesFollowing = false;
    std::vector<Piece> &pieces = m_pieces;
    pieces.clear();
    m_pieceSpeakers.clear();
    const auto speakerOf = [this, &inherited](int who) -> const Speaker & {
        return who < 0 ? inherited : m_pieceSpeakers[size_t(who)];
    };
    // A speaker of a piece's own (the reference above does not survive the next one).
    const auto own = [this](Speaker &&speaker) {
        m_pieceSpeakers.push_back(std::move(speaker));
        return int(m_pieceSpeakers.size()) - 1;
    };
    // Whom the sentences so far leave speaking: the last piece's speaker, or the inherited
    // one before the first piece.
    const auto currentWho = [&pieces]() { return pieces.empty() ? -1 : pieces.back().who; };
    const auto current = [&]() -> const Speaker & { return speakerOf(currentWho()); };
    bool reporting = false;

    // The block is tokenized once; its sentences take their share of the tokens.
    const QStringView text = view(block.start, block.end);
    WordTokenizer::tokenize(text, m_blockTokens);
    m_sentences.clear();
    SentenceSplitter::split(text, m_blockTokens, m_sentences);
    size_t nextToken = 0;
    for (const auto &[from, to] : m_sentences) {
        const int base = block.start + from;
        const QStringView sentence = view(base, block.start + to);
        Speaker japanese;
        if (japaneseSubject(sentence, japanese)) {
            // Japanese text: the subject rules below are English; these few forms are not.
            int who = reporting ? currentWho() : -1;
            if (japanese.kind != SpeakerKind::Unknown) {
                reporting = true;
                who = own(std::move(japanese));
            }
            pieces.push_back({base, block.start + to, who});
            continue;
        }
        const TokenSpan tokens = sentenceTokens(from, to, nextToken);
        const int n = int(tokens.size());
        // Everyone mentioned becomes known as the text goes, so that "Prime Minister
        // Koizumi" later finds "Junichiro Koizumi".
        m_people.registerAll(tokens, false, &m_mentions);
        // One pass for what the whole sentence says: does it announce a list, how many
        // commas and semicolons it has, and where its clauses start (the sentence start and
        // after punctuation), so that the search for a subject below visits those alone.
        m_clauseStarts.clear();
        m_clauseStarts.push_back(0);
        m_commas.clear();
        for (int i = 0; i < n; ++i) {
            const Token &t = tokens[size_t(i)];
            if (t.isWord) {
                if (!announcesFollowing && i + 1 < n)
                    announcesFollowing = announcesFollowingAt(tokens, i);
                continue;
            }
            const QChar p = t.text.front();
            if (p == u',' || p == u';')
                m_commas.push_back(i);
            // "(Chief of Staff Ilic added that ...)": a sentence in brackets
            const bool bracket = i == 0 && p == u'(';
            // '"...," said X': a clause starts after a closing quote that follows a comma
            const bool quote =
                (p == u'"' || p == u'\u201d') && i >= 1 && tokens[size_t(i - 1)].isMark(u',');
            if (i + 1 < n && (p == u',' || p == u';' || p == u':' || p == u'\u2014' || p == u'-' ||
                              quote || bracket))
                m_clauseStarts.push_back(i + 1);
        }

        // The subject: at the start, or after an introductory phrase ("In response, ...",
        // "..., he added.").
        SubjectMatch best;
        SubjectMatch narrative;
        // Subjects come early ("In response, X stated") or last ("..., he added"), so a
        // long list of commas in between is not searched clause by clause.
        const int punctuation = int(m_commas.size());
        int clauseStarts = 0;
        for (const int i : m_clauseStarts) {
            if (i > 0) {
                ++clauseStarts;
                if (clauseStarts > 6 && clauseStarts < punctuation - 2)
                    continue;
            }
            SubjectMatch m = m_people.analyzeClause(tokens, i, &m_mentions);
            if (m.kind == SubjectKind::None)
                continue;
            if (m.kind == SubjectKind::Joint &&
                (reporting || inherited.kind != SpeakerKind::Unknown) && !m.pastTense &&
                !m.opensReport)
                continue; // "Both sides should ..." inside someone's statement
            if (m.kind == SubjectKind::Narrative) {
                if (narrative.kind == SubjectKind::None)
                    narrative = std::move(m);
                continue;
            }
            best = std::move(m);
            break;
        }
        if (best.kind == SubjectKind::None && narrative.kind != SubjectKind::None)
            best = std::move(narrative);

        // Speakers are moved where they can be: each copy costs atomic reference counts.
        int who = -1;
        switch (best.kind) {
        case SubjectKind::Person:
            assignSpeaker(m_lastPerson, best.speaker);
            who = own(std::move(best.speaker));
            reporting = best.opensReport;
            break;
        case SubjectKind::Narrative:
            m_lastPerson = std::move(best.speaker);
            who = own(Speaker()); // nobody in particular
            reporting = false;
            break;
        case SubjectKind::Pronoun:
            who = m_lastPerson.kind == SpeakerKind::Person ? own(Speaker(m_lastPerson))
                                                           : currentWho();
            reporting = best.opensReport;
            break;
        case SubjectKind::Joint: {
            Speaker both;
            both.kind = SpeakerKind::Both;
            who = own(std::move(both));
            reporting = false; // what follows a joint statement is nobody's in particular
            break;
        }
        case SubjectKind::Side:
            who = own(std::move(best.speaker));
            reporting = best.opensReport;
            break;
        case SubjectKind::FirstPerson:
            who = current().kind != SpeakerKind::Unknown ? currentWho() : -1;
            break;
        case SubjectKind::Passive:
        case SubjectKind::None:
            who = reporting ? currentWho() : -1;
            break;
        }

        // A second speaker inside the sentence: "...; Minister Y stated ...",
        // "..., and Minister Y expressed his gratitude."
        int pieceStart = base;
        if (best.verbToken >= 0) {
            int passed = best.verbToken; // the commas up to here are read
            for (const int b : m_commas) {
                if (b <= passed)
                    continue;
                if (b + 1 >= n)
                    break;
                const Token &p = tokens[size_t(b)];
                const bool semicolon = p.isMark(u';');
                // "..., to which Foreign Minister Y responded that ..."
                if (p.isMark(u',') && b + 3 < n && tokens[size_t(b + 1)].isText("to") &&
                    tokens[size_t(b + 2)].isText("which")) {
                    SubjectMatch next = m_people.analyzeClause(tokens, b + 3, &m_mentions);
                    if (next.kind == SubjectKind::Person && next.speaker != speakerOf(who)) {
                        const int splitAt = block.start + tokens[size_t(b + 1)].start;
                        pieces.push_back({pieceStart, splitAt, who});
                        pieceStart = splitAt;
                        assignSpeaker(m_lastPerson, next.speaker);
                        who = own(std::move(next.speaker));
                        reporting = next.opensReport;
                        passed = qMax(b, next.verbToken);
                        continue;
                    }
                }
                const Token &after = tokens[size_t(b + 1)];
                const bool comma = p.isMark(u',') && after.isWord &&
                                   (after.isText("and") || after.isText("while") ||
                                    after.isText("whereas") || after.isText("but"));
                if (!semicolon && !comma)
                    continue;
                SubjectMatch next = m_people.analyzeClause(tokens, b + 1, &m_mentions);
                Speaker other;
                if (next.kind == SubjectKind::Person || next.kind == SubjectKind::Side)
                    other = std::move(next.speaker);
                else if (next.kind == SubjectKind::Joint && next.pastTense)
                    other.kind = SpeakerKind::Both;
                else if (next.kind == SubjectKind::Pronoun && semicolon)
                    other = m_lastPerson;
                else
                    continue;
                if (other == speakerOf(who))
                    continue;
                const int splitAt = block.start + tokens[size_t(b + 1)].start;
                pieces.push_back({pieceStart, splitAt, who});
                pieceStart = splitAt;
                if (other.kind == SpeakerKind::Person)
                    assignSpeaker(m_lastPerson, other);
                who = own(std::move(other));
                reporting = next.opensReport;
                passed = qMax(b, next.verbToken);
            }
        }
        pieces.push_back({pieceStart, block.start + to, who});
    }

    // The caller reads the last speaker only after a lead-in: other blocks spare the copy.
    const bool leadIn = announcesFollowing || view(block.start, block.end).endsWith(u':');
    if (leadIn)
        finalSpeaker = current();
    // Consecutive pieces of one speaker make one statement.
    const bool skip = isPureLeadIn(view(block.start, block.end), m_blockTokens);
    for (size_t i = 0; i < pieces.size();) {
        size_t j = i + 1;
        while (j < pieces.size() && (pieces[j].who == pieces[i].who ||
                                     speakerOf(pieces[j].who) == speakerOf(pieces[i].who)))
            ++j;
        if (!skip)
            addStatement(pieces[i].start, pieces[j - 1].end, speakerOf(pieces[i].who), block.node);
        i = j;
    }
    return leadIn;
}

void Parser::attribute()
{
    m_leadIn.assign(m_outline.size(), Speaker());
    // A lead-in paragraph ("The Foreign Secretary said:", "The two sides agreed on the
    // following points:") speaks for what follows it in its section, items included,
    // until someone else is named.
    Speaker paragraphLeadIn;
    int paragraphLeadInNode = -2;
    for (const Block &block : m_blocks) {
        if (block.isItem && m_outline.node(block.node).isHeading)
            continue;
        const int container = block.isItem ? m_outline.node(block.node).parent : block.node;
        if (paragraphLeadInNode != -2 && !isWithin(container, paragraphLeadInNode))
            paragraphLeadInNode = -2;
        // A label was read before the participants' countries were settled.
        const Speaker label = block.labelled ? m_people.current(block.label) : Speaker();
        const Speaker &inherited =
            block.labelled ? label : inheritedFor(block, paragraphLeadInNode, paragraphLeadIn);
        if (block.transcript) {
            // A turn of a transcript is all its speaker's, whoever it names.
            WordTokenizer::tokenize(view(block.start, block.end), m_tokens);
            m_people.registerAll(m_tokens, false);
            addStatement(block.start, block.end, label, block.node);
            continue;
        }
        Speaker last;
        const size_t before = m_doc.statements.size();
        const bool leadIn = attributeBlock(block, inherited, last);
        const QStringView text = view(block.start, block.end);
        if (leadIn) {
            if (block.isItem) {
                assignSpeaker(m_leadIn[size_t(block.node)], last);
            } else if (text.endsWith(u':')) {
                assignSpeaker(paragraphLeadIn, last);
                paragraphLeadInNode = block.node;
            }
        } else if (!block.isItem && paragraphLeadInNode == block.node &&
                   m_doc.statements.size() > before &&
                   m_doc.speakerOf(m_doc.statements[before]) != paragraphLeadIn) {
            paragraphLeadInNode = -2; // someone else speaks now
        }
    }
}

void Parser::assignCountriesFromTitle()
{
    // "Japan-Veloria Foreign Ministers' Meeting": the countries of the meeting, in order.
    // A participant whose office did not say is from the country nobody else is from.
    QStringList countries;
    WordTokenizer::tokenize(m_doc.title, m_tokens);
    for (const Token &t : m_tokens) {
        if (!t.isWord || !t.text.contains(u'-'))
            continue;
        for (QStringView part : t.text.split(u'-')) {
            if (part.isEmpty() || !part.front().isUpper())
                continue;
            const QString known = m_people.countryFor(part);
            // An unknown word is a country only if it is no title or polity word
            // ("Japan-Republic of Korea" names Korea, not "Republic").
            if (!known.isEmpty())
                countries.append(known);
            else if (!(NameLexicon::flags(part) &
                       (NameLexicon::Title | NameLexicon::NonName | NameLexicon::CountryPrefix)))
                countries.append(part.toString());
            else
                return;
        }
        break;
    }
    if (countries.size() < 2)
        return;
    QStringList unclaimed = countries;
    for (const Participant &p : m_doc.participants)
        unclaimed.removeAll(p.country);
    for (Participant &p : m_doc.participants) {
        // A country the title does not name was only the office's usual one.
        if ((p.country.isEmpty() || !countries.contains(p.country)) && unclaimed.size() == 1) {
            p.country = unclaimed.takeFirst();
            m_people.setCountry(p.name, p.country);
        }
    }
}

Document Parser::run()
{
    m_doc.text = m_text;
    m_lines = splitLines(m_text);
    markLinkLists(m_text, m_lines);
    m_lineStarts.reserve(m_lines.size());
    for (const Line &line : m_lines)
        m_lineStarts.push_back(line.begin);

    std::vector<HeaderLine> headerLines;
    headerLines.reserve(qMin<size_t>(m_lines.size(), 40));
    int bodyStart = int(m_lines.size());
    for (int i = 0; i < int(m_lines.size()); ++i) {
        const Line &line = m_lines[size_t(i)];
        if (line.blank || line.furniture)
            continue;
        const QStringView s = view(line.start, line.end);
        OutlineLabel label;
        if (OutlineBuilder::parseLabel(s, label) || SummaryHeader::isBodyLine(s) ||
            isTranscriptLabel(s) || continuesOnNextLine(size_t(i))) {
            bodyStart = i;
            break;
        }
        headerLines.push_back({i, s});
        if (headerLines.size() >= 40) {
            bodyStart = i + 1;
            break;
        }
    }
    m_header.read(headerLines);
    m_doc.title = m_header.title();
    // A short title-like line just before the body is the first heading ("Opening Remarks").
    if (!headerLines.empty() && bodyStart < int(m_lines.size())) {
        const HeaderLine &last = headerLines.back();
        if (m_header.canBeHeading(last) && OutlineBuilder::isTitleLike(last.text) &&
            WordTokenizer::countWords(last.text, 9) <= 8)
            bodyStart = last.index;
    }

    // People named in the title and opening must be known before labels are read.
    registerPeople(bodyStart);
    // At most one outline node and one block per line of the body.
    const size_t bodyLines = m_lines.size() - size_t(bodyStart);
    m_outline.reserve(bodyLines);
    m_blocks.reserve(bodyLines);
    buildBlocks(bodyStart);
    m_outline.finish();

    // The opening: the first paragraph that tells of the meeting ("X met Y in Z on ..."),
    // skipping a spokesperson's line or a bare heading above it.
    QStringView opening;
    for (size_t b = 0; b < m_blocks.size() && b < 4; ++b) {
        const QStringView text = view(m_blocks[b].start, m_blocks[b].end);
        if (opening.isEmpty())
            opening = text;
        if (WordTokenizer::countWords(text, 8) >= 8 &&
            !AsciiCase::startsWith(text, "the following is attributable")) {
            opening = text;
            break;
        }
    }
    m_header.readOpening(opening, m_text);
    if (m_header.place().isEmpty())
        m_header.readPlace(m_doc.title); // "Foreign Secretary meets ... in Lenbridge"
    m_doc.date = m_header.date();
    m_doc.place = m_header.place();
    m_doc.meetingKind = m_header.meetingKind(opening);
    if (!m_header.issuerWord().isEmpty()) {
        const QString issuer = m_people.countryFromAdjective(m_header.issuerWord());
        if (!issuer.isEmpty() && issuer != m_header.issuerDefaultCountry()) {
            m_people.replaceImpliedCountry(m_header.issuerDefaultCountry(), issuer);
            // The ministry's own officials: "Deputy Secretary Harlan" on a Department of
            // State page.
            const bool state = m_header.issuerDefaultCountry() == QLatin1String("United States");
            for (const Participant &p : m_people.participants()) {
                if (p.country.isEmpty() &&
                    p.role.contains(state ? QLatin1String("Secretary") : QLatin1String("Minister")))
                    m_people.setCountry(p.name, issuer);
            }
        }
    }
    m_doc.participants = m_people.participants();
    assignCountriesFromTitle();

    m_doc.statements.reserve(m_blocks.size()); // a block gives a statement or a few
    attribute();
    m_outline.moveInto(m_doc);
    m_doc.warnings.append(m_outline.warnings());
    return std::move(m_doc);
}

} // namespace

Document SummaryParser::parse(const QString &text)
{
    Parser parser(text);
    return parser.run();
}

} // namespace Readout
