#pragma once

#include <QString>
#include <QtGlobal>

#include <memory>

namespace Readout {

/// Writes synthetic diplomatic meeting summaries in the styles SummaryParser handles, for
/// benchmarks and large-archive tests. Countries, cities and people are invented.
///
/// Each summary has a title line (a meeting title, an "Overview of Results" or telephone-talk
/// title, or a "<A>-<B> Relations" breadcrumb where a page has no meeting title), an opening
/// sentence naming the place, date and ministers, numbered sections in one of several numbering
/// schemes (`1.`, `1.Heading`, `(1)`, `(a)`, `(i)`, `-`, `•`, with `(1)` restarting under `-`
/// items), lead-ins followed by bullets, reported and joint statements, and usually a closing
/// "Back to Index" line. A summary is between 2 KiB and 12 KiB of UTF-8, lines end with '\n'.
///
/// The output is a pure function of the seed and of how many summaries were generated before:
/// the same seed gives the same sequence of summaries on every platform and compiler (the
/// generator uses std::mt19937_64, whose output the C++ standard fixes, and no standard
/// distributions, whose output it does not). Not thread-safe; use one generator per thread.
class SummaryGenerator
{
public:
    static constexpr int MinimumBytes = 2048;  ///< smallest summary, in UTF-8 bytes
    static constexpr int MaximumBytes = 12288; ///< largest summary, in UTF-8 bytes

    explicit SummaryGenerator(quint64 seed);
    ~SummaryGenerator();
    SummaryGenerator(const SummaryGenerator &) = delete;
    SummaryGenerator &operator=(const SummaryGenerator &) = delete;

    /// Returns the next summary of the sequence.
    QString next();

    /// How many summaries next() has returned so far.
    int count() const;

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace Readout
