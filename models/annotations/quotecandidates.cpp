#include "annotations/quotecandidates.h"

#include <algorithm>
#include <cstdlib>

namespace Readout {

namespace {

bool sideAgrees(int matched, int stored)
{
    return matched >= std::min<int>(stored, QuoteCandidates::SideEvidence);
}

int overlap(const QuoteCandidates::Candidate &a, int start, int end)
{
    return std::min(a.end, end) - std::max(a.start, start);
}

} // namespace

QuoteCandidates::QuoteCandidates(QStringView text, QStringView prefix, QStringView exact,
                                 QStringView suffix, ContextRule rule)
    : m_text(text), m_prefix(prefix), m_exact(exact), m_suffix(suffix), m_rule(rule)
{}

int QuoteCandidates::prefixMatch(int start) const
{
    const int limit = std::min(start, int(m_prefix.size()));
    int n = 0;
    while (n < limit && m_text[start - 1 - n] == m_prefix[m_prefix.size() - 1 - n])
        ++n;
    return n;
}

int QuoteCandidates::suffixMatch(int end) const
{
    const int limit = std::min(int(m_text.size()) - end, int(m_suffix.size()));
    int n = 0;
    while (n < limit && m_text[end + n] == m_suffix[n])
        ++n;
    return n;
}

void QuoteCandidates::add(int start, int end, int errors)
{
    Candidate c;
    c.start = start;
    c.end = end;
    c.errors = errors;
    c.prefixMatch = prefixMatch(start);
    c.suffixMatch = suffixMatch(end);
    c.score = int(m_exact.size()) - errors + c.prefixMatch + c.suffixMatch;
    for (Candidate &other : m_candidates) {
        const int shorter = std::min(other.end - other.start, end - start);
        if (2 * overlap(other, start, end) > shorter) {
            if (c.score > other.score)
                other = c;
            return;
        }
    }
    m_candidates.push_back(c);
}

bool QuoteCandidates::covers(int start, int end, int slack) const
{
    return std::any_of(m_candidates.begin(), m_candidates.end(), [&](const Candidate &c) {
        return (start >= 0 && std::abs(c.start - start) <= slack) ||
               (end >= 0 && std::abs(c.end - end) <= slack);
    });
}

bool QuoteCandidates::agrees(const Candidate &c) const
{
    const bool wholeBefore = c.prefixMatch == m_prefix.size();
    const bool wholeAfter = c.suffixMatch == m_suffix.size();
    if (wholeBefore && wholeAfter)
        return true;
    // A short quote with some context is no evidence: formulaic text repeats a name or a
    // phrase with the words around it ("Minister for Foreign Affairs of the ...").
    if (m_exact.size() < LongQuote)
        return false;
    // The passage with one neighbour edited keeps the other side whole.
    const bool partBefore = sideAgrees(c.prefixMatch, int(m_prefix.size()));
    const bool partAfter = sideAgrees(c.suffixMatch, int(m_suffix.size()));
    if ((wholeBefore && partAfter) || (wholeAfter && partBefore))
        return true;
    // A long verbatim quote is evidence by itself; some context on one side confirms it.
    return m_rule == ContextRule::Exact && (partBefore || partAfter);
}

bool QuoteCandidates::anyAgrees() const
{
    return std::any_of(m_candidates.begin(), m_candidates.end(),
                       [this](const Candidate &c) { return agrees(c); });
}

std::optional<QuoteCandidates::Candidate> QuoteCandidates::choose(int hint) const
{
    std::vector<Candidate> agreeing;
    for (const Candidate &c : m_candidates) {
        if (agrees(c))
            agreeing.push_back(c);
    }
    if (agreeing.empty())
        return std::nullopt;
    int best = 0;
    for (const Candidate &c : agreeing)
        best = std::max(best, c.score);
    std::vector<Candidate> leaders;
    for (const Candidate &c : agreeing) {
        if (c.score > best - ClearMargin)
            leaders.push_back(c);
    }
    if (leaders.size() == 1)
        return leaders.front();
    if (hint < 0)
        return std::nullopt;
    std::sort(leaders.begin(), leaders.end(), [hint](const Candidate &a, const Candidate &b) {
        return std::abs(a.start - hint) < std::abs(b.start - hint);
    });
    return nearest(leaders[0], leaders[1], hint);
}

std::optional<QuoteCandidates::Candidate>
QuoteCandidates::nearest(const Candidate &first, const Candidate &second, int hint) const
{
    const int distance = std::abs(first.start - hint);
    if (hasWholeContext(first) && hasWholeContext(second)) {
        // Copies of the passage with all its context. A copy inserted just before the
        // passage sits where the passage was, and the passage has moved on: only the
        // passage still exactly in its place, with no copy right next to it, is certain.
        if (distance == 0 && !repeats(first, second))
            return first;
        return std::nullopt;
    }
    // Context does not decide, but it agrees: the old position does when one place is much
    // nearer than the next (farther than the passage with its context could have moved).
    const int span = int(m_prefix.size() + m_exact.size() + m_suffix.size());
    if (std::abs(second.start - hint) > 2 * distance + span)
        return first;
    return std::nullopt;
}

bool QuoteCandidates::hasWholeContext(const Candidate &c) const
{
    return c.prefixMatch == m_prefix.size() && c.suffixMatch == m_suffix.size();
}

bool QuoteCandidates::repeats(const Candidate &a, const Candidate &b) const
{
    // The text agrees with itself shifted by the distance of the two candidates over at
    // least that distance: the copy touches the original.
    const int first = std::min(a.start, b.start);
    const int second = std::max(a.start, b.start);
    const int period = second - first;
    int run = 0;
    for (int i = first - 1; i >= 0 && run < period && m_text[i] == m_text[i + period]; --i)
        ++run;
    for (int i = first;
         i + period < m_text.size() && run < period && m_text[i] == m_text[i + period]; ++i)
        ++run;
    return run >= period;
}

} // namespace Readout
