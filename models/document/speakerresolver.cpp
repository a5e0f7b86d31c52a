#include "speakerresolver.h"

#include "asciicase.h"
#include "nameforms.h"
#include "namelexicon.h"

#include <algorithm>
#include <cstring>

namespace Readout {

namespace {

Q_ALWAYS_INLINE bool is(const Token &t, std::string_view word)
{
    return AsciiCase::equals(t.text, word);
}

Q_ALWAYS_INLINE bool isAt(TokenSpan tokens, int i, std::string_view word)
{
    return i >= 0 && i < int(tokens.size()) && is(tokens[size_t(i)], word);
}

bool has(const Token &t, quint32 flag)
{
    return (t.lex() & flag) != 0;
}

bool isLowerWord(const Token &t)
{
    return t.isWord && !t.text.isEmpty() && t.text.front().isLower();
}

// "and", "but", "while", ...: a word that may stand before a clause's subject.
bool opensClause(const Token &t)
{
    static constexpr std::string_view words[] = {"and",  "but",  "while",     "whereas",
                                                 "when", "then", "meanwhile", "where"};
    if (t.text.size() < 3 || t.text.size() > 9) // the lengths of the words: most tokens
        return false;
    for (std::string_view w : words) {
        if (is(t, w))
            return true;
    }
    return false;
}

// Title words that name an office by themselves ("Minister"), as opposed to modifiers
// ("Foreign", "Vice", "High").
bool isCoreTitle(const Token &t)
{
    return has(t, NameLexicon::CoreTitle);
}

bool isPastForm(const Token &t)
{
    return has(t, NameLexicon::IrregularPast) ||
           (t.text.size() > 3 && AsciiCase::endsWith(t.text, "ed"));
}

// A verb form of a subject: speech verbs, auxiliaries, past forms and -s presents.
bool looksLikeVerb(const Token &t)
{
    if (!isLowerWord(t))
        return false;
    return has(t, NameLexicon::Speech | NameLexicon::Auxiliary) || isPastForm(t);
}

// Only these words and capitalised or country words begin a subject that analyzeClause
// knows ("we", "they", "said X", "both ministers", "government of X").
bool canOpenSubject(const Token &t)
{
    static constexpr std::string_view words[] = {
        "we",    "he",       "she",        "they",      "each",    "it",       "said",      "says",
        "added", "stressed", "statements", "statement", "remarks", "comments", "views",     "the",
        "both",  "all",      "two",        "three",     "four",    "five",     "government"};
    if (t.capitalized || t.allCaps)
        return true;
    for (std::string_view w : words) {
        if (is(t, w))
            return true;
    }
    return has(t, NameLexicon::Country | NameLexicon::CountryPrefix); // the lookup last
}

// A mention starts with "the", an honorific or an office ("Russian Foreign Minister"
// too), or with a name of two words ("Wang Yi", "Ursula von der Leyen"). Most capitalised
// words are none of these; this rules them out before parseTitle and the name are tried.
bool canStartMention(TokenSpan tokens, int i)
{
    const Token &t = tokens[size_t(i)];
    if (is(t, "the") || has(t, NameLexicon::Honorific | NameLexicon::Title))
        return true;
    if (i + 1 >= int(tokens.size()))
        return false;
    const Token &next = tokens[size_t(i + 1)];
    const bool capital = next.capitalized || next.allCaps;
    return (capital && has(next, NameLexicon::Title)) || NameForms::isNameToken(next) ||
           NameForms::isNameParticle(next) ||
           (next.isWord && next.capitalized && NameForms::isPossessive(next.text));
}

// A bit for a name part's length (lengths that share one only cost a comparison).
quint64 lengthBit(qsizetype length)
{
    return quint64(1) << (length & 63);
}

quint64 lengthBits(const QStringList &parts)
{
    quint64 bits = 0;
    for (const QString &part : parts)
        bits |= lengthBit(part.size());
    return bits;
}

// `parts.join(u' ') == name`, without joining them.
bool isFullName(const QStringList &parts, QStringView name)
{
    qsizetype at = 0;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        if (i > 0) {
            if (at >= name.size() || name[at] != u' ')
                return false;
            ++at;
        }
        const QString &part = parts[i];
        if (name.size() - at < part.size() ||
            QStringView(name.data() + at, part.size()) != QStringView(part))
            return false;
        at += part.size();
    }
    return at == name.size();
}

bool containsName(const QStringList &names, QStringView name)
{
    for (const QString &n : names) {
        if (AsciiCase::equals(n, name))
            return true;
    }
    return false;
}

// The words of an office as parseTitle collects them: views into the text, joined into
// one string at the end.
using RoleText = QVarLengthArray<QChar, 128>;

class RoleWords
{
public:
    enum Form
    {
        AsWritten,
        TitleCase, ///< "SECRETARY" → "Secretary"
        LowerCase, ///< "OF" → "of"
    };

    void append(QStringView text, Form form = AsWritten) { m_words.append({text, form}); }
    bool isEmpty() const { return m_words.isEmpty(); }
    int size() const { return int(m_words.size()); }
    void truncate(int size) { m_words.resize(size); }

    // "Minister for": a role does not end in "of", "for", "and", "the" or "to".
    void dropTrailingJoiners()
    {
        while (!m_words.isEmpty() && isJoiner(m_words.back()))
            m_words.removeLast();
    }

    /// The words joined by spaces, written into `out`.
    void render(RoleText &out) const
    {
        out.clear();
        for (const Word &w : m_words) {
            if (!out.isEmpty())
                out.append(QChar(u' '));
            appendTo(out, w);
        }
    }

private:
    struct Word
    {
        QStringView text;
        Form form;
    };

    static void appendTo(RoleText &out, const Word &w)
    {
        if (w.form == AsWritten) {
            out.append(w.text.data(), w.text.size());
        } else if (w.form == LowerCase && isAscii(w.text)) {
            for (QChar c : w.text)
                out.append(QChar(AsciiCase::fold(c.unicode())));
        } else {
            const QString text = textOf(w);
            out.append(text.constData(), text.size());
        }
    }

    static bool isAscii(QStringView text)
    {
        for (QChar c : text) {
            if (c.unicode() >= 0x80)
                return false;
        }
        return true;
    }

    static QString textOf(const Word &w)
    {
        switch (w.form) {
        case TitleCase:
            return NameForms::titleCase(w.text);
        case LowerCase:
            return w.text.toString().toLower();
        case AsWritten:
            break;
        }
        return w.text.toString();
    }

    static bool isJoiner(const Word &w)
    {
        static constexpr std::string_view joiners[] = {"of", "for", "and", "the", "to"};
        for (std::string_view joiner : joiners) {
            if (AsciiCase::equals(w.text, joiner)) // then compare the form the role shows
                return textOf(w) == QLatin1String(joiner.data(), qsizetype(joiner.size()));
        }
        return false;
    }

    QVarLengthArray<Word, 8> m_words;
};

} // namespace

QStringList PersonMention::names() const
{
    QStringList out;
    out.reserve(nameParts.size());
    for (const NamePart &part : nameParts)
        out.append(part.recased.isNull() ? part.written.toString() : part.recased);
    return out;
}

QString SpeakerResolver::countryFromAdjective(QStringView word) const
{
    QString country = countryFor(word);
    if (!country.isEmpty() || word.size() < 5 || !word.front().isUpper() ||
        (NameLexicon::flags(word) & (NameLexicon::Title | NameLexicon::NonName)))
        return country;
    // An adjective the lexicon does not know: "Velorian" → "Veloria", "Ostravan" → "Ostrava".
    if (word.endsWith(QLatin1String("ian")) || word.endsWith(QLatin1String("an")))
        return word.chopped(1).toString();
    return {};
}

QString SpeakerResolver::countryFor(QStringView word) const
{
    QString country = NameLexicon::countryOf(word);
    if (!country.isEmpty())
        return country;
    return participantCountryFor(word);
}

QString SpeakerResolver::countryFor(const Token &word) const
{
    // A word the lexicon knows as a country has its Country class (looked up once per
    // token), so most words skip the search of the country names.
    return has(word, NameLexicon::Country) ? countryFor(word.text)
                                           : participantCountryFor(word.text);
}

QString SpeakerResolver::participantCountryFor(QStringView word) const
{
    // Fictional or unlisted countries: match the adjective against the participants'
    // countries by their common stem ("Velorian" ~ "Veloria", "Ostravan" ~ "Ostrava").
    if (word.size() < 4 || !word.front().isUpper())
        return {};
    for (const Person &p : m_people) {
        const QString &c = p.country;
        if (c.size() < 4)
            continue;
        const int stem = qMin(int(c.size()), int(word.size())) - 2;
        if (stem >= 3 && AsciiCase::equals(word.left(stem), QStringView(c).left(stem)))
            return c;
    }
    return {};
}

int SpeakerResolver::parseCountryPhrase(TokenSpan tokens, int i, QString &country) const
{
    const int n = int(tokens.size());
    if (i >= n || !tokens[size_t(i)].isWord)
        return i;
    // A country phrase starts with a capital, "the" or a country word ("united States").
    const Token &start = tokens[size_t(i)];
    if (!start.capitalized && !start.allCaps && !is(start, "the") &&
        !has(start, NameLexicon::Country | NameLexicon::CountryPrefix))
        return i;
    // "the Republic of Kestria", "the Grand Duchy of Marenland": a polity and its name.
    {
        int k = i;
        if (is(tokens[size_t(k)], "the"))
            ++k;
        int polity = 0;
        static constexpr std::string_view polities[] = {
            "republic",     "kingdom",    "federal",  "duchy",     "grand",      "principality",
            "commonwealth", "state",      "united",   "islamic",   "democratic", "sultanate",
            "emirate",      "federation", "people's", "socialist", "union"};
        while (k < n && polity < 4 && tokens[size_t(k)].isWord && tokens[size_t(k)].capitalized) {
            bool known = false;
            for (std::string_view p : polities)
                known = known || is(tokens[size_t(k)], p);
            if (!known)
                break;
            ++polity;
            ++k;
        }
        if (polity > 0 && k + 1 < n && is(tokens[size_t(k)], "of") &&
            tokens[size_t(k + 1)].isWord && tokens[size_t(k + 1)].capitalized &&
            !has(tokens[size_t(k + 1)], NameLexicon::Title | NameLexicon::NonName)) {
            const QStringView whole(tokens[size_t(i)].text.data(),
                                    tokens[size_t(k + 1)].end - tokens[size_t(i)].start);
            country = NameLexicon::countryOf(whole);
            if (country.isEmpty())
                country = NameLexicon::countryOf(tokens[size_t(k + 1)].text);
            if (country.isEmpty())
                country = tokens[size_t(k + 1)].text.toString();
            return k + 2;
        }
    }
    // "the Vostrenian Federation", "the Halvarian Republic": an adjective and a polity
    {
        int k = i;
        if (is(tokens[size_t(k)], "the"))
            ++k;
        if (k + 1 < n && tokens[size_t(k)].isWord && tokens[size_t(k)].capitalized &&
            (is(tokens[size_t(k + 1)], "Federation") || is(tokens[size_t(k + 1)], "Republic") ||
             is(tokens[size_t(k + 1)], "Kingdom") || is(tokens[size_t(k + 1)], "Confederation"))) {
            const QStringView whole(tokens[size_t(k)].text.data(),
                                    tokens[size_t(k + 1)].end - tokens[size_t(k)].start);
            country = NameLexicon::countryOf(whole);
            if (country.isEmpty())
                country = countryFromAdjective(tokens[size_t(k)].text);
            if (!country.isEmpty())
                return k + 2;
        }
    }
    // Only "the ..." and known country words start a phrase of several words.
    const Token &head = tokens[size_t(i)];
    const bool long_ =
        is(head, "the") || has(head, NameLexicon::Country | NameLexicon::CountryPrefix);
    // Try the longest phrase first: "the United States of America", "the Republic of Korea".
    for (int len = long_ ? qMin(6, n - i) : 1; len >= 1; --len) {
        const Token &first = tokens[size_t(i)];
        const Token &last = tokens[size_t(i + len - 1)];
        if (!last.isWord || !(last.capitalized || last.allCaps))
            continue;
        bool words = true;
        for (int k = i; k < i + len; ++k)
            words = words && tokens[size_t(k)].isWord;
        if (!words)
            continue;
        const int from = first.start;
        const int to = last.end;
        // Tokens are views into one string, so the phrase is the view between them.
        const QStringView phrase(first.text.data(), to - from);
        QString c = len == 1 ? countryFor(first) : NameLexicon::countryOf(phrase);
        if (c.isEmpty() && len <= 3 && is(first, "the") && len >= 2) {
            const QStringView rest(tokens[size_t(i + 1)].text.data(),
                                   to - tokens[size_t(i + 1)].start);
            c = len == 2 ? countryFor(tokens[size_t(i + 1)]) : NameLexicon::countryOf(rest);
        }
        if (!c.isEmpty()) {
            country = c;
            return i + len;
        }
    }
    return i;
}

QString SpeakerResolver::sharedRole(QStringView role) const
{
    for (const KnownRole &known : m_roles) {
        if (QStringView(known.role) == role)
            return known.role;
    }
    const QString made = role.toString();
    if (m_roles.size() < 64)
        m_roles.push_back({made, NameForms::impliedCountry(made)});
    return made;
}

QString SpeakerResolver::impliedCountryOf(const QString &role) const
{
    for (const KnownRole &known : m_roles) {
        if (known.role.isSharedWith(role))
            return known.impliedCountry;
    }
    return NameForms::impliedCountry(role);
}

int SpeakerResolver::parseTitle(TokenSpan tokens, int i, PersonMention &mention) const
{
    const int n = int(tokens.size());
    int j = i;
    const bool startsWithThe = is(tokens[size_t(i)], "the");
    RoleWords roleWords;
    bool sawTitle = false;
    bool roleDone = false;
    int roleLimit = -1;
    while (j < n) {
        const Token &t = tokens[size_t(j)];
        if (!t.isWord) {
            // "European Union/Vice-President", "(EU)" inside a long title
            if (t.isMark(u'/') && j + 1 < n && has(tokens[size_t(j + 1)], NameLexicon::Title) &&
                sawTitle) {
                if (!roleDone) // "High Representative .../Vice-President ...": keep the first
                               // office
                    roleLimit = int(roleWords.size());
                roleDone = true;
                ++j;
                continue;
            }
            if (t.isMark(u'(') && sawTitle && j + 2 < n && tokens[size_t(j + 1)].allCaps &&
                tokens[size_t(j + 2)].isMark(u')')) {
                j += 3;
                continue;
            }
            break;
        }
        const QStringView w = t.text;
        if (is(t, "the") && j + 1 < n &&
            (has(tokens[size_t(j + 1)], NameLexicon::Honorific) ||
             (tokens[size_t(j + 1)].capitalized &&
              has(tokens[size_t(j + 1)], NameLexicon::Title)))) {
            ++j;
            continue;
        }
        if (is(t, "the") && j + 2 < n && roleWords.isEmpty() && tokens[size_t(j + 1)].capitalized &&
            has(tokens[size_t(j + 2)], NameLexicon::CoreTitle) &&
            tokens[size_t(j + 2)].capitalized &&
            !has(tokens[size_t(j + 1)],
                 NameLexicon::NonName | NameLexicon::Title | NameLexicon::Honorific)) {
            // "the Japanese Minister for Foreign Affairs", "the Norvale Minister": after
            // "the", a word before the office is the country, not a name.
            const QString c = countryFromAdjective(tokens[size_t(j + 1)].text);
            mention.country = c.isEmpty() ? tokens[size_t(j + 1)].text.toString() : c;
            j += 2;
            continue;
        }
        if ((t.capitalized || t.allCaps) && has(t, NameLexicon::Honorific) &&
            !(AsciiCase::equals(w, "his") || AsciiCase::equals(w, "her"))) {
            mention.hasTitle = true;
            ++j;
            continue;
        }
        if ((t.isText("His") || t.isText("Her")) && j + 1 < n &&
            is(tokens[size_t(j + 1)], "Excellency")) {
            j += 2;
            mention.hasTitle = true;
            continue;
        }
        if ((t.capitalized || t.allCaps) && has(t, NameLexicon::Title)) {
            if (!roleDone)
                roleWords.append(w, t.allCaps ? RoleWords::TitleCase : RoleWords::AsWritten);
            sawTitle = sawTitle || isCoreTitle(t);
            ++j;
            continue;
        }
        if ((t.capitalized || t.allCaps) && !sawTitle && roleWords.isEmpty() && j + 1 < n &&
            has(tokens[size_t(j + 1)], NameLexicon::Title) &&
            (tokens[size_t(j + 1)].capitalized || tokens[size_t(j + 1)].allCaps)) {
            // "Japan's Foreign Minister" names the country as well
            const QString c = NameForms::isPossessive(w)
                                  ? countryFor(w.chopped(w.endsWith(u's') ? 2 : 1))
                                  : countryFromAdjective(w);
            if (!c.isEmpty()) { // "Russian Foreign Minister", "U.S. Secretary of State"
                mention.country = c;
                ++j;
                continue;
            }
        }
        // "State Councilor and Foreign Minister Wang Yi" is one person's offices, but
        // "The HR/VP and Minister Sonoda" are two people.
        const bool joinsPeople =
            is(t, "and") && startsWithThe && sawTitle && j + 1 < n &&
            (is(tokens[size_t(j + 1)], "the") ||
             has(tokens[size_t(j + 1)], NameLexicon::CoreTitle | NameLexicon::Honorific) ||
             // "The Secretary and Foreign Minister discussed": a second office
             (has(tokens[size_t(j + 1)], NameLexicon::Title) && j + 2 < n &&
              has(tokens[size_t(j + 2)], NameLexicon::CoreTitle)));
        if (sawTitle && !joinsPeople &&
            (is(t, "of") || is(t, "for") || is(t, "and") || is(t, "to")) && j + 1 < n) {
            const Token &next = tokens[size_t(j + 1)];
            if (is(t, "of")) { // "of the Commonwealth of Australia" names a country
                QString c;
                const int after = parseCountryPhrase(tokens, j + 1, c);
                if (after > j + 2 || (after == j + 2 && !has(next, NameLexicon::Title))) {
                    if (mention.country.isEmpty())
                        mention.country = c;
                    j = after;
                    continue;
                }
            }
            if ((next.capitalized || next.allCaps) && has(next, NameLexicon::Title)) {
                roleWords.append(w, RoleWords::LowerCase); // "SECRETARY OF STATE"
                ++j;
                continue;
            }
            // "Minister for Foreign and European Affairs"
            if (is(t, "and") && next.capitalized && j + 2 < n &&
                has(tokens[size_t(j + 2)], NameLexicon::Title) &&
                tokens[size_t(j + 2)].capitalized) {
                roleWords.append(w);
                roleWords.append(next.text);
                j += 2;
                continue;
            }
            if (is(next, "the") && j + 2 < n && tokens[size_t(j + 2)].capitalized &&
                has(tokens[size_t(j + 2)], NameLexicon::Title) && !is(t, "and")) {
                roleWords.append(w);
                roleWords.append(u"the");
                j += 2;
                continue;
            }
            if (is(t, "of") || is(t, "to")) {
                QString c;
                const int after = parseCountryPhrase(tokens, j + 1, c);
                if (after > j + 1) {
                    if (mention.country.isEmpty() && !is(t, "to"))
                        mention.country = c;
                    j = after;
                    continue;
                }
                // "Vice-President of the European Commission Kaja Kallas": an institution.
                {
                    int w = j + 1;
                    if (is(next, "the"))
                        ++w;
                    int e = w;
                    while (e < n && e < w + 4 && tokens[size_t(e)].isWord &&
                           tokens[size_t(e)].capitalized)
                        ++e;
                    static constexpr std::string_view bodies[] = {
                        "commission",      "council",     "committee",   "house",
                        "representatives", "councillors", "diet",        "assembly",
                        "parliament",      "union",       "government",  "cabinet",
                        "party",           "nations",     "bank",        "organization",
                        "organisation",    "agency",      "secretariat", "court",
                        "forum",           "fund"};
                    int end = -1;
                    for (int x = w; x < e; ++x) {
                        for (std::string_view b : bodies) {
                            if (is(tokens[size_t(x)], b))
                                end = x + 1;
                        }
                    }
                    if (end > w) {
                        j = end;
                        continue;
                    }
                }
                // "Minister for Foreign Affairs of Veloria Arlen Castellan": a country the
                // lexicon does not know, followed by the name.
                int w = j + 1;
                if (is(next, "the") && w + 1 < n)
                    ++w;
                const Token &place = tokens[size_t(w)];
                const bool nameFollows =
                    w + 1 < n && tokens[size_t(w + 1)].isWord && tokens[size_t(w + 1)].capitalized;
                if (is(t, "of") && w < n && place.isWord && place.capitalized &&
                    !has(place,
                         NameLexicon::NonName | NameLexicon::Title | NameLexicon::CountryPrefix) &&
                    (!nameFollows ||
                     !has(tokens[size_t(w + 1)], NameLexicon::NonName | NameLexicon::Title))) {
                    if (mention.country.isEmpty())
                        mention.country = place.text.toString();
                    j = w + 1;
                    continue;
                }
            }
        }
        break;
    }
    if (roleLimit >= 0)
        roleWords.truncate(roleLimit);
    roleWords.dropTrailingJoiners();
    if (sawTitle) {
        mention.hasTitle = true;
        RoleText role;
        roleWords.render(role);
        mention.role = sharedRole(QStringView(role.constData(), role.size()));
    }
    if (!mention.hasTitle)
        return i;
    return j;
}

bool SpeakerResolver::parseMention(TokenSpan tokens, int i, PersonMention &mention) const
{
    const int n = int(tokens.size());
    if (i >= n || !tokens[size_t(i)].isWord)
        return false;
    mention.reset();
    mention.begin = i;
    if (!canStartMention(tokens, i))
        return false;
    const bool startsWithThe = is(tokens[size_t(i)], "the");
    int j = parseTitle(tokens, i, mention);
    const bool titled = mention.hasTitle;

    // The name: capitalised words that are neither titles nor ordinary words.
    auto &parts = mention.nameParts;
    int k = j;
    bool possessive = false;
    while (k < n && parts.size() < 5) {
        const Token &t = tokens[size_t(k)];
        // "Ursula von der Leyen", "Faisal bin Nasser Al Maktari": small words inside a name
        if ((!parts.isEmpty() || titled) && NameForms::isNameParticle(t) && k + 1 < n &&
            (NameForms::isNameToken(tokens[size_t(k + 1)]) ||
             NameForms::isNameParticle(tokens[size_t(k + 1)]))) {
            parts.append({t.text, QString(), false});
            ++k;
            continue;
        }
        if (!NameForms::isNameToken(t) &&
            !(t.isWord && NameForms::isPossessive(t.text) && t.capitalized))
            break;
        QStringView w = t.text;
        const bool poss = NameForms::isPossessive(w);
        if (poss)
            w.chop(w.endsWith(u's') ? 2 : 1);
        const quint32 lex = poss ? NameLexicon::flags(w) : t.lex();
        if (lex & (NameLexicon::NonName | NameLexicon::Title | NameLexicon::Honorific))
            break;
        if ((lex & NameLexicon::Country) && !(t.allCaps && w.size() > 3))
            break;
        parts.append({w, t.allCaps ? NameForms::titleCase(w) : QString(), t.allCaps});
        ++k;
        if (poss) {
            possessive = true;
            break;
        }
    }
    mention.possessive = possessive;
    if (!titled && parts.size() < 2)
        return false;
    if (titled && parts.isEmpty() && k + 2 < n && tokens[size_t(k)].isMark(u',')) {
        // "The Foreign Secretary, Thomas Ashdown-Reeve, met ...": the name in apposition
        int e = k + 1;
        while (e < n &&
               (has(tokens[size_t(e)], NameLexicon::Honorific) || is(tokens[size_t(e)], "the")))
            ++e; // "Senator the Hon"
        QVarLengthArray<NamePart, 5> named;
        while (e < n && named.size() < 4 && NameForms::isNameToken(tokens[size_t(e)]) &&
               !has(tokens[size_t(e)], NameLexicon::NonName | NameLexicon::Title |
                                           NameLexicon::Honorific | NameLexicon::Country)) {
            const Token &word = tokens[size_t(e)];
            named.append(
                {word.text, word.allCaps ? NameForms::titleCase(word.text) : QString(), false});
            ++e;
        }
        if (named.size() >= 2 && (e >= n || tokens[size_t(e)].isMark(u',') ||
                                  !tokens[size_t(e)].isWord || isLowerWord(tokens[size_t(e)]))) {
            parts = named;
            k = e;
        }
    }
    if (titled && parts.isEmpty()) {
        // A bare office: "the Foreign Minister", "The Secretary", or a "Minister:" label.
        if (mention.role.isEmpty())
            return false;
        const bool label = k < n && tokens[size_t(k)].isMark(u':');
        if (!startsWithThe && !label)
            return false;
    }
    // Surnames written in capitals go last: "KISHIDA Fumio" → "Fumio Kishida".
    const auto family = [](const NamePart &part) { return part.familyFirst; };
    if (std::any_of(parts.begin(), parts.end(), family) &&
        !std::all_of(parts.begin(), parts.end(), family))
        std::stable_partition(parts.begin(), parts.end(),
                              [](const NamePart &part) { return !part.familyFirst; });

    // Honours after the name: "Philip Hammond MP", "Julie Bishop, MP,"
    while (k < n && !parts.isEmpty()) {
        if (tokens[size_t(k)].isWord &&
            (is(tokens[size_t(k)], "MP") || is(tokens[size_t(k)], "QC") ||
             is(tokens[size_t(k)], "KBE")))
            ++k;
        else if (k + 1 < n && tokens[size_t(k)].isMark(u',') && is(tokens[size_t(k + 1)], "MP"))
            k += 2;
        else
            break;
    }

    // Apposition: "Mr. Fumio Kishida, Minister for Foreign Affairs of Japan". A title with a
    // name after it is the next person of a list instead: "Haruka Sonoda, Foreign Minister
    // Arlen Castellan of Veloria and ...".
    if (k + 1 < n && tokens[size_t(k)].isMark(u',') && !parts.isEmpty()) {
        PersonMention appositive;
        const int end = parseTitle(tokens, k + 1, appositive);
        // Only a bare office ("Foreign Minister") is a title of the name after it; one with
        // an "of" phrase ("Chairperson of the ... Friendship League") is not.
        bool bareOffice = end > k + 1;
        for (int t = k + 1; t < end && bareOffice; ++t)
            bareOffice = tokens[size_t(t)].isWord && tokens[size_t(t)].capitalized;
        const bool nameFollows = bareOffice && end < n && tokens[size_t(end)].isWord &&
                                 tokens[size_t(end)].capitalized &&
                                 NameForms::isNameToken(tokens[size_t(end)]) &&
                                 !has(tokens[size_t(end)], NameLexicon::NonName) &&
                                 !has(tokens[size_t(end)], NameLexicon::Country);
        if (end > k + 1 && !appositive.role.isEmpty() && !nameFollows) {
            if (mention.role.isEmpty())
                mention.role = appositive.role;
            if (mention.country.isEmpty())
                mention.country = appositive.country;
            mention.hasTitle = true;
            k = end;
            if (k + 1 < n && tokens[size_t(k)].isMark(u',') &&
                !!has(tokens[size_t(k + 1)], NameLexicon::Country) &&
                tokens[size_t(k + 1)].isWord) {
                // "Federal Minister for Foreign Affairs, Germany"
                if (mention.country.isEmpty())
                    mention.country = NameLexicon::countryOf(tokens[size_t(k + 1)].text);
                k += 2;
            }
        }
    }
    if (k + 1 < n && is(tokens[size_t(k)], "of") && !parts.isEmpty()) {
        QString c;
        int after = parseCountryPhrase(tokens, k + 1, c);
        // "Foreign Minister Arlen Castellan of Veloria held ...": a country the lexicon
        // does not know, ending the mention.
        const Token &place = tokens[size_t(k + 1)];
        if (after == k + 1 && place.isWord && place.capitalized &&
            !has(place, NameLexicon::NonName | NameLexicon::Title | NameLexicon::CountryPrefix) &&
            (k + 2 >= n || !tokens[size_t(k + 2)].isWord || !tokens[size_t(k + 2)].capitalized)) {
            c = place.text.toString();
            after = k + 2;
        }
        if (after > k + 1) {
            if (mention.country.isEmpty())
                mention.country = c;
            k = after;
        }
    }
    if (!mention.hasTitle) {
        // A bare name counts only as someone already known by all of it ("Wang Yi said");
        // otherwise it is more likely a place, an organisation or "Kamikawa Prep".
        const int known = find(mention);
        if (known < 0)
            return false;
        for (const NamePart &part : mention.nameParts) {
            if (!containsName(m_people[size_t(known)].nameParts, part.text()))
                return false;
        }
    }
    if (mention.country.isEmpty()) {
        mention.country = impliedCountryOf(mention.role);
        mention.countryImplied = !mention.country.isEmpty();
    }
    mention.end = k;
    return true;
}

int SpeakerResolver::find(const PersonMention &mention) const
{
    if (mention.nameParts.isEmpty() && !mention.country.isEmpty() && !mention.countryImplied) {
        // "the Vostrenian Minister": the participant from that country
        for (int p = 0; p < int(m_people.size()); ++p) {
            if (m_people[size_t(p)].participant && m_people[size_t(p)].country == mention.country)
                return p;
        }
    }
    if (mention.nameParts.isEmpty())
        return mention.role.isEmpty() ? -1 : findByRole(mention.role);
    int best = -1;
    int bestScore = 0;
    for (int p = 0; p < int(m_people.size()); ++p) {
        const Person &person = m_people[size_t(p)];
        int common = 0;
        for (const NamePart &namePart : mention.nameParts) {
            const QStringView part = namePart.text();
            // Only a part of the same length can be equal: most people have none.
            if ((part.size() > 2 || part.back() != u'.') &&
                (person.partLengths & lengthBit(part.size()))) {
                for (const QString &known : person.nameParts)
                    common += AsciiCase::equals(known, part) ? 1 : 0;
            }
        }
        if (common == 0)
            continue;
        // Every word of the shorter name must be in the longer one.
        const int shorter = int(qMin(mention.nameParts.size(), person.nameParts.size()));
        if (common < shorter && common < 2)
            continue;
        const int score = common * 4 + (person.participant ? 2 : 0);
        if (score > bestScore) {
            best = p;
            bestScore = score;
        }
    }
    return best;
}

int SpeakerResolver::findByRole(QStringView role) const
{
    // The office exactly as a participant holds it ("the Minister for Foreign and European
    // Affairs"), then the same kind of office ("the Foreign Minister" for "Minister for
    // Foreign Affairs").
    if (role.count(u' ') >= 3) { // specific enough to name one office
        for (int p = 0; p < int(m_people.size()); ++p) {
            if (m_people[size_t(p)].participant &&
                AsciiCase::equals(m_people[size_t(p)].role, role))
                return p;
        }
    }
    // "the Vice-Minister", "the First Deputy Minister": the start of a participant's office
    if (role.contains(u' ') || role.contains(u'-')) { // "Vice-Minister", "First Deputy Minister"
        for (int p = 0; p < int(m_people.size()); ++p) {
            const Person &person = m_people[size_t(p)];
            if (person.participant && person.role.size() > role.size() &&
                person.role.startsWith(role, Qt::CaseInsensitive))
                return p;
        }
    }
    const QString wanted = NameForms::officeKind(role.toString());
    int fallback = -1;
    for (int p = 0; p < int(m_people.size()); ++p) {
        const Person &person = m_people[size_t(p)];
        if (!person.participant)
            continue;
        const QString cls = NameForms::officeKind(person.role);
        if (cls == wanted)
            return p;
        // A bare "the Minister" is a minister, never the Prime Minister.
        if (wanted == QLatin1String("minister") &&
            person.role.contains(QLatin1String("Minister")) && cls != QLatin1String("pm"))
            fallback = fallback < 0 ? p : fallback;
        if (wanted == QLatin1String("secretary") && cls == QLatin1String("foreignsecretary"))
            fallback = fallback < 0 ? p : fallback;
    }
    if (fallback >= 0)
        return fallback;
    for (int p = 0; p < int(m_people.size()); ++p) {
        if (NameForms::officeKind(m_people[size_t(p)].role) == wanted)
            return p; // named earlier with that office, though not in the opening
    }
    if (wanted == QLatin1String("minister")) {
        for (int p = 0; p < int(m_people.size()); ++p) {
            if (m_people[size_t(p)].participant &&
                NameForms::officeKind(m_people[size_t(p)].role) != QLatin1String("pm"))
                return p; // a press conference has one minister
        }
    }
    return -1;
}

int SpeakerResolver::registerMention(const PersonMention &mention, bool participant)
{
    if (mention.nameParts.isEmpty())
        return -1;
    const int existing = find(mention);
    if (existing >= 0) {
        Person &p = m_people[size_t(existing)];
        if (mention.nameParts.size() > p.nameParts.size()) {
            p.nameParts = mention.names();
            p.partLengths = lengthBits(p.nameParts);
            ++m_revision;
            ++m_speakerRevision;
        }
        // A fuller form of the same office wins: "Secretary" → "Secretary of State".
        if (p.role.isEmpty() || (participant && !p.participant && !mention.role.isEmpty()) ||
            (mention.role.size() > p.role.size() && mention.role.startsWith(p.role)))
            p.role = mention.role;
        if (!mention.country.isEmpty() &&
            (p.country.isEmpty() || (p.countryImplied && !mention.countryImplied))) {
            p.country = mention.country;
            p.countryImplied = mention.countryImplied;
            ++m_revision;
            ++m_speakerRevision;
        }
        if (participant && !p.participant) {
            ++m_revision;
            ++m_speakerRevision;
            p.participant = true;
            p.order = int(m_people.size()) + 1000;
            int order = 0;
            for (const Person &q : m_people)
                order = qMax(order, q.participant ? q.order : 0);
            p.order = order + 1;
        }
        return existing;
    }
    ++m_revision;
    if (participant)
        ++m_speakerRevision; // a new participant may change whose surname is unique (ids)
    Person p;
    p.nameParts = mention.names();
    p.partLengths = lengthBits(p.nameParts);
    p.role = mention.role;
    p.country = mention.country;
    p.countryImplied = mention.countryImplied;
    p.participant = participant;
    int order = 0;
    for (const Person &q : m_people)
        order = qMax(order, q.order);
    p.order = order + 1;
    m_people.push_back(p);
    return int(m_people.size()) - 1;
}

void SpeakerResolver::registerAll(TokenSpan tokens, bool participants, MentionMemo *memo)
{
    if (memo)
        memo->reset(tokens);
    int depth = 0;
    for (int i = 0; i < int(tokens.size()); ++i) {
        const Token &t = tokens[size_t(i)];
        if (t.isMark(u'(') || t.isMark(u'[')) {
            ++depth;
            continue;
        }
        if (t.isMark(u')') || t.isMark(u']')) {
            depth = qMax(0, depth - 1);
            continue;
        }
        const bool the = t.isWord && is(t, "the");
        if (!t.isWord || !(t.capitalized || t.allCaps || the))
            continue;
        // Mentions start with a title, an honorific, a nationality or a capitalised name
        // followed by another capitalised word. ("the" is neither a title nor an honorific:
        // the most common word of a text needs no lookup.)
        const bool next = i + 1 < int(tokens.size()) && tokens[size_t(i + 1)].isWord &&
                          (tokens[size_t(i + 1)].capitalized || tokens[size_t(i + 1)].allCaps);
        if (!next && (the || !has(t, NameLexicon::Title | NameLexicon::Honorific)))
            continue;
        if (the && !has(tokens[size_t(i + 1)], NameLexicon::Title | NameLexicon::Honorific) &&
            !(i + 2 < int(tokens.size()) && has(tokens[size_t(i + 2)], NameLexicon::CoreTitle)))
            continue;
        PersonMention m;
        const int revision = m_revision;
        if (mayParseMention(tokens, i) && parseMention(tokens, i, m)) {
            if (!m.nameParts.isEmpty()) {
                const int person = registerMention(m, participants && depth == 0);
                // Kept for analyzeClause, which finds the mention in the memo only while
                // nothing changes (and then the mention is still this person's).
                if (m_revision == revision)
                    m.person = person;
            }
            const int at = i;
            i = qMax(i, m.end - 1);
            if (memo)
                memo->store(at, revision, std::move(m));
        } else if (t.capitalized && !has(t, NameLexicon::NonName) && i + 3 < int(tokens.size())) {
            // "Hu Jintao, President of ...": a bare name introduced by an apposition.
            int k = i;
            QVarLengthArray<NamePart, 5> parts;
            while (k < int(tokens.size()) && parts.size() < 3 &&
                   NameForms::isNameToken(tokens[size_t(k)]) &&
                   !has(tokens[size_t(k)], NameLexicon::NonName) &&
                   !has(tokens[size_t(k)], NameLexicon::Title) &&
                   !has(tokens[size_t(k)], NameLexicon::Country)) {
                parts.append({tokens[size_t(k)].text, QString(), false});
                ++k;
            }
            if (parts.size() >= 2 && k + 1 < int(tokens.size()) && tokens[size_t(k)].isMark(u',')) {
                PersonMention appositive;
                const int end = parseTitle(tokens, k + 1, appositive);
                if (end > k + 1 && !appositive.role.isEmpty()) {
                    appositive.nameParts = parts;
                    if (appositive.country.isEmpty()) {
                        appositive.country = impliedCountryOf(appositive.role);
                        appositive.countryImplied = !appositive.country.isEmpty();
                    }
                    registerMention(appositive, participants && depth == 0);
                    i = end - 1;
                }
            }
        }
    }
}

bool SpeakerResolver::mayParseMention(TokenSpan tokens, int i) const
{
    const int n = int(tokens.size());
    const Token &t = tokens[size_t(i)];
    // A title of its own: an office, an honorific, "the ...", "Russian Foreign Minister"
    if (is(t, "the") || has(t, NameLexicon::Honorific | NameLexicon::Title) || t.isText("His") ||
        t.isText("Her") || (i + 1 < n && has(tokens[size_t(i + 1)], NameLexicon::Title)))
        return true;
    // or one in apposition: "Arlen Castellan, Minister for Foreign Affairs"
    for (int k = i + 1; k < n; ++k) {
        if (!tokens[size_t(k)].isWord) {
            if (tokens[size_t(k)].isMark(u','))
                return true;
            break;
        }
    }
    // Else a name without a title, which is a mention only when someone known has all its
    // words: its first word, as parseMention() reads it, must be one of theirs.
    if (!NameForms::isNameToken(t) || NameForms::isPossessive(t.text))
        return false; // no name, or a possessive one word long
    const quint32 lex = t.lex();
    if ((lex & NameLexicon::NonName) ||
        ((lex & NameLexicon::Country) && !(t.allCaps && t.text.size() > 3)))
        return false;
    const QString recased = t.allCaps ? NameForms::titleCase(t.text) : QString();
    const QStringView first = t.allCaps ? QStringView(recased) : t.text;
    return std::any_of(m_people.begin(), m_people.end(),
                       [first](const Person &p) { return containsName(p.nameParts, first); });
}

const PersonMention *SpeakerResolver::mentionAt(TokenSpan tokens, int i, PersonMention &parsed,
                                                const MentionMemo *memo) const
{
    // Only mentions found are kept: a failed parse may leave a partial mention that
    // callers build on, which a second parse makes again.
    if (const PersonMention *known = memo ? memo->find(tokens, i, m_revision) : nullptr)
        return known;
    return parseMention(tokens, i, parsed) ? &parsed : nullptr;
}

bool SpeakerResolver::recallMention(TokenSpan tokens, int i, PersonMention &mention,
                                    const MentionMemo *memo) const
{
    const PersonMention *found = mentionAt(tokens, i, mention, memo);
    if (found && found != &mention)
        mention = *found;
    return found != nullptr;
}

QString SpeakerResolver::idOf(int index) const
{
    const Person &p = m_people[size_t(index)];
    QString surname = p.nameParts.last();
    if (p.nameParts.size() >= 2 && NameForms::isEastAsianSurname(p.nameParts.first()) &&
        !NameForms::isEastAsianSurname(p.nameParts.last()))
        surname = p.nameParts.first();
    // Two participants with one surname keep apart by their full names.
    for (int q = 0; q < int(m_people.size()); ++q) {
        if (q != index && m_people[size_t(q)].participant &&
            AsciiCase::equals(m_people[size_t(q)].nameParts.last(), p.nameParts.last()))
            return idFor(p.nameParts.join(u' '));
    }
    QString id = idFor(surname);
    if (id.isEmpty())
        id = QStringLiteral("p%1").arg(index + 1);
    return id;
}

QString SpeakerResolver::idFor(const QString &name) const
{
    // The ids of a document's few names are asked for again whenever someone new is
    // registered; normalizing a name each time would cost more than looking it up.
    for (const auto &[known, id] : m_ids) {
        if (known == name)
            return id;
    }
    const QString id = NameForms::idFor(name);
    if (m_ids.size() < 64)
        m_ids.emplace_back(name, id);
    return id;
}

Speaker SpeakerResolver::speakerOf(int index) const
{
    const Person &p = m_people[size_t(index)];
    if (p.cachedRevision != m_speakerRevision) {
        // Names and ids change only when someone is registered; most lookups repeat.
        p.cached.kind = SpeakerKind::Person;
        p.cached.name = p.nameParts.join(u' ');
        p.cached.country = p.country;
        p.cached.participantId = p.participant ? idOf(index) : QString();
        p.cachedRevision = m_speakerRevision;
    }
    return p.cached;
}

Speaker SpeakerResolver::speakerFor(const PersonMention &mention) const
{
    const int index = mention.person >= 0 ? mention.person : find(mention);
    if (index >= 0)
        return speakerOf(index);
    // Someone the document names nowhere else: only a country the text states, not the
    // usual one of the office ("Minister for Foreign Affairs" is not always Japan's).
    Speaker s;
    s.kind = SpeakerKind::Person;
    s.name = mention.nameParts.isEmpty() ? mention.role : mention.fullName();
    if (!mention.countryImplied)
        s.country = mention.country;
    return s;
}

Speaker SpeakerResolver::current(const Speaker &speaker) const
{
    if (speaker.kind != SpeakerKind::Person || speaker.name.isEmpty())
        return speaker;
    for (int p = 0; p < int(m_people.size()); ++p) {
        if (isFullName(m_people[size_t(p)].nameParts, speaker.name))
            return speakerOf(p);
    }
    return speaker;
}

Speaker SpeakerResolver::speakerForRole(QStringView roleWords) const
{
    const int index = findByRole(roleWords);
    if (index >= 0)
        return speakerOf(index);
    return {};
}

Speaker SpeakerResolver::sideSpeaker(const QString &country) const
{
    Speaker s;
    s.kind = SpeakerKind::Side;
    s.name = country;
    s.country = country;
    return s;
}

void SpeakerResolver::replaceImpliedCountry(const QString &implied, const QString &country)
{
    for (Person &p : m_people) {
        if (p.countryImplied && p.country == implied) {
            p.country = country;
            p.countryImplied = false;
            ++m_revision;
            ++m_speakerRevision;
        }
    }
}

void SpeakerResolver::setCountry(const QString &name, const QString &country)
{
    for (Person &p : m_people) {
        if (isFullName(p.nameParts, name)) {
            p.country = country;
            p.countryImplied = false;
            ++m_revision;
            ++m_speakerRevision;
        }
    }
}

bool SpeakerResolver::hasParticipants() const
{
    return std::any_of(m_people.begin(), m_people.end(),
                       [](const Person &p) { return p.participant; });
}

std::vector<Participant> SpeakerResolver::participants() const
{
    std::vector<std::pair<int, int>> order;
    for (int p = 0; p < int(m_people.size()); ++p) {
        if (m_people[size_t(p)].participant)
            order.emplace_back(m_people[size_t(p)].order, p);
    }
    std::sort(order.begin(), order.end());
    std::vector<Participant> out;
    for (const auto &[rank, p] : order) {
        Q_UNUSED(rank)
        const Person &person = m_people[size_t(p)];
        out.push_back({idOf(p), person.nameParts.join(u' '), person.role, person.country});
    }
    return out;
}

int SpeakerResolver::skipAdverbs(TokenSpan tokens, int k) const
{
    const int n = int(tokens.size());
    while (k < n) {
        const Token &t = tokens[size_t(k)];
        if (!isLowerWord(t))
            break;
        if ((is(t, "in") || is(t, "on")) && k + 1 < n &&
            (is(tokens[size_t(k + 1)], "turn") || is(tokens[size_t(k + 1)], "return") ||
             is(tokens[size_t(k + 1)], "response") || is(tokens[size_t(k + 1)], "reply"))) {
            k += 2;
            continue;
        }
        if (is(t, "in") || is(t, "on") || is(t, "each") || is(t, "both") || is(t, "all"))
            break;
        if (has(t, NameLexicon::Adverb) ||
            (t.text.size() > 4 && t.text.back() == u'y' && t.text[t.text.size() - 2] == u'l')) {
            ++k;
            continue;
        }
        break;
    }
    return k;
}

bool SpeakerResolver::matchVerb(TokenSpan tokens, int k, SubjectMatch &match, bool anyVerb) const
{
    k = skipAdverbs(tokens, k);
    if (k >= int(tokens.size()))
        return false;
    const Token &t = tokens[size_t(k)];
    if (!isLowerWord(t))
        return false;
    bool speech = has(t, NameLexicon::Speech);
    // "set out plans", "took note", "drew attention": speech only in these phrases
    if (speech && (is(t, "set") || is(t, "took") || is(t, "drew"))) {
        const int next = k + 1;
        speech =
            next < int(tokens.size()) && ((is(t, "set") && is(tokens[size_t(next)], "out")) ||
                                          (is(t, "took") && is(tokens[size_t(next)], "note")) ||
                                          (is(t, "drew") && is(tokens[size_t(next)], "attention")));
    }
    if (!speech && !(anyVerb && looksLikeVerb(t)))
        return false;
    match.verbToken = k;
    match.pastTense = isPastForm(t) && !is(t, "was") && !is(t, "were") && !is(t, "had");
    if (is(t, "was") || is(t, "were") || is(t, "had") || is(t, "has") || is(t, "have"))
        match.pastTense = k + 1 < int(tokens.size()) && isPastForm(tokens[size_t(k + 1)]);
    match.opensReport = speech && has(t, NameLexicon::Reporting);
    // "spoke with", "talked to": a call took place; what was said comes later.
    if ((is(t, "spoke") || is(t, "talked") || is(t, "speaks")) && k + 1 < int(tokens.size()) &&
        (is(tokens[size_t(k + 1)], "with") || is(tokens[size_t(k + 1)], "to") ||
         is(tokens[size_t(k + 1)], "by")))
        return anyVerb;
    return speech || anyVerb;
}

bool SpeakerResolver::hasCoordinatedSpeechVerb(TokenSpan tokens, int from) const
{
    for (int k = from; k + 1 < int(tokens.size()); ++k) {
        const Token &t = tokens[size_t(k)];
        if (t.isMark(u';'))
            return false;
        if (is(t, "and")) {
            const int v = skipAdverbs(tokens, k + 1);
            if (v < int(tokens.size()) && isLowerWord(tokens[size_t(v)]) &&
                has(tokens[size_t(v)], NameLexicon::Speech) && isPastForm(tokens[size_t(v)]))
                return true;
        }
    }
    return false;
}

int SpeakerResolver::parseJoint(TokenSpan tokens, int i) const
{
    const int n = int(tokens.size());
    int k = i;
    bool determiner = false;
    if (k < n && (is(tokens[size_t(k)], "the") || is(tokens[size_t(k)], "both") ||
                  is(tokens[size_t(k)], "all"))) {
        determiner = true;
        ++k;
    }
    // "The other two ministers agreed", "the other ministers": the rest of a group together
    if (determiner && k + 1 < n && is(tokens[size_t(k)], "other"))
        ++k;
    bool counted = false;
    if (k < n && (is(tokens[size_t(k)], "two") || is(tokens[size_t(k)], "three") ||
                  is(tokens[size_t(k)], "four") || is(tokens[size_t(k)], "five") ||
                  is(tokens[size_t(k)], "both"))) {
        counted = true;
        ++k;
    }
    // "Ministers reaffirmed ...": a joint statement's plural subject without an article
    if (!determiner && !counted && k < n &&
        (is(tokens[size_t(k)], "ministers") || is(tokens[size_t(k)], "leaders")) &&
        tokens[size_t(k)].capitalized) {
        const int verb = skipAdverbs(tokens, k + 1);
        if (verb < n && isLowerWord(tokens[size_t(verb)]) && looksLikeVerb(tokens[size_t(verb)]))
            return k + 1;
    }
    if (!determiner && !counted)
        return -1;
    if (k < n && (is(tokens[size_t(k)], "foreign") || is(tokens[size_t(k)], "prime")))
        ++k;
    static constexpr std::string_view nouns[] = {
        "sides",      "ministers",    "leaders",     "parties",      "delegations",
        "heads",      "counterparts", "secretaries", "participants", "foreign-ministers",
        "presidents", "premiers",     "officials",   "governments"};
    if (k < n) {
        for (std::string_view noun : nouns) {
            if (!is(tokens[size_t(k)], noun))
                continue;
            // "The Foreign Ministers of the three countries"
            if (k + 4 < n && is(tokens[size_t(k + 1)], "of") && is(tokens[size_t(k + 2)], "the") &&
                (is(tokens[size_t(k + 4)], "countries") || is(tokens[size_t(k + 4)], "nations")))
                return k + 5;
            return k + 1;
        }
    }
    // "The two agreed", "The two also spoke", "Both confirmed"
    const int verb = skipAdverbs(tokens, k);
    if (counted && verb < n && isLowerWord(tokens[size_t(verb)]) &&
        looksLikeVerb(tokens[size_t(verb)]))
        return k;
    return -1;
}

int SpeakerResolver::parseSide(TokenSpan tokens, int i, const CountryPhrase &atStart,
                               QString &country) const
{
    const int n = int(tokens.size());
    int k = i;
    const bool the = k < n && is(tokens[size_t(k)], "the");
    if (the)
        ++k;
    if (k < n && is(tokens[size_t(k)], "Government") && k + 1 < n &&
        is(tokens[size_t(k + 1)], "of")) {
        const int after = parseCountryPhrase(tokens, k + 2, country);
        return after > k + 2 ? after : -1;
    }
    int after = atStart.end;
    if (k == i)
        country = atStart.country;
    else
        after = parseCountryPhrase(tokens, k, country);
    if (after == k) {
        // "the Velorian side": an adjective the lexicon does not know, before "side"
        if (k + 1 < n && tokens[size_t(k)].capitalized &&
            (is(tokens[size_t(k + 1)], "side") || is(tokens[size_t(k + 1)], "delegation"))) {
            country = countryFromAdjective(tokens[size_t(k)].text);
            if (!country.isEmpty())
                return k + 2;
        }
        return -1;
    }
    if (after < n &&
        (is(tokens[size_t(after)], "side") || is(tokens[size_t(after)], "delegation") ||
         is(tokens[size_t(after)], "government")))
        return after + 1;
    return -(after + 2); // a bare country: the caller wants a past speech verb
}

SubjectMatch SpeakerResolver::analyzeClause(TokenSpan tokens, int i, const MentionMemo *memo) const
{
    SubjectMatch match;
    const int n = int(tokens.size());
    if (i >= n)
        return match;
    int k = i;
    if (opensClause(tokens[size_t(k)]))
        ++k;
    if (k >= n || !tokens[size_t(k)].isWord)
        return match;
    match.subjectToken = k;
    const Token &t = tokens[size_t(k)];
    if (!canOpenSubject(t))
        return SubjectMatch(); // most clauses: a lower-case word no rule below starts with

    if (t.isText("I") && isAt(tokens, k + 1, "(")) {
        PersonMention m;
        if (recallMention(tokens, k + 2, m, memo) && !m.possessive && m.end < n &&
            tokens[size_t(m.end)].isMark(u')')) {
            SubjectMatch v = match;
            if (matchVerb(tokens, m.end + 1, v, true)) {
                v.kind = SubjectKind::Person;
                v.speaker = speakerFor(m);
                return v;
            }
        }
    }
    if (t.isText("I") || is(t, "we")) {
        if (matchVerb(tokens, k + 1, match, true))
            match.kind = SubjectKind::FirstPerson;
        return match;
    }
    if (is(t, "he") || is(t, "she")) {
        if (matchVerb(tokens, k + 1, match, true))
            match.kind = SubjectKind::Pronoun;
        return match;
    }
    if (is(t, "they") || (is(t, "each") && k + 1 < n && isLowerWord(tokens[size_t(k + 1)]) &&
                          !is(tokens[size_t(k + 1)], "other"))) {
        if (matchVerb(tokens, k + 1, match, true))
            match.kind = SubjectKind::Joint;
        return match;
    }
    if (is(t, "it") && isAt(tokens, k + 1, "was")) {
        int v = skipAdverbs(tokens, k + 2);
        if (isAt(tokens, v, "agreed") || isAt(tokens, v, "confirmed") ||
            isAt(tokens, v, "decided") || isAt(tokens, v, "concurred") ||
            isAt(tokens, v, "reaffirmed") || isAt(tokens, v, "affirmed")) {
            match.kind = SubjectKind::Joint;
            match.verbToken = v;
            match.pastTense = true;
        } else if (v < n && isLowerWord(tokens[size_t(v)]) &&
                   has(tokens[size_t(v)], NameLexicon::Speech)) {
            match.kind = SubjectKind::Passive;
            match.verbToken = v;
        }
        return match;
    }
    // '"...," said High Representative van der Molen' and '"...," Minister Sonoda said.'
    if (k >= 2 && tokens[size_t(k - 2)].isMark(u',') &&
        (tokens[size_t(k - 1)].isMark(u'"') || tokens[size_t(k - 1)].isMark(u'\u201d'))) {
        PersonMention m;
        if ((is(t, "said") || is(t, "says") || is(t, "added") || is(t, "stressed")) &&
            recallMention(tokens, k + 1, m, memo) && !m.possessive) {
            match.kind = SubjectKind::Person;
            match.speaker = speakerFor(m);
            match.verbToken = k;
            return match;
        }
    }
    // "Statements by Foreign Minister Castellan:", "Remarks by the Secretary"
    if ((is(t, "statements") || is(t, "statement") || is(t, "remarks") || is(t, "comments")) &&
        (isAt(tokens, k + 1, "by") || isAt(tokens, k + 1, "from"))) {
        PersonMention m;
        if (recallMention(tokens, k + 2, m, memo) && !m.possessive) {
            match.kind = SubjectKind::Person;
            match.speaker = speakerFor(m);
            match.verbToken = k + 1;
            match.opensReport = true;
            return match;
        }
    }
    if (is(t, "views") && isAt(tokens, k + 1, "were") &&
        isAt(tokens, skipAdverbs(tokens, k + 2), "exchanged")) {
        match.kind = SubjectKind::Joint;
        match.verbToken = skipAdverbs(tokens, k + 2);
        match.pastTense = true;
        return match;
    }
    const int joint = parseJoint(tokens, k);
    if (joint > 0) {
        if (matchVerb(tokens, joint, match, true))
            match.kind = SubjectKind::Joint;
        return match;
    }

    PersonMention parsed;
    if (const PersonMention *found = mentionAt(tokens, k, parsed, memo)) {
        const PersonMention &m = *found; // the memo's own, not a copy
        if (m.possessive)
            return SubjectMatch();
        int e = m.end;
        // ", who has been playing a leading role ...," before the verb
        if (e + 1 < n && tokens[size_t(e)].isMark(u',') &&
            (is(tokens[size_t(e + 1)], "who") || is(tokens[size_t(e + 1)], "which"))) {
            int c = e + 2;
            while (c < n && c < e + 60 && !tokens[size_t(c)].isMark(u','))
                ++c;
            e = c + 1;
        }
        if (e + 1 < n && tokens[size_t(e)].isMark(u',') && is(tokens[size_t(e + 1)], "and"))
            ++e; // "X, Role, and Y, Role, met"
        if (e < n && is(tokens[size_t(e)], "and")) {
            PersonMention other;
            bool found = recallMention(tokens, e + 1, other, memo) && !other.possessive;
            if (!found) {
                // "The Secretary and Foreign Minister discussed": the second office alone
                const int end = parseTitle(tokens, e + 1, other);
                found = end > e + 1 && !other.role.isEmpty();
                other.end = end;
            }
            if (found) {
                int f = other.end;
                const bool relative =
                    f + 1 < n && tokens[size_t(f)].isMark(u',') &&
                    (is(tokens[size_t(f + 1)], "who") || is(tokens[size_t(f + 1)], "which"));
                if (!relative && f < n && tokens[size_t(f)].isMark(u','))
                    ++f; // the comma closing an apposition
                if (relative) {
                    int c = f + 2;
                    while (c < n && c < f + 60 && !tokens[size_t(c)].isMark(u','))
                        ++c;
                    f = c + 1;
                }
                if (matchVerb(tokens, f, match, true)) {
                    match.kind = SubjectKind::Joint;
                    return match;
                }
                return SubjectMatch();
            }
        }
        // "Minister Aasved-Lunde, as host, welcomed", "President X, for his part, stated"
        if (e + 1 < n && tokens[size_t(e)].isMark(u',') && isLowerWord(tokens[size_t(e + 1)])) {
            for (int c = e + 1; c < n && c <= e + 6; ++c) {
                if (tokens[size_t(c)].isMark(u',')) {
                    SubjectMatch probe;
                    if (matchVerb(tokens, c + 1, probe, false))
                        e = c + 1;
                    break;
                }
            }
        }
        if (matchVerb(tokens, e, match, false)) {
            match.kind = SubjectKind::Person;
            match.speaker = speakerFor(m);
            if (match.speaker.kind != SpeakerKind::Person || match.speaker.name.isEmpty())
                match.kind = SubjectKind::None;
            return match;
        }
        const int v = skipAdverbs(tokens, e);
        if (v < n && looksLikeVerb(tokens[size_t(v)])) {
            match.verbToken = v;
            match.speaker = speakerFor(m);
            match.kind = hasCoordinatedSpeechVerb(tokens, v + 1) ? SubjectKind::Person
                                                                 : SubjectKind::Narrative;
            if (match.speaker.name.isEmpty())
                match.kind = SubjectKind::None;
            return match;
        }
        return SubjectMatch();
    }

    // "Kirishima expressed that": a participant's surname alone, with a verb of speech
    if (t.capitalized &&
        !has(t, NameLexicon::NonName | NameLexicon::Title | NameLexicon::Country)) {
        for (int p = 0; p < int(m_people.size()); ++p) {
            const Person &person = m_people[size_t(p)];
            if (!person.participant || !containsName(person.nameParts, t.text))
                continue;
            SubjectMatch v = match;
            if (matchVerb(tokens, k + 1, v, false)) {
                v.kind = SubjectKind::Person;
                v.speaker = speakerOf(p);
                return v;
            }
            break;
        }
    }
    // "the Vostrenian Minister noted": the participant of that country
    if (is(t, "the") && k + 2 < n && tokens[size_t(k + 1)].capitalized &&
        has(tokens[size_t(k + 2)], NameLexicon::CoreTitle) && tokens[size_t(k + 2)].capitalized) {
        const QString country = countryFromAdjective(tokens[size_t(k + 1)].text);
        if (!country.isEmpty()) {
            for (int p = 0; p < int(m_people.size()); ++p) {
                const Person &person = m_people[size_t(p)];
                if (person.participant && person.country == country) {
                    SubjectMatch v = match;
                    if (matchVerb(tokens, k + 3, v, false)) {
                        v.kind = SubjectKind::Person;
                        v.speaker = speakerOf(p);
                        return v;
                    }
                    break;
                }
            }
        }
    }
    // "Japan and Solvany welcomed the proposal": two countries speaking together
    CountryPhrase first;
    first.end = parseCountryPhrase(tokens, k, first.country);
    {
        const int a = first.end;
        QString second;
        if (a > k && a + 1 < n && is(tokens[size_t(a)], "and")) {
            const int b = parseCountryPhrase(tokens, a + 1, second);
            SubjectMatch v = match;
            if (b > a + 1 && matchVerb(tokens, b, v, false) && v.pastTense) {
                v.kind = SubjectKind::Joint;
                v.opensReport = false;
                return v;
            }
        }
    }
    QString country;
    const int side = parseSide(tokens, k, first, country);
    if (side != -1) {
        const bool bare = side < -1;
        const int after = bare ? -side - 2 : side;
        SubjectMatch v = match;
        // "the Kestrian side renewed its invitation": a delegation is a subject with any
        // past verb; a bare country name only with a verb of speech.
        const bool verb = bare ? matchVerb(tokens, after, v, false)
                               : matchVerb(tokens, after, v, true) && v.pastTense;
        if (verb && (!bare || v.pastTense)) {
            v.kind = SubjectKind::Side;
            v.speaker = sideSpeaker(country);
            return v;
        }
    }
    return SubjectMatch();
}

} // namespace Readout
