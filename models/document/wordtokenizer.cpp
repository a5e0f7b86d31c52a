#include "wordtokenizer.h"

#include "namelexicon.h"

#include <QString>

#include <array>

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
        const bool w = !c.isSpace();
        count += (w && !inWord) ? 1 : 0;
        if (count >= limit)
            break;
        inWord = w;
    }
    return count;
}

void WordTokenizer::tokenize(QStringView text, std::vector<Token> &out)
{
    // Views of the tokens, made directly (QStringView::mid checks its bounds, and this runs
    // for every word of every summary).
    const auto part = [&text](int from, int to) {
        return QStringView(text.data() + from, to - from);
    };
    out.clear();
    const int n = int(text.size());
    int i = 0;
    while (i < n) {
        const QChar c = text[i];
        if (isSeparator(c)) {
            ++i;
            continue;
        }
        Token &t = out.emplace_back();
        t.start = i;
        if (!isWordChar(c)) { // a mark is a token of its own
            t.end = i + 1;
            t.text = part(i, i + 1);
            ++i;
            continue;
        }
        bool hasPeriod = false;
        int j = wordEnd(text, i, hasPeriod);
        if (j < n && text[j] == u'.') {
            // Only a word before a period needs its classes now: "Mr." keeps its period.
            const QStringView w = part(i, j);
            const quint32 lex = NameLexicon::flags(w);
            if (hasPeriod || (w.size() == 1 && w[0].isUpper()) ||
                (lex & NameLexicon::Abbreviation)) {
                ++j;
                t.lexCache = NameLexicon::flags(part(i, j)) | (lex & NameLexicon::Abbreviation);
            } else {
                t.lexCache = lex;
            }
            t.lexReady = true;
        }
        t.end = j;
        t.isWord = true;
        t.text = part(i, j);
        t.capitalized =
            c.unicode() < 0x80 ? (c.unicode() >= u'A' && c.unicode() <= u'Z') : c.isUpper();
        // Only a capitalised word can be all capitals.
        t.allCaps = t.capitalized && isAllCaps(t.text);
        i = j;
    }
}

} // namespace Readout
