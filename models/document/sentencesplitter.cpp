#include "sentencesplitter.h"

#include "asciicase.h"
#include "wordtokenizer.h"

#include <QString>

namespace Readout {

namespace {

bool isClosing(QChar c)
{
    const char16_t u = c.unicode();
    return u == u'"' || u == u'\'' || u == u')' || u == u']' || u == u'\u201d' || u == u'\u2019';
}

// '.', '!', '?' and the full-width '。', '！', '？'. Every character of a paragraph comes
// here: ASCII ones are looked up in a bit mask, without a branch that spaces would mislead.
inline bool isSentenceMark(char16_t u)
{
    constexpr quint64 asciiMarks =
        (quint64(1) << u'.') | (quint64(1) << u'!') | (quint64(1) << u'?');
    if (u >= u'\u3002')
        return u == u'\u3002' || u == u'\uff01' || u == u'\uff1f';
    return (u < 64) & ((asciiMarks >> (u & 63)) & 1);
}

bool canStartSentence(QChar c)
{
    const char16_t u = c.unicode();
    return c.isUpper() || c.isDigit() || u == u'"' || u == u'\u201c' || u == u'(' || u == u'[' ||
           u == u'\'' || u == u'\u2018' || c.script() == QChar::Script_Han ||
           c.script() == QChar::Script_Hiragana || c.script() == QChar::Script_Katakana;
}

// The word that ends just before `end` (exclusive), without a trailing period.
QStringView wordBefore(QStringView text, int end)
{
    int b = end;
    while (b > 0 && !text[b - 1].isSpace() && text[b - 1] != u'(')
        --b;
    return text.mid(b, end - b);
}

void pushTrimmed(QStringView text, int from, int to, std::vector<std::pair<int, int>> &out)
{
    while (from < to && text[from].isSpace())
        ++from;
    while (to > from && text[to - 1].isSpace())
        --to;
    if (to > from)
        out.emplace_back(from, to);
}

// Splits a paragraph at its sentence marks, which are fed in order of position.
class Splitter
{
public:
    Splitter(QStringView text, std::vector<std::pair<int, int>> &out) : m_text(text), m_out(out) {}

    /// Looks at the sentence mark at `i`. False when no sentence can start after it: the
    /// marks that follow need no look.
    bool mark(int i);
    void finish() { pushTrimmed(m_text, m_sentenceStart, int(m_text.size()), m_out); }

private:
    QStringView m_text;
    std::vector<std::pair<int, int>> &m_out;
    int m_sentenceStart = 0;
    int m_next = 0; ///< marks before this belong to the end of the last sentence
};

bool Splitter::mark(int i)
{
    if (i < m_next)
        return true;
    const QStringView text = m_text;
    const int n = int(text.size());
    const char16_t u = text[i].unicode();
    const bool fullWidth = u >= u'\u3002';
    int j = i + 1;
    while (j < n && (isClosing(text[j]) || text[j] == u'.'))
        ++j;
    if (fullWidth) {
        pushTrimmed(text, m_sentenceStart, j, m_out);
        m_sentenceStart = m_next = j;
        return true;
    }
    if (j < n && !text[j].isSpace())
        return true; // "3.5", "U.S.-Japan", "Ms.KAMIKAWA"
    int k = j;
    while (k < n && text[k].isSpace())
        ++k;
    if (k >= n)
        return false;
    if (!canStartSentence(text[k]))
        return true;
    if (u == u'.' && j == i + 1) {
        // Initials ("R.") and dotted abbreviations ("U.S.", "e.g.") do not end sentences,
        // nor do titles such as "Mr." — unless a closing quote or bracket follows.
        const QStringView word = wordBefore(text, i);
        if (word.size() == 1 && word[0].isUpper())
            return true;
        if (word.contains(u'.'))
            return true;
        if (WordTokenizer::isAbbreviation(word) && !AsciiCase::equals(word, "etc"))
            return true;
        if (word == u"No" && k < n && text[k].isDigit())
            return true;
    }
    pushTrimmed(text, m_sentenceStart, j, m_out);
    m_sentenceStart = m_next = k;
    return true;
}

} // namespace

void SentenceSplitter::split(QStringView text, std::vector<std::pair<int, int>> &out)
{
    Splitter splitter(text, out);
    for (int i = 0; i < int(text.size()); ++i) {
        if (isSentenceMark(text[i].unicode()) && !splitter.mark(i))
            break;
    }
    splitter.finish();
}

void SentenceSplitter::split(QStringView text, const std::vector<Token> &tokens,
                             std::vector<std::pair<int, int>> &out)
{
    // Every '.', '!' and '?' of the text is a token of its own, or the last character of a
    // word ("Mr.", "U.S."), or joins two parts of a word (the first period of "U.S."), where
    // no sentence ends. So the tokens name every place the scan above would stop at.
    Splitter splitter(text, out);
    for (const Token &t : tokens) {
        const char16_t last = t.text.back().unicode();
        const bool mark = t.isWord ? last == u'.' : isSentenceMark(last);
        if (mark && !splitter.mark(t.end - 1))
            break;
    }
    splitter.finish();
}

} // namespace Readout
