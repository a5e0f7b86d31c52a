#pragma once

#include <QString>
#include <QStringView>

#include <string_view>

namespace Readout {

/// Comparisons of text with ASCII words, for the parser's hot paths. The case-insensitive
/// ones give the same answers as QStringView::compare/startsWith/endsWith/contains with
/// Qt::CaseInsensitive and a QLatin1String, but settle ASCII text inline (most comparisons
/// fail on the length or the first letter) and leave non-ASCII text to Qt's Unicode case
/// folding, so that "\u212a" (the Kelvin sign) still equals "k" as it does for Qt.
namespace AsciiCase {

Q_ALWAYS_INLINE char16_t fold(char16_t c)
{
    return (c >= u'A' && c <= u'Z') ? char16_t(c + 32) : c;
}

/// `text` and `word` have the same length; compares them letter by letter. Kept out of
/// line: the callers' inline checks of length and first letter settle most comparisons.
Q_NEVER_INLINE inline bool sameLetters(QStringView text, std::string_view word)
{
    for (size_t i = 0; i < word.size(); ++i) {
        const char16_t c = text[qsizetype(i)].unicode();
        const auto w = uchar(word[i]);
        if (c >= 0x80 || w >= 0x80) // Unicode folding ("K" for the Kelvin sign): ask Qt
            return text.compare(QLatin1String(word.data(), qsizetype(word.size())),
                                Qt::CaseInsensitive) == 0;
        if (fold(c) != fold(w))
            return false;
    }
    return true;
}

/// Case-sensitive: `text` is exactly the ASCII `word`.
inline bool equalsExactly(QStringView text, std::string_view word)
{
    if (text.size() != qsizetype(word.size()))
        return false;
    for (size_t i = 0; i < word.size(); ++i) {
        if (text[qsizetype(i)].unicode() != uchar(word[i]))
            return false;
    }
    return true;
}

/// Whether the first letters differ for certain: both ASCII and not the same letter.
Q_ALWAYS_INLINE bool firstLetterDiffers(QStringView text, std::string_view word)
{
    if (text.isEmpty() || word.empty())
        return false;
    const char16_t c = text.front().unicode();
    const char16_t w = uchar(word.front());
    return c < 0x80 && w < 0x80 && fold(c) != fold(w);
}

// Always inline: called with constant words, most calls settle on the length at once, and
// the letters of a matching length are compared in line (out of line only beyond ASCII).
Q_ALWAYS_INLINE bool equals(QStringView text, std::string_view word)
{
    if (text.size() != qsizetype(word.size()) || firstLetterDiffers(text, word))
        return false;
    for (size_t i = 0; i < word.size(); ++i) {
        const char16_t c = text[qsizetype(i)].unicode();
        const auto w = uchar(word[i]);
        if (c >= 0x80 || w >= 0x80)
            return sameLetters(text, word); // Unicode folding
        if (fold(c) != fold(w))
            return false;
    }
    return true;
}

/// Two texts, case-insensitively (names against names).
inline bool equals(QStringView a, QStringView b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        const char16_t x = a[i].unicode();
        const char16_t y = b[i].unicode();
        if (x == y)
            continue;
        if (x >= 0x80 || y >= 0x80)
            return a.compare(b, Qt::CaseInsensitive) == 0;
        if (fold(x) != fold(y))
            return false;
    }
    return true;
}

inline bool startsWith(QStringView text, std::string_view prefix)
{
    return text.size() >= qsizetype(prefix.size()) && !firstLetterDiffers(text, prefix) &&
           sameLetters(text.left(qsizetype(prefix.size())), prefix);
}

inline bool endsWith(QStringView text, std::string_view suffix)
{
    return text.size() >= qsizetype(suffix.size()) &&
           sameLetters(text.right(qsizetype(suffix.size())), suffix);
}

/// Where `word` first occurs in `text` at or after `from`; -1 if nowhere. For short texts
/// (offices, lines, paragraphs): it tries each position.
inline qsizetype indexOf(QStringView text, std::string_view word, qsizetype from = 0)
{
    const qsizetype n = qsizetype(word.size());
    if (n == 0)
        return from <= text.size() ? from : -1;
    const char16_t first = fold(uchar(word[0]));
    for (qsizetype i = from; i + n <= text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if ((c >= 0x80 || fold(c) == first) && sameLetters(text.mid(i, n), word))
            return i;
    }
    return -1;
}

inline bool contains(QStringView text, std::string_view word)
{
    return indexOf(text, word) >= 0;
}

/// QStringView::trimmed(), settled in line for the usual text that has no space at either
/// end (Qt's trimming is a call).
Q_ALWAYS_INLINE QStringView trimmed(QStringView text)
{
    if (!text.isEmpty() && !text.front().isSpace() && !text.back().isSpace())
        return text;
    return text.trimmed();
}

} // namespace AsciiCase

} // namespace Readout
