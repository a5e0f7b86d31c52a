#include "textfolder.h"

#include <QString>

namespace Readout {

namespace {

bool isAsciiSpace(char16_t c)
{
    return c == u' ' || c == u'\n' || c == u'\t' || c == u'\r' || c == u'\f' || c == u'\v';
}

// Punctuation that typists write in its ASCII form.
char16_t asciiPunctuation(char16_t c)
{
    switch (c) {
    case u'\u2018': // ‘ ’ ‛ ′
    case u'\u2019':
    case u'\u201B':
    case u'\u2032':
        return u'\'';
    case u'\u201C': // “ ” „ ″
    case u'\u201D':
    case u'\u201E':
    case u'\u2033':
        return u'"';
    case u'\u2010': // hyphens and dashes, minus
    case u'\u2011':
    case u'\u2012':
    case u'\u2013':
    case u'\u2014':
    case u'\u2015':
    case u'\u2212':
        return u'-';
    default:
        return 0;
    }
}

class Folder
{
public:
    explicit Folder(std::string &out) : m_out(out) {}

    void ascii(char16_t c)
    {
        if (isAsciiSpace(c)) {
            space();
            return;
        }
        m_lastWasSpace = false;
        m_out.push_back(char(c >= u'A' && c <= u'Z' ? c + (u'a' - u'A') : c));
    }

    // A run of non-ASCII text: decomposed (compatibility forms too), case folded, and the
    // accents of Latin and Greek letters dropped. Marks on other scripts stay: the Japanese
    // voicing marks and the Russian "й" change the word.
    void nonAscii(QStringView run)
    {
        const QString folded =
            run.toString().normalized(QString::NormalizationForm_KD).toCaseFolded();
        char16_t base = 0;
        for (qsizetype i = 0; i < folded.size(); ++i) {
            const QChar ch = folded.at(i);
            const char16_t c = ch.unicode();
            if (c < 0x80) {
                ascii(c);
                base = c;
                continue;
            }
            if (ch.category() == QChar::Mark_NonSpacing && dropsMark(base, c))
                continue;
            if (ch.isSpace()) {
                space();
                continue;
            }
            if (c == u'\u00DF') { // ß: Qt's simple case folding keeps it, full folding is "ss"
                ascii(u's');
                ascii(u's');
                continue;
            }
            if (const char16_t p = asciiPunctuation(c)) {
                ascii(p);
                continue;
            }
            if (!ch.isMark())
                base = c;
            m_lastWasSpace = false;
            appendUtf8(folded, i);
        }
    }

private:
    static bool dropsMark(char16_t base, char16_t mark)
    {
        if (base < 0x0370 || (base >= 0x1E00 && base <= 0x1FFF))
            return true; // Latin, Greek extended
        if (base >= 0x0370 && base < 0x0400)
            return true;                            // Greek
        return base == u'\u0435' && mark == 0x0308; // ё → е
    }

    void space()
    {
        if (!m_lastWasSpace)
            m_out.push_back(' ');
        m_lastWasSpace = true;
    }

    void appendUtf8(const QString &s, qsizetype &i)
    {
        char32_t cp = s.at(i).unicode();
        if (QChar::isHighSurrogate(cp) && i + 1 < s.size() && s.at(i + 1).isLowSurrogate()) {
            cp = QChar::surrogateToUcs4(char16_t(cp), s.at(i + 1).unicode());
            ++i;
        }
        if (cp < 0x800) {
            m_out.push_back(char(0xC0 | (cp >> 6)));
        } else if (cp < 0x10000) {
            m_out.push_back(char(0xE0 | (cp >> 12)));
            m_out.push_back(char(0x80 | ((cp >> 6) & 0x3F)));
        } else {
            m_out.push_back(char(0xF0 | (cp >> 18)));
            m_out.push_back(char(0x80 | ((cp >> 12) & 0x3F)));
            m_out.push_back(char(0x80 | ((cp >> 6) & 0x3F)));
        }
        m_out.push_back(char(0x80 | (cp & 0x3F)));
    }

    std::string &m_out;
    bool m_lastWasSpace = false;
};

} // namespace

std::string TextFolder::fold(QStringView text)
{
    std::string out;
    appendFolded(text, out);
    return out;
}

void TextFolder::appendFolded(QStringView text, std::string &out)
{
    out.reserve(out.size() + size_t(text.size()));
    Folder folder(out);
    qsizetype i = 0;
    while (i < text.size()) {
        const char16_t c = text[i].unicode();
        if (c < 0x80) {
            folder.ascii(c);
            ++i;
            continue;
        }
        // Whole non-ASCII runs go through normalisation at once; a combining mark after an
        // ASCII letter ("e\u0301") joins its run.
        qsizetype end = i + 1;
        while (end < text.size() && text[end].unicode() >= 0x80)
            ++end;
        folder.nonAscii(text.mid(i, end - i));
        i = end;
    }
}

} // namespace Readout
