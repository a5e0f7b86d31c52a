#include "wordtokenizer.h"

#include "namelexicon.h"

#include <QString>

namespace Readout {

namespace {

bool isWordChar(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x80)
        return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9');
    return c.isLetterOrNumber() || c.isMark();
}

bool isInnerJoiner(QChar c)
{
    const char16_t u = c.unicode();
    return u == u'-' || u == u'\'' || u == u'\u2019' || u == u'.' || u == u'&' || u == u'\u2010' ||
           u == u'\u2011';
}

} // namespace

bool WordTokenizer::isAbbreviation(QStringView w)
{
    return NameLexicon::flags(w) & NameLexicon::Abbreviation;
}

int WordTokenizer::countWords(QStringView text)
{
    int count = 0;
    bool inWord = false;
    for (QChar c : text) {
        const bool w = !c.isSpace();
        count += (w && !inWord) ? 1 : 0;
        inWord = w;
    }
    return count;
}

void WordTokenizer::tokenize(QStringView text, std::vector<Token> &out)
{
    out.clear();
    const int n = int(text.size());
    int i = 0;
    while (i < n) {
        const QChar c = text[i];
        if (c.unicode() == u' ' || (c.unicode() >= 0x80 ? c.isSpace() : c.unicode() <= u' ')) {
            ++i;
            continue;
        }
        Token t;
        t.start = i;
        if (isWordChar(c)) {
            int j = i + 1;
            bool hasPeriod = false;
            while (j < n) {
                if (isWordChar(text[j])) {
                    ++j;
                } else if ((isInnerJoiner(text[j])
                            // "HR/VP", but not "Union/Vice-President"
                            || (text[j] == u'/' && text[j - 1].isUpper() && j + 1 < n &&
                                text[j + 1].isUpper())) &&
                           j + 1 < n && isWordChar(text[j + 1])) {
                    hasPeriod = hasPeriod || text[j] == u'.';
                    j += 2;
                } else {
                    break;
                }
            }
            if (j < n && text[j] == u'.') {
                // Only a word before a period needs its classes now: "Mr." keeps its period.
                const QStringView w = text.mid(i, j - i);
                const quint32 lex = NameLexicon::flags(w);
                if (hasPeriod || (w.size() == 1 && w[0].isUpper()) ||
                    (lex & NameLexicon::Abbreviation)) {
                    ++j;
                    t.lexCache =
                        NameLexicon::flags(text.mid(i, j - i)) | (lex & NameLexicon::Abbreviation);
                } else {
                    t.lexCache = lex;
                }
                t.lexReady = true;
            }
            t.end = j;
            t.isWord = true;
            t.text = text.mid(i, j - i);
            t.capitalized =
                c.unicode() < 0x80 ? (c.unicode() >= u'A' && c.unicode() <= u'Z') : c.isUpper();
            // Only a capitalised word can be all capitals.
            int letters = 0;
            bool upper = t.capitalized;
            for (QChar ch : t.text) {
                if (!upper)
                    break;
                const char16_t u = ch.unicode();
                if (u < 0x80) {
                    if (u >= u'A' && u <= u'Z')
                        ++letters;
                    else if (u >= u'a' && u <= u'z') {
                        ++letters;
                        upper = false;
                    }
                } else if (ch.isLetter()) {
                    ++letters;
                    if (!ch.isUpper())
                        upper = false;
                }
            }
            t.allCaps = letters >= 2 && upper;
            i = j;
        } else {
            t.end = i + 1;
            t.text = text.mid(i, 1);
            ++i;
        }
        out.push_back(t);
    }
}

} // namespace Readout
