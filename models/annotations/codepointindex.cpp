#include "annotations/codepointindex.h"

#include <algorithm>
#include <cstring>

namespace Readout {

namespace {

bool pairAt(QStringView text, int i)
{
    return text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate();
}

// Whether text[0, length) holds any surrogate, four code units at a time: nearly every text
// has none, and then offsets need no conversion.
bool anySurrogate(QStringView text, int length)
{
    const char16_t *units = reinterpret_cast<const char16_t *>(text.utf16());
    int i = 0;
    for (; i + 4 <= length; i += 4) {
        quint64 word;
        std::memcpy(&word, units + i, sizeof word);
        // A lane is zero exactly where its code unit is a surrogate (0xD800..0xDFFF).
        const quint64 lanes = (word & 0xF800F800F800F800ull) ^ 0xD800D800D800D800ull;
        if ((lanes - 0x0001000100010001ull) & ~lanes & 0x8000800080008000ull)
            return true;
    }
    for (; i < length; ++i) {
        if ((units[i] & 0xF800) == 0xD800)
            return true;
    }
    return false;
}

} // namespace

CodePointIndex::CodePointIndex(QStringView text) : m_utf16Length(int(text.size()))
{
    if (!anySurrogate(text, m_utf16Length))
        return;
    const QChar *data = text.data();
    for (int i = 0; i + 1 < m_utf16Length; ++i) {
        if (data[i].isHighSurrogate() && data[i + 1].isLowSurrogate()) {
            m_pairPoints.push_back(i - int(m_pairs.size()));
            m_pairs.push_back(i);
            ++i;
        }
    }
}

int CodePointIndex::toUtf16(int codePoint) const
{
    if (codePoint < 0 || codePoint > codePointLength())
        return -1;
    // Every pair that starts before this code point adds one code unit.
    const auto before = std::lower_bound(m_pairPoints.begin(), m_pairPoints.end(), codePoint);
    return codePoint + int(before - m_pairPoints.begin());
}

int CodePointIndex::toCodePoint(int utf16) const
{
    if (utf16 < 0 || utf16 > m_utf16Length)
        return -1;
    // Pairs whose high surrogate lies before the offset each took one code unit more.
    const auto before = std::lower_bound(m_pairs.begin(), m_pairs.end(), utf16);
    return utf16 - int(before - m_pairs.begin());
}

int CodePointIndex::toUtf16(QStringView text, int codePoint)
{
    if (codePoint < 0)
        return -1;
    const int size = int(text.size());
    if (!anySurrogate(text, std::min(codePoint, size)))
        return codePoint <= size ? codePoint : -1;
    int utf16 = 0;
    int points = 0;
    for (; points < codePoint && utf16 < size; ++points)
        utf16 += pairAt(text, utf16) ? 2 : 1;
    return points == codePoint ? utf16 : -1;
}

int CodePointIndex::toCodePoint(QStringView text, int utf16)
{
    if (utf16 < 0 || utf16 > text.size())
        return -1;
    if (!anySurrogate(text, utf16))
        return utf16;
    int pairs = 0;
    for (int i = 0; i < utf16; ++i) {
        if (pairAt(text, i)) {
            ++pairs;
            ++i;
        }
    }
    return utf16 - pairs;
}

} // namespace Readout
