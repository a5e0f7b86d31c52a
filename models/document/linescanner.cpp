#include "linescanner.h"

#include <QtAlgorithms>

#include <string_view>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace Readout {

namespace {

constexpr std::u16string_view translationWord = u"ranslation";
// "sl" is rare in English and sits inside "ranslation": a cheap first sign of the word.
constexpr int sInWord = 3; // the 's' of "ranslation"

bool isBreak(char16_t c)
{
    return c == u'\n' || c == u'\r' || c == u'\u2028';
}

// Whether the 's' at `at` is the one of "ranslation".
bool translationAt(const char16_t *text, int size, int at)
{
    const int start = at - sInWord;
    return start >= 0 && start + int(translationWord.size()) <= size &&
           std::u16string_view(text + start, translationWord.size()) == translationWord;
}

// The first line break at or after `from`, or `size`; notes "ranslation" on the way.
int findBreak(const char16_t *s, int size, int from, bool &translation)
{
    int i = from;
#if defined(__SSE2__)
    const __m128i newline = _mm_set1_epi16(u'\n');
    const __m128i carriageReturn = _mm_set1_epi16(u'\r');
    const __m128i lineSeparator = _mm_set1_epi16(short(0x2028));
    const __m128i letterS = _mm_set1_epi16(u's');
    const __m128i letterL = _mm_set1_epi16(u'l');
    // Eight characters and the one after them are read at once, hence the 9.
    while (i + 9 <= size) {
        const __m128i chars = _mm_loadu_si128(reinterpret_cast<const __m128i *>(s + i));
        const __m128i following = _mm_loadu_si128(reinterpret_cast<const __m128i *>(s + i + 1));
        const __m128i breaks = _mm_or_si128(
            _mm_or_si128(_mm_cmpeq_epi16(chars, newline), _mm_cmpeq_epi16(chars, carriageReturn)),
            _mm_cmpeq_epi16(chars, lineSeparator));
        const __m128i pairs =
            _mm_and_si128(_mm_cmpeq_epi16(chars, letterS), _mm_cmpeq_epi16(following, letterL));
        unsigned mask = unsigned(_mm_movemask_epi8(_mm_or_si128(breaks, pairs)));
        while (mask != 0) {
            const int at = i + int(qCountTrailingZeroBits(mask)) / 2; // two mask bits per character
            if (isBreak(s[at]))
                return at;
            translation = translation || translationAt(s, size, at);
            mask &= mask - 1;
            mask &= mask - 1;
        }
        i += 8;
    }
#endif
    for (; i < size; ++i) {
        if (isBreak(s[i]))
            return i;
        if (s[i] == u's' && i + 1 < size && s[i + 1] == u'l')
            translation = translation || translationAt(s, size, i);
    }
    return size;
}

} // namespace

bool LineScanner::next(ScannedLine &line)
{
    if (m_done)
        return false;
    const char16_t *s = m_text.utf16();
    const int size = int(m_text.size());
    line.begin = m_from;
    line.mentionsTranslation = false;
    line.end = findBreak(s, size, m_from, line.mentionsTranslation);
    if (line.end >= size) {
        m_done = true;
        return true;
    }
    m_from = line.end + 1;
    if (s[line.end] == u'\r' && m_from < size && s[m_from] == u'\n')
        ++m_from;
    return true;
}

} // namespace Readout
