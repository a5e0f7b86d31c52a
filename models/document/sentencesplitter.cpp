#include "sentencesplitter.h"

#include "wordtokenizer.h"

#include <QString>

namespace Readout {

namespace {

bool isClosing(QChar c)
{
    const char16_t u = c.unicode();
    return u == u'"' || u == u'\'' || u == u')' || u == u']' || u == u'\u201d' || u == u'\u2019';
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

} // namespace

void SentenceSplitter::split(QStringView text, std::vector<std::pair<int, int>> &out)
{
    const int n = int(text.size());
    int sentenceStart = 0;
    for (int i = 0; i < n; ++i) {
        const QChar c = text[i];
        const char16_t u = c.unicode();
        const bool fullWidth = u == u'\u3002' || u == u'\uff01' || u == u'\uff1f';
        if (u != u'.' && u != u'!' && u != u'?' && !fullWidth)
            continue;
        int j = i + 1;
        while (j < n && (isClosing(text[j]) || text[j] == u'.'))
            ++j;
        if (fullWidth) {
            pushTrimmed(text, sentenceStart, j, out);
            sentenceStart = j;
            i = j - 1;
            continue;
        }
        if (j < n && !text[j].isSpace())
            continue; // "3.5", "U.S.-Japan", "Ms.KAMIKAWA"
        int k = j;
        while (k < n && text[k].isSpace())
            ++k;
        if (k >= n)
            break;
        if (!canStartSentence(text[k]))
            continue;
        if (u == u'.') {
            const QStringView word = wordBefore(text, i);
            // Initials ("R.") and dotted abbreviations ("U.S.", "e.g.") do not end sentences,
            // nor do titles such as "Mr." — unless a closing quote or bracket follows.
            if (j == i + 1) {
                if (word.size() == 1 && word[0].isUpper())
                    continue;
                if (word.contains(u'.'))
                    continue;
                if (WordTokenizer::isAbbreviation(word) &&
                    !(word.compare(QLatin1String("etc"), Qt::CaseInsensitive) == 0))
                    continue;
                if (word == u"No" && k < n && text[k].isDigit())
                    continue;
            }
        }
        pushTrimmed(text, sentenceStart, j, out);
        sentenceStart = k;
        i = k - 1;
    }
    pushTrimmed(text, sentenceStart, n, out);
}

} // namespace Readout
