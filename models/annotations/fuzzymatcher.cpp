#include "annotations/fuzzymatcher.h"

#include <algorithm>

namespace Readout {

namespace {

constexpr quint64 HighBit = quint64(1) << 63;

// One cluster of ends per occurrence: the ends of one approximate occurrence spread over at
// most `radius` positions around its best end, each with more edits.
std::vector<FuzzyMatcher::Hit> clusterBest(const std::vector<FuzzyMatcher::Hit> &raw, int radius,
                                           int maxHits)
{
    std::vector<int> order(raw.size());
    for (int i = 0; i < int(order.size()); ++i)
        order[size_t(i)] = i;
    std::stable_sort(order.begin(), order.end(),
                     [&](int a, int b) { return raw[size_t(a)].errors < raw[size_t(b)].errors; });
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

// One column step of one block (Hyyrö): `in` is the horizontal delta entering the block's
// first row, the result the delta leaving its row `last`.
inline int advance(quint64 &plus, quint64 &minus, quint64 eq, int in, quint64 last)
{
    const quint64 inMinus = in < 0 ? 1 : 0;
    const quint64 xv = eq | minus;
    eq |= inMinus;
    const quint64 xh = (((eq & plus) + plus) ^ plus) | eq;
    quint64 ph = minus | ~(xh | plus);
    quint64 mh = plus & xh;
    const int out = (ph & last ? 1 : 0) - (mh & last ? 1 : 0);
    ph = (ph << 1) | (in > 0 ? 1 : 0);
    mh = (mh << 1) | inMinus;
    plus = mh | ~(xv | ph);
    minus = ph & xv;
    return out;
}

} // namespace

FuzzyMatcher::FuzzyMatcher(QStringView pattern, bool reversed)
    : m_length(int(pattern.size())), m_blocks((m_length + 63) / 64),
      m_lastBit(m_length == 0 ? 0 : quint64(1) << ((m_length - 1) % 64)),
      m_masks(size_t(m_blocks), 0), m_plus(size_t(m_blocks)), m_minus(size_t(m_blocks))
{
    for (int i = 0; i < m_length; ++i) {
        const char16_t c = pattern[reversed ? m_length - 1 - i : i].unicode();
        quint16 row = 0;
        if (c < 256) {
            row = m_latin1[c];
        } else {
            const auto it = std::lower_bound(
                m_others.begin(), m_others.end(), c,
                [](const std::pair<char16_t, quint16> &e, char16_t key) { return e.first < key; });
            row = it != m_others.end() && it->first == c ? it->second : 0;
        }
        if (row == 0) {
            row = quint16(m_masks.size() / size_t(m_blocks));
            m_masks.resize(m_masks.size() + size_t(m_blocks), 0);
            if (c < 256) {
                m_latin1[c] = row;
            } else {
                const auto it = std::lower_bound(m_others.begin(), m_others.end(), c,
                                                 [](const std::pair<char16_t, quint16> &e,
                                                    char16_t key) { return e.first < key; });
                m_others.insert(it, {c, row});
            }
        }
        m_masks[size_t(row) * size_t(m_blocks) + size_t(i / 64)] |= quint64(1) << (i % 64);
    }
    begin(Start::Free);
}

const quint64 *FuzzyMatcher::masks(QChar c) const
{
    const char16_t u = c.unicode();
    quint16 row = 0;
    if (u < 256) {
        row = m_latin1[u];
    } else if (!m_others.empty()) {
        const auto it = std::lower_bound(
            m_others.begin(), m_others.end(), u,
            [](const std::pair<char16_t, quint16> &e, char16_t key) { return e.first < key; });
        row = it != m_others.end() && it->first == u ? it->second : 0;
    }
    return m_masks.data() + size_t(row) * size_t(m_blocks);
}

void FuzzyMatcher::begin(Start start)
{
    // Column 0: the distance from the first i pattern characters to nothing is i.
    std::fill(m_plus.begin(), m_plus.end(), ~quint64(0));
    std::fill(m_minus.begin(), m_minus.end(), quint64(0));
    m_score = m_length;
    m_entry = start == Start::Anchored ? 1 : 0;
}

int FuzzyMatcher::feed(QChar c)
{
    if (m_length == 0)
        return m_entry == 1 ? ++m_score : 0;
    const quint64 *eq = masks(c);
    if (m_blocks == 1) // the common case, kept free of the loop
        return m_score += advance(m_plus[0], m_minus[0], eq[0], m_entry, m_lastBit);
    int carry = m_entry;
    for (int b = 0; b + 1 < m_blocks; ++b)
        carry = advance(m_plus[size_t(b)], m_minus[size_t(b)], eq[b], carry, HighBit);
    const int last = m_blocks - 1;
    m_score += advance(m_plus[size_t(last)], m_minus[size_t(last)], eq[last], carry, m_lastBit);
    return m_score;
}

std::vector<FuzzyMatcher::Hit> FuzzyMatcher::search(QStringView text, int from, int to,
                                                    int maxErrors, int maxHits)
{
    std::vector<Hit> raw;
    if (m_length == 0)
        return raw;
    from = std::max(from, 0);
    to = std::min(to, int(text.size()));
    begin(Start::Free);
    for (int pos = from; pos < to; ++pos) {
        const int errors = feed(text[pos]);
        if (errors <= maxErrors)
            raw.push_back({pos + 1, errors});
    }
    return clusterBest(raw, maxErrors, maxHits);
}

} // namespace Readout
