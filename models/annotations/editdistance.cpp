#include "annotations/editdistance.h"

#include "annotations/fuzzymatcher.h"

#include <algorithm>
#include <cstdlib>

namespace Readout {

namespace {

// Keeps the cheapest length, and of equally cheap ones the nearest to the pattern's.
struct BestLength
{
    int length = -1;
    int errors = -1;
    void offer(int candidate, int cost, int patternLength, int bound)
    {
        if (cost > bound)
            return;
        if (errors < 0 || cost < errors ||
            (cost == errors &&
             std::abs(candidate - patternLength) < std::abs(length - patternLength))) {
            length = candidate;
            errors = cost;
        }
    }
};

} // namespace

int EditDistance::distance(QStringView a, QStringView b, int maxErrors)
{
    const int n = int(b.size());
    if (std::abs(int(a.size()) - n) > maxErrors)
        return maxErrors + 1;
    FuzzyMatcher matcher(a);
    matcher.begin(FuzzyMatcher::Start::Anchored);
    int score = int(a.size());
    for (int j = 0; j < n; ++j) {
        score = matcher.feed(b[j]);
        // Each further character changes the distance by one at most.
        if (score - (n - 1 - j) > maxErrors)
            return maxErrors + 1;
    }
    return std::min(score, maxErrors + 1);
}

EditDistance::Alignment EditDistance::alignFrom(QStringView pattern, QStringView text, int start,
                                                int maxErrors)
{
    const int m = int(pattern.size());
    if (start < 0 || start > text.size())
        return {};
    const int n = std::min(m + maxErrors, int(text.size()) - start);
    FuzzyMatcher matcher(pattern);
    matcher.begin(FuzzyMatcher::Start::Anchored);
    BestLength best;
    best.offer(0, m, m, maxErrors);
    for (int j = 1; j <= n; ++j)
        best.offer(j, matcher.feed(text[start + j - 1]), m, maxErrors);
    if (best.errors < 0)
        return {};
    return {start, start + best.length, best.errors};
}

EditDistance::Alignment EditDistance::alignTo(QStringView pattern, QStringView text, int end,
                                              int maxErrors)
{
    const int m = int(pattern.size());
    if (end < 0 || end > text.size())
        return {};
    const int n = std::min(m + maxErrors, end);
    // The same, reading pattern and text backwards from the fixed end.
    FuzzyMatcher matcher(pattern, true);
    matcher.begin(FuzzyMatcher::Start::Anchored);
    BestLength best;
    best.offer(0, m, m, maxErrors);
    for (int j = 1; j <= n; ++j)
        best.offer(j, matcher.feed(text[end - j]), m, maxErrors);
    if (best.errors < 0)
        return {};
    return {end - best.length, end, best.errors};
}

} // namespace Readout
