#include "wordtokenizer.h"

#include "namelexicon.h"

#include <QString>
#include <QtAlgorithms>

#include <algorithm>
#include <array>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace Readout {

namespace {

// Beyond ASCII a word is made of letters, numbers and combining marks.
bool isWideWordChar(QChar c)
{
    return c.isLetterOrNumber() || c.isMark();
}

// ASCII character classes, looked up once per character.
enum AsciiClass : quint8
{
    WordChar = 1,  ///< letter or digit
    Separator = 2, ///< space or control character
};

// Indexed by any UTF-16 code unit, so that the loop over a word's letters needs no range
// test; beyond ASCII the class is 0 and slower checks decide.
constexpr std::array<quint8, 0x10000> asciiClasses = [] {
    std::array<quint8, 0x10000> classes{};
    for (int c = 0; c < 128; ++c) {
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
            classes[size_t(c)] = WordChar;
        else if (c <= ' ')
            classes[size_t(c)] = Separator;
    }
    return classes;
}();

// The ASCII characters QChar::isSpace() takes for spaces: tab to carriage return, and space.
constexpr std::array<bool, 0x80> asciiSpaces = [] {
    std::array<bool, 0x80> spaces{};
    for (char16_t c = 0; c < 0x80; ++c)
        spaces[c] = c == u' ' || (c >= u'\t' && c <= u'\r');
    return spaces;
}();

inline bool isWordChar(QChar c)
{
    const char16_t u = c.unicode();
    return u < 0x80 ? (asciiClasses[u] & WordChar) != 0 : isWideWordChar(c);
}

inline bool isInnerJoiner(QChar c)
{
    const char16_t u = c.unicode();
    return u == u'-' || u == u'\'' || u == u'\u2019' || u == u'.' || u == u'&' || u == u'\u2010' ||
           u == u'\u2011';
}

// Spaces and ASCII control characters separate tokens.
inline bool isSeparator(QChar c)
{
    const char16_t u = c.unicode();
    return u < 0x80 ? (asciiClasses[u] & Separator) != 0 : c.isSpace();
}

// The end of the word that starts at `i`; `hasPeriod` tells whether a period joins two of
// its parts ("U.S").
int wordEnd(QStringView text, int i, bool &hasPeriod)
{
    const char16_t *const s = text.utf16();
    const int n = int(text.size());
    int j = i + 1;
    while (j < n) {
        // Most words are runs of ASCII letters: a tight loop over those first.
        while (j < n && (asciiClasses[s[j]] & WordChar) != 0)
            ++j;
        if (j >= n)
            break;
        const QChar c(s[j]);
        if (c.unicode() >= 0x80 && isWideWordChar(c)) {
            ++j;
            continue;
        }
        // "Ki-Moon", "People's", "U.S", and "HR/VP" but not "Union/Vice-President"
        const bool joiner = isInnerJoiner(c) || (c == u'/' && text[j - 1].isUpper() && j + 1 < n &&
                                                 text[j + 1].isUpper());
        if (!joiner || j + 1 >= n || !isWordChar(text[j + 1]))
            break;
        hasPeriod = hasPeriod || c == u'.';
        j += 2;
    }
    return j;
}

// Two or more letters and no lower-case one: "KISHIDA", "U.S".
bool isAllCaps(QStringView word)
{
    int letters = 0;
    for (QChar ch : word) {
        const char16_t u = ch.unicode();
        if (u < 0x80) {
            if (u >= u'a' && u <= u'z')
                return false;
            letters += (u >= u'A' && u <= u'Z') ? 1 : 0;
        } else if (ch.isLetter()) {
            if (!ch.isUpper())
                return false;
            ++letters;
        }
    }
    return letters >= 2;
}

// A word before a period: "Mr." and "U.S." keep theirs. The word's classes are looked up to
// know, and kept in `t`. Returns whether the period belongs to the word.
bool readPeriod(Token &t, QStringView word, bool hasPeriod)
{
    const quint32 lex = NameLexicon::flags(word);
    const bool keeps =
        hasPeriod || (word.size() == 1 && word[0].isUpper()) || (lex & NameLexicon::Abbreviation);
    t.lexCache = keeps ? NameLexicon::flags(QStringView(word.data(), word.size() + 1)) |
                             (lex & NameLexicon::Abbreviation)
                       : lex;
    t.lexReady = true;
    return keeps;
}

// The token at or after `i` (past separators), appended to `out`; returns where it ends.
int tokenizeOne(QStringView text, int i, std::vector<Token> &out)
{
    // Views of the tokens, made directly (QStringView::mid checks its bounds, and this runs
    // for every word of every summary).
    const auto part = [&text](int from, int to) {
        return QStringView(text.data() + from, to - from);
    };
    const int n = int(text.size());
    while (i < n && isSeparator(text[i]))
        ++i;
    if (i >= n)
        return n;
    const QChar c = text[i];
    Token &t = out.emplace_back();
    t.start = i;
    if (!isWordChar(c)) { // a mark is a token of its own
        t.end = i + 1;
        t.text = part(i, i + 1);
        return i + 1;
    }
    bool hasPeriod = false;
    int j = wordEnd(text, i, hasPeriod);
    if (j < n && text[j] == u'.')
        j = readPeriod(t, part(i, j), hasPeriod) ? j + 1 : j;
    t.end = j;
    t.isWord = true;
    t.text = part(i, j);
    t.capitalized = c.unicode() < 0x80 ? (c.unicode() >= u'A' && c.unicode() <= u'Z') : c.isUpper();
    // Only a capitalised word can be all capitals.
    t.allCaps = t.capitalized && isAllCaps(t.text);
    return j;
}

// Tokens are found 64 characters at a time: each class of character becomes a bit mask, and
// words and marks are read off the masks. Most characters of a summary are ASCII.
constexpr int ChunkSize = 64;

/// The classes of 64 characters, bit k for the k-th character.
struct ChunkMasks
{
    quint64 word = 0;      ///< ASCII letter or digit
    quint64 separator = 0; ///< space or ASCII control character
    quint64 upper = 0;
    quint64 lower = 0;
    quint64 joiner = 0; ///< "-", "'", ".", "&": joins letters ("Ki-Moon", "U.S")
    quint64 period = 0;
    quint64 slash = 0;
    quint64 nonAscii = 0;
};

ChunkMasks classify(const char16_t *s)
{
    ChunkMasks m;
#if defined(__SSE2__)
    const __m128i zero = _mm_setzero_si128();
    // first <= c <= first + span, unsigned: below `first` the subtraction wraps around
    const auto inRange = [zero](__m128i c, char16_t first, short span) {
        return _mm_cmpeq_epi16(
            _mm_subs_epu16(_mm_sub_epi16(c, _mm_set1_epi16(short(first))), _mm_set1_epi16(span)),
            zero);
    };
    const auto equal = [](__m128i c, char16_t x) {
        return _mm_cmpeq_epi16(c, _mm_set1_epi16(short(x)));
    };
    for (int q = 0; q < ChunkSize / 16; ++q) {
        const __m128i lo = _mm_loadu_si128(reinterpret_cast<const __m128i *>(s + 16 * q));
        const __m128i hi = _mm_loadu_si128(reinterpret_cast<const __m128i *>(s + 16 * q + 8));
        // 16 lanes of all ones or zeros to 16 bits (the packing keeps -1 and 0)
        const auto bits = [q](__m128i a, __m128i b) {
            return quint64(quint16(_mm_movemask_epi8(_mm_packs_epi16(a, b)))) << (16 * q);
        };
        const __m128i upperLo = inRange(lo, u'A', 25), upperHi = inRange(hi, u'A', 25);
        const __m128i lowerLo = inRange(lo, u'a', 25), lowerHi = inRange(hi, u'a', 25);
        m.upper |= bits(upperLo, upperHi);
        m.lower |= bits(lowerLo, lowerHi);
        m.word |= bits(_mm_or_si128(_mm_or_si128(upperLo, lowerLo), inRange(lo, u'0', 9)),
                       _mm_or_si128(_mm_or_si128(upperHi, lowerHi), inRange(hi, u'0', 9)));
        m.separator |= bits(inRange(lo, 0, 0x20), inRange(hi, 0, 0x20));
        const __m128i periodLo = equal(lo, u'.'), periodHi = equal(hi, u'.');
        m.period |= bits(periodLo, periodHi);
        const auto joiners = [&equal](__m128i c, __m128i period) {
            return _mm_or_si128(_mm_or_si128(equal(c, u'-'), equal(c, u'\'')),
                                _mm_or_si128(equal(c, u'&'), period));
        };
        m.joiner |= bits(joiners(lo, periodLo), joiners(hi, periodHi));
        m.slash |= bits(equal(lo, u'/'), equal(hi, u'/'));
        m.nonAscii |=
            ~bits(inRange(lo, 0, 0x7f), inRange(hi, 0, 0x7f)) & (quint64(0xffff) << (16 * q));
    }
#else
    for (int k = 0; k < ChunkSize; ++k) {
        const char16_t c = s[k];
        const quint64 bit = quint64(1) << k;
        const bool upper = c >= u'A' && c <= u'Z';
        const bool lower = c >= u'a' && c <= u'z';
        m.upper |= upper ? bit : 0;
        m.lower |= lower ? bit : 0;
        m.word |= (upper || lower || (c >= u'0' && c <= u'9')) ? bit : 0;
        m.separator |= c <= 0x20 ? bit : 0;
        m.period |= c == u'.' ? bit : 0;
        m.joiner |= (c == u'-' || c == u'\'' || c == u'&' || c == u'.') ? bit : 0;
        m.slash |= c == u'/' ? bit : 0;
        m.nonAscii |= c > 0x7f ? bit : 0;
    }
#endif
    return m;
}

// The tokens that start in the 64 characters from `base` and end before the 64th, appended
// to `out`. Returns where the next chunk starts: `base` itself when nothing could be read,
// because a character is not ASCII (its position goes to `nonAscii`) or a word fills all 64.
int tokenizeChunk(QStringView text, int base, std::vector<Token> &out, int &nonAscii)
{
    const char16_t *const s = text.utf16();
    const int n = int(text.size());
    // The last characters are read from a copy that spaces fill up to 64.
    char16_t padded[ChunkSize];
    const char16_t *chars = s + base;
    if (base + ChunkSize > n) {
        std::fill(std::copy(chars, s + n, padded), padded + ChunkSize, u' ');
        chars = padded;
    }
    const ChunkMasks m = classify(chars);
    if (m.nonAscii != 0) {
        nonAscii = base + int(qCountTrailingZeroBits(m.nonAscii));
        return base;
    }
    // The neighbours of the chunk, for joiners at its edges
    const quint64 wordBefore = base > 0 && isWordChar(text[base - 1]) ? 1 : 0;
    const quint64 upperBefore = base > 0 && text[base - 1].isUpper() ? 1 : 0;
    const int after = base + ChunkSize;
    const quint64 wordAfter = after < n && isWordChar(text[after]) ? 1 : 0;
    const quint64 upperAfter = after < n && text[after].isUpper() ? 1 : 0;
    const quint64 wordLeft = (m.word << 1) | wordBefore;         // bit k: character k-1 is a letter
    const quint64 wordRight = (m.word >> 1) | (wordAfter << 63); // character k+1 is
    const quint64 upperLeft = (m.upper << 1) | upperBefore;
    const quint64 upperRight = (m.upper >> 1) | (upperAfter << 63);
    // As wordEnd reads them: a joiner between two letters, a slash between two capitals
    const quint64 joined = (m.joiner & wordLeft & wordRight) | (m.slash & upperLeft & upperRight);
    const quint64 inWord = m.word | joined;
    const quint64 wordStarts = inWord & ~((inWord << 1) | wordBefore);
    const quint64 marks = ~inWord & ~m.separator;

    quint64 starts = wordStarts | marks;
    while (starts != 0) {
        const int k = int(qCountTrailingZeroBits(starts));
        starts &= starts - 1;
        const int from = base + k;
        if (marks & (quint64(1) << k)) {
            Token &t = out.emplace_back();
            t.start = from;
            t.end = from + 1;
            t.text = QStringView(s + from, 1);
            continue;
        }
        const quint64 rest = ~inWord >> k;
        if (rest == 0)
            return from; // the word may go on past the chunk: the next chunk starts with it
        const int length = int(qCountTrailingZeroBits(rest));
        const quint64 letters = ((quint64(1) << length) - 1) << k; // length < 64: rest != 0
        Token &t = out.emplace_back();
        t.start = from;
        int end = from + length;
        if (end < n && s[end] == u'.' &&
            readPeriod(t, QStringView(s + from, length), (m.period & joined & letters) != 0)) {
            starts &= ~(quint64(1) << (k + length)); // the period is the word's, no mark
            ++end;
        }
        t.end = end;
        t.isWord = true;
        t.text = QStringView(s + from, end - from);
        t.capitalized = (m.upper >> k) & 1;
        // two capitals or more (a second bit set) and no lower-case letter
        const quint64 capitals = m.upper & letters;
        t.allCaps = t.capitalized && (m.lower & letters) == 0 && (capitals & (capitals - 1)) != 0;
    }
    return qMin(base + ChunkSize, n);
}

} // namespace

bool WordTokenizer::isAbbreviation(QStringView w)
{
    return NameLexicon::flags(w) & NameLexicon::Abbreviation;
}

int WordTokenizer::countWords(QStringView text, int limit)
{
    int count = 0;
    bool inWord = false;
    for (QChar c : text) {
        // ASCII by the table, without the branches of QChar::isSpace(), which spaces between
        // words would make guess wrong
        const char16_t u = c.unicode();
        const bool w = u < 0x80 ? !asciiSpaces[u] : !c.isSpace();
        count += (w && !inWord) ? 1 : 0;
        if (count >= limit)
            break;
        inWord = w;
    }
    return count;
}

void WordTokenizer::tokenize(QStringView text, std::vector<Token> &out)
{
    out.clear();
    const int n = int(text.size());
    int i = 0;
    int oneByOneUntil = 0; // text known not to be ASCII goes one token at a time
    while (i < n) {
        if (i >= oneByOneUntil) {
            int nonAscii = -1;
            const int next = tokenizeChunk(text, i, out, nonAscii);
            if (next > i) {
                i = next;
                continue;
            }
            oneByOneUntil = nonAscii >= 0 ? nonAscii + 1 : i + 1;
        }
        i = tokenizeOne(text, i, out);
    }
}

void WordTokenizer::tokenizeOneByOne(QStringView text, std::vector<Token> &out)
{
    out.clear();
    for (int i = 0; i < int(text.size());)
        i = tokenizeOne(text, i, out);
}

} // namespace Readout
