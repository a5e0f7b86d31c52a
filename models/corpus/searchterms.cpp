#include "searchterms.h"

#include "textfolder.h"

#include <algorithm>

namespace Readout {

namespace {

bool isWordCharacter(QChar c)
{
    // unicode61's token characters: letters, numbers and private-use; marks stay with their
    // letter (remove_diacritics drops them).
    switch (c.category()) {
    case QChar::Letter_Uppercase:
    case QChar::Letter_Lowercase:
    case QChar::Letter_Titlecase:
    case QChar::Letter_Modifier:
    case QChar::Letter_Other:
    case QChar::Number_DecimalDigit:
    case QChar::Number_Letter:
    case QChar::Number_Other:
    case QChar::Mark_NonSpacing:
    case QChar::Mark_SpacingCombining:
    case QChar::Mark_Enclosing:
    case QChar::Other_PrivateUse:
    case QChar::Other_Surrogate: // halves of letters beyond the BMP
        return true;
    default:
        return false;
    }
}

// A bareword of the query syntax: what FTS5 accepts unquoted.
bool isBarewordCharacter(QChar c)
{
    return c.unicode() >= 0x80 || c.isLetterOrNumber() || c == QLatin1Char('_');
}

} // namespace

std::vector<SearchTerms::Word> SearchTerms::words(QStringView text)
{
    std::vector<Word> words;
    int i = 0;
    while (i < text.size()) {
        if (!isWordCharacter(text[i])) {
            ++i;
            continue;
        }
        const int start = i;
        while (i < text.size() && isWordCharacter(text[i]))
            ++i;
        words.push_back({start, i, TextFolder::fold(text.mid(start, i - start))});
    }
    return words;
}

void SearchTerms::addPhrase(QStringView text, bool prefix)
{
    Phrase phrase;
    for (Word &w : words(text))
        phrase.words.push_back(std::move(w.folded));
    phrase.prefix = prefix;
    if (!phrase.words.empty())
        m_phrases.push_back(std::move(phrase));
}

SearchTerms::SearchTerms(const QString &query)
{
    const QStringView q(query);
    int i = 0;
    int skipDepth = -1; // while >= 0: inside a NOT operand, at that parenthesis depth
    int depth = 0;
    bool notPending = false;
    bool afterComma = false; // NEAR(a b, 5): the number is a distance, not a word
    auto phraseDone = [&](QStringView text, bool prefix) {
        if (skipDepth < 0 && !notPending)
            addPhrase(text, prefix);
        notPending = false;
    };
    while (i < q.size()) {
        const QChar c = q[i];
        if (c == QLatin1Char(',')) {
            afterComma = true;
            ++i;
        } else if (c.isSpace() || c == QLatin1Char('+') || c == QLatin1Char('^') ||
                   c == QLatin1Char(':') || c == QLatin1Char('{') || c == QLatin1Char('}')) {
            ++i;
        } else if (c == QLatin1Char('(')) {
            if (notPending) {
                skipDepth = depth;
                notPending = false;
            }
            ++depth;
            ++i;
        } else if (c == QLatin1Char(')')) {
            --depth;
            if (depth == skipDepth)
                skipDepth = -1;
            ++i;
        } else if (c == QLatin1Char('"')) {
            QString text;
            ++i;
            while (i < q.size()) {
                if (q[i] == QLatin1Char('"')) {
                    if (i + 1 < q.size() && q[i + 1] == QLatin1Char('"')) {
                        text.append(QLatin1Char('"'));
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                text.append(q[i++]);
            }
            const bool prefix = i < q.size() && q[i] == QLatin1Char('*');
            i += prefix ? 1 : 0;
            phraseDone(text, prefix);
        } else if (isBarewordCharacter(c)) {
            const int start = i;
            while (i < q.size() && isBarewordCharacter(q[i]))
                ++i;
            const QStringView word = q.mid(start, i - start);
            const bool prefix = i < q.size() && q[i] == QLatin1Char('*');
            i += prefix ? 1 : 0;
            // Operators are upper case; a column filter ("text:") names no words.
            if (word == QLatin1String("AND") || word == QLatin1String("OR"))
                continue;
            if (word == QLatin1String("NOT")) {
                notPending = true;
                continue;
            }
            if (word == QLatin1String("NEAR") && i < q.size() && q[i] == QLatin1Char('('))
                continue;
            if (i < q.size() && q[i] == QLatin1Char(':'))
                continue;
            const bool distance = afterComma && std::all_of(word.begin(), word.end(),
                                                            [](QChar d) { return d.isDigit(); });
            afterComma = false;
            if (!distance)
                phraseDone(word, prefix);
        } else {
            ++i;
        }
    }
}

std::vector<std::pair<int, int>> SearchTerms::find(QStringView text) const
{
    std::vector<std::pair<int, int>> found;
    if (m_phrases.empty())
        return found;
    const std::vector<Word> textWords = words(text);
    std::vector<std::pair<int, int>> stretches; // in words: [first, last]
    for (const Phrase &phrase : m_phrases) {
        const size_t n = phrase.words.size();
        for (size_t at = 0; at + n <= textWords.size(); ++at) {
            bool match = true;
            for (size_t k = 0; k < n && match; ++k) {
                const std::string &have = textWords[at + k].folded;
                const std::string &want = phrase.words[k];
                match = (phrase.prefix && k + 1 == n) ? have.compare(0, want.size(), want) == 0
                                                      : have == want;
            }
            if (match)
                stretches.emplace_back(int(at), int(at + n - 1));
        }
    }
    std::sort(stretches.begin(), stretches.end());
    for (const auto &s : stretches) {
        const int start = textWords[size_t(s.first)].start;
        const int end = textWords[size_t(s.second)].end;
        if (!found.empty() && start <= found.back().second)
            found.back().second = std::max(found.back().second, end);
        else
            found.emplace_back(start, end);
    }
    return found;
}

} // namespace Readout
