#pragma once

#include <QStringView>

#include <vector>

namespace Readout {

/// Converts offsets in a text between Unicode code points (the W3C Web Annotation and JSON
/// convention) and UTF-16 code units (QString indices). Built in one pass over the text; each
/// conversion is then a binary search over the text's surrogate pairs, so a text without any
/// (nearly all of them) converts in constant time.
///
/// A lone surrogate counts as one code point, as QString::toUcs4() reads it.
class CodePointIndex
{
public:
    CodePointIndex() = default;
    explicit CodePointIndex(QStringView text);

    /// Length of the text in UTF-16 code units.
    int utf16Length() const { return m_utf16Length; }
    /// Length of the text in code points.
    int codePointLength() const { return m_utf16Length - int(m_pairs.size()); }

    /// UTF-16 offset of code point @p codePoint; -1 when it lies outside [0, codePointLength()].
    int toUtf16(int codePoint) const;
    /// Code point offset of UTF-16 offset @p utf16; an offset inside a surrogate pair counts as
    /// the pair's own code point. -1 when it lies outside [0, utf16Length()].
    int toCodePoint(int utf16) const;

    /// The same conversions without an index, reading @p text up to the offset: cheaper for
    /// one or two conversions in a text.
    static int toUtf16(QStringView text, int codePoint);
    static int toCodePoint(QStringView text, int utf16);

private:
    std::vector<int> m_pairs;      // UTF-16 offset of each pair's high surrogate, ascending
    std::vector<int> m_pairPoints; // code point offset of each pair, ascending
    int m_utf16Length = 0;
};

} // namespace Readout
