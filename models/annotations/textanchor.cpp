#include "annotations/textanchor.h"

#include "annotations/codepointindex.h"
#include "annotations/editdistance.h"
#include "annotations/fuzzymatcher.h"
#include "annotations/normalizedtext.h"
#include "annotations/quotecandidates.h"

#include <algorithm>
#include <cmath>
#include <optional>

namespace Readout {

namespace {

using Method = TextAnchor::Method;
using Result = TextAnchor::Result;
using Rule = QuoteCandidates::ContextRule;

// The approximate search looks this far (plus the quote's length) around the old place first.
constexpr int NearWindow = 256;
// A long quote is searched for by its first and its last this many characters (one machine
// word each), so the search costs the same for any quote.
constexpr int Piece = 64;
// Longer quotes are only found verbatim: aligning them approximately costs O(length²/64).
constexpr int MaxApproximateLength = 4096;
// At most this many edits in one quote.
constexpr int MaxErrors = 128;
// Approximate occurrences examined per piece and region.
constexpr int MaxHits = 8;
// Characters searched approximately for one annotation when the old place had nothing (a
// few milliseconds at most): a larger document is searched this far around the old place.
constexpr int MaxReach = 1 << 18;
// Verbatim occurrences weighed per quote; a quote more common than that is not decided on.
constexpr int MaxOccurrences = 4096;

// A quote in the coordinates of the text it is searched in (raw or normalised).
struct Quote
{
    QString prefix;
    QString exact;
    QString suffix;
    int leadingSpace = 0; // white space at the edges of the original quote, in code units
    int trailingSpace = 0;
};

Result found(int start, int end, Method method, double similarity = 1.0)
{
    Result r;
    r.start = start;
    r.end = end;
    r.method = method;
    r.similarity = similarity;
    return r;
}

int stepBack(QStringView text, int offset, int codePoints)
{
    for (; codePoints > 0 && offset > 0; --codePoints) {
        --offset;
        if (offset > 0 && text[offset].isLowSurrogate() && text[offset - 1].isHighSurrogate())
            --offset;
    }
    return offset;
}

int stepForward(QStringView text, int offset, int codePoints)
{
    const int size = int(text.size());
    for (; codePoints > 0 && offset < size; --codePoints) {
        ++offset;
        if (offset < size && text[offset].isLowSurrogate() && text[offset - 1].isHighSurrogate())
            ++offset;
    }
    return offset;
}

bool insidePair(QStringView text, int offset)
{
    return offset > 0 && offset < text.size() && text[offset].isLowSurrogate() &&
           text[offset - 1].isHighSurrogate();
}

int leadingSpace(QStringView text)
{
    int n = 0;
    while (n < text.size() && text[n].isSpace())
        ++n;
    return n;
}

int trailingSpace(QStringView text)
{
    int n = 0;
    while (n < text.size() && text[text.size() - 1 - n].isSpace())
        ++n;
    return n;
}

// Normalises prefix, quote and suffix together, so that a run of white space across their
// borders collapses as it does in the normalised document; such a run goes with the quote.
Quote normalizedQuote(const TextQuoteSelector &quote)
{
    const QString all = quote.prefix + quote.exact + quote.suffix;
    const NormalizedText normalized(all);
    const int exactStart = int(quote.prefix.size());
    const int exactEnd = exactStart + int(quote.exact.size());
    const int start = normalized.fromOriginal(exactStart);
    const int end = normalized.fromOriginal(exactEnd - 1) + 1;
    const QString &text = normalized.text();
    return {text.left(start), text.mid(start, end - start), text.mid(end),
            leadingSpace(quote.exact), trailingSpace(quote.exact)};
}

// Adds every verbatim occurrence; false when there are too many to weigh them all (then
// none may be chosen: an unseen one could be the better).
bool addOccurrences(QStringView text, const Quote &quote, QuoteCandidates &candidates)
{
    const int length = int(quote.exact.size());
    qsizetype at = text.indexOf(quote.exact);
    for (int count = 0; at >= 0 && count < MaxOccurrences; ++count) {
        candidates.add(int(at), int(at) + length, 0);
        at = text.indexOf(quote.exact, at + 1);
    }
    return at < 0;
}

// How many characters of `prefix` end at text[..offset), one more when they reach back to
// the start of the text (a prefix shorter than the context length did so when it was taken).
int prefixRun(QStringView text, QStringView prefix, int offset)
{
    int n = 0;
    while (n < offset && n < prefix.size() && text[offset - 1 - n] == prefix[prefix.size() - 1 - n])
        ++n;
    return n == prefix.size() && offset == n ? n + 1 : n;
}

// The same for `suffix` after text[offset..), and the end of the text.
int suffixRun(QStringView text, QStringView suffix, int offset)
{
    int n = 0;
    while (offset + n < text.size() && n < suffix.size() && text[offset + n] == suffix[n])
        ++n;
    return n == suffix.size() && offset + n == text.size() ? n + 1 : n;
}

// An edit at the edge of a quote leaves the alignment unsure where the quote ends; the
// unchanged context next to it is sure. Moves a border to where its side of the context
// fits best, within `slack`.
template<typename Run>
int fitBorder(int offset, int slack, int low, int high, int contextLength, Run run)
{
    int best = offset;
    int bestRun = run(offset);
    for (int o = std::max(low, offset - slack); o <= std::min(high, offset + slack); ++o) {
        const int r = run(o);
        if (r > bestRun || (r == bestRun && std::abs(o - offset) < std::abs(best - offset))) {
            best = o;
            bestRun = r;
        }
    }
    return bestRun >= std::min(contextLength, QuoteCandidates::SideEvidence) ? best : offset;
}

} // namespace

class TextAnchor::Private
{
public:
    Private(const QString &documentText, const QString &documentSha256, bool once)
        : text(documentText), sha256(documentSha256)
    {
        // For one annotation, reading the text up to the offsets is cheaper than an index.
        if (!once)
            index = std::make_unique<CodePointIndex>(text);
    }

    int toUtf16(int codePoint) const
    {
        return index ? index->toUtf16(codePoint) : CodePointIndex::toUtf16(text, codePoint);
    }
    int toCodePoint(int utf16) const
    {
        return index ? index->toCodePoint(utf16) : CodePointIndex::toCodePoint(text, utf16);
    }

    // Built on first need: most documents are unchanged and never need it.
    const NormalizedText &normalized()
    {
        if (!normalizedCache)
            normalizedCache = std::make_unique<NormalizedText>(text);
        return *normalizedCache;
    }

    int hint(const TextPositionSelector &position) const;
    std::optional<Result> byPosition(const TextTarget &target) const;
    std::optional<QuoteCandidates::Candidate> verbatim(const TextQuoteSelector &quote, int hint,
                                                       bool *certain) const;
    std::optional<Result> byNormalizedQuote(const TextQuoteSelector &selector, const Quote &quote,
                                            int hint,
                                            const std::optional<QuoteCandidates::Candidate> &raw);
    std::optional<Result> byApproximateQuote(const Quote &quote, int hint);

    QString text;
    QString sha256;
    std::unique_ptr<CodePointIndex> index; // none when used for one annotation
    std::unique_ptr<NormalizedText> normalizedCache;
    double minimumSimilarity = DefaultMinimumSimilarity;

private:
    int maxErrors(int length) const;
    std::optional<Result> approximateIn(const Quote &quote, int from, int to, int hint,
                                        bool *doubt);
    void addApproximate(QStringView haystack, const Quote &quote, int from, int to,
                        QuoteCandidates &candidates) const;
    void addAligned(QStringView haystack, const Quote &quote, EditDistance::Alignment aligned,
                    QuoteCandidates &candidates) const;
    Result toOriginal(const QuoteCandidates::Candidate &c, const Quote &quote, Method method);
};

int TextAnchor::Private::hint(const TextPositionSelector &position) const
{
    // The old position, moved into this text, breaks ties between equally good places.
    if (position.start < 0)
        return -1;
    const int offset = toUtf16(position.start);
    return offset < 0 ? int(text.size()) : offset; // past the end of a shorter text
}

std::optional<Result> TextAnchor::Private::byPosition(const TextTarget &target) const
{
    if (target.sha256.isEmpty() || target.sha256 != sha256)
        return std::nullopt;
    const int start = toUtf16(target.position.start);
    const int end = start < 0 ? -1 : toUtf16(target.position.end);
    if (start < 0 || end < start)
        return std::nullopt;
    if (QStringView(text).mid(start, end - start) != target.quote.exact)
        return std::nullopt;
    return found(start, end, Method::Position);
}

std::optional<QuoteCandidates::Candidate>
TextAnchor::Private::verbatim(const TextQuoteSelector &quote, int hint, bool *certain) const
{
    const Quote raw{quote.prefix, quote.exact, quote.suffix, 0, 0};
    QuoteCandidates candidates(text, raw.prefix, raw.exact, raw.suffix, Rule::Exact);
    if (!addOccurrences(text, raw, candidates)) {
        *certain = false;
        return std::nullopt;
    }
    const auto chosen = candidates.choose(hint);
    *certain = chosen && candidates.hasWholeContext(*chosen);
    return chosen;
}

std::optional<Result>
TextAnchor::Private::byNormalizedQuote(const TextQuoteSelector &selector, const Quote &quote,
                                       int hint,
                                       const std::optional<QuoteCandidates::Candidate> &raw)
{
    const bool same = !normalized().isChanged() && quote.exact == selector.exact &&
                      quote.prefix == selector.prefix && quote.suffix == selector.suffix;
    if (same) {
        if (!raw)
            return std::nullopt; // normalising changes nothing, so finds nothing more
        return found(raw->start, raw->end, Method::Quote);
    }
    const NormalizedText &n = normalized();
    QuoteCandidates candidates(n.text(), quote.prefix, quote.exact, quote.suffix, Rule::Exact);
    if (!addOccurrences(n.text(), quote, candidates))
        return std::nullopt;
    const auto best = candidates.choose(hint < 0 ? -1 : n.fromOriginal(hint));
    if (!best)
        return std::nullopt;
    Result r = toOriginal(*best, quote, Method::Normalized);
    if (raw && r.start == raw->start && r.end == raw->end)
        r.method = Method::Quote; // the verbatim occurrence after all
    return r;
}

Result TextAnchor::Private::toOriginal(const QuoteCandidates::Candidate &c, const Quote &quote,
                                       Method method)
{
    const NormalizedText &n = normalized();
    const QString &normal = n.text();
    int start = n.toOriginal(c.start);
    int end = n.toOriginal(c.end);
    // A space at an edge of the quote stands for a whole run of white space, of which the
    // quote had only its own part.
    if (quote.leadingSpace > 0 && normal[c.start] == QLatin1Char(' '))
        start = std::max(start, n.toOriginal(c.start + 1) - quote.leadingSpace);
    if (quote.trailingSpace > 0 && normal[c.end - 1] == QLatin1Char(' '))
        end = std::min(end, n.toOriginal(c.end - 1) + quote.trailingSpace);
    const double similarity =
        1.0 - double(c.errors) / double(std::max<qsizetype>(quote.exact.size(), 1));
    return found(start, end, method, similarity);
}

int TextAnchor::Private::maxErrors(int length) const
{
    // The small epsilon keeps 0.2 * 10 from rounding down to 1.
    const int errors = int(std::floor((1.0 - minimumSimilarity) * length + 1e-9));
    return std::min(errors, MaxErrors);
}

std::optional<Result> TextAnchor::Private::byApproximateQuote(const Quote &quote, int hint)
{
    const int length = int(quote.exact.size());
    if (maxErrors(length) < 1 || length > MaxApproximateLength)
        return std::nullopt; // too short to differ and still be similar enough, or too long
    const int size = int(normalized().text().size());
    const int near = hint < 0 ? -1 : normalized().fromOriginal(hint);
    bool doubt = false;
    int nearFrom = 0;
    int nearTo = 0;
    if (near >= 0) {
        nearFrom = std::max(0, near - NearWindow - length);
        nearTo = std::min(size, near + 2 * length + NearWindow);
        if (auto r = approximateIn(quote, nearFrom, nearTo, near, &doubt))
            return r;
        if (doubt)
            return std::nullopt;
    }
    // Then everywhere, or as far around the old place as the reach goes.
    const int centre = near >= 0 ? near : 0;
    const int from = std::max(0, centre - MaxReach / 2);
    const int to = int(std::min<qint64>(size, qint64(from) + MaxReach));
    if (from >= nearFrom && to <= nearTo)
        return std::nullopt;
    return approximateIn(quote, from, to, near, &doubt);
}

std::optional<Result> TextAnchor::Private::approximateIn(const Quote &quote, int from, int to,
                                                         int hint, bool *doubt)
{
    const QString &normal = normalized().text();
    QuoteCandidates candidates(normal, quote.prefix, quote.exact, quote.suffix, Rule::Approximate);
    addApproximate(normal, quote, from, to, candidates);
    const auto chosen = candidates.choose(hint);
    if (!chosen) {
        *doubt = candidates.anyAgrees();
        return std::nullopt;
    }
    return toOriginal(*chosen, quote, Method::Fuzzy);
}

void TextAnchor::Private::addApproximate(QStringView haystack, const Quote &quote, int from, int to,
                                         QuoteCandidates &candidates) const
{
    const QStringView exact = quote.exact;
    const int length = int(exact.size());
    const int errors = maxErrors(length);
    if (length <= Piece) {
        FuzzyMatcher matcher(exact);
        for (const FuzzyMatcher::Hit &hit : matcher.search(haystack, from, to, errors, MaxHits))
            addAligned(haystack, quote, EditDistance::alignTo(exact, haystack, hit.end, errors),
                       candidates);
        return;
    }
    // A long quote is found by its beginning or by its end (an edit in one leaves the other),
    // then aligned as a whole.
    const int pieceErrors = maxErrors(Piece);
    const QStringView head = exact.left(Piece);
    const QStringView tail = exact.right(Piece);
    FuzzyMatcher headMatcher(head);
    for (const FuzzyMatcher::Hit &hit :
         headMatcher.search(haystack, from, to, pieceErrors, MaxHits)) {
        const auto start = EditDistance::alignTo(head, haystack, hit.end, pieceErrors);
        if (start.errors >= 0 && !candidates.covers(start.start, -1, errors))
            addAligned(haystack, quote,
                       EditDistance::alignFrom(exact, haystack, start.start, errors), candidates);
    }
    FuzzyMatcher tailMatcher(tail);
    for (const FuzzyMatcher::Hit &hit :
         tailMatcher.search(haystack, from, to, pieceErrors, MaxHits)) {
        // The beginning has usually found this occurrence already.
        if (!candidates.covers(-1, hit.end, errors))
            addAligned(haystack, quote, EditDistance::alignTo(exact, haystack, hit.end, errors),
                       candidates);
    }
}

void TextAnchor::Private::addAligned(QStringView haystack, const Quote &quote,
                                     EditDistance::Alignment aligned,
                                     QuoteCandidates &candidates) const
{
    if (aligned.errors < 0)
        return;
    const QStringView exact = quote.exact;
    const int errors = maxErrors(int(exact.size()));
    const int slack = std::min(errors, 16);
    const int start = fitBorder(aligned.start, slack, 0, aligned.end - 1, int(quote.prefix.size()),
                                [&](int o) { return prefixRun(haystack, quote.prefix, o); });
    const int end =
        fitBorder(aligned.end, slack, start + 1, int(haystack.size()), int(quote.suffix.size()),
                  [&](int o) { return suffixRun(haystack, quote.suffix, o); });
    if (start == aligned.start && end == aligned.end) {
        candidates.add(start, end, aligned.errors);
        return;
    }
    const int fitted = EditDistance::distance(exact, haystack.mid(start, end - start), errors);
    if (fitted <= errors)
        candidates.add(start, end, fitted);
    else
        candidates.add(aligned.start, aligned.end, aligned.errors);
}

TextAnchor::TextAnchor(const QString &text, const QString &sha256)
    : TextAnchor(text, sha256, Use::Many)
{}

TextAnchor::TextAnchor(const QString &text, const QString &sha256, Use use)
    : d(std::make_unique<Private>(text, sha256, use == Use::Once))
{}

TextAnchor::~TextAnchor() = default;
TextAnchor::TextAnchor(TextAnchor &&) noexcept = default;
TextAnchor &TextAnchor::operator=(TextAnchor &&) noexcept = default;

void TextAnchor::setMinimumSimilarity(double similarity)
{
    d->minimumSimilarity = similarity;
}

TextTarget TextAnchor::describe(int start, int end) const
{
    const QStringView text = d->text;
    start = std::clamp(start, 0, int(text.size()));
    end = std::clamp(end, start, int(text.size()));
    if (insidePair(text, start))
        --start;
    if (insidePair(text, end))
        ++end;
    TextTarget target;
    target.position.start = d->toCodePoint(start);
    target.position.end = d->toCodePoint(end);
    target.quote.exact = text.mid(start, end - start).toString();
    const int before = stepBack(text, start, ContextLength);
    const int after = stepForward(text, end, ContextLength);
    target.quote.prefix = text.mid(before, start - before).toString();
    target.quote.suffix = text.mid(end, after - end).toString();
    target.sha256 = d->sha256;
    return target;
}

TextAnchor::Result TextAnchor::anchor(const TextTarget &target)
{
    if (target.quote.exact.isEmpty())
        return Result();
    if (auto r = d->byPosition(target))
        return *r;
    const int hint = d->hint(target.position);
    bool certain = false;
    const auto raw = d->verbatim(target.quote, hint, &certain);
    if (certain) // verbatim with all its context: nothing normalising could change is better
        return found(raw->start, raw->end, Method::Quote);
    // Otherwise the context may differ only in white space or quotation marks, and that noise
    // may hide the passage behind another occurrence with more context by chance: decide on
    // the normalised text, where the noise is gone.
    const Quote quote = normalizedQuote(target.quote);
    if (auto r = d->byNormalizedQuote(target.quote, quote, hint, raw))
        return *r;
    if (auto r = d->byApproximateQuote(quote, hint))
        return *r;
    return Result();
}

TextTarget TextAnchor::describe(const QString &text, int start, int end, const QString &sha256)
{
    return TextAnchor(text, sha256, Use::Once).describe(start, end);
}

TextAnchor::Result TextAnchor::anchor(const TextTarget &target, const QString &text,
                                      const QString &sha256)
{
    return TextAnchor(text, sha256, Use::Once).anchor(target);
}

} // namespace Readout
