#include "annotations/fuzzymatcher.h"

#include <algorithm>

namespace Readout {

namespace {

// One hit per occurrence: the ends of one approximate occurrence spread over at most
// `radius` positions around its best end, each with more edits.
std::vector<FuzzyMatcher::Hit> clusterBest(const std::vector<FuzzyMatcher::Hit> &raw, int radius,
                                           int maxHits)
{
    std::vector<int> order(raw.size());
    for (int i = 0; i < int(order.size()); ++i)
        order[size_t(i)] = i;
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        return raw[size_t(a)].errors < raw[size_t(b)].errors;
    });
    std::vector<bool> covered(raw.size(), false);
    std::vector<FuzzyMatcher::Hit> hits;
    for (int i : order) {
        if (covered[size_t(i)])
            continue;
        hits.push_back(raw[size_t(i)]);
        if (int(hits.size()) == maxHits)
            break;
        // raw is sorted by end, so the neighbours are a contiguous range.
        for (int j = i; j >= 0 && raw[size_t(j)].end >= raw[size_t(i)].end - radius; --j)
            covered[size_t(j)] = true;
        for (int j = i; j < int(raw.size()) && raw[size_t(j)].end <= raw[size_t(i)].end + radius;
             ++j)
            covered[size_t(j)] = true;
    }
    return hits;
}

} // namespace

FuzzyMatcher::FuzzyMatcher(QStringView pattern)
    : m_length(int(std::min<qsizetype>(pattern.size(), MaxPatternLength)))
{
    for (int i = 0; i < m_length; ++i) {
        const char16_t c = pattern[i].unicode();
        const quint64 bit = quint64(1) << i;
        if (c < 256) {
            m_latin1[c] |= bit;
            continue;
        }
        const auto it = std::lower_bound(
            m_others.begin(), m_others.end(), c,
            [](const std::pair<char16_t, quint64> &entry, char16_t key) { return entry.first < key; });
        if (it != m_others.end() && it->first == c)
            it->second |= bit;
        else
            m_others.insert(it, {c, bit});
    }
}

quint64 FuzzyMatcher::mask(QChar c) const
{
    const char16_t u = c.unicode();
    if (u < 256)
        return m_latin1[u];
    const auto it = std::lower_bound(
        m_others.begin(), m_others.end(), u,
        [](const std::pair<char16_t, quint64> &entry, char16_t key) { return entry.first < key; });
    return it != m_others.end() && it->first == u ? it->second : 0;
}

std::vector<FuzzyMatcher::Hit> FuzzyMatcher::search(QStringView text, int from, int to,
                                                    int maxErrors, int maxHits) const
{
    std::vector<Hit> raw;
    if (m_length == 0)
        return raw;
    from = std::max(from, 0);
    to = std::min(to, int(text.size()));
    // With as many errors as pattern characters everything would match.
    const int k = std::min(maxErrors, m_length - 1);
    const quint64 found = quint64(1) << (m_length - 1);
    // state[d]: bit i set when pattern[0..i] ends here with at most d edits.
    std::vector<quint64> state(size_t(k) + 1);
    for (int d = 0; d <= k; ++d)
        state[size_t(d)] = (quint64(1) << d) - 1; // the first d characters left out
    for (int pos = from; pos < to; ++pos) {
        const quint64 charMask = mask(text[pos]);
        quint64 before = state[0]; // state[d - 1] at the previous position
        state[0] = ((state[0] << 1) | 1) & charMask;
        int best = state[0] & found ? 0 : -1;
        for (int d = 1; d <= k; ++d) {
            const quint64 old = state[size_t(d)];
            // match | substitution | extra text character | pattern character left out
            state[size_t(d)] = (((old << 1) | 1) & charMask) | before |
                               ((before | state[size_t(d) - 1]) << 1) | 1;
            before = old;
            if (best < 0 && (state[size_t(d)] & found))
                best = d;
        }
        if (best >= 0)
            raw.push_back({pos + 1, best});
    }
    return clusterBest(raw, k, maxHits);
}

} // namespace Readout
