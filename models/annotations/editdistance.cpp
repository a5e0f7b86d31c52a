#include "annotations/editdistance.h"

#include <QString>

#include <algorithm>
#include <cstdlib>
#include <vector>

namespace Readout {

namespace {

// Last row of the banded table of pattern against text[0, n): row[j] is the distance between
// the whole pattern and text[0, j), or bound + 1 outside the band. Empty when every path
// exceeds the bound (the cheap way out for hopeless candidates).
template<typename TextAt, typename PatternAt>
std::vector<int> lastRow(int m, int n, int bound, TextAt textAt, PatternAt patternAt)
{
    const int inf = bound + 1;
    std::vector<int> previous(size_t(n) + 1, inf);
    std::vector<int> current(size_t(n) + 1, inf);
    for (int j = 0; j <= std::min(n, bound); ++j)
        previous[size_t(j)] = j;
    for (int i = 1; i <= m; ++i) {
        const int from = std::max(0, i - bound);
        const int to = std::min(n, i + bound);
        if (from > to)
            return {};
        int rowMinimum = inf;
        if (from > 0)
            current[size_t(from) - 1] = inf; // left edge of the band
        for (int j = from; j <= to; ++j) {
            int best = previous[size_t(j)] + 1; // pattern character left out
            if (j > 0) {
                best = std::min(best, current[size_t(j) - 1] + 1); // text character extra
                best = std::min(best, previous[size_t(j) - 1] + (patternAt(i - 1) != textAt(j - 1)));
            } else {
                best = i;
            }
            current[size_t(j)] = std::min(best, inf);
            rowMinimum = std::min(rowMinimum, current[size_t(j)]);
        }
        if (rowMinimum > bound)
            return {};
        std::swap(previous, current);
    }
    return previous;
}

// The end j of text[0, j) nearest to the pattern length among the cheapest ones.
EditDistance::Alignment bestEnd(const std::vector<int> &row, int m, int bound)
{
    EditDistance::Alignment best;
    for (int j = 0; j < int(row.size()); ++j) {
        if (row[size_t(j)] > bound)
            continue;
        const bool better = best.errors < 0 || row[size_t(j)] < best.errors ||
                            (row[size_t(j)] == best.errors && std::abs(j - m) < std::abs(best.end - m));
        if (better) {
            best.end = j;
            best.errors = row[size_t(j)];
        }
    }
    return best;
}

} // namespace

int EditDistance::distance(QStringView a, QStringView b, int maxErrors)
{
    const int m = int(a.size());
    const int n = int(b.size());
    if (std::abs(m - n) > maxErrors)
        return maxErrors + 1;
    const auto row = lastRow(
        m, n, maxErrors, [&](int j) { return b[j]; }, [&](int i) { return a[i]; });
    return row.empty() ? maxErrors + 1 : row[size_t(n)];
}

EditDistance::Alignment EditDistance::alignFrom(QStringView pattern, QStringView text, int start,
                                                int maxErrors)
{
    const int m = int(pattern.size());
    const int n = std::min(m + maxErrors, int(text.size()) - start);
    if (start < 0 || n < 0)
        return {};
    const auto row = lastRow(
        m, n, maxErrors, [&](int j) { return text[start + j]; },
        [&](int i) { return pattern[i]; });
    Alignment best = bestEnd(row, m, maxErrors);
    if (best.errors < 0)
        return {};
    best.start = start;
    best.end += start;
    return best;
}

EditDistance::Alignment EditDistance::alignTo(QStringView pattern, QStringView text, int end,
                                              int maxErrors)
{
    const int m = int(pattern.size());
    const int n = std::min(m + maxErrors, end);
    if (end > int(text.size()) || n < 0)
        return {};
    // The same table read backwards from the fixed end.
    const auto row = lastRow(
        m, n, maxErrors, [&](int j) { return text[end - 1 - j]; },
        [&](int i) { return pattern[m - 1 - i]; });
    Alignment best = bestEnd(row, m, maxErrors);
    if (best.errors < 0)
        return {};
    best.start = end - best.end;
    best.end = end;
    return best;
}

} // namespace Readout
