#pragma once

#include <QStringView>
#include <QtGlobal>

#include <array>
#include <utility>
#include <vector>

namespace Readout {

/// Bit-parallel approximate matching of a pattern against a text read one character at a
/// time (the Bitap family; Myers' bit-vector algorithm, with Hyyrö's blocks for patterns
/// longer than 64 code units). Each character costs a handful of word operations per 64
/// pattern characters, however many edits are allowed: after each one the matcher knows
/// the Levenshtein distance (insertions, deletions, substitutions of UTF-16 code units) from
/// the pattern to the best text stretch ending there, or to all the text read so far.
class FuzzyMatcher
{
public:
    /// Where a matching stretch of text may start.
    enum class Start
    {
        Free,     ///< anywhere: search
        Anchored, ///< at the first character read: alignment
    };

    /// One approximate occurrence: text[?, end) matches the pattern with @c errors edits.
    struct Hit
    {
        int end = -1;
        int errors = 0;
    };

    /// Matches @p pattern, or the pattern read backwards when @p reversed (for reading a
    /// text backwards from a fixed end).
    explicit FuzzyMatcher(QStringView pattern, bool reversed = false);

    int patternLength() const { return m_length; }

    /// Starts reading a text.
    void begin(Start start);
    /// Reads one character; returns the distance from the pattern to the best stretch
    /// ending here (Start::Free) or to everything read since begin() (Start::Anchored).
    int feed(QChar c);

    /// Occurrences inside text[from, to) with at most @p maxErrors edits: one per cluster of
    /// neighbouring ends (the end with fewest edits), at most @p maxHits of them, fewest edits
    /// first. Only ends are reported; EditDistance::alignTo() finds the matching start.
    std::vector<Hit> search(QStringView text, int from, int to, int maxErrors, int maxHits);

private:
    const quint64 *masks(QChar c) const;

    int m_length = 0;
    int m_blocks = 0;
    quint64 m_lastBit = 0;                              // the pattern's last row in the last block
    std::array<quint16, 256> m_latin1{};                // mask row of U+0000..U+00FF, 0: none
    std::vector<std::pair<char16_t, quint16>> m_others; // the rest, sorted by code unit
    std::vector<quint64> m_masks; // rows of m_blocks words; row 0 matches nothing
    std::vector<quint64> m_plus;  // vertical deltas +1 and -1, per block
    std::vector<quint64> m_minus;
    int m_score = 0;
    int m_entry = 0; // horizontal delta entering the first block: 1 anchored, 0 free
};

} // namespace Readout
