#include "statementorder.h"

#include "corpus/corpus.h"
#include "statementmodel.h"

#include <QCollator>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <functional>
#include <numeric>

namespace Readout {

namespace {

// Ranks of strings by collation: equal strings get equal ranks.
std::vector<std::uint32_t> collationRanks(const QStringList &strings)
{
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    std::vector<int> byName(size_t(strings.size()));
    std::iota(byName.begin(), byName.end(), 0);
    std::stable_sort(byName.begin(), byName.end(),
                     [&](int a, int b) { return collator.compare(strings[a], strings[b]) < 0; });
    std::vector<std::uint32_t> ranks(byName.size());
    std::uint32_t rank = 0;
    for (size_t i = 0; i < byName.size(); ++i) {
        if (i > 0 && collator.compare(strings[byName[i - 1]], strings[byName[i]]) != 0)
            ++rank;
        ranks[size_t(byName[i])] = rank;
    }
    return ranks;
}

std::vector<std::uint32_t> documentTitleRanks(const Corpus &corpus)
{
    QStringList titles;
    for (int d = 0; d < corpus.documentCount(); ++d)
        titles.append(corpus.document(d)->title);
    return collationRanks(titles);
}

std::vector<std::uint32_t> documentDateKeys(const Corpus &corpus)
{
    std::vector<std::uint32_t> keys(size_t(corpus.documentCount()), UINT32_MAX); // undated last
    for (int d = 0; d < corpus.documentCount(); ++d) {
        const QDate date = corpus.document(d)->date;
        if (date.isValid())
            keys[size_t(d)] = std::uint32_t(date.toJulianDay());
    }
    return keys;
}

std::vector<std::uint32_t> speakerRanks(const Corpus &corpus, bool byCountry)
{
    const SpeakerRegistry &speakers = corpus.speakers();
    QStringList names;
    for (int id = 0; id < speakers.size(); ++id) {
        const int canonical = speakers.canonical(id);
        names.append(byCountry ? speakers.entry(canonical).country
                               : StatementModel::speakerName(corpus, canonical));
    }
    return collationRanks(names);
}

std::vector<std::uint32_t> topicRanks(const Corpus &corpus)
{
    QStringList paths;
    for (int id = 0; id < corpus.topics().size(); ++id)
        paths.append(corpus.topics().path(id).join(QLatin1Char('\x1f')));
    return collationRanks(paths);
}

// Sorts the rows from previous.size() on by a 32-bit key with the row as tie-break, both
// packed in one integer, and merges them into @p previous (the earlier rows, already sorted),
// in place from the back: an archive that is loading adds piece after piece to half a million
// rows, and fresh memory for them each time would cost more than the merge.
std::vector<int> mergeByKey(std::vector<int> previous, int rows, Qt::SortOrder order,
                            const std::function<std::uint32_t(int)> &key)
{
    const auto packedKey = [&](int r) {
        std::uint32_t k = key(r);
        if (order == Qt::DescendingOrder)
            k = UINT32_MAX - k;
        return (std::uint64_t(k) << 32) | std::uint32_t(r);
    };
    const int first = int(previous.size());
    std::vector<std::uint64_t> fresh(static_cast<size_t>(rows - first));
    for (int r = first; r < rows; ++r)
        fresh[size_t(r - first)] = packedKey(r);
    std::sort(fresh.begin(), fresh.end());
    // Few new rows among many: each one's place is searched for, and the earlier rows between
    // are moved without computing their keys. Otherwise one pass along both.
    const bool search = double(fresh.size()) * std::log2(double(first) + 2) < double(first);
    previous.resize(static_cast<size_t>(rows));
    auto oldEnd = previous.begin() + first; // the earlier rows not placed yet: [begin, oldEnd)
    auto write = previous.end();
    for (auto f = fresh.crbegin(); f != fresh.crend(); ++f) {
        auto at = oldEnd;
        if (search) {
            at = std::partition_point(previous.begin(), oldEnd,
                                      [&](int r) { return packedKey(r) < *f; });
        } else {
            while (at != previous.begin() && packedKey(*(at - 1)) > *f)
                --at;
        }
        write = std::move_backward(at, oldEnd, write);
        oldEnd = at;
        *--write = int(*f & 0xffffffffu);
    }
    return previous;
}

} // namespace

std::vector<int> StatementOrder::compute(const Corpus &corpus, int column, Qt::SortOrder order)
{
    return extend(corpus, column, order, {});
}

std::vector<int> StatementOrder::extend(const Corpus &corpus, int column, Qt::SortOrder order,
                                        std::vector<int> previous)
{
    const int rows = corpus.rowCount();
    if (int(previous.size()) > rows)
        previous.clear(); // not an earlier state of this corpus: start again
    switch (column) {
    case StatementModel::DocumentColumn: {
        const auto ranks = documentTitleRanks(corpus);
        const auto dates = documentDateKeys(corpus);
        // Meetings with one title (a series) come in date order.
        std::vector<std::uint32_t> docKey(ranks.size());
        std::vector<int> docs(ranks.size());
        std::iota(docs.begin(), docs.end(), 0);
        std::stable_sort(docs.begin(), docs.end(), [&](int a, int b) {
            return std::make_pair(ranks[size_t(a)], dates[size_t(a)]) <
                   std::make_pair(ranks[size_t(b)], dates[size_t(b)]);
        });
        for (size_t i = 0; i < docs.size(); ++i)
            docKey[size_t(docs[i])] = std::uint32_t(i);
        return mergeByKey(std::move(previous), rows, order,
                          [&](int r) { return docKey[size_t(corpus.rowDocument(r))]; });
    }
    case StatementModel::DateColumn: {
        const auto dates = documentDateKeys(corpus);
        return mergeByKey(std::move(previous), rows, order,
                          [&](int r) { return dates[size_t(corpus.rowDocument(r))]; });
    }
    case StatementModel::SpeakerColumn:
    case StatementModel::CountryColumn: {
        const auto ranks = speakerRanks(corpus, column == StatementModel::CountryColumn);
        return mergeByKey(std::move(previous), rows, order,
                          [&](int r) { return ranks[size_t(corpus.rowSpeaker(r))]; });
    }
    case StatementModel::TopicColumn: {
        const auto ranks = topicRanks(corpus);
        return mergeByKey(std::move(previous), rows, order,
                          [&](int r) { return ranks[size_t(corpus.rowTopic(r))]; });
    }
    case StatementModel::TextColumn: {
        const FoldedTexts &texts = corpus.foldedTexts();
        const int first = int(previous.size());
        std::vector<int> fresh(static_cast<size_t>(rows - first));
        std::iota(fresh.begin(), fresh.end(), first);
        const bool ascending = order == Qt::AscendingOrder;
        const auto less = [&](int a, int b) {
            const int c = texts.compare(a, b);
            if (c != 0)
                return ascending ? c < 0 : c > 0;
            return a < b;
        };
        std::sort(fresh.begin(), fresh.end(), less);
        std::vector<int> result(static_cast<size_t>(rows));
        std::merge(previous.begin(), previous.end(), fresh.begin(), fresh.end(), result.begin(),
                   less);
        return result;
    }
    default:
        break;
    }
    std::vector<int> result = std::move(previous);
    const int first = int(result.size());
    result.resize(static_cast<size_t>(rows));
    std::iota(result.begin() + first, result.end(), first);
    return result;
}

} // namespace Readout
