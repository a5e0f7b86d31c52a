#include "outlinebuilder.h"

#include "asciicase.h"
#include "namelexicon.h"

#include <QVarLengthArray>

#include <algorithm>
#include <iterator>
#include <vector>

namespace Readout {

namespace {

int romanValue(QStringView s)
{
    int total = 0;
    int previous = 0;
    for (qsizetype i = s.size() - 1; i >= 0; --i) {
        int v = 0;
        switch (s[i].toLower().unicode()) {
        case u'i':
            v = 1;
            break;
        case u'v':
            v = 5;
            break;
        case u'x':
            v = 10;
            break;
        case u'l':
            v = 50;
            break;
        case u'c':
            v = 100;
            break;
        default:
            return 0;
        }
        total += v < previous ? -v : v;
        previous = qMax(previous, v);
    }
    return total;
}

bool isRomanLetters(QStringView s)
{
    for (QChar c : s) {
        const char16_t u = c.toLower().unicode();
        if (u != u'i' && u != u'v' && u != u'x')
            return false;
    }
    return !s.isEmpty();
}

// ASCII and full-width digits ("１", in Japanese numbering)
bool isLabelDigit(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'0' && u <= u'9') || (u >= u'\uff10' && u <= u'\uff19');
}

int skipSpaces(QStringView s, int i)
{
    while (i < s.size() && (s[i].isSpace() || s[i] == u'\u3000'))
        ++i;
    return i;
}

constexpr char16_t bulletChars[] = {u'-',      u'\u2013', u'\u2014', u'\u2022', u'\u30fb',
                                    u'*',      u'\u25cf', u'\u25cb', u'\u25ef', u'\u25a0',
                                    u'\u25a1', u'\u25c6', u'\u25c7', u'\u25aa', u'\u25ba',
                                    u'\u2023', u'\uff0a', u'\u00b7', u'\u2219', u'\uff65'};

int bulletIndex(QChar c)
{
    // Every line's first character comes here; of ASCII only '-' and '*' are bullets.
    if (c.unicode() < 0x80 && c != u'-' && c != u'*')
        return -1;
    for (size_t i = 0; i < std::size(bulletChars); ++i) {
        if (c.unicode() == bulletChars[i])
            return int(i);
    }
    return -1;
}

bool isBulletChar(QChar c)
{
    return bulletIndex(c) >= 0;
}

// The style of a bullet label, "-" or "•": one for each bullet character.
LabelStyle bulletStyle(QChar c)
{
    static_assert(int(LabelStyle::FirstBullet) + std::size(bulletChars) <=
                  int(LabelStyle::FirstLetter));
    return LabelStyle(int(LabelStyle::FirstBullet) + bulletIndex(c));
}

// "(a)", "A.", "i)": one style for each bracket, kind, case and closing mark.
LabelStyle letterStyle(bool bracketed, bool roman, bool lower, QChar close)
{
    return LabelStyle(int(LabelStyle::FirstLetter) + int(bracketed) * 8 + int(roman) * 4 +
                      int(!lower) * 2 + int(close == u'.'));
}

// Letter (and possibly roman) reading of a one-to-four letter label body: "(b)" when
// `bracketed`, else "b." or "b)" as `close` says.
bool letterLabel(QStringView body, bool bracketed, QChar close, OutlineLabel &label)
{
    if (body.isEmpty() || body.size() > 4)
        return false;
    for (QChar c : body) {
        if (c.unicode() >= 0x80 || !c.isLetter())
            return false;
    }
    const bool lower = body[0].isLower();
    for (QChar c : body) {
        if (c.isLower() != lower)
            return false;
    }
    if (body.size() == 1) {
        label.style = letterStyle(bracketed, false, lower, close);
        label.value = body[0].toLower().unicode() - u'a' + 1;
        if (isRomanLetters(body)) {
            label.altStyle = letterStyle(bracketed, true, lower, close);
            label.altValue = romanValue(body);
        }
        return true;
    }
    if (!isRomanLetters(body))
        return false;
    label.style = letterStyle(bracketed, true, lower, close);
    label.value = romanValue(body);
    return label.value > 0;
}

} // namespace

bool OutlineBuilder::parseLabel(QStringView s, OutlineLabel &label)
{
    label = OutlineLabel();
    const int n = int(s.size());
    if (n == 0)
        return false;
    const QChar c = s[0];

    if (isBulletChar(c)) {
        int i = 1;
        LabelStyle style = bulletStyle(c);
        if (c == u'-' && i < n && s[i] == u'-') {
            style = LabelStyle::DoubleDash;
            i = 2;
        }
        // "-5%" and "*note" are text; "•Heading" and "・項目" need no space.
        const bool needsSpace = c == u'-' || c == u'*' || c == u'\u2013' || c == u'\u2014';
        if (needsSpace && (i >= n || !s[i].isSpace()))
            return false;
        i = skipSpaces(s, i);
        if (i >= n)
            return false;
        OutlineLabel inner;
        // "- (1) text": the number is the label. A bullet after a bullet is text, which
        // also keeps "- - - - ..." lines from recursing without end.
        if (!isBulletChar(s[i]) && parseLabel(s.mid(i), inner) && !inner.isBullet()) {
            inner.length += i;
            label = inner;
            return true;
        }
        label.style = style;
        label.length = i;
        return true;
    }
    if (c.unicode() >= 0x2460 && c.unicode() <= 0x2473) { // circled numbers
        label.style = LabelStyle::Circled;
        label.value = c.unicode() - 0x2460 + 1;
        label.length = skipSpaces(s, 1);
        return label.length < n;
    }
    if (c == u'(' || c == u'\uff08') {
        int close = 1;
        while (close < n && close <= 6 && s[close] != u')' && s[close] != u'\uff09')
            ++close;
        if (close >= n || close > 6 || close == 1)
            return false;
        const QStringView body = s.mid(1, close - 1);
        bool digits = true;
        int value = 0;
        for (QChar d : body) {
            digits = digits && isLabelDigit(d);
            value = value * 10 + qMax(0, d.digitValue());
        }
        if (digits) {
            if (body.size() > 3)
                return false;
            label.style = LabelStyle::Bracketed;
            label.value = value;
        } else if (!letterLabel(body, true, u')', label)) {
            return false;
        }
        label.length = skipSpaces(s, close + 1);
        return label.value > 0 && label.length < n;
    }
    if (isLabelDigit(c)) {
        int i = 0;
        int value = 0;
        while (i < n && i < 4 && isLabelDigit(s[i]))
            value = value * 10 + s[i++].digitValue();
        if (i >= n || i > 2)
            return false;
        const QChar after = s[i];
        // Japanese numbering: "１　本日午後、..." and "１．概要"
        if ((after == u'\u3000' || after == u'\u3001') && i + 1 < n) {
            label.style = LabelStyle::NumberSpace;
            label.value = value;
            label.length = skipSpaces(s, i + (after == u'\u3001' ? 1 : 0));
            return value > 0 && label.length < n;
        }
        if (after == u'.' || after == u'\uff0e') {
            if (i + 1 < n && s[i + 1].isDigit())
                return false; // "2.5 million"
            label.style = LabelStyle::NumberDot;
        } else if (after == u')') {
            label.style = LabelStyle::NumberParen;
        } else if (after == u' ' && value <= 30 && i + 1 < n && s[i + 1].isUpper() &&
                   isTitleLike(s.mid(i + 1)) &&
                   NameLexicon::monthNumber(s.mid(i + 1).split(u' ').front()) ==
                       0) { // not "9 May 2023"
            label.style = LabelStyle::NumberSpace;
            label.value = value;
            label.length = skipSpaces(s, i);
            return value > 0;
        } else {
            return false;
        }
        label.value = value;
        label.length = skipSpaces(s, i + 1);
        return value > 0 && label.length < n;
    }
    if (c.isLetter() && c.unicode() < 0x80) {
        int i = 0;
        while (i < n && i < 5 && s[i].isLetter() && s[i].unicode() < 0x80)
            ++i;
        if (i >= n || i > 4)
            return false;
        const QChar after = s[i];
        if (after != u'.' && after != u')')
            return false;
        if (i + 1 >= n || !s[i + 1].isSpace())
            return false; // "U.S." and "e.g." are words
        if (!letterLabel(s.left(i), false, after, label))
            return false;
        label.length = skipSpaces(s, i + 1);
        return label.length < n;
    }
    return false;
}

bool OutlineBuilder::isTitleLike(QStringView text)
{
    const QStringView t = AsciiCase::trimmed(text);
    if (t.isEmpty() || t.size() > 120)
        return false;
    const QChar last = t.back();
    if (last == u'.' || last == u';' || last == u':' || last == u',' || last == u'!' ||
        last == u'?' || last == u'\u3002')
        return false;
    const QChar first = t.front();
    if (first.isLower())
        return false;
    int words = 1;
    for (qsizetype i = 0; i < t.size(); ++i) {
        if (t[i].isSpace() && i + 1 < t.size() && !t[i + 1].isSpace() && ++words > 14)
            return false; // too long for a title: the rest need not be read
        if (t[i] == u'.' && i + 2 < t.size() && t[i + 1] == u' ' && t[i + 2].isUpper() && i > 2 &&
            t[i - 1].isLower() && t[i - 2].isLower())
            return false; // two sentences
    }
    return true;
}

int OutlineBuilder::current() const
{
    return m_stack.empty() ? -1 : m_stack.back().node;
}

int OutlineBuilder::add(int parent, int start, int end, int line, QString label, QString heading)
{
    OutlineNode node;
    node.label = std::move(label);
    node.heading = std::move(heading);
    node.line = line;
    node.start = start;
    node.end = end;
    node.parent = parent;
    node.depth = parent < 0 ? 0 : m_nodes[size_t(parent)].depth + 1;
    const int index = int(m_nodes.size());
    m_nodes.push_back(std::move(node));
    m_states.push_back({end});
    if (parent < 0) {
        m_roots.push_back(index);
    } else {
        std::vector<int> &children = m_nodes[size_t(parent)].children;
        if (children.empty())
            children.reserve(4); // a list has several items: spares growing one by one
        children.push_back(index);
    }
    return index;
}

bool OutlineBuilder::resolveStyle(const OutlineLabel &label, LabelStyle &style, int &value) const
{
    style = label.style;
    value = label.value;
    if (label.altStyle == LabelStyle::None)
        return true;
    // "(i)" after "(h)" is a letter; otherwise a lone "(i)", "(v)" after "(iv)" is roman.
    for (const Open &open : m_stack) {
        if (open.style == label.style && open.value == label.value - 1)
            return true;
    }
    for (const Open &open : m_stack) {
        if (open.style == label.altStyle && open.value == label.altValue - 1) {
            style = label.altStyle;
            value = label.altValue;
            return true;
        }
    }
    if (label.altValue == 1) {
        style = label.altStyle;
        value = label.altValue;
    }
    return true;
}

int OutlineBuilder::addItem(const OutlineLabel &label, int contentStart, int contentEnd, int line,
                            int labelStart, bool titleLike, const QString &text, int indent)
{
    LabelStyle style = LabelStyle::None;
    int value = 0;
    resolveStyle(label, style, value);

    QVarLengthArray<int, 16> candidates; // stack positions of open items of this style
    for (int k = 0; k < int(m_stack.size()); ++k) {
        if (m_stack[size_t(k)].style == style)
            candidates.push_back(k);
    }
    int sibling = -1; // stack position the new item replaces; -1: nest under the innermost
    if (!candidates.empty()) {
        if (value == 0) {
            sibling = candidates.back();
        } else {
            QVarLengthArray<int, 16> continuing;
            for (int k : candidates) {
                if (m_stack[size_t(k)].value == value - 1)
                    continuing.push_back(k);
            }
            if (!continuing.empty()) {
                sibling = continuing.back();
                int sameIndent = -1;
                int sameIndentCount = 0;
                for (int k : continuing) {
                    if (m_stack[size_t(k)].indent == indent) {
                        sameIndent = k;
                        ++sameIndentCount;
                    }
                }
                if (continuing.size() > 1 && sameIndentCount == 1) {
                    sibling = sameIndent; // the list indented like this item
                } else if (continuing.size() > 1) {
                    // Choose by shape: a heading continues the list of headings.
                    for (auto it = continuing.rbegin(); it != continuing.rend(); ++it) {
                        if (m_stack[size_t(*it)].titleLike == titleLike) {
                            sibling = *it;
                            break;
                        }
                    }
                }
            } else if (value <= m_stack[size_t(candidates.back())].value) {
                // A restart nests under the current item, unless that item is itself of
                // this style (a second list at the same level, as after a table of contents).
                const bool deeper = indent > m_stack.back().indent;
                sibling = (m_stack.back().style == style && !deeper) ? candidates.back() : -1;
            } else {
                sibling = candidates.back(); // a gap in the numbering
            }
        }
    }
    if (sibling < 0 && int(m_stack.size()) >= maxDepth) {
        sibling = int(m_stack.size()) - 1;
        if (m_warnings.isEmpty())
            m_warnings.append(QStringLiteral("outline nested deeper than %1 levels; deeper items "
                                             "were kept at level %1")
                                  .arg(maxDepth));
    }
    if (sibling >= 0)
        m_stack.resize(size_t(sibling));
    const int parent = m_stack.empty() ? -1 : m_stack.back().node;
    const QStringView all(text);
    m_text = all;
    const int index = add(
        parent, labelStart, contentEnd, line,
        sharedLabel(AsciiCase::trimmed(all.mid(labelStart, contentStart - labelStart))), QString());
    // The heading is where it stands in the text: most items are no topic, and a copy of
    // every item's text cost more than anything else here. Topics get theirs in finish().
    const QStringView heading =
        AsciiCase::trimmed(all.mid(contentStart, contentEnd - contentStart));
    if (!heading.isEmpty()) {
        m_nodes[size_t(index)].headingStart = int(heading.data() - all.data());
        m_nodes[size_t(index)].headingLength = int(heading.size());
    }
    m_states[size_t(index)].contentStart = contentStart;
    m_states[size_t(index)].titleLike = titleLike;
    m_stack.push_back({style, value, index, titleLike, indent});
    return index;
}

void OutlineBuilder::reserve(size_t nodes)
{
    m_nodes.reserve(nodes);
    m_states.reserve(nodes);
}

QString OutlineBuilder::sharedLabel(QStringView label)
{
    // A summary numbers its items with few distinct labels: the same few strings serve all.
    for (const QString &known : m_labels) {
        // Labels are a few characters long: compared here rather than by a call to Qt.
        if (known.size() == label.size() && std::equal(known.begin(), known.end(), label.begin()))
            return known;
    }
    QString made = label.toString();
    if (m_labels.size() < 32)
        m_labels.push_back(made);
    return made;
}

int OutlineBuilder::addHeading(int start, int end, int line, const QString &text,
                               const QString &heading, bool topLevel)
{
    const LabelStyle style = LabelStyle::Heading;
    int sibling = topLevel ? 0 : -1;
    for (int k = 0; k < int(m_stack.size()); ++k) {
        if (m_stack[size_t(k)].style == style)
            sibling = k;
    }
    if (sibling < 0) {
        // A new unnumbered heading goes under the innermost open heading, if any.
        sibling = 0;
        for (int k = int(m_stack.size()) - 1; k >= 0; --k) {
            if (m_stack[size_t(k)].titleLike) {
                sibling = k + 1;
                break;
            }
        }
    }
    m_stack.resize(size_t(qMin(sibling, maxDepth - 1)));
    const int parent = m_stack.empty() ? -1 : m_stack.back().node;
    const int index = add(parent, start, end, line, QString(),
                          heading.isEmpty() ? text.mid(start, end - start) : heading);
    m_states[size_t(index)].contentStart = end;
    m_states[size_t(index)].unnumbered = true;
    m_stack.push_back({style, 0, index, true});
    return index;
}

void OutlineBuilder::extendItem(int node, int end, const QString &text)
{
    // The heading stays the item's first line (it spans that line), but an item that
    // runs on is a sentence, never a topic.
    const int start = m_states[size_t(node)].contentStart;
    const bool titleLike = isTitleLike(QStringView(text).mid(start, end - start));
    if (!titleLike)
        m_states[size_t(node)].wrapped = true;
    for (Open &open : m_stack) {
        if (open.node == node)
            open.titleLike = titleLike;
    }
}

void OutlineBuilder::markBody(int node)
{
    if (node >= 0)
        m_states[size_t(node)].hasBody = true;
}

QStringView OutlineBuilder::heading(int index) const
{
    const OutlineNode &node = m_nodes[size_t(index)];
    return node.headingStart >= 0 ? m_text.mid(node.headingStart, node.headingLength)
                                  : QStringView(node.heading);
}

void OutlineBuilder::finish()
{
    for (size_t i = 0; i < m_nodes.size(); ++i) {
        OutlineNode &node = m_nodes[i];
        const NodeState &state = m_states[i];
        const bool content = !node.children.empty() || state.hasBody;
        node.isHeading = state.unnumbered || (content && !state.wrapped && state.titleLike &&
                                              !heading(int(i)).endsWith(u':'));
        // A topic's heading is read often: a string of its own, as Document::compact()
        // keeps it.
        if (node.isHeading && node.headingStart >= 0) {
            node.heading = heading(int(i)).toString();
            node.headingStart = -1;
            node.headingLength = 0;
        }
    }
}

void OutlineBuilder::moveInto(Document &document)
{
    document.outline = std::move(m_nodes);
    document.roots = std::move(m_roots);
    m_nodes.clear();
    m_roots.clear();
}

} // namespace Readout
