#pragma once

#include <QString>

#include <memory>

namespace Readout {

/// W3C Web Annotation TextQuoteSelector: the annotated text and some text around it.
struct TextQuoteSelector
{
    QString exact;
    QString prefix;
    QString suffix;
};

/// W3C Web Annotation TextPositionSelector: offsets in Unicode code points, end exclusive.
struct TextPositionSelector
{
    int start = -1;
    int end = -1;
};

/// What an annotation points at: every selector needed to find the passage again, and the
/// SHA-256 (hex) of the document version it was made on.
struct TextTarget
{
    TextPositionSelector position;
    TextQuoteSelector quote;
    QString sha256;
};

/// Finds an annotation's passage in a document, which may have changed since the annotation
/// was made. In order: the stored position when the document is the same version; the exact
/// quote, chosen among its occurrences by context; the quote with white space, line endings and
/// typographic punctuation normalised; an approximate match of a slightly edited quote near
/// the old position, then anywhere, accepted only above a similarity threshold and with its
/// context on both sides. Anything less certain is orphaned: never attached to the wrong text.
///
/// The static functions serve one annotation. To describe or anchor many annotations of one
/// document, make one TextAnchor for the document: it converts offsets and normalises the
/// text once for all of them. A TextAnchor is not thread-safe (it normalises lazily); use one
/// per thread.
class TextAnchor
{
public:
    enum class Method
    {
        Position,
        Quote,
        Normalized,
        Fuzzy,
        Orphaned
    };

    struct Result
    {
        int start = -1; ///< UTF-16 offset into the text; -1 when orphaned
        int end = -1;   ///< exclusive
        Method method = Method::Orphaned;
        double similarity = 0; ///< 1 for the exact methods; edit similarity for Fuzzy
    };

    /// Context kept on each side of a quote, in code points.
    static constexpr int ContextLength = 32;
    /// Least similarity (1 - edits / quote length) of an approximate match; see the tests for
    /// why not less.
    static constexpr double DefaultMinimumSimilarity = 0.8;

    /// Prepares @p text, a document of version @p sha256, for many annotations.
    TextAnchor(const QString &text, const QString &sha256);
    ~TextAnchor();
    TextAnchor(TextAnchor &&) noexcept;
    TextAnchor &operator=(TextAnchor &&) noexcept;

    /// Least similarity for Method::Fuzzy (DefaultMinimumSimilarity unless set).
    void setMinimumSimilarity(double similarity);

    /// Selectors for text[start, end) (UTF-16 offsets, clamped to the text; a surrogate pair
    /// is never split).
    TextTarget describe(int start, int end) const;
    /// Finds @p target in the text.
    Result anchor(const TextTarget &target);

    /// Selectors for [start, end) (UTF-16 offsets) of text: position in code points, exact
    /// quote, up to ContextLength code points of prefix and suffix.
    static TextTarget describe(const QString &text, int start, int end, const QString &sha256);
    /// Finds the target in text (a document of version sha256).
    static Result anchor(const TextTarget &target, const QString &text, const QString &sha256);

private:
    enum class Use
    {
        Once,
        Many
    };
    TextAnchor(const QString &text, const QString &sha256, Use use);

    class Private;
    std::unique_ptr<Private> d;
};

} // namespace Readout
