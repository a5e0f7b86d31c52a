#pragma once

#include <QStringView>

#include <optional>
#include <vector>

namespace Readout {

/// The places where a quote may lie in a text, and the choice among them. Each candidate is
/// scored by how much of the quote it matches (its length less its edits) plus how many
/// characters of the stored context (prefix before, suffix after) it has next to it. Only
/// candidates whose context agrees count; of those the best wins when it is clearly better
/// than the rest, else the one nearest the old position when it is clearly nearest (exactly
/// there, for copies that carry all the context along), else none: an annotation is better
/// orphaned than attached to the wrong passage.
class QuoteCandidates
{
public:
    /// How much context a candidate needs beside it. Always enough: all of it, on both
    /// sides. For a quote of at least LongQuote characters also: all of one side and part of
    /// the other (the passage with one neighbour edited).
    enum class ContextRule
    {
        /// Also enough for a verbatim occurrence of a long quote (a whole sentence found as
        /// it was): part of either side.
        Exact,
        /// Nothing more (for approximate occurrences, whose own text proves less).
        Approximate,
    };

    struct Candidate
    {
        int start = -1;
        int end = -1;
        int errors = 0;
        int prefixMatch = 0; ///< characters of the stored prefix found just before start
        int suffixMatch = 0; ///< characters of the stored suffix found just after end
        int score = 0;
    };

    /// Part of one side of the context: this many characters, or all of a shorter side.
    static constexpr int SideEvidence = 8;
    /// A quote this long speaks for itself in part (see ContextRule).
    static constexpr int LongQuote = 32;
    /// A candidate is clearly better than another when it scores this much more.
    static constexpr int ClearMargin = 8;

    /// All views must outlive this object.
    QuoteCandidates(QStringView text, QStringView prefix, QStringView exact, QStringView suffix,
                    ContextRule rule);

    /// Adds text[start, end) with @p errors edits against the quote. A candidate overlapping
    /// a previous one by more than half is the same place: the better of the two is kept.
    void add(int start, int end, int errors);

    /// Whether a candidate starts within @p slack of @p start, or ends within it of @p end
    /// (either may be -1: not compared).
    bool covers(int start, int end, int slack) const;

    /// Whether the context beside the candidate is evidence enough (see ContextRule).
    bool agrees(const Candidate &candidate) const;
    /// Whether all the stored context, on both sides, is next to the candidate.
    bool hasWholeContext(const Candidate &candidate) const;
    /// Whether any candidate agrees with the context (then an undecided choice is ambiguous).
    bool anyAgrees() const;
    /// The chosen candidate; @p hint is the expected start (-1 when unknown).
    std::optional<Candidate> choose(int hint) const;

private:
    std::optional<Candidate> nearest(const Candidate &first, const Candidate &second,
                                     int hint) const;
    /// Whether the text repeats from one candidate to the other (a passage copied next to
    /// itself: no telling which is the original).
    bool repeats(const Candidate &a, const Candidate &b) const;
    int prefixMatch(int start) const;
    int suffixMatch(int end) const;

    QStringView m_text;
    QStringView m_prefix;
    QStringView m_exact;
    QStringView m_suffix;
    ContextRule m_rule;
    std::vector<Candidate> m_candidates;
};

} // namespace Readout
