#include "wordtokenizer.h"

#include <QString>

namespace Readout {

namespace {

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c.isMark();
}

bool isInnerJoiner(QChar c)
{
    const char16_t u = c.unicode();
    return u == u'-' || u == u'\'' || u == u'\u2019' || u == u'.' || u == u'&' || u == u'\u2010'
           || u == u'\u2011';
}

} // namespace

bool WordTokenizer::isAbbreviation(QStringView w)
{
    static const char *const list[] = {
        "mr", "ms", "mrs", "dr", "st", "jr", "sr", "no", "nos", "co", "corp", "inc", "ltd",
        "gen", "col", "lt", "sen", "rep", "gov", "prof", "rt", "hon", "messrs", "vs", "etc",
        "approx", "e.g", "i.e", "a.m", "p.m", "u.s", "u.k", "h.e", "jan", "feb", "mar", "apr",
        "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "fig", "vol", "op", "cf",
        "u.n", "e.u", "d.c", "a.d", "b.c", "est", "dept", "govt", "mt", "ft", "mme", "mlle",
    };
    if (w.size() > 6)
        return false;
    for (const char *a : list) {
        if (w.compare(QLatin1String(a), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

void WordTokenizer::tokenize(QStringView text, std::vector<Token> &out)
{
    out.clear();
    const int n = int(text.size());
    int i = 0;
    while (i < n) {
        const QChar c = text[i];
        if (c.isSpace()) {
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
                } else if (isInnerJoiner(text[j]) && j + 1 < n && isWordChar(text[j + 1])) {
                    hasPeriod = hasPeriod || text[j] == u'.';
                    j += 2;
                } else {
                    break;
                }
            }
            if (j < n && text[j] == u'.') {
                const QStringView w = text.mid(i, j - i);
                if (hasPeriod || (w.size() == 1 && w[0].isUpper()) || isAbbreviation(w))
                    ++j;
            }
            t.end = j;
            t.isWord = true;
            t.text = text.mid(i, j - i);
            t.capitalized = c.isUpper();
            int letters = 0;
            bool upper = true;
            for (QChar ch : t.text) {
                if (ch.isLetter()) {
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
