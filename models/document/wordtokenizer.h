#pragma once

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
    quint32 lex = 0;          ///< NameLexicon::Flag bits of the word
    QStringView text;
};

/// Splits a sentence into words and punctuation. A word keeps inner hyphens, apostrophes and
/// periods ("Ki-Moon", "People's", "U.S."), and a final period when it is an abbreviation or
/// an initial ("Mr.", "R.", "H.E."), so names and titles survive as single tokens.
class WordTokenizer
{
public:
    static void tokenize(QStringView text, std::vector<Token> &out);
    /// True for "Mr", "Dr", "No", "e.g", "approx" and similar words a period does not end.
    static bool isAbbreviation(QStringView wordWithoutPeriod);
};

} // namespace Readout
