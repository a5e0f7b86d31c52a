#pragma once

#include <Qt>

#include <vector>

namespace Readout {

class Corpus;

/// The order of all Corpus rows sorted by one StatementModel column, as a reader expects it:
/// names and titles by the locale's collation, dates by date, topics by their path, text
/// case- and accent-insensitively. Equal keys keep Corpus order (a meeting's statements stay
/// in text order, also when sorting descending). Column -1 is Corpus order.
class StatementOrder
{
public:
    static std::vector<int> compute(const Corpus &corpus, int column, Qt::SortOrder order);
    /// The same order after rows were appended to the Corpus: @p previous is the order of the
    /// rows it had then (its first previous.size() rows). Only the new rows are sorted and
    /// merged in, since adding documents never changes how the earlier rows compare (ranks of
    /// names only gain neighbours). Speaker merges and removals need compute().
    static std::vector<int> extend(const Corpus &corpus, int column, Qt::SortOrder order,
                                   std::vector<int> previous);
};

} // namespace Readout
