#pragma once

#include "namelexicon.h"

#include <QStringView>

#include <vector>

namespace Readout {

/// A word or punctuation mark of a sentence; offsets are relative to the tokenized view.
struct Token
{
    int start = 0;
    int end = 0;
    bool isWord = false;
    bool capitalized = false; ///< first letter upper case
    bool allCaps = false;     ///< two or more letters, all upper case
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
    mutable quint32 lexCache = 0;
    mutable bool lexReady = false;
    QStringView text;
};

/// Splits a sentence into words and punctuation. A word keeps inner hyphens, apostrophes and
/// periods ("Ki-Moon", "People's", "U.S."), and a final period when it is an abbreviation or
/// an initial ("Mr.", "R.", "H.E."), so names and titles survive as single tokens.
class WordTokenizer
{
public:
    static void tokenize(QStringView text, std::vector<Token> &out);
    /// The number of whitespace-separated words in `text`.
    static int countWords(QStringView text);
    /// True for "Mr", "Dr", "No", "e.g", "approx" and similar words a period does not end.
    static bool isAbbreviation(QStringView wordWithoutPeriod);
};

} // namespace Readout
