#pragma once

#include <QStringView>

namespace Readout {

/// Levenshtein edit distance (insertions, deletions, substitutions of UTF-16 code units) and
/// the alignments that fuzzy anchoring needs: a pattern matched from a fixed start with a
/// free end, or to a fixed end with a free start. Computed bit-parallel (FuzzyMatcher), in
/// O(text length × pattern length / 64) word operations.
class EditDistance
{
public:
    /// A stretch text[start, end) matched by a pattern with @c errors edits; errors is -1
    /// (and start/end are -1) when no stretch is within the bound.
    struct Alignment
    {
        int start = -1;
        int end = -1;
        int errors = -1;
    };

    /// Distance between @p a and @p b, or maxErrors + 1 when it is larger than maxErrors.
    static int distance(QStringView a, QStringView b, int maxErrors);

    /// The end for which text[start, end) is closest to @p pattern (at most maxErrors edits);
    /// among equally close ends the one nearest start + pattern length wins.
    static Alignment alignFrom(QStringView pattern, QStringView text, int start, int maxErrors);

    /// The start for which text[start, end) is closest to @p pattern, as alignFrom() mirrored.
    static Alignment alignTo(QStringView pattern, QStringView text, int end, int maxErrors);
};

} // namespace Readout
