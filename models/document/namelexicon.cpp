#include "namelexicon.h"

#include "asciicase.h"

#include <algorithm>
#include <bitset>
#include <string>
#include <vector>

#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace Readout {

namespace {

using WordSet = std::unordered_set<std::string_view>;

// Folds an ASCII word to lower case into `buffer`; false for long or non-ASCII words,
// which none of the lists hold. Curly apostrophes fold to straight ones.
bool foldAscii(QStringView word, char (&buffer)[48], std::string_view &out)
{
    if (word.isEmpty() || word.size() >= qsizetype(sizeof buffer))
        return false;
    for (qsizetype i = 0; i < word.size(); ++i) {
        char16_t c = word[i].unicode();
        if (c == u'\u2019')
            c = u'\'';
        if (c >= 0x80)
            return false;
        buffer[i] = (c >= 'A' && c <= 'Z') ? char(c + 32) : char(c);
    }
    out = std::string_view(buffer, size_t(word.size()));
    return true;
}

// A letter as the word lists hold it: ASCII folded to lower case, the curly apostrophe
// straight; -1 for other characters, which no listed word has.
int foldedLetter(char16_t c)
{
    if (c == u'\u2019')
        return '\'';
    if (c >= 0x80)
        return -1;
    return AsciiCase::fold(c);
}

// The length and the first and last letters of a folded word, five bits of each: words
// that share them with a listed one only cost a lookup. (Small, to stay in the L1 cache.)
constexpr size_t shapes = size_t(1) << 15;
size_t shapeOf(qsizetype length, int first, int last)
{
    return size_t(length & 31) << 10 | size_t(first & 31) << 5 | size_t(last & 31);
}

// Whether `word` may be a key of a list whose shapes are `listed`: false rules it out.
inline bool mayBeListed(const std::bitset<shapes> &listed, QStringView word)
{
    if (word.isEmpty())
        return false;
    const int first = foldedLetter(word.front().unicode());
    const int last = foldedLetter(word.back().unicode());
    return first >= 0 && last >= 0 && listed[shapeOf(word.size(), first, last)];
}

const WordSet &titleWords()
{
    static const WordSet set = {
        "minister",
        "ministers",
        "foreign",
        "affairs",
        "secretary",
        "state",
        "prime",
        "president",
        "vice",
        "vice-president",
        "vice-premier",
        "premier",
        "councilor",
        "councillor",
        "chancellor",
        "high",
        "representative",
        "ambassador",
        "deputy",
        "director",
        "director-general",
        "general",
        "chief",
        "cabinet",
        "senator",
        "chairman",
        "chairperson",
        "chair",
        "commissioner",
        "federal",
        "trade",
        "defence",
        "defense",
        "finance",
        "commonwealth",
        "spokesperson",
        "spokesman",
        "press",
        "king",
        "queen",
        "emperor",
        "crown",
        "prince",
        "princess",
        "governor",
        "mayor",
        "speaker",
        "special",
        "envoy",
        "assistant",
        "under",
        "parliamentary",
        "senior",
        "executive",
        "policy",
        "security",
        "external",
        "relations",
        "economy",
        "industry",
        "international",
        "cooperation",
        "development",
        "first",
        "counselor",
        "counsellor",
        "adviser",
        "advisor",
        "national",
        "council",
        "sultan",
        "emir",
        "foreign-minister",
        "secretary-general",
        "chief-executive",
        "ministerial",
        "officer",
        "affairs/vice-president",
        "commission",
        "vice-chairman",
        "consul",
        "consul-general",
        "head",
        "leader",
        "plenipotentiary",
        "extraordinary",
        "economic",
        "political",
        "diplomatic",
        "health",
        "education",
        "justice",
        "agriculture",
        "environment",
        "labour",
        "labor",
        "culture",
        "interior",
        "transport",
        "energy",
        "science",
        "technology",
        "tourism",
        "commerce",
        "welfare",
        "fisheries",
        "forestry",
        "planning",
        "information",
        "home",
        "maritime",
        "infrastructure",
        "digital",
        "legal",
        "hr/vp",
        "europe",
        "staff",
        "member",
        "members",
        "vice-minister",
        "under-secretary",
        "undersecretary",
        "secretary-general",
        "state-minister",
    };
    return set;
}

const WordSet &honorifics()
{
    static const WordSet set = {
        "mr.",    "mr",         "ms.",    "ms",     "mrs.",     "mrs",       "dr.",
        "dr",     "h.e.",       "he.",    "hon",    "hon.",     "honorable", "honourable",
        "rt",     "rt.",        "mp",     "madam",  "sir",      "lord",      "baroness",
        "dame",   "excellency", "his",    "her",    "prof.",    "professor", "senator",
        "sheikh", "sheikha",    "shaikh", "prince", "princess",
    };
    return set;
}

const std::unordered_map<std::string_view, const char *> &countries()
{
    static const std::unordered_map<std::string_view, const char *> map = {
        {"japan", "Japan"},
        {"japanese", "Japan"},
        {"russia", "Russia"},
        {"russian", "Russia"},
        {"russian federation", "Russia"},
        {"the russian federation", "Russia"},
        {"china", "China"},
        {"chinese", "China"},
        {"prc", "China"},
        {"people's republic of china", "China"},
        {"the people's republic of china", "China"},
        {"united states", "United States"},
        {"the united states", "United States"},
        {"united states of america", "United States"},
        {"the united states of america", "United States"},
        {"u.s.", "United States"},
        {"us", "United States"},
        {"usa", "United States"},
        {"u.s.a.", "United States"},
        {"american", "United States"},
        {"america", "United States"},
        {"rok", "Republic of Korea"},
        {"the rok", "Republic of Korea"},
        {"republic of korea", "Republic of Korea"},
        {"the republic of korea", "Republic of Korea"},
        {"korea", "Republic of Korea"},
        {"south korea", "Republic of Korea"},
        {"korean", "Republic of Korea"},
        {"north korea", "North Korea"},
        {"dprk", "North Korea"},
        {"north korean", "North Korea"},
        {"united kingdom", "United Kingdom"},
        {"the united kingdom", "United Kingdom"},
        {"uk", "United Kingdom"},
        {"u.k.", "United Kingdom"},
        {"the uk", "United Kingdom"},
        {"britain", "United Kingdom"},
        {"great britain", "United Kingdom"},
        {"british", "United Kingdom"},
        {"australia", "Australia"},
        {"australian", "Australia"},
        {"commonwealth of australia", "Australia"},
        {"the commonwealth of australia", "Australia"},
        {"germany", "Germany"},
        {"german", "Germany"},
        {"france", "France"},
        {"french", "France"},
        {"italy", "Italy"},
        {"italian", "Italy"},
        {"canada", "Canada"},
        {"canadian", "Canada"},
        {"india", "India"},
        {"indian", "India"},
        {"eu", "European Union"},
        {"european union", "European Union"},
        {"the european union", "European Union"},
        {"mongolia", "Mongolia"},
        {"mongolian", "Mongolia"},
        {"ukraine", "Ukraine"},
        {"ukrainian", "Ukraine"},
        {"viet nam", "Viet Nam"},
        {"vietnam", "Viet Nam"},
        {"vietnamese", "Viet Nam"},
        {"indonesia", "Indonesia"},
        {"indonesian", "Indonesia"},
        {"philippines", "Philippines"},
        {"the philippines", "Philippines"},
        {"philippine", "Philippines"},
        {"thailand", "Thailand"},
        {"thai", "Thailand"},
        {"singapore", "Singapore"},
        {"singaporean", "Singapore"},
        {"malaysia", "Malaysia"},
        {"malaysian", "Malaysia"},
        {"new zealand", "New Zealand"},
        {"pakistan", "Pakistan"},
        {"pakistani", "Pakistan"},
        {"iran", "Iran"},
        {"iranian", "Iran"},
        {"iraq", "Iraq"},
        {"iraqi", "Iraq"},
        {"israel", "Israel"},
        {"israeli", "Israel"},
        {"turkey", "Turkey"},
        {"turkish", "Turkey"},
        {"turkiye", "Turkey"},
        {"saudi arabia", "Saudi Arabia"},
        {"saudi", "Saudi Arabia"},
        {"egypt", "Egypt"},
        {"egyptian", "Egypt"},
        {"brazil", "Brazil"},
        {"brazilian", "Brazil"},
        {"mexico", "Mexico"},
        {"mexican", "Mexico"},
        {"spain", "Spain"},
        {"spanish", "Spain"},
        {"netherlands", "Netherlands"},
        {"the netherlands", "Netherlands"},
        {"dutch", "Netherlands"},
        {"poland", "Poland"},
        {"polish", "Poland"},
        {"sweden", "Sweden"},
        {"swedish", "Sweden"},
        {"norway", "Norway"},
        {"norwegian", "Norway"},
        {"finland", "Finland"},
        {"finnish", "Finland"},
        {"kazakhstan", "Kazakhstan"},
        {"uzbekistan", "Uzbekistan"},
        {"afghanistan", "Afghanistan"},
        {"afghan", "Afghanistan"},
        {"south africa", "South Africa"},
        {"nigeria", "Nigeria"},
        {"argentina", "Argentina"},
        {"chile", "Chile"},
        {"peru", "Peru"},
    };
    return map;
}

const WordSet &countryPrefixes()
{
    static const WordSet set = {"united", "republic", "people's", "european",
                                "north",  "south",    "new",      "saudi",
                                "great",  "russian",  "viet",     "commonwealth"};
    return set;
}

const WordSet &speechVerbs()
{
    static const WordSet set = {
        // past forms
        "said",
        "stated",
        "explained",
        "pointed",
        "noted",
        "emphasized",
        "emphasised",
        "expressed",
        "requested",
        "welcomed",
        "proposed",
        "reaffirmed",
        "affirmed",
        "confirmed",
        "reconfirmed",
        "conveyed",
        "thanked",
        "introduced",
        "responded",
        "replied",
        "asked",
        "added",
        "underlined",
        "underscored",
        "agreed",
        "concurred",
        "shared",
        "exchanged",
        "discussed",
        "mentioned",
        "remarked",
        "commented",
        "indicated",
        "stressed",
        "urged",
        "called",
        "appreciated",
        "praised",
        "congratulated",
        "extended",
        "offered",
        "accepted",
        "hoped",
        "believed",
        "wished",
        "touched",
        "referred",
        "raised",
        "highlighted",
        "reiterated",
        "acknowledged",
        "recognized",
        "recognised",
        "suggested",
        "insisted",
        "argued",
        "assured",
        "promised",
        "pledged",
        "vowed",
        "condemned",
        "encouraged",
        "looked",
        "showed",
        "provided",
        "briefed",
        "informed",
        "reported",
        "told",
        "voiced",
        "answered",
        "described",
        "outlined",
        "elaborated",
        "presented",
        "made",
        "gave",
        "sought",
        "invited",
        "deplored",
        "regretted",
        "criticized",
        "criticised",
        "protested",
        "demanded",
        "rejected",
        "opposed",
        "supported",
        "coordinated",
        "spoke",
        "talked",
        "announced",
        "declared",
        "observed",
        "commended",
        "applauded",
        "lauded",
        "hailed",
        "valued",
        "clarified",
        "cited",
        "recalled",
        "reviewed",
        "felt",
        "thought",
        "intended",
        "requested",
        "reassured",
        "concluded",
        "continued",
        "appealed",
        "reflected",
        "mentioned",
        "agree",
        "concur",
        "emphasize",
        "stressed",
        "delivered",
        "evaluated",
        "briefly",
        "explained",
        "reciprocated",
        "requests",
        "reiterates",
        "notes",
        "drew",
        "set",
        "took",
        "renewed",
        "registered",
        // present forms (transcripts, Chinese readouts)
        "says",
        "states",
        "explains",
        "emphasizes",
        "stresses",
        "expresses",
        "welcomes",
        "hopes",
        "believes",
        "agrees",
        "proposes",
        "calls",
        "urges",
        "points",
        "adds",
        "underlines",
        "reaffirms",
        "thanks",
        "asks",
        "replies",
        "responds",
        "congratulates",
    };
    return set;
}

const WordSet &reportingVerbs()
{
    static const WordSet set = {
        "said",       "stated",     "explained",  "pointed",   "noted",      "emphasized",
        "emphasised", "expressed",  "stressed",   "added",     "remarked",   "commented",
        "replied",    "responded",  "mentioned",  "indicated", "underlined", "underscored",
        "reiterated", "conveyed",   "insisted",   "argued",    "believed",   "hoped",
        "told",       "observed",   "made",       "says",      "states",     "explains",
        "emphasizes", "stresses",   "expresses",  "hopes",     "believes",   "adds",
        "points",     "asserted",   "maintained", "answered",  "felt",       "thought",
        "proposed",   "urged",      "requested",  "clarified", "elaborated", "briefed",
        "reported",   "announced",  "declared",   "suggested", "recalled",   "acknowledged",
        "affirmed",   "reaffirmed", "confirmed",  "agreed",    "concurred",
    };
    return set;
}

const WordSet &adverbs()
{
    static const WordSet set = {
        "also",         "further",      "furthermore",  "again",        "once",
        "then",         "strongly",     "fully",        "totally",      "clearly",
        "firmly",       "warmly",       "briefly",      "highly",       "repeatedly",
        "earnestly",    "closely",      "first",        "finally",      "likewise",
        "similarly",    "additionally", "especially",   "particularly", "personally",
        "sincerely",    "deeply",       "however",      "in",           "turn",
        "return",       "specifically", "subsequently", "later",        "previously",
        "readily",      "immediately",  "each",         "both",         "all",
        "too",          "explicitly",   "frankly",      "candidly",     "openly",
        "broadly",      "generally",    "basically",    "therefore",    "thus",
        "still",        "consistently", "steadily",     "actively",     "heartily",
        "profoundly",   "gladly",       "lastly",       "eventually",   "initially",
        "respectively", "jointly",      "together",     "reportedly",   "newly",
        "recently",
    };
    return set;
}

const WordSet &nonNameWords()
{
    static const WordSet set = {
        "the",
        "a",
        "an",
        "in",
        "on",
        "at",
        "of",
        "for",
        "and",
        "or",
        "but",
        "to",
        "from",
        "with",
        "by",
        "as",
        "this",
        "that",
        "these",
        "those",
        "it",
        "its",
        "he",
        "she",
        "they",
        "we",
        "i",
        "his",
        "her",
        "their",
        "our",
        "regarding",
        "concerning",
        "with",
        "after",
        "before",
        "during",
        "while",
        "when",
        "since",
        "upon",
        "following",
        "both",
        "each",
        "all",
        "some",
        "any",
        "no",
        "not",
        "also",
        "however",
        "moreover",
        "further",
        "furthermore",
        "finally",
        "first",
        "second",
        "third",
        "next",
        "then",
        "there",
        "here",
        "today",
        "tomorrow",
        "yesterday",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "meeting",
        "summit",
        "talk",
        "talks",
        "dialogue",
        "conference",
        "government",
        "ministry",
        "department",
        "office",
        "embassy",
        "side",
        "sides",
        "delegation",
        "japan-",
        "following",
        "relations",
        "issue",
        "issues",
        "in response",
        "referring",
        "touching",
        "at",
        "among",
        "through",
        "toward",
        "towards",
        "under",
        "over",
        "about",
        "within",
        "without",
        "between",
        "against",
        "via",
        "per",
        "amid",
        "despite",
        "although",
        "though",
        "because",
        "if",
        "unless",
        "whereas",
        "whether",
        "which",
        "who",
        "whom",
        "whose",
        "what",
        "where",
        "how",
        "why",
        "yes",
        "no",
        "thank",
        "thanks",
        "foreign",
        "minister",
        "secretary",
        "press",
        "question",
        "answer",
        "q",
        "a",
        "group",
        "summit",
        "forum",
        "statement",
        "declaration",
        "agreement",
        "treaty",
        "plan",
        "program",
        "programme",
        "project",
        "year",
        "day",
        "week",
        "month",
        "act",
        "law",
        "center",
        "centre",
        "committee",
        "council",
        "union",
        "nations",
        "un",
        "meets",
        "pays",
        "signs",
        "issues",
        "announces",
        "discusses",
        "joins",
        "opens",
        "thanks",
        "holds",
        "visits",
        "receives",
        "attends",
        "hosts",
        "speaks",
        "calls",
        "welcomes",
        "says",
        "states",
        "league",
        "organization",
        "organisation",
        "federation",
        "kingdom",
        "republic",
        "association",
        "community",
        "alliance",
        "bank",
        "fund",
    };
    return set;
}

const WordSet &auxiliaries()
{
    static const WordSet set = {
        "will", "would", "shall", "should", "can", "could", "may",   "might",
        "must", "has",   "have",  "had",    "is",  "are",   "was",   "were",
        "be",   "been",  "do",    "does",   "did", "need",  "needs", "ought",
    };
    return set;
}

const WordSet &abbreviations()
{
    static const WordSet set = {
        "mr",     "ms",   "mrs", "dr",     "st",  "jr",   "sr",  "no",  "nos",  "co",  "corp",
        "inc",    "ltd",  "gen", "col",    "lt",  "sen",  "rep", "gov", "prof", "rt",  "hon",
        "messrs", "vs",   "etc", "approx", "e.g", "i.e",  "a.m", "p.m", "u.s",  "u.k", "h.e",
        "jan",    "feb",  "mar", "apr",    "jun", "jul",  "aug", "sep", "sept", "oct", "nov",
        "dec",    "fig",  "vol", "op",     "cf",  "u.n",  "e.u", "d.c", "a.d",  "b.c", "est",
        "dept",   "govt", "mt",  "ft",     "mme", "mlle",
    };
    return set;
}

const WordSet &coreTitles()
{
    static const WordSet set = {
        "member",
        "chief",
        "minister",
        "secretary",
        "president",
        "premier",
        "councilor",
        "councillor",
        "chancellor",
        "representative",
        "ambassador",
        "senator",
        "chairman",
        "chairperson",
        "commissioner",
        "spokesperson",
        "spokesman",
        "king",
        "queen",
        "emperor",
        "prince",
        "princess",
        "governor",
        "mayor",
        "envoy",
        "director-general",
        "director",
        "secretary-general",
        "vice-president",
        "vice-premier",
        "consul",
        "consul-general",
        "sultan",
        "emir",
        "foreign-minister",
        "chief-executive",
        "adviser",
        "advisor",
        "counselor",
        "counsellor",
        "vice-chairman",
        "leader",
        "head",
        "speaker",
        "hr/vp",
        "vice-minister",
        "under-secretary",
        "undersecretary",
    };
    return set;
}

const WordSet &irregularPasts()
{
    static const WordSet set = {
        "said",  "made",       "gave", "told",  "spoke", "thought", "felt",  "sought", "met",
        "held",  "took",       "had",  "saw",   "found", "kept",    "sent",  "set",    "put",
        "went",  "came",       "led",  "paid",  "began", "brought", "built", "chose",  "drew",
        "heard", "knew",       "left", "lost",  "meant", "read",    "ran",   "rose",   "sat",
        "stood", "understood", "won",  "wrote", "shown", "was",     "were",  "did",
    };
    return set;
}

struct Entry
{
    quint32 flags = 0;
};

const std::unordered_map<std::string_view, Entry> &combined()
{
    static const std::unordered_map<std::string_view, Entry> map = [] {
        std::unordered_map<std::string_view, Entry> m;
        auto add = [&m](const WordSet &set, quint32 flag) {
            for (std::string_view w : set)
                m[w].flags |= flag;
        };
        add(titleWords(), NameLexicon::Title);
        add(honorifics(), NameLexicon::Honorific);
        add(nonNameWords(), NameLexicon::NonName);
        add(speechVerbs(), NameLexicon::Speech);
        add(reportingVerbs(), NameLexicon::Reporting);
        add(adverbs(), NameLexicon::Adverb);
        add(auxiliaries(), NameLexicon::Auxiliary);
        add(countryPrefixes(), NameLexicon::CountryPrefix);
        add(abbreviations(), NameLexicon::Abbreviation);
        add(coreTitles(), NameLexicon::CoreTitle);
        add(irregularPasts(), NameLexicon::IrregularPast);
        for (const auto &[w, country] : countries()) {
            Q_UNUSED(country)
            if (w.find(' ') == std::string_view::npos)
                m[w].flags |= NameLexicon::Country;
        }
        return m;
    }();
    return map;
}

const WordSet &furnitureFirstWords()
{
    static const WordSet set = {
        "back",        "page",      "related", "photo", "photo(",     "photo:",     "click",
        "provisional", "print",     "share",   "tweet", "top",        "see",        "footnotes",
        "press",       "countries", "world",   "news",  "department", "official",   "tentative",
        "home",        "source:",   "view",    "this",  "end",        "japanese",   "english",
        "skip",        "tags",      "other",   "send",  "editorial",  "media",      "contents",
        "menu",        "search",    "email",   "the",   "minister's", "published:", "updated:",
        "tags:",       "contact:",  "close",
    };
    return set;
}

// The shapeOf() of the first words of furniture: most lines' first words are ruled out
// by it before a lookup.
const std::bitset<shapes> &furnitureFirstWordShapes()
{
    static const std::bitset<shapes> bits = [] {
        std::bitset<shapes> all;
        for (std::string_view w : furnitureFirstWords())
            all.set(shapeOf(qsizetype(w.size()), uchar(w.front()), uchar(w.back())));
        return all;
    }();
    return bits;
}

// The prefixes are arrays of constants, so their lengths are not measured on every call.
template<size_t N> bool startsWithAny(QStringView line, const std::string_view (&prefixes)[N])
{
    for (std::string_view p : prefixes) {
        if (AsciiCase::startsWith(line, p))
            return true;
    }
    return false;
}

// Whole lines that are furniture (compared case-insensitively).
constexpr std::string_view furnitureLines[] = {
    "back to index",
    "page top",
    "related links",
    "related information",
    "(end)",
    "end",
    "japanese",
    "english",
    "photo",
    "photo photo",
    "click here for photo gallery",
    "provisional translation",
    "print",
    "share",
    "tweet",
    "top of page",
    "back to top",
    "related",
    "see also",
    "footnotes",
    "[...]",
    "press releases",
    "press release",
    "press conferences",
    "countries & regions",
    "world news story",
    "news story",
    "department of state",
    "official translation",
    "(provisional translation)",
    "(tentative translation)",
    "tentative translation",
    "skip to content",
    "skip to main content",
    "related articles",
    "tags",
    "other news",
    "print version",
    "send to friend",
    "share this page",
    "editorial sections",
    "editorial sections:",
    "the following links open in a new tab",
    "media enquiries",
    "media contacts",
    "contents",
    "menu",
    "search",
    "top",
    "print this page",
    "email this page",
};

// Beginnings of furniture lines.
constexpr std::string_view furnitureStarts[] = {"back to ",
                                                "contact:",
                                                "related information",
                                                "related links",
                                                "(photo",
                                                "photo(",
                                                "photo:",
                                                "(* ",
                                                "(*",
                                                "* the foregoing",
                                                "* this is",
                                                "(the foregoing",
                                                "home >",
                                                "home >",
                                                "home > ",
                                                "/public release",
                                                "source:",
                                                "view in full",
                                                "click here",
                                                "this is a provisional translation",
                                                "page top"};

// Whether a line could be one of furnitureLines or start with one of furnitureStarts: their
// first two letters, folded, are in a table made once, which rules out most lines before
// the comparisons.
bool mayBeListedFurniture(QStringView line)
{
    static const std::bitset<128 * 128> pairs = [] {
        std::bitset<128 * 128> bits;
        const auto add = [&bits](std::string_view e) {
            bits.set(size_t(AsciiCase::fold(uchar(e[0]))) * 128 + AsciiCase::fold(uchar(e[1])));
        };
        for (std::string_view e : furnitureLines)
            add(e);
        for (std::string_view e : furnitureStarts)
            add(e);
        return bits;
    }();
    if (line.size() < 2)
        return false; // every entry has two characters or more
    const char16_t a = line[0].unicode();
    const char16_t b = line[1].unicode();
    if (a >= 0x80 || b >= 0x80)
        return true; // Unicode case folding: left to the comparisons
    return pairs.test(size_t(AsciiCase::fold(a)) * 128 + AsciiCase::fold(b));
}

} // namespace

namespace {

/// The combined word classes in a small open-addressing table: the tokenizer asks for every
/// word of every summary, so the lookup folds, hashes and probes in one pass without
/// allocating.
class FlagTable
{
public:
    FlagTable()
    {
        for (const auto &[word, entry] : combined()) {
            if (word.size() > maxWord)
                continue;
            const quint32 h = hashOf(word.data(), qsizetype(word.size()));
            size_t i = h & (slots - 1);
            while (m_slots[i].length != 0)
                i = (i + 1) & (slots - 1);
            Slot &slot = m_slots[i];
            slot.hash = h;
            slot.flags = entry.flags;
            slot.offset = quint16(m_words.size());
            slot.length = quint8(word.size());
            m_words.append(word);
            m_mayHold.set(shapeOf(word.size(), uchar(word.front()), uchar(word.back())));
        }
    }

    quint32 lookup(QStringView word) const
    {
        const qsizetype n = word.size();
        if (n == 0 || n > maxWord)
            return 0;
        // Most words of a text are in no list: their length and first and last letters
        // rule them out before the whole word is folded and hashed.
        if (!mayBeListed(m_mayHold, word))
            return 0;
        char folded[maxWord];
        for (qsizetype i = 0; i < n; ++i) {
            char16_t c = word[i].unicode();
            if (c == u'\u2019')
                c = u'\'';
            if (c >= 0x80)
                return 0;
            folded[i] = (c >= 'A' && c <= 'Z') ? char(c + 32) : char(c);
        }
        const quint32 h = hashOf(folded, n);
        for (size_t i = h & (slots - 1);; i = (i + 1) & (slots - 1)) {
            const Slot &slot = m_slots[i];
            if (slot.length == 0)
                return 0;
            if (slot.hash == h && slot.length == n &&
                std::equal(folded, folded + n, m_words.data() + slot.offset))
                return slot.flags;
        }
    }

private:
    // Mixes the length and three letters of a folded word: cheaper than hashing every letter
    // (lookups are made for most words of a text), and words that share them are told apart
    // by the comparison of the probe.
    static quint32 hashOf(const char *word, qsizetype n)
    {
        quint32 h = quint32(n) * 0x9e3779b1u;
        h = (h ^ uchar(word[0])) * 0x85ebca6bu;
        h = (h ^ uchar(word[n / 2])) * 0xc2b2ae35u;
        h = (h ^ uchar(word[n - 1])) * 0x9e3779b1u;
        return h ^ (h >> 15);
    }

    static constexpr qsizetype maxWord = 31;
    static constexpr size_t slots = 2048; // over twice the words, so probes stay short

    // Small slots (the words themselves are kept apart) keep the table in the L1 cache.
    struct Slot
    {
        quint32 hash = 0;
        quint32 flags = 0;
        quint16 offset = 0; ///< of the word in m_words
        quint8 length = 0;
    };
    std::vector<Slot> m_slots = std::vector<Slot>(slots);
    std::string m_words;
    std::bitset<shapes> m_mayHold; ///< the shapeOf() of every word
};

} // namespace

quint32 NameLexicon::flags(QStringView word)
{
    static const FlagTable table;
    return table.lookup(word);
}

QString NameLexicon::countryOf(QStringView phrase)
{
    // Most phrases asked about name no country: their shape rules them out before a lookup.
    static const std::bitset<shapes> countryShapes = [] {
        std::bitset<shapes> bits;
        for (const auto &[name, country] : countries()) {
            Q_UNUSED(country)
            bits.set(shapeOf(qsizetype(name.size()), uchar(name.front()), uchar(name.back())));
        }
        return bits;
    }();
    if (!mayBeListed(countryShapes, phrase))
        return {};
    char buffer[48];
    std::string_view key;
    if (!foldAscii(phrase, buffer, key))
        return {};
    const auto &map = countries();
    auto it = map.find(key);
    if (it == map.end())
        return {};
    return QString::fromLatin1(it->second);
}

int NameLexicon::monthNumber(QStringView word)
{
    static constexpr std::string_view names[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                                 "jul", "aug", "sep", "oct", "nov", "dec"};
    static constexpr std::string_view full[] = {"january",   "february", "march",    "april",
                                                "may",       "june",     "july",     "august",
                                                "september", "october",  "november", "december"};
    if (word.endsWith(u'.'))
        word.chop(1);
    if (word.size() < 3)
        return 0;
    for (int m = 0; m < 12; ++m) {
        if (AsciiCase::equals(word, full[m]))
            return m + 1;
    }
    // Abbreviations: "Aug", "Sept"
    if (word.size() <= 4) {
        for (int m = 0; m < 12; ++m) {
            if (AsciiCase::equals(word.left(3), names[m]) &&
                (word.size() == 3 || (m == 8 && AsciiCase::equals(word, "sept"))))
                return m + 1;
        }
    }
    return 0;
}

bool NameLexicon::isFurniture(QStringView line)
{
    line = AsciiCase::trimmed(line);
    // "• (photo: ...)", "• (* ...)": a bulleted caption or note is still one.
    while (!line.isEmpty() && (line.front() == u'\u2022' || line.front() == u'\u30fb'))
        line = line.mid(1).trimmed();
    if (line.isEmpty() || line.size() > 240)
        return false;
    // "日本語", "関連リンク" after a page's English text (Latin lines skip the comparisons)
    if (line.front().unicode() >= 0x3000 &&
        (line == u"\u65e5\u672c\u8a9e" || line.startsWith(u"\u95a2\u9023\u30ea\u30f3\u30af")))
        return true;
    const QChar first = line.front();
    const bool markFirst = first == u'(' || first == u'*' || first == u'/' || first == u'[';
    // A long line is furniture only when it starts with one of a few phrases: most lines of
    // text are ruled out here, before the lookup below.
    static constexpr std::string_view longLineStarts[] = {
        "this is", "home", "back to", "related", "source", "view in", "click"};
    if (line.size() > 60 && !markFirst && !startsWithAny(line, longLineStarts))
        return false;
    // Furniture starts with one of a few words or marks; one lookup rules out the rest.
    if (!markFirst) {
        qsizetype end = 0;
        while (end < line.size() && end < 40 && !line[end].isSpace())
            ++end;
        char buffer[48];
        std::string_view key;
        // No first word of the list is longer than 11 letters: longer ones skip the lookup.
        const QStringView word = line.left(end);
        const bool firstWord = end <= 11 && mayBeListed(furnitureFirstWordShapes(), word) &&
                               foldAscii(word, buffer, key) && furnitureFirstWords().count(key);
        if (!firstWord && !(line.size() < 160 && line.contains(u'>')))
            return false;
    }
    if (mayBeListedFurniture(line)) {
        for (std::string_view e : furnitureLines) {
            if (AsciiCase::equals(line, e))
                return true;
        }
        if (startsWithAny(line, furnitureStarts))
            return true;
    }
    // Site headers and breadcrumbs are short and end without a full stop.
    if (line.size() >= 160 || line.endsWith(u'.'))
        return false;
    // "Home | Minister for Foreign Affairs | Media releases"
    // (a page title "Meeting ... | Ministry of Foreign Affairs of Japan" is not furniture)
    if (std::count(line.begin(), line.end(), u'|') >= 2 ||
        (AsciiCase::startsWith(line, "home") && line.contains(QLatin1String(" | "))))
        return true;
    // "Home > Press Releases > ..."
    const qsizetype arrow = line.indexOf(u'>');
    return arrow > 0 && arrow + 1 < line.size() && line[arrow - 1].isSpace() &&
           line[arrow + 1].isSpace();
}

bool NameLexicon::isTranslationNote(QStringView line)
{
    // A case-sensitive probe first: it is several times cheaper than a folded search and
    // every line of every summary goes through here.
    const std::u16string_view chars(line.utf16(), size_t(line.size()));
    return line.size() < 240 && chars.find(u"ranslation") != std::u16string_view::npos &&
           (line.contains(QLatin1String("provisional translation"), Qt::CaseInsensitive) ||
            line.contains(QLatin1String("tentative translation"), Qt::CaseInsensitive));
}

bool NameLexicon::isFurnitureLine(QStringView line)
{
    return isFurniture(line) || isTranslationNote(line.trimmed());
}

} // namespace Readout
