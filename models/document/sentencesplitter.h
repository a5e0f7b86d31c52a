#pragma once

#include "wordtokenizer.h"

#include <QStringView>

#include <utility>
#include <vector>

namespace Readout {

/// Splits a paragraph into sentences without being fooled by "Mr. Ban", "U.S. forces",
/// "e.g. inviting" or the initial in "Michael R. Pompeo".
class SentenceSplitter
{
public:
    /// Appends [start, end) ranges (relative to `text`, trimmed) of the sentences of `text`.
    static void split(QStringView text, std::vector<std::pair<int, int>> &out);
    /// The same, faster, for text already tokenized: `tokens` are WordTokenizer's tokens of
    /// `text`, whose marks and final periods are the only places a sentence can end.
    static void split(QStringView text, const std::vector<Token> &tokens,
                      std::vector<std::pair<int, int>> &out);
};

} // namespace Readout
