#include "annotations/codepointindex.h"

#include <algorithm>

namespace Readout {

CodePointIndex::CodePointIndex(QStringView text) : m_utf16Length(int(text.size()))
{
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

} // namespace Readout
