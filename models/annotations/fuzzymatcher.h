#pragma once

#include <QString>
#include <QStringView>
#include <QtGlobal>

#include <array>
#include <utility>
#include <vector>

namespace Readout {

/// Approximate search for a short pattern (Bitap / shift-and with errors, after Wu and
/// Manber): finds where the pattern ends in a text with at most k insertions, deletions or
/// substitutions, in O(text length × (k + 1)) word operations. The pattern lives in one 64-bit
/// word, so patterns are at most 64 UTF-16 code units; longer ones are cut to that.
class FuzzyMatcher
{
public:
    static constexpr int MaxPatternLength = 64;

    /// One approximate occurrence: text[?, end) matches the pattern with @c errors edits.
    struct Hit
    {
        int end = -1;
        int errors = 0;
    };

    explicit FuzzyMatcher(QStringView pattern);

    int patternLength() const { return m_length; }

    /// Occurrences inside text[from, to) with at most @p maxErrors edits: one per cluster of
    /// neighbouring ends (the end with fewest edits), at most @p maxHits of them, fewest edits
    /// first. Only ends are reported; EditDistance::alignTo() finds the matching start.
    std::vector<Hit> search(QStringView text, int from, int to, int maxErrors, int maxHits) const;

private:
    quint64 mask(QChar c) const;

    int m_length = 0;
    std::array<quint64, 256> m_latin1{};                 // masks of U+0000..U+00FF
    std::vector<std::pair<char16_t, quint64>> m_others; // the rest, sorted by code unit
};

} // namespace Readout
