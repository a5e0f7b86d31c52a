#pragma once

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
};

} // namespace Readout
