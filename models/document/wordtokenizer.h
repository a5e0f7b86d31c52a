#pragma once

#include "asciicase.h"
#include "namelexicon.h"

#include <QStringView>

#include <limits>

#include <vector>

namespace Readout {

/// A word or punctuation mark of a sentence; offsets are relative to the tokenized view.
struct Token
{
    int start = 0;
    int end = 0;
    bool isWord = false;
    bool capitalized = false;      ///< first letter upper case
    bool allCaps = false;          ///< two or more letters, all upper case
    mutable bool lexReady = false; ///< (kept with the flags: a token takes 32 bytes)
    mutable quint32 lexCache = 0;
    /// NameLexicon::Flag bits of the word, looked up on first use: most words of a
    /// sentence are never asked about, so most lookups are never made.
    quint32 lex() const
    {
        if (!lexReady) {
            lexCache = NameLexicon::flags(text);
            lexReady = true;
        }
        return lexCache;
    }
    QStringView text;

    /// Exactly `word` (case-sensitive ASCII); cheaper than comparing with a u"" literal.
    bool isText(std::string_view word) const { return AsciiCase::equalsExactly(text, word); }
    /// The punctuation mark `c` (a mark is a token of its own, one character long).
    bool isMark(char16_t c) const { return !isWord && text.front() == c; }
};

/// Tokens of one sentence, as a view into the tokens of its paragraph (or any vector of
/// tokens): the sentence's share without a copy.
class TokenSpan
{
public:
    TokenSpan(const std::vector<Token> &tokens) : m_data(tokens.data()), m_size(tokens.size()) {}
    TokenSpan(const Token *data, size_t size) : m_data(data), m_size(size) {}

    size_t size() const { return m_size; }
    const Token &operator[](size_t i) const { return m_data[i]; }
    const Token &back() const { return m_data[m_size - 1]; }
    const Token *begin() const { return m_data; }
    const Token *end() const { return m_data + m_size; }

private:
    const Token *m_data;
    size_t m_size;
};

/// Splits a sentence into words and punctuation. A word keeps inner hyphens, apostrophes and
/// periods ("Ki-Moon", "People's", "U.S."), and a final period when it is an abbreviation or
/// an initial ("Mr.", "R.", "H.E."), so names and titles survive as single tokens.
class WordTokenizer
{
public:
    static void tokenize(QStringView text, std::vector<Token> &out);
    /// The same tokens, found one by one rather than 64 characters at a time: the plain
    /// definition that tokenize() keeps to, for comparing the two.
    static void tokenizeOneByOne(QStringView text, std::vector<Token> &out);
    /// The number of whitespace-separated words in `text`, counted up to `limit` at most:
    /// callers compare it with a small number, and paragraphs are long.
    static int countWords(QStringView text, int limit = std::numeric_limits<int>::max());
    /// True for "Mr", "Dr", "No", "e.g", "approx" and similar words a period does not end.
    static bool isAbbreviation(QStringView wordWithoutPeriod);
};

} // namespace Readout
