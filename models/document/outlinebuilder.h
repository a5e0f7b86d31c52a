#pragma once

#include "document.h"

#include <QString>
#include <QStringList>
#include <QStringView>

#include <vector>

namespace Readout {

/// A numbering style: labels of one style continue one another's list. Bullets and letter
/// forms have a style each ("-" and "•"; "(a)", "a." and "(i)"), counted from FirstBullet
/// and FirstLetter. (A small number, not a string: every line's label gets one.)
enum class LabelStyle : quint8
{
    None,
    Heading,     ///< an unnumbered heading line
    DoubleDash,  ///< "--"
    Circled,     ///< "①"
    Bracketed,   ///< "(1)"
    NumberSpace, ///< "1 " and the Japanese "１　"
    NumberDot,   ///< "1."
    NumberParen, ///< "1)"
    FirstBullet = 16,
    FirstLetter = 64,
};

/// The numbering at the start of a line: "1.", "(a)", "(ii)", "-", "•".
struct OutlineLabel
{
    LabelStyle style = LabelStyle::None;
    int value = 0;                          ///< 1-based position in its list; 0 for bullets
    LabelStyle altStyle = LabelStyle::None; ///< the other reading of "(i)", "I.", "(v)"
    int altValue = 0;
    int length = 0; ///< characters of the label and the spaces after it

    bool isBullet() const { return value == 0; }
};

/// Builds the outline tree of a summary from its labelled lines and unnumbered headings.
/// The level of a numbering style comes from where it first appears; a list that restarts
/// ("(1)" while the open "(1)" list is at "(2)") nests under the current item; an item that
/// could continue two lists goes to the one whose items have its shape (heading or sentence).
class OutlineBuilder
{
public:
    static constexpr int maxDepth = 32;

    static bool parseLabel(QStringView line, OutlineLabel &label);
    /// A short title-like line: no final full stop, colon or semicolon, one sentence at most.
    static bool isTitleLike(QStringView text);

    /// Adds a labelled item; its heading is text [contentStart, contentEnd). Returns its index.
    /// `titleLike` is isTitleLike() of that heading (the caller has it; finish() uses it).
    /// `indent` is the label's indentation in columns (tabs count 4): a list that restarts
    /// further in than the item before it nests under that item.
    int addItem(const OutlineLabel &label, int contentStart, int contentEnd, int line,
                int labelStart, bool titleLike, const QString &text, int indent = 0);
    /// Adds an unnumbered heading line; `heading` overrides the line's text (brackets
    /// removed), `topLevel` closes every open list ("(Reference)" sections). Returns its index.
    int addHeading(int start, int end, int line, const QString &text,
                   const QString &heading = QString(), bool topLevel = false);
    /// The item's text goes on to `end` (a line wrapped mid-sentence).
    void extendItem(int node, int end, const QString &text);
    /// Marks that paragraphs follow `node` (so a title-like item there is a heading).
    void markBody(int node);
    /// Makes room for `nodes` nodes (at most one per line), sparing growing step by step.
    void reserve(size_t nodes);
    /// Decides which nodes are headings (topics); call after the last line.
    void finish();

    int current() const;
    int contentStart(int node) const { return m_states[size_t(node)].contentStart; }
    const OutlineNode &node(int index) const { return m_nodes[size_t(index)]; }
    /// The node's heading: a list item's stays in the text until finish() (see
    /// OutlineNode::headingStart), so read it here.
    QStringView heading(int index) const;
    size_t size() const { return m_nodes.size(); }
    QStringList warnings() const { return m_warnings; }
    void moveInto(Document &document);

private:
    struct Open
    {
        LabelStyle style = LabelStyle::None;
        int value = 0;
        int node = -1;
        bool titleLike = false;
        int indent = 0;
    };

    int add(int parent, int start, int end, int line, QString label, QString heading);
    void push(const Open &open, int parentDepthLimit);
    bool resolveStyle(const OutlineLabel &label, LabelStyle &style, int &value) const;
    /// `label` as a string, shared with an earlier item's equal label ("(1)", "-").
    QString sharedLabel(QStringView label);

    std::vector<OutlineNode> m_nodes;
    /// What the builder knows of a node beyond OutlineNode (one entry per node).
    struct NodeState
    {
        int contentStart = 0;
        bool hasBody = false;
        bool unnumbered = false;
        bool wrapped = false;   ///< the item's text runs on over several lines
        bool titleLike = false; ///< isTitleLike() of the node's heading, as addItem got it
    };
    std::vector<NodeState> m_states;
    std::vector<Open> m_stack;
    std::vector<int> m_roots;
    QStringList m_warnings;
    std::vector<QString> m_labels; ///< the distinct labels seen, for sharedLabel()
    QStringView m_text;            ///< the summary the items' headings are offsets into
};

} // namespace Readout
