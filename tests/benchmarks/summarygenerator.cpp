#include "summarygenerator.h"

#include <QDate>
#include <QStringList>

#include <algorithm>
#include <initializer_list>
#include <random>
#include <vector>

namespace Readout {

namespace {

// Every country, city, person, region and event below is invented for this generator.

struct CountrySource
{
    const char *name;
    const char *adjective;
};

const CountrySource countrySources[] = {
    {"Arvelia", "Arvelian"},       {"Borsenia", "Borsenian"},
    {"Calmora", "Calmoran"},       {"Dastrovia", "Dastrovian"},
    {"Elmaris", "Elmarisian"},     {"Ferrandy", "Ferrandese"},
    {"Galvonia", "Galvonian"},     {"Hestmark", "Hestmarkian"},
    {"Istrenza", "Istrenzan"},     {"Jorvala", "Jorvalan"},
    {"Karskaya", "Karskayan"},     {"Lunevia", "Lunevian"},
    {"Mirevia", "Mirevian"},       {"Norvasa", "Norvasan"},
    {"Ostravel", "Ostravelian"},   {"Pellucia", "Pellucian"},
    {"Quintara", "Quintaran"},     {"Rosvaldia", "Rosvaldian"},
    {"Sardessa", "Sardessan"},     {"Tavoria", "Tavorian"},
    {"Ulmeria", "Ulmerian"},       {"Verentia", "Verentian"},
    {"Wexland", "Wexlandic"},      {"Yaresh", "Yareshi"},
    {"Zolvenia", "Zolvenian"},     {"Corvastan", "Corvastani"},
    {"Meridane", "Meridanian"},    {"Antrelle", "Antrellan"},
    {"Belvasco", "Belvascan"},     {"Kaluria", "Kalurian"},
    {"Nova Serrana", "Serranese"}, {"Republic of Tesselin", "Tesselinian"},
};

const char *const citySources[] = {
    "Velmora",  "Port Aster", "Castelrun", "Drennick",   "Halvergate",   "Istmere",   "Korsholt",
    "Lindemar", "Marrowgate", "Nessary",   "Oldbrück",   "Pellamy",      "Quarnest",  "Rivenholm",
    "Tirevo",   "Ulmsk",      "Valdany",   "Westerhame", "Yarrowick",    "São Verin", "Caddoran",
    "Durovel",  "Emberleigh", "Fenmoor",   "Grisholm",   "Harrowmere",   "Kilvane",   "Lorrance",
    "Montevar", "Norrholm",   "Ostmere",   "Portlaine",  "Rosmarek",     "Sennport",  "Tallowick",
    "Vessary",  "Wyndhall",   "Aldervik",  "Brenmouth",  "Cárdova Alta",
};

const char *const maleGivenSources[] = {
    "Adrian", "Bastien", "Casimir", "Dmitar",   "Elias",    "Florin", "Gideon",  "Hiroto",
    "Idris",  "Jonas",   "Kenji",   "Lucan",    "Matthias", "Niklas", "Oren",    "Pavel",
    "Rafael", "Stellan", "Tobias",  "Valentin", "Viktor",   "Wendel", "Yannick", "Zoltán",
    "Anselm", "Benedek", "Corin",   "Dario",    "Émile",    "Henrik",
};

const char *const femaleGivenSources[] = {
    "Adela",  "Beatriz", "Camille",  "Dagny",    "Elin",    "Freya",      "Greta",  "Halina",
    "Ingrid", "Jolanta", "Katarina", "Leonie",   "Marisol", "Nadia",      "Oksana", "Petra",
    "Renata", "Solveig", "Tamsin",   "Ulrike",   "Vesna",   "Wilhelmina", "Yara",   "Zofia",
    "Amara",  "Brigid",  "Chiara",   "Delphine", "Esmé",    "Hana",
};

const char *const surnameSources[] = {
    "Abernost",   "Belcari",   "Castellan", "Dorvik",     "Eskander",  "Farrowby",   "Garnett",
    "Holmqvar",   "Ishimura",  "Jankovar",  "Kettering",  "Lindqvar",  "Morisset",   "Nakaharu",
    "Okonkwe",    "Petrakis",  "Quennell",  "Rasmund",    "Sorvino",   "Takemori",   "Vantongeren",
    "Whitcombe",  "Yamashiro", "Zelenko",   "Arkwright",  "Brannick",  "Corrado",    "Duvalle",
    "Ekström",    "Fonseca",   "Gallardo",  "Hartigan",   "Iverholt",  "Jovanel",    "Kirschner",
    "Lemaire",    "Montaldo",  "Nyberg",    "Oduya",      "Pellegrin", "Ravensholm", "Sakaida",
    "Tolvanen",   "Urquell",   "Valderon",  "Wendover",   "Ximeno",    "Yarrowby",   "Zubirat",
    "Achterberg", "Bonavita",  "Chalabert", "Delacombe",  "Erlandsen", "Fujisaka",   "Grünwald",
    "Haverkamp",  "Ilyanova",  "Kovalenko", "Mbeki-Lund",
};

const char *const fieldSources[] = {
    "maritime security",
    "fisheries management",
    "energy security",
    "liquefied gas supply",
    "rail connectivity",
    "port infrastructure",
    "semiconductor supply chains",
    "critical minerals",
    "nuclear non-proliferation",
    "export controls",
    "student exchanges",
    "climate finance",
    "customs procedures",
    "visa facilitation",
    "tourism promotion",
    "space cooperation",
    "cyber security",
    "public health",
    "food import restrictions",
    "peacekeeping operations",
    "disaster relief",
    "digital trade",
    "agricultural trade",
    "investment protection",
    "tax treaties",
    "labour mobility",
    "cultural heritage",
    "language education",
    "science and technology",
    "ocean observation",
    "polar research",
    "water resources",
    "forest conservation",
    "renewable energy",
    "hydrogen technology",
    "aviation safety",
    "shipping lanes",
    "counter-terrorism",
    "drug control",
    "refugee assistance",
    "demining",
    "election support",
    "judicial cooperation",
    "consular affairs",
    "youth exchanges",
    "sister-city ties",
    "sports exchanges",
    "development assistance",
    "debt relief",
    "financial regulation",
    "small business support",
    "standards and certification",
    "telecommunications",
    "pandemic preparedness",
};

const char *const regionSources[] = {
    "the Varga Basin",    "the Saltmere Strait",   "the Northern Archipelago",
    "the Eastern Steppe", "the Corran Peninsula",  "the Amberline Coast",
    "the Telos Sea",      "the Highland Corridor", "the Southern Gulf",
    "the Mireth Delta",   "the Ivory Shelf",       "the Dunmarrow Plateau",
    "the Kessel Valley",  "the Sundering Isles",   "the Calder Sound",
    "the Orvain Lakes",
};

const char *const eventSources[] = {
    "the Council of Nations General Assembly",
    "the Concord of Twelve Ministerial Meeting",
    "the Telos Sea Forum",
    "the Conference on Ocean Affairs",
    "the Economic Partnership Forum",
    "the Highland Corridor Security Conference",
    "the Summit of the Southern Gulf States",
    "the Ministerial Conference on Development Finance",
};

struct VerbSource
{
    const char *base;
    const char *past;
};

const VerbSource verbSources[] = {
    {"strengthen", "strengthened"},
    {"expand", "expanded"},
    {"deepen", "deepened"},
    {"step up", "stepped up"},
    {"accelerate work on", "accelerated work on"},
    {"review", "reviewed"},
    {"coordinate closely on", "coordinated closely on"},
    {"launch a dialogue on", "launched a dialogue on"},
    {"make concrete progress on", "made concrete progress on"},
    {"resume consultations on", "resumed consultations on"},
    {"support", "supported"},
    {"promote", "promoted"},
    {"advance", "advanced"},
    {"broaden cooperation in", "broadened cooperation in"},
    {"follow up on", "followed up on"},
};

// Optional phrases carry their own leading space so that an empty one leaves no gap.
const char *const timeframeSources[] = {
    "",
    "",
    " at an early date",
    " within this year",
    " over the coming months",
    " before the next summit meeting",
    " by the end of the fiscal year",
    " as soon as possible",
    " in the years ahead",
};

const char *const qualifierSources[] = {
    "",
    "",
    " in close coordination with the international community",
    " on the basis of mutual trust",
    " through the existing consultation mechanism",
    " at both the working and ministerial levels",
    " while fully respecting international law",
    " in a way that benefits both peoples",
};

const char *const resultSources[] = {
    "concrete results",
    "a new stage in bilateral relations",
    "greater mutual understanding",
    "tangible benefits for both peoples",
    "a more stable regional environment",
    "closer ties between the business communities",
};

const char *const leaderRoleSources[] = {
    "President", "Prime Minister", "Chancellor", "Crown Prince", "Speaker of the Assembly",
};

const char *const monthNames[] = {
    "January", "February", "March",     "April",   "May",      "June",
    "July",    "August",   "September", "October", "November", "December",
};

const char *const weekdayNames[] = {
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
};

const char *const romanNumerals[] = {
    "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii",
};

template<std::size_t N> QStringList toList(const char *const (&source)[N])
{
    QStringList list;
    list.reserve(int(N));
    for (const char *s : source)
        list.append(QString::fromUtf8(s));
    return list;
}

// The pools are converted from UTF-8 once and shared read-only by every generator.
struct Pools
{
    QStringList countries;
    QStringList adjectives;
    QStringList cities;
    QStringList maleGiven;
    QStringList femaleGiven;
    QStringList surnames;
    QStringList fields;
    QStringList regions;
    QStringList events;
    QStringList verbs;
    QStringList pastVerbs;
    QStringList timeframes;
    QStringList qualifiers;
    QStringList results;
    QStringList leaderRoles;
    QStringList months;
    QStringList weekdays;
    QStringList romans;

    Pools()
        : cities(toList(citySources)), maleGiven(toList(maleGivenSources)),
          femaleGiven(toList(femaleGivenSources)), surnames(toList(surnameSources)),
          fields(toList(fieldSources)), regions(toList(regionSources)),
          events(toList(eventSources)), timeframes(toList(timeframeSources)),
          qualifiers(toList(qualifierSources)), results(toList(resultSources)),
          leaderRoles(toList(leaderRoleSources)), months(toList(monthNames)),
          weekdays(toList(weekdayNames)), romans(toList(romanNumerals))
    {
        for (const CountrySource &c : countrySources) {
            countries.append(QString::fromUtf8(c.name));
            adjectives.append(QString::fromUtf8(c.adjective));
        }
        for (const VerbSource &v : verbSources) {
            verbs.append(QString::fromUtf8(v.base));
            pastVerbs.append(QString::fromUtf8(v.past));
        }
    }
};

const Pools &pools()
{
    static const Pools instance;
    return instance;
}

struct Person
{
    QString given;
    QString surname;
    bool female = false;
    int country = 0;

    QString fullName() const { return given + QLatin1Char(' ') + surname; }
};

enum class Numbering
{
    Reference, ///< "1.Heading", "(1) Sub", "(a) block", "-" bullets, "(1)" restarting under "-"
    Headed,    ///< "1. Heading" and "(1) Sub" with blank lines, unlabelled paragraphs, "•" or "-"
    Paragraph, ///< numbered paragraphs "1." (often indented), "(i)" or "•" bullets
    Lettered,  ///< "(1) Heading", "(a) block", "(i)" or "-" bullets
};

// How one summary looks; drawn once at its start.
struct Meeting
{
    std::vector<Person> people; ///< people[0] is the host minister; two or three in all
    int city = 0;
    QDate date;
    bool telephone = false;
    Numbering numbering = Numbering::Reference;
    QString bullet;                ///< "-" or "•", or empty for roman-numbered items
    bool spaceAfterNumber = false; ///< "1. Heading" rather than "1.Heading"
    QString paragraphIndent;       ///< "  " before numbered paragraphs, or empty
    int referenceForm = 0;         ///< 0 "Foreign Minister S", 1 "Minister S", 2 "Mr./Ms. S"
    int forcedLeadIn = 0;          ///< block of the first section that is always a lead-in
};

// Position in the summary being written; copied so a section that does not fit is undone.
struct Cursor
{
    int section = 1;
    int paragraph = 1;
    int blockInDocument = 0;
};

int utf8Size(const QString &text)
{
    int size = 0;
    for (const QChar c : text) {
        const ushort u = c.unicode();
        // A surrogate pair is 4 bytes in UTF-8, so 2 for each half.
        size += u < 0x80 ? 1 : (u < 0x800 || c.isSurrogate()) ? 2 : 3;
    }
    return size;
}

// Like a multi-argument QString::arg(), but the arguments come in a braced list, which C++
// evaluates left to right. Function arguments are evaluated in an unspecified order, so
// arg(draw(), draw()) would consume random numbers differently on different compilers.
QString format(const QString &pattern, std::initializer_list<QString> args)
{
    QString result;
    result.reserve(pattern.size() + 64 * int(args.size()));
    const QChar *p = pattern.constData();
    const QChar *const end = p + pattern.size();
    for (; p != end; ++p) {
        const int index = p + 1 != end && *p == QLatin1Char('%') ? p[1].digitValue() - 1 : -1;
        if (index >= 0 && index < int(args.size())) {
            result += args.begin()[index];
            ++p;
        } else {
            result += *p;
        }
    }
    return result;
}

QString twoDigits(int value)
{
    return QStringLiteral("%1").arg(value, 2, 10, QLatin1Char('0'));
}

QString capitalized(QString text)
{
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

} // namespace

class SummaryGenerator::Private
{
public:
    explicit Private(quint64 seed) : rng(seed) {}

    QString summary();

    std::mt19937_64 rng;
    int count = 0;

private:
    // Random draws. Only raw engine output is used so that sequences are portable.
    int below(int n) { return int(rng() % quint64(n)); }
    int between(int low, int high) { return low + below(high - low + 1); }
    bool chance(int percent) { return below(100) < percent; }
    const QString &any(const QStringList &list) { return list.at(below(int(list.size()))); }

    void drawMeeting();
    Person drawPerson(int country);
    QString country(int person) const { return pools().countries.at(m.people[person].country); }
    QString adjective(int person) const { return pools().adjectives.at(m.people[person].country); }
    QString pairName() const;
    QString longDate() const;

    QString title();
    QString opening();
    QString footer();

    // Phrases.
    QString reference(int person);
    QString jointSubject();
    QString howMany() const
    {
        return m.people.size() > 2 ? QStringLiteral("three") : QStringLiteral("two");
    }
    QString outsiderSurname();
    QString field() { return any(pools().fields); }
    QString region() { return any(pools().regions); }
    QString object();
    QString goal();
    QString amount();
    QString topicHeading();
    QString subtopicHeading();
    QString listItem();

    // Sentences: direct speech in the present, reported clauses in the past.
    QString directSentence(int speaker);
    QString reportedClause(int speaker);
    QString reportedStatement(int speaker);
    QString hopeClause(int speaker);
    int other(int person)
    {
        return (person + 1 + below(int(m.people.size()) - 1)) % int(m.people.size());
    }
    int anyone() { return below(int(m.people.size())); }

    // Blocks: a paragraph, or a lead-in with the lines that hang from it.
    enum class BlockKind
    {
        Reported,
        Response,
        Joint,
        Side,
        TwoSpeakers,
        LeadIn,
        AgreedList,
        Restart
    };
    BlockKind drawBlockKind(const Cursor &cursor, bool restartAllowed);
    QString bulletLabel(int index) const;
    void writeBlock(QString &out, const QString &label, BlockKind kind);
    void writeLeadIn(QString &out, const QString &label);
    void writeAgreedList(QString &out, const QString &label);
    void writeRestart(QString &out, const QString &label);

    QString section(Cursor &cursor, int maxBlocks);
    QString referenceSection(Cursor &cursor, int maxBlocks);
    QString headedSection(Cursor &cursor, int maxBlocks);
    QString paragraphSection(Cursor &cursor, int maxBlocks);
    QString letteredSection(Cursor &cursor, int maxBlocks);

    Meeting m;
    int lastSpeaker = -1; ///< who spoke in the previous block; -1 after a joint block
};

Person SummaryGenerator::Private::drawPerson(int country)
{
    const Pools &p = pools();
    Person person;
    person.female = chance(45);
    person.given = any(person.female ? p.femaleGiven : p.maleGiven);
    person.surname = any(p.surnames);
    person.country = country;
    return person;
}

void SummaryGenerator::Private::drawMeeting()
{
    const Pools &p = pools();
    m = Meeting();
    lastSpeaker = -1;
    const int parties = chance(10) ? 3 : 2;
    std::vector<int> countries;
    while (int(countries.size()) < parties) {
        const int c = below(int(p.countries.size()));
        if (std::find(countries.begin(), countries.end(), c) == countries.end())
            countries.push_back(c);
    }
    for (int c : countries) {
        Person person = drawPerson(c);
        // Two ministers sharing a surname would make speaker resolution ambiguous by accident.
        while (std::any_of(m.people.begin(), m.people.end(),
                           [&](const Person &q) { return q.surname == person.surname; }))
            person.surname = any(p.surnames);
        m.people.push_back(person);
    }
    m.city = below(int(p.cities.size()));
    const int year = between(1995, 2024);
    const int month = between(1, 12);
    m.date = QDate(year, month, between(1, 28));
    m.telephone = parties == 2 && chance(15);
    const int scheme = below(100);
    m.numbering = scheme < 40   ? Numbering::Reference
                  : scheme < 65 ? Numbering::Headed
                  : scheme < 85 ? Numbering::Paragraph
                                : Numbering::Lettered;
    switch (m.numbering) {
    case Numbering::Reference:
        m.bullet = QStringLiteral("-");
        break;
    case Numbering::Headed:
        m.bullet = chance(50) ? QStringLiteral("•") : QStringLiteral("-");
        break;
    case Numbering::Paragraph:
        m.bullet = chance(50) ? QString() : QStringLiteral("•");
        break;
    case Numbering::Lettered:
        m.bullet = chance(50) ? QString() : QStringLiteral("-");
        break;
    }
    m.spaceAfterNumber = chance(50);
    m.paragraphIndent = chance(60) ? QStringLiteral("  ") : QString();
    const int form = below(100);
    m.referenceForm = form < 70 ? 0 : form < 88 ? 1 : 2;
    m.forcedLeadIn = below(2);
}

QString SummaryGenerator::Private::pairName() const
{
    QStringList names;
    for (int i = 0; i < int(m.people.size()); ++i)
        names.append(country(i));
    return names.join(QLatin1Char('-'));
}

QString SummaryGenerator::Private::longDate() const
{
    return format(QStringLiteral("%1 %2, %3"),
                  {pools().months.at(m.date.month() - 1), QString::number(m.date.day()),
                   QString::number(m.date.year())});
}

QString SummaryGenerator::Private::title()
{
    const QString apostrophe = chance(80) ? QStringLiteral("'") : QStringLiteral("’");
    const QString pair = pairName();
    const int form = below(100);
    if (form < 12)
        return pair + QStringLiteral(" Relations"); // a page with no meeting title of its own
    if (m.telephone)
        return format(QStringLiteral("%1 Foreign Ministers%2 Telephone Talk"), {pair, apostrophe});
    if (form < 72)
        return format(QStringLiteral("%1 Foreign Ministers%2 Meeting (Summary)"),
                      {pair, apostrophe});
    if (form < 86)
        return format(QStringLiteral("Overview of Results of the %1 Foreign Ministers%2 Meeting"),
                      {pair, apostrophe});
    return format(QStringLiteral("%1 Foreign Ministers%2 Meeting: Overview of Results"),
                  {pair, apostrophe});
}

QString SummaryGenerator::Private::opening()
{
    const Pools &p = pools();
    const Person &host = m.people[0];
    const QString city = p.cities.at(m.city);
    QStringList guests;
    for (int i = 1; i < int(m.people.size()); ++i)
        guests.append(format(QStringLiteral("%1 Foreign Minister %2"),
                             {adjective(i), m.people[i].fullName()}));
    const QString guestList = guests.join(QStringLiteral(" and "));

    if (m.telephone) {
        return format(
            QStringLiteral("On %1, from %2:%3 for about %4 minutes, Minister for Foreign Affairs "
                           "%5 held a telephone talk with %6. The following is a summary of "
                           "the talk."),
            {longDate(), QString::number(between(7, 21)), twoDigits(below(12) * 5),
             QString::number(between(2, 9) * 5), host.fullName(), guestList});
    }
    const int form = m.people.size() > 2 ? 0 : below(3);
    if (form == 0) {
        const QString meal = chance(30)   ? QStringLiteral(" and a working lunch were")
                             : chance(15) ? QStringLiteral(" and a working dinner were")
                                          : QStringLiteral(" was");
        const QString between =
            m.people.size() > 2 ? format(QStringLiteral("Minister for Foreign Affairs %1, %2"),
                                         {host.fullName(), guestList})
                                : format(QStringLiteral("Minister for Foreign Affairs %1 and %2"),
                                         {host.fullName(), guestList});
        return format(
            QStringLiteral("On %1, the %2 Foreign Ministers' Meeting%3 held in %4 between %5. "
                           "The following is a summary of the meeting."),
            {longDate(), pairName(), meal, city, between});
    }
    if (form == 1) {
        const int hour = between(8, 19);
        return format(QStringLiteral(
                          "On %1, %2 %3, commencing at %4:%5 %6 for approximately %7 minutes, "
                          "Minister for Foreign Affairs %8 held a meeting in %9 with "),
                      {p.weekdays.at(m.date.dayOfWeek() - 1), p.months.at(m.date.month() - 1),
                       QString::number(m.date.day()), QString::number(hour > 12 ? hour - 12 : hour),
                       twoDigits(below(12) * 5),
                       hour >= 12 ? QStringLiteral("p.m.") : QStringLiteral("a.m."),
                       QString::number(between(3, 18) * 5), host.fullName(), city}) +
               format(QStringLiteral(
                          "%1, who was visiting %2. The overview of the meeting is as follows."),
                      {guestList, country(0)});
    }
    const Person &guest = m.people[1];
    const auto honorific = [](const Person &who) {
        return who.female ? QStringLiteral("Ms.") : QStringLiteral("Mr.");
    };
    return format(
        QStringLiteral("On %1, %2 %3, Minister for Foreign Affairs of %4, who was visiting %5 "
                       "to attend %6, held a meeting with H.E. %7 %8, Minister of Foreign "
                       "Affairs of %9. An overview of the meeting is as follows."),
        {longDate(), honorific(host), host.fullName(), country(0), city, any(p.events),
         honorific(guest), guest.fullName(), country(1)});
}

QString SummaryGenerator::Private::footer()
{
    const int form = below(100);
    if (form < 85)
        return QStringLiteral("\nBack to Index\n");
    if (form < 95)
        return QStringLiteral("\nBack to %1 Relations\n").arg(pairName());
    return QString();
}

QString SummaryGenerator::Private::reference(int person)
{
    const Person &who = m.people[person];
    switch (m.referenceForm) {
    case 1:
        return QStringLiteral("Minister ") + who.surname;
    case 2:
        return (who.female ? QStringLiteral("Ms. ") : QStringLiteral("Mr. ")) + who.surname;
    default:
        return QStringLiteral("Foreign Minister ") + who.surname;
    }
}

// A surname for someone mentioned in passing; never a participant's, so that the speakers of
// a summary stay unambiguous.
QString SummaryGenerator::Private::outsiderSurname()
{
    for (;;) {
        const QString &surname = any(pools().surnames);
        if (std::none_of(m.people.begin(), m.people.end(),
                         [&](const Person &who) { return who.surname == surname; }))
            return surname;
    }
}

QString SummaryGenerator::Private::jointSubject()
{
    if (m.people.size() > 2)
        return chance(70) ? QStringLiteral("The three ministers") : QStringLiteral("They");
    switch (below(4)) {
    case 0:
        return QStringLiteral("The two sides");
    case 1:
        return QStringLiteral("Both ministers");
    case 2:
        return QStringLiteral("The two ministers");
    default:
        return QStringLiteral("They");
    }
}

QString SummaryGenerator::Private::object()
{
    switch (below(8)) {
    case 0:
    case 1:
        return field();
    case 2:
        return QStringLiteral("cooperation on ") + field();
    case 3:
        return QStringLiteral("the joint study on ") + field();
    case 4:
        return QStringLiteral("a framework for ") + field();
    case 5:
        return QStringLiteral("the working group on ") + field();
    case 6:
        return format(QStringLiteral("%1 in %2"), {field(), region()});
    default:
        return format(QStringLiteral("the %1 initiative on %2"), {adjective(anyone()), field()});
    }
}

QString SummaryGenerator::Private::goal()
{
    switch (below(6)) {
    case 0:
        return QStringLiteral("the stability of ") + region();
    case 1:
        return QStringLiteral("a lasting peace in ") + region();
    case 2:
        return QStringLiteral("the further development of bilateral relations");
    case 3:
        return QStringLiteral("the success of ") + any(pools().events);
    case 4:
        return QStringLiteral("a free and fair trading system");
    default:
        return QStringLiteral("the conclusion of a treaty of friendship");
    }
}

QString SummaryGenerator::Private::amount()
{
    return QStringLiteral("$%1 million").arg(between(1, 400));
}

QString SummaryGenerator::Private::topicHeading()
{
    switch (below(12)) {
    case 0:
    case 1:
        return QStringLiteral("Bilateral Relations");
    case 2:
        return pairName() + QStringLiteral(" Relations");
    case 3:
        return QStringLiteral("Economic Relations");
    case 4:
        return QStringLiteral("Regional Situation");
    case 5:
        return QStringLiteral("International Issues");
    case 6:
        return QStringLiteral("Situation in ") + capitalized(region()).mid(4);
    case 7:
        return QStringLiteral("Cooperation in the International Arena");
    case 8:
        return capitalized(field());
    case 9:
        return format(QStringLiteral("%1 and %2"), {capitalized(field()), field()});
    case 10:
        return QStringLiteral("Relations with ") +
               pools().countries.at(below(int(pools().countries.size())));
    default:
        return QStringLiteral("Global Challenges");
    }
}

QString SummaryGenerator::Private::subtopicHeading()
{
    const Pools &p = pools();
    switch (below(9)) {
    case 0:
        return QStringLiteral("Cooperation on ") + field();
    case 1:
    case 2:
        return capitalized(field());
    case 3:
        return QStringLiteral("The %1 dialogue").arg(field());
    case 4:
        return format(QStringLiteral("%1's proposal on %2"), {country(anyone()), field()});
    case 5:
        return QStringLiteral("Follow-up to ") + any(p.events);
    case 6:
        return format(QStringLiteral("Visit of %1 %2 to %3"),
                      {any(p.leaderRoles), outsiderSurname(), country(anyone())});
    case 7:
        return QStringLiteral("Situation in ") + p.countries.at(below(int(p.countries.size())));
    default:
        return format(QStringLiteral("%1 and %2"), {capitalized(field()), field()});
    }
}

QString SummaryGenerator::Private::listItem()
{
    switch (below(5)) {
    case 0:
        return QStringLiteral("Deepening of ") + field();
    case 1:
        return QStringLiteral("Efforts toward ") + goal();
    case 2:
        return QStringLiteral("Cooperation on ") + field();
    case 3:
        return QStringLiteral("Promotion of ") + field();
    default:
        return capitalized(object());
    }
}

QString SummaryGenerator::Private::directSentence(int speaker)
{
    const Pools &p = pools();
    const int o = other(speaker);
    switch (below(10)) {
    case 0:
        return format(QStringLiteral("%1 intends to %2 %3%4."),
                      {country(speaker), any(p.verbs), object(), any(p.timeframes)});
    case 1:
        return format(
            QStringLiteral("Relations between %1 and %2 have great potential, particularly in "
                           "%3 and %4."),
            {country(speaker), country(o), field(), field()});
    case 2:
        return format(
            QStringLiteral("We welcome the decision of %1 to %2 %3, and hope that it will lead "
                           "to %4."),
            {country(o), any(p.verbs), object(), any(p.results)});
    case 3:
        return format(QStringLiteral("It is essential that our %1 countries %2 %3%4."),
                      {howMany(), any(p.verbs), object(), any(p.qualifiers)});
    case 4:
        return format(
            QStringLiteral("%1 cannot accept any unilateral change to the status quo in %2, and "
                           "asks %3 to respond in a constructive manner."),
            {country(speaker), region(), country(o)});
    case 5:
        return format(QStringLiteral("I would like to %1 %2 together with %3%4."),
                      {any(p.verbs), object(), reference(o), any(p.timeframes)});
    case 6:
        return format(
            QStringLiteral("Exports from %1 to %2 rose by %3% last year, and there is still "
                           "room to %4 %5."),
            {country(speaker), country(o), QString::number(between(3, 60)), any(p.verbs),
             object()});
    case 7:
        return format(QStringLiteral("The situation in %1 requires the careful attention of the "
                                     "international community, and %2 will %3 %4%5."),
                      {region(), country(speaker), any(p.verbs), object(), any(p.qualifiers)});
    case 8:
        return format(QStringLiteral("From this perspective, the planned visit of %1 %2 to %3 is "
                                     "important for %4."),
                      {any(p.leaderRoles), outsiderSurname(), country(o), goal()});
    default:
        return format(QStringLiteral("%1 is ready to offer assistance of %2 for %3 in %4."),
                      {country(speaker), amount(), field(), region()});
    }
}

QString SummaryGenerator::Private::reportedClause(int speaker)
{
    const Pools &p = pools();
    const int o = other(speaker);
    switch (below(9)) {
    case 0:
        return format(QStringLiteral("%1 would %2 %3%4"),
                      {country(speaker), any(p.verbs), object(), any(p.timeframes)});
    case 1:
        return format(QStringLiteral("the %1 countries should %2 %3%4"),
                      {howMany(), any(p.verbs), object(), any(p.qualifiers)});
    case 2:
        return format(QStringLiteral("%1 had %2 %3 and was prepared to %4 %5"),
                      {country(speaker), any(p.pastVerbs), object(), any(p.verbs), object()});
    case 3:
        return format(QStringLiteral("progress on %1 was essential for %2"), {object(), goal()});
    case 4:
        return format(QStringLiteral("%1 was considering assistance of %2 for %3 in %4"),
                      {country(speaker), amount(), field(), region()});
    case 5: {
        const int day = between(1, 27);
        return format(
            QStringLiteral("officials of the %1 governments would hold consultations on %2 "
                           "in %3 on %4 %5 and %6"),
            {howMany(), field(), any(p.cities), any(p.months), QString::number(day),
             QString::number(day + 1)});
    }
    case 6:
        return format(
            QStringLiteral("exports from %1 to %2 had increased by %3% over the previous year "
                           "and that investment in %4 had doubled"),
            {country(speaker), country(o), QString::number(between(3, 60)), field()});
    case 7:
        return format(QStringLiteral("%1 supported the position of %2 on %3 and hoped for %4"),
                      {country(speaker), country(o), field(), any(p.results)});
    default:
        return format(
            QStringLiteral("the situation in %1 remained a matter of serious concern and that "
                           "%2 would %3 %4%5"),
            {region(), country(speaker), any(p.verbs), object(), any(p.qualifiers)});
    }
}

QString SummaryGenerator::Private::reportedStatement(int speaker)
{
    static const char *const verbs[] = {"stated",      "explained", "emphasized",
                                        "pointed out", "noted",     "said"};
    const QString verb = QString::fromUtf8(verbs[below(6)]);
    return format(QStringLiteral("%1 %2 that %3."),
                  {reference(speaker), verb, reportedClause(speaker)});
}

QString SummaryGenerator::Private::hopeClause(int speaker)
{
    const Pools &p = pools();
    if (chance(50)) {
        return format(QStringLiteral("%1 would %2 %3%4"),
                      {country(other(speaker)), any(p.verbs), object(), any(p.timeframes)});
    }
    return format(QStringLiteral("the %1 countries would %2 %3%4"),
                  {howMany(), any(p.verbs), object(), any(p.qualifiers)});
}

SummaryGenerator::Private::BlockKind SummaryGenerator::Private::drawBlockKind(const Cursor &cursor,
                                                                              bool restartAllowed)
{
    if (cursor.section == 1 && cursor.blockInDocument == m.forcedLeadIn)
        return BlockKind::LeadIn;
    const int r = below(100);
    if (r < 16)
        return BlockKind::Reported;
    if (r < 28)
        return BlockKind::Response;
    if (r < 42)
        return BlockKind::Joint;
    if (r < 52)
        return BlockKind::Side;
    if (r < 64)
        return BlockKind::TwoSpeakers;
    if (r < 88)
        return BlockKind::LeadIn;
    if (r < 95 || !restartAllowed)
        return BlockKind::AgreedList;
    return BlockKind::Restart;
}

QString SummaryGenerator::Private::bulletLabel(int index) const
{
    if (!m.bullet.isEmpty())
        return m.bullet;
    return QLatin1Char('(') + pools().romans.at(index % pools().romans.size()) + QLatin1Char(')');
}

void SummaryGenerator::Private::writeLeadIn(QString &out, const QString &label)
{
    int form = below(5);
    if (form == 2 && lastSpeaker < 0)
        form = 0; // nobody to respond to
    const int speaker = form == 2 ? other(lastSpeaker) : anyone();
    lastSpeaker = speaker;
    QString line;
    switch (form) {
    case 0:
    case 1:
        line = reference(speaker) + QStringLiteral(" made the following statements:");
        break;
    case 2:
        line = QStringLiteral("In response, ") + reference(speaker) +
               QStringLiteral(" made the following statements:");
        break;
    case 3:
        line = reference(speaker) + QStringLiteral(" stated as follows:");
        break;
    default:
        line = format(QStringLiteral("%1 explained %2 and made the following points:"),
                      {reference(speaker), object()});
        break;
    }
    out += label + line + QLatin1Char('\n');
    const int bullets = between(1, 4);
    for (int i = 0; i < bullets; ++i)
        out += bulletLabel(i) + QLatin1Char(' ') + directSentence(speaker) + QLatin1Char('\n');
}

void SummaryGenerator::Private::writeAgreedList(QString &out, const QString &label)
{
    static const char *const counts[] = {"two", "three", "four", "five", "six"};
    const int items = between(2, 6);
    const QString purpose =
        chance(50) ? QStringLiteral(" as the basis of a joint action plan") : QString();
    out += label +
           format(QStringLiteral("%1 agreed on the following %2 points%3:"),
                  {m.people.size() > 2 ? QStringLiteral("The three sides")
                                       : QStringLiteral("The two sides"),
                   QString::fromUtf8(counts[items - 2]), purpose}) +
           QLatin1Char('\n');
    for (int i = 0; i < items; ++i) {
        out += bulletLabel(i) + QLatin1Char(' ') + listItem() +
               (i + 1 < items ? QStringLiteral(";\n") : QStringLiteral("\n"));
    }
}

void SummaryGenerator::Private::writeRestart(QString &out, const QString &label)
{
    out += label +
           format(QStringLiteral("Relating to the discussion of %1, %2 and %3 were taken up. The "
                                 "following is an outline of these discussions.\n"),
                  {object(), field(), field()});
    const int topics = between(1, 2);
    for (int t = 0; t < topics; ++t) {
        out += QStringLiteral("- ") + capitalized(object()) + QLatin1Char('\n');
        const int items = between(1, 3);
        for (int i = 0; i < items; ++i) {
            QString text;
            switch (below(3)) {
            case 0:
                text = format(QStringLiteral("The %1 side explained that %2."),
                              {adjective(anyone()), reportedClause(anyone())});
                break;
            case 1:
                text = format(QStringLiteral("%1 agreed that %2."),
                              {jointSubject(), reportedClause(0)});
                break;
            default:
                text = reportedStatement(anyone());
                break;
            }
            out += QStringLiteral("(%1) ").arg(i + 1) + text + QLatin1Char('\n');
        }
    }
}

void SummaryGenerator::Private::writeBlock(QString &out, const QString &label, BlockKind kind)
{
    switch (kind) {
    case BlockKind::Reported:
        lastSpeaker = anyone();
        out += label + reportedStatement(lastSpeaker) + QLatin1Char('\n');
        return;
    case BlockKind::Response:
        if (lastSpeaker < 0) {
            writeBlock(out, label, BlockKind::Reported);
            return;
        }
        lastSpeaker = other(lastSpeaker);
        out += label + QStringLiteral("In response, ") + reportedStatement(lastSpeaker) +
               QLatin1Char('\n');
        return;
    case BlockKind::Joint: {
        static const char *const verbs[] = {"agreed", "confirmed", "shared the view", "concurred"};
        out +=
            label +
            format(QStringLiteral("%1 %2 that %3."),
                   {jointSubject(), QString::fromUtf8(verbs[below(4)]), reportedClause(anyone())}) +
            QLatin1Char('\n');
        lastSpeaker = -1;
        return;
    }
    case BlockKind::Side: {
        const int speaker = anyone();
        const bool hope = chance(40);
        out += label +
               format(QStringLiteral("The %1 side %2 that %3."),
                      {adjective(speaker),
                       hope ? QStringLiteral("expressed its hope") : QStringLiteral("explained"),
                       hope ? hopeClause(speaker) : reportedClause(speaker)}) +
               QLatin1Char('\n');
        lastSpeaker = speaker;
        return;
    }
    case BlockKind::TwoSpeakers: {
        const int first = anyone();
        const int second = other(first);
        lastSpeaker = second;
        if (chance(50)) {
            out +=
                label + format(QStringLiteral("%1 expressed hope for %2. While acknowledging the "
                                              "significance of %3, %4 explained that %5."),
                               {reference(first), object(), object(), reference(second),
                                reportedClause(second)});
        } else {
            out += label +
                   format(QStringLiteral("%1 raised %2, and %3 stated that %4. The %8 ministers "
                                         "agreed to %5 %6%7."),
                          {reference(first), object(), reference(second), reportedClause(second),
                           any(pools().verbs), object(), any(pools().timeframes), howMany()});
        }
        out += QLatin1Char('\n');
        return;
    }
    case BlockKind::LeadIn:
        writeLeadIn(out, label);
        return;
    case BlockKind::AgreedList:
        writeAgreedList(out, label);
        lastSpeaker = -1;
        return;
    case BlockKind::Restart:
        writeRestart(out, label);
        lastSpeaker = -1;
        return;
    }
}

QString SummaryGenerator::Private::referenceSection(Cursor &cursor, int maxBlocks)
{
    QString out = QString::number(cursor.section) +
                  (m.spaceAfterNumber ? QStringLiteral(". ") : QStringLiteral(".")) +
                  topicHeading() + QLatin1Char('\n');
    const int blocks = between(2, maxBlocks);
    int written = 0;
    for (int sub = 1; written < blocks; ++sub) {
        out += QStringLiteral("(%1) ").arg(sub) + subtopicHeading() + QLatin1Char('\n');
        const int here = std::min(blocks - written, between(1, 3));
        for (int b = 0; b < here; ++b, ++written, ++cursor.blockInDocument) {
            const QString label =
                here > 1 ? QStringLiteral("(%1) ").arg(QChar(char16_t(u'a' + b))) : QString();
            writeBlock(out, label, drawBlockKind(cursor, true));
        }
    }
    return out;
}

QString SummaryGenerator::Private::headedSection(Cursor &cursor, int maxBlocks)
{
    QString out =
        QStringLiteral("%1. ").arg(cursor.section) + topicHeading() + QStringLiteral("\n\n");
    const int blocks = between(2, maxBlocks);
    const bool subsections = chance(70);
    int written = 0;
    for (int sub = 1; written < blocks; ++sub) {
        if (subsections)
            out += QStringLiteral("(%1) ").arg(sub) + subtopicHeading() + QLatin1Char('\n');
        const int here = subsections ? std::min(blocks - written, between(1, 3)) : blocks;
        for (int b = 0; b < here; ++b, ++written, ++cursor.blockInDocument)
            writeBlock(out, QString(), drawBlockKind(cursor, false));
        out += QLatin1Char('\n');
    }
    return out;
}

QString SummaryGenerator::Private::paragraphSection(Cursor &cursor, int maxBlocks)
{
    QString out;
    const int blocks = between(2, std::min(maxBlocks, 3));
    for (int b = 0; b < blocks; ++b, ++cursor.blockInDocument) {
        const QString label =
            m.paragraphIndent + QString::number(cursor.paragraph++) + QStringLiteral(". ");
        writeBlock(out, label, drawBlockKind(cursor, false));
    }
    return out;
}

QString SummaryGenerator::Private::letteredSection(Cursor &cursor, int maxBlocks)
{
    QString out = QStringLiteral("(%1) ").arg(cursor.section) + topicHeading() + QLatin1Char('\n');
    const int blocks = between(2, maxBlocks);
    for (int b = 0; b < blocks; ++b, ++cursor.blockInDocument) {
        const QString label = QStringLiteral("(%1) ").arg(QChar(char16_t(u'a' + b)));
        writeBlock(out, label, drawBlockKind(cursor, false));
    }
    return out;
}

QString SummaryGenerator::Private::section(Cursor &cursor, int maxBlocks)
{
    QString out;
    switch (m.numbering) {
    case Numbering::Reference:
        out = referenceSection(cursor, maxBlocks);
        break;
    case Numbering::Headed:
        out = headedSection(cursor, maxBlocks);
        break;
    case Numbering::Paragraph:
        out = paragraphSection(cursor, maxBlocks);
        break;
    case Numbering::Lettered:
        out = letteredSection(cursor, maxBlocks);
        break;
    }
    ++cursor.section;
    return out;
}

QString SummaryGenerator::Private::summary()
{
    drawMeeting();
    QString out;
    out.reserve(MaximumBytes);
    out += title() + QLatin1Char('\n');
    if (chance(25))
        out += QLatin1Char('\n');
    if (chance(60))
        out += longDate() + (chance(50) ? QStringLiteral("\n\n") : QStringLiteral("\n"));
    out += opening() + QLatin1Char('\n');
    if (m.numbering == Numbering::Headed)
        out += QLatin1Char('\n');

    const QString closing = footer();
    // The sum of two uniform draws: most summaries are mid-length, few near either bound.
    const int target = MinimumBytes + 256 + below(4400) + below(4400);
    const int budget = MaximumBytes - utf8Size(closing) - 16;
    int size = utf8Size(out);
    Cursor cursor;
    int maxBlocks = 6;
    while (size < target) {
        Cursor next = cursor;
        const int speakerBefore = lastSpeaker;
        const QString part = section(next, maxBlocks);
        const int partSize = utf8Size(part);
        if (size + partSize > budget) {
            lastSpeaker = speakerBefore;
            if (size >= MinimumBytes)
                break;
            maxBlocks = 2; // too short still: try again with a smaller section
            continue;
        }
        out += part;
        size += partSize;
        cursor = next;
    }
    out += closing;
    ++count;
    return out;
}

SummaryGenerator::SummaryGenerator(quint64 seed) : d(std::make_unique<Private>(seed)) {}

SummaryGenerator::~SummaryGenerator() = default;

QString SummaryGenerator::next()
{
    return d->summary();
}

int SummaryGenerator::count() const
{
    return d->count;
}

} // namespace Readout
