#include "summaryheader.h"

#include "asciicase.h"
#include "namelexicon.h"
#include "wordtokenizer.h"

#include <QRegularExpression>
#include <QVarLengthArray>
#include <QtAlgorithms>

#include <algorithm>
#include <array>

namespace Readout {

namespace {

const QString &monthPattern()
{
    static const QString pattern = QStringLiteral(
        "(January|February|March|April|May|June|July|August|September|October|November|December"
        "|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?"
        ")");
    return pattern;
}

// A letter as a caseless regular expression matches it: ASCII folded to lower case, and the
// long s and the Kelvin sign, which Unicode folds to "s" and "k".
char16_t foldedLetter(QChar c)
{
    const char16_t u = c.unicode();
    if (u == u'\u017f')
        return u's';
    if (u == u'\u212a')
        return u'k';
    return (u >= u'A' && u <= u'Z') ? char16_t(u + 32) : u;
}

bool isMonthStart(QStringView s)
{
    static const char16_t starts[][4] = {u"jan", u"feb", u"mar", u"apr", u"may", u"jun",
                                         u"jul", u"aug", u"sep", u"oct", u"nov", u"dec"};
    // The letters months begin with, as bits: most words are ruled out by their first one.
    constexpr quint32 initials = (1u << (u'a' - u'a')) | (1u << (u'd' - u'a')) |
                                 (1u << (u'f' - u'a')) | (1u << (u'j' - u'a')) |
                                 (1u << (u'm' - u'a')) | (1u << (u'n' - u'a')) |
                                 (1u << (u'o' - u'a')) | (1u << (u's' - u'a'));
    const char16_t first = foldedLetter(s[0]);
    if (first < u'a' || first > u'z' || !((initials >> (first - u'a')) & 1))
        return false;
    const char16_t second = foldedLetter(s[1]);
    const char16_t third = foldedLetter(s[2]);
    for (const char16_t *start : starts) {
        if (first == start[0] && second == start[1] && third == start[2])
            return true;
    }
    return false;
}

bool isAsciiWordChar(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') ||
           u == u'_';
}

bool isAsciiDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

// What the date patterns of findDates need, found in one pass: text that lacks them skips
// their regular expressions. Each clue is a little looser than its pattern, never stricter.
struct DateClues
{
    bool year = false;      ///< four digits in a row
    bool iso = false;       ///< four digits and a hyphen: "2024-06-20"
    bool dotted = false;    ///< a digit, a period, a digit: "20.06.2024"
    bool monthDay = false;  ///< a month, spaces, a digit: "May 23"
    bool dayMonth = false;  ///< a digit (or "th", "nd"), spaces, a month: "23 May", "4th May"
    bool monthYear = false; ///< a month, a comma perhaps, spaces, four digits: "May, 2004"
    /// Where a word that may be a month starts and spaces and a digit follow it ("May 23"),
    /// and where one starts that a comma perhaps, spaces and four digits follow ("May, 2004"):
    /// every match of the patterns that begin with a month ("\bMay\s+\d", "\bMay,?\s+\d{4}")
    /// begins at one of these.
    QVarLengthArray<qsizetype, 8> monthDayStarts;
    QVarLengthArray<qsizetype, 8> monthYearStarts;
    /// Where an ASCII digit follows no ASCII word character: every match of a pattern that
    /// begins with a day ("\b\d") begins at one of these.
    QVarLengthArray<qsizetype, 16> numberStarts;

    explicit DateClues(QStringView text)
    {
        int digits = 0;
        for (qsizetype i = 0; i < text.size(); ++i) {
            const char16_t c = text[i].unicode();
            if ((c >= u'0' && c <= u'9') || (c >= 0x80 && text[i].isDigit())) {
                if (c <= u'9' && (i == 0 || !isAsciiWordChar(text[i - 1])))
                    numberStarts.append(i);
                ++digits;
                year = year || digits >= 4;
                continue;
            }
            iso = iso || (c == u'-' && digits >= 4);
            dotted =
                dotted || (c == u'.' && digits > 0 && i + 1 < text.size() && text[i + 1].isDigit());
            digits = 0;
            const bool wordStart = i == 0 || !isAsciiWordChar(text[i - 1]) || c >= 0x80;
            if (wordStart && i + 2 < text.size() && isMonthStart(text.mid(i, 3)))
                readMonth(text, i);
        }
    }

private:
    // What surrounds the month that may start at `i`.
    void readMonth(QStringView text, qsizetype i)
    {
        const qsizetype n = text.size();
        // Before it: spaces, and before them a digit or the end of "4th", "2nd", "3rd"
        qsizetype b = i;
        while (b > 0 && text[b - 1].isSpace())
            --b;
        if (b < i && b > 0) {
            const char16_t last = AsciiCase::fold(text[b - 1].unicode());
            dayMonth = dayMonth || isAsciiDigit(text[b - 1]) || last == u't' || last == u'd' ||
                       last == u'h';
        }
        // After it: the rest of the word ("Sept.", "ember"), a comma perhaps, spaces, digits
        qsizetype e = i;
        while (e < n && (text[e].isLetter() || text[e] == u'.'))
            ++e;
        const bool comma = e < n && text[e] == u',';
        qsizetype d = comma ? e + 1 : e;
        const qsizetype spaces = d;
        while (d < n && text[d].isSpace())
            ++d;
        if (d == spaces || d >= n || !isAsciiDigit(text[d]))
            return;
        if (!comma) {
            monthDay = true;
            monthDayStarts.append(i);
        }
        qsizetype run = d;
        while (run < n && isAsciiDigit(text[run]))
            ++run;
        if (run - d >= 4) {
            monthYear = true;
            monthYearStarts.append(i);
        }
    }
};

// The matches of `pattern` in `text` as globalMatch() finds them, when every match starts
// at one of `starts` (ascending): the pattern is tried there alone, not at every position.
// `pattern` begins with "\\G", which anchors it where each try starts. (Anchoring by a match
// option instead would keep PCRE2 from running the pattern's compiled machine code.)
template<typename Starts, typename Found>
void forEachMatchAt(const QRegularExpression &pattern, QStringView text, const Starts &starts,
                    Found found)
{
    Q_ASSERT(pattern.pattern().startsWith(QLatin1String("\\G")));
    qsizetype from = 0; // the end of the last match: matches do not overlap
    for (const qsizetype start : starts) {
        if (start < from)
            continue;
        const QRegularExpressionMatch m = pattern.match(text, start);
        if (!m.hasMatch())
            continue;
        found(m);
        from = m.capturedEnd();
    }
}

// Whether "in " is followed by a capital, or by "the " and a capital, somewhere in `text`:
// readPlace's pattern matches nothing else (most openings name no place).
bool hasInCapital(QStringView text)
{
    const auto isCapital = [&text](qsizetype at) {
        return at < text.size() && text[at] >= u'A' && text[at] <= u'Z';
    };
    for (qsizetype at = text.indexOf(u"in "); at >= 0; at = text.indexOf(u"in ", at + 1)) {
        const qsizetype next = at + 3;
        if (isCapital(next) || (text.mid(next).startsWith(u"the ") && isCapital(next + 4)))
            return true;
    }
    return false;
}

bool hasMeetingWord(QStringView s)
{
    static constexpr std::string_view words[] = {
        "meeting", "talk",     "dialogue",     "conference", "summit",   "consultation",
        "call",    "visit",    "conversation", "lunch",      "dinner",   "meets",
        "readout", "remarks",  "announcement", "statement",  "briefing", "receives",
        "hosts",   "welcomes", "pays"};
    for (std::string_view w : words) {
        if (AsciiCase::contains(s, w))
            return true;
    }
    return false;
}

bool isKindLabel(QStringView s)
{
    QStringView t = s;
    if (t.startsWith(u'(') && t.endsWith(u')'))
        t = t.mid(1, t.size() - 2);
    static constexpr std::string_view labels[] = {
        "summary",       "outline",        "overview", "overview of results",
        "press release", "press releases", "readout",  "press conferences",
        "speeches",      "news",           "japanese", "statement",
        "statements",    "remarks"};
    for (std::string_view l : labels) {
        if (AsciiCase::equals(t, l)) // (stops at a length that differs)
            return true;
    }
    return false;
}

// "Japan-China Relations", "Japan-United States of America Relations": a section of the
// ministry's site above the title, not the title.
bool isCategory(QStringView s)
{
    return s.endsWith(QLatin1String("Relations")) && WordTokenizer::countWords(s, 8) <= 7 &&
           !hasMeetingWord(s);
}

// "Japan-Tarsia Foreign Ministers' Meeting | Ministry of Foreign Affairs of Japan": a
// browser title carries the site's name after a bar.
QStringView withoutSiteName(QStringView s)
{
    const qsizetype bar = s.lastIndexOf(QLatin1String(" | "));
    if (bar > 0) {
        const QStringView site = s.mid(bar + 3);
        if (site.contains(QLatin1String("Ministry")) ||
            site.contains(QLatin1String("Department")) || site.contains(QLatin1String("Office")) ||
            site.contains(QLatin1String("Government")) || site.contains(u'.'))
            return s.left(bar).trimmed();
    }
    return s;
}

// `s.contains(" | ")`, found by its rare bar rather than its common spaces.
bool hasSpacedBar(QStringView s)
{
    for (qsizetype at = s.indexOf(u'|'); at >= 0; at = s.indexOf(u'|', at + 1)) {
        if (at > 0 && at + 1 < s.size() && s[at - 1] == u' ' && s[at + 1] == u' ')
            return true;
    }
    return false;
}

// "China and Mongolia Division, Asian Affairs Bureau", "The Ministry of Foreign Affairs"
bool isIssuer(QStringView s)
{
    // (UTF-16 needles: Qt searches them for their rare capital, where a Latin-1 needle
    // costs a conversion per call)
    static constexpr std::u16string_view words[] = {
        u"Ministry", u"Bureau", u"Division", u"Department", u"Embassy", u"Office", u"Secretariat"};
    for (std::u16string_view w : words) {
        if (s.contains(QStringView(w.data(), qsizetype(w.size()))))
            return true;
    }
    return false;
}

// "Foreign Minister Hayashi and High Representative Borrell in the meeting": an office
// followed by a name is a photo caption, not the title of a meeting.
bool namesAPerson(QStringView s)
{
    static const QRegularExpression person(QStringLiteral(
        "\\b(?:Minister|Secretary|President|Premier|Representative|Ambassador|Councilor|"
        "Chancellor|Mr\\.|Ms\\.|Mrs\\.|Dr\\.) (?!(?:Meeting|Talks?|Dialogue|Conference|of|for|"
        "and)\\b)[A-Z]"));
    return person.match(s).hasMatch();
}

} // namespace

bool SummaryHeader::isDatelinePlace(QStringView line)
{
    if (line.size() < 3 || line.size() > 40 || WordTokenizer::countWords(line, 5) > 4 ||
        isKindLabel(line))
        return false;
    for (QChar c : line) {
        if (c.isLower() || c.isDigit())
            return false;
    }
    for (QStringView word : line.split(u' ', Qt::SkipEmptyParts)) {
        if (NameLexicon::flags(word) & (NameLexicon::Title | NameLexicon::NonName))
            return false;
    }
    return true;
}

QString SummaryHeader::titleCasePlace(QStringView line)
{
    QString out = line.toString().toLower();
    bool start = true;
    for (QChar &c : out) {
        if (start && c.isLetter())
            c = c.toUpper();
        start = !c.isLetter();
    }
    return out;
}

bool SummaryHeader::isCaption(QStringView line)
{
    // "Japan-U.S. Foreign Ministers' Meeting1", "... meeting (2)", "(Photo) ..."
    if (line.isEmpty())
        return true;
    if (line.back().isDigit())
        return true;
    static const QRegularExpression numbered(QStringLiteral("\\(\\d+\\)$"));
    if (numbered.match(line).hasMatch())
        return true;
    return line.startsWith(QLatin1String("photo"), Qt::CaseInsensitive) ||
           line.startsWith(QLatin1String("(photo"), Qt::CaseInsensitive);
}

std::vector<SummaryHeader::FoundDate> SummaryHeader::findDates(QStringView text)
{
    static const QRegularExpression iso(QStringLiteral("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b"));
    static const QRegularExpression dotted(
        QStringLiteral("\\b(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})\\b"));
    static const QRegularExpression mdy(
        QStringLiteral("\\G\\b") + monthPattern() +
            QStringLiteral("\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s*(\\d{4})\\b)?"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression dmy(
        QStringLiteral(
            "\\G\\b(\\d{1,2})(?:st|nd|rd|th)?(?:\\s*(?:and|to|-|\u2013)\\s*\\d{1,2})?\\s+") +
            monthPattern() + QStringLiteral("(?![a-z])(?:,?\\s*(\\d{4})\\b)?"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression my(QStringLiteral("\\G\\b") + monthPattern() +
                                           QStringLiteral(",?\\s+(\\d{4})\\b"),
                                       QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression local(QStringLiteral("^[^.;]{0,12}local time"),
                                          QRegularExpression::CaseInsensitiveOption);
    std::vector<FoundDate> found;
    const DateClues clues(text);
    if (!clues.year && !clues.monthDay && !clues.dayMonth)
        return found; // every pattern needs one of these
    auto add = [&](int y, int m, int d, int pos, int end) {
        if (m < 1 || m > 12 || d < 0 || d > 31 || (y != 0 && (y < 1900 || y > 2100)))
            return;
        for (const FoundDate &f : found) {
            if (f.position == pos)
                return;
        }
        FoundDate f;
        f.year = y;
        f.month = m;
        f.day = d;
        f.position = pos;
        // Only ASCII letters match "time" caselessly: text without it spares the pattern.
        const QStringView after = text.mid(end, 40);
        f.localTime = AsciiCase::contains(after, "time") && local.match(after).hasMatch();
        // "On 4 March", "on May 23", "the evening of 7 March": the day something happened,
        // unlike "From May 20 to 23, I will visit".
        const QStringView before = text.left(pos).trimmed();
        f.introduced = pos == 0 || before.endsWith(QLatin1String(" on"), Qt::CaseInsensitive) ||
                       before.endsWith(QLatin1String(" of"), Qt::CaseInsensitive) ||
                       before.compare(QLatin1String("on"), Qt::CaseInsensitive) == 0 ||
                       before.endsWith(QLatin1String("("));
        found.push_back(f);
    };
    if (clues.iso) {
        for (auto it = iso.globalMatch(text); it.hasNext();) {
            const auto m = it.next();
            add(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt(),
                int(m.capturedStart()), int(m.capturedEnd()));
        }
    }
    if (clues.dotted && clues.year) {
        for (auto it = dotted.globalMatch(text); it.hasNext();) {
            const auto m = it.next(); // "20.06.2024", day first as in Europe
            add(m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt(),
                int(m.capturedStart()), int(m.capturedEnd()));
        }
    }
    if (clues.monthDay) {
        forEachMatchAt(mdy, text, clues.monthDayStarts, [&](const QRegularExpressionMatch &m) {
            add(m.captured(3).toInt(), NameLexicon::monthNumber(m.capturedView(1)),
                m.captured(2).toInt(), int(m.capturedStart()), int(m.capturedEnd()));
        });
    }
    if (clues.dayMonth) {
        forEachMatchAt(dmy, text, clues.numberStarts, [&](const QRegularExpressionMatch &m) {
            add(m.captured(3).toInt(), NameLexicon::monthNumber(m.capturedView(2)),
                m.captured(1).toInt(), int(m.capturedStart()), int(m.capturedEnd()));
        });
    }
    if (clues.monthYear) {
        forEachMatchAt(my, text, clues.monthYearStarts, [&](const QRegularExpressionMatch &m) {
            bool inside = false;
            for (const FoundDate &f : found)
                inside = inside || (f.position <= m.capturedStart() && f.day > 0 &&
                                    m.capturedStart() - f.position < 14);
            if (!inside)
                add(m.captured(2).toInt(), NameLexicon::monthNumber(m.capturedView(1)), 0,
                    int(m.capturedStart()), int(m.capturedEnd()));
        });
    }
    std::sort(found.begin(), found.end(),
              [](const FoundDate &a, const FoundDate &b) { return a.position < b.position; });
    return found;
}

bool SummaryHeader::isBodyLine(QStringView line)
{
    if (line.startsWith(u'(') && line.endsWith(u')'))
        return false; // a subtitle in brackets
    if (line.front().isLower() || hasSpacedBar(line))
        return false; // the second line of a wrapped title; a page title with the site name
    // Chinese and Japanese have no spaces to count words by: a long line or a full stop.
    const QChar::Script script = line.front().script();
    if (script == QChar::Script_Han || script == QChar::Script_Hiragana ||
        script == QChar::Script_Katakana || line.endsWith(u'\u3002'))
        return line.size() >= 40 || line.endsWith(u'\u3002');
    const int n = WordTokenizer::countWords(line, 25);
    if (n >= 25)
        return true;
    // Titles do not end with a full stop; running text does.
    const QChar last = line.back();
    const bool sentence = last == u'.' || last == u':' || last == u';' || last == u'\u3002';
    return n >= 6 && sentence && !isDateLine(line);
}

bool SummaryHeader::isDateLine(QStringView line)
{
    if (line.size() > 90 || line.size() < 4 ||
        std::none_of(line.begin(), line.end(), [](QChar c) { return c.isDigit(); }) ||
        WordTokenizer::countWords(line, 11) > 10)
        return false;
    return !findDates(line).empty();
}

void SummaryHeader::read(const std::vector<HeaderLine> &lines)
{
    for (const HeaderLine &line : lines) {
        if (isDateLine(line.text)) {
            const auto dates = findDates(line.text);
            m_dateLine = line.index;
            m_lineDate = dates.front();
            break;
        }
    }
    for (const HeaderLine &line : lines) {
        const QStringView s = line.text;
        if ((line.index == m_dateLine && !hasMeetingWord(s)) || isKindLabel(s) || isCategory(s) ||
            isIssuer(withoutSiteName(s)) || s.endsWith(u':') ||
            (s.startsWith(u'(') && s.endsWith(u')')) || s.size() > 240)
            continue;
        if (s.startsWith(QLatin1String("Place:"), Qt::CaseInsensitive) ||
            s.startsWith(QLatin1String("Date:"), Qt::CaseInsensitive) ||
            s.startsWith(QLatin1String("Time:"), Qt::CaseInsensitive))
            continue;
        if (m_dateLine >= 0 && line.index > m_dateLine) {
            // Below the date only a meeting's name is a title; the rest are captions.
            if (!hasMeetingWord(s) || isCaption(s) || namesAPerson(s))
                continue;
        }
        if (m_titleLine < 0 || (!hasMeetingWord(m_title) && hasMeetingWord(s) &&
                                (m_dateLine < 0 || line.index < m_dateLine))) {
            // Above the date a site's name or section may come first: a line naming a
            // meeting, a talk or a statement is the title.
            m_title = withoutSiteName(s).toString();
            m_titleLine = line.index;
        }
        if (hasMeetingWord(m_title) || (m_dateLine >= 0 && line.index > m_dateLine))
            break;
    }
    static const QRegularExpression issuer(QStringLiteral(
        "^(?:The )?([A-Z][\\w.'\\-]+) (Department of State|State Department|Ministry of Foreign "
        "Affairs|Foreign Ministry|Ministry for Foreign Affairs|Foreign Office)$"));
    // The pattern ends with the office: a line ending otherwise skips the match.
    static constexpr std::string_view offices[] = {
        "Department of State",          "State Department", "Ministry of Foreign Affairs",
        "Ministry for Foreign Affairs", "Foreign Ministry", "Foreign Office"};
    const auto endsWithOffice = [](QStringView s) {
        for (std::string_view office : offices) {
            if (s.size() >= qsizetype(office.size()) &&
                AsciiCase::equalsExactly(s.right(qsizetype(office.size())), office))
                return true;
        }
        return false;
    };
    for (const HeaderLine &line : lines) {
        if (!endsWithOffice(line.text))
            continue;
        const auto m = issuer.match(line.text);
        if (m.hasMatch()) {
            m_issuerWord = m.captured(1);
            const QString office = m.captured(2);
            m_issuerDefault =
                office.contains(QLatin1String("State"))     ? QStringLiteral("United States")
                : office == QLatin1String("Foreign Office") ? QStringLiteral("United Kingdom")
                                                            : QStringLiteral("Japan");
            break;
        }
    }
    for (const HeaderLine &line : lines) {
        const QStringView s = line.text;
        if (s.startsWith(QLatin1String("Place:"), Qt::CaseInsensitive))
            m_place = s.mid(6).trimmed().toString();
        // A dateline in capitals, "CALDER CITY" or "WASHINGTON, D.C.", above a transcript
        if (m_place.isEmpty() && line.index != m_titleLine && isDatelinePlace(s))
            m_place = titleCasePlace(s);
        if (line.index != m_dateLine && line.index != m_titleLine) {
            const auto dates = findDates(s);
            m_otherHeaderDates.insert(m_otherHeaderDates.end(), dates.begin(), dates.end());
        }
    }
}

bool SummaryHeader::canBeHeading(const HeaderLine &line) const
{
    const QStringView s = line.text;
    static const QRegularExpression digits(QStringLiteral("\\d.*\\d.*\\d.*\\d"));
    return line.index != m_titleLine && line.index != m_dateLine && !isCaption(s) &&
           !isDateLine(s) && !digits.match(s).hasMatch() && !AsciiCase::equals(s, m_title) &&
           !isIssuer(s) && !isKindLabel(s) && !isCategory(s) && !namesAPerson(s) &&
           !s.endsWith(u':');
}

void SummaryHeader::readOpening(QStringView opening, const QString &text)
{
    const QStringView head = opening.left(700);
    std::vector<FoundDate> dates = findDates(head);
    FoundDate chosen;
    for (const FoundDate &d : dates) {
        if (!d.introduced && !d.localTime)
            continue;
        if (d.day > 0 && chosen.month == 0)
            chosen = d;
        if (d.day > 0 && d.localTime) {
            chosen = d; // "(5:00 p.m. on May 23, local time)" is the meeting's own date
            break;
        }
    }
    if (chosen.month == 0) {
        for (const FoundDate &d : m_otherHeaderDates) {
            if (d.day > 0) {
                chosen = d;
                break;
            }
        }
    }
    // No date line under the title: a short dated line elsewhere ("Published: June 2025")
    // still gives the year. Only looked for when the opening lacks a full date: it means a
    // look at every line.
    const bool needLineDate = chosen.month == 0 || chosen.day == 0 || chosen.year == 0;
    if (m_lineDate.year == 0 && needLineDate) {
        const QStringView all(text);
        qsizetype from = 0;
        for (int count = 0; count < 400 && from < all.size(); ++count) {
            qsizetype to = all.indexOf(u'\n', from);
            if (to < 0)
                to = all.size();
            const QStringView line = all.mid(from, to - from).trimmed();
            if (!line.isEmpty() && isDateLine(line)) {
                const auto dates = findDates(line);
                if (dates.front().year > 0) {
                    m_lineDate = dates.front();
                    break;
                }
            }
            from = to + 1;
        }
    }
    if (chosen.month == 0 && m_lineDate.day > 0)
        chosen = m_lineDate;
    if (chosen.month > 0 && chosen.day > 0) {
        int year = chosen.year;
        if (year == 0 && m_lineDate.year > 0) {
            year = m_lineDate.year;
            if (chosen.month == 12 && m_lineDate.month == 1)
                year -= 1; // a December meeting published in January
        }
        if (year == 0) {
            static const QRegularExpression anyYear(QStringLiteral("\\b(19[5-9]\\d|20\\d\\d)\\b"));
            const auto m = anyYear.match(QStringView(text).left(6000));
            if (m.hasMatch())
                year = m.captured(1).toInt();
        }
        if (year > 0)
            m_date = QDate(year, chosen.month, chosen.day);
    }

    readPlace(head);
}

void SummaryHeader::readPlace(QStringView head)
{
    if (!m_place.isEmpty() || !hasInCapital(head))
        return;
    static const QRegularExpression place(QStringLiteral(
        "\\b(?:held|met|meets|[Mm]eeting|talks?|talked|dialogue|conference|session|visit(?:ing)?|"
        "receive[sd]|hosted|hosts|welcomed|"
        "stay|took place|convened)\\b[^.;]{0,120}?\\bin ((?:the )?[A-Z][\\w.'\\-]*(?: "
        "[A-Z][\\w.'\\-]*){0,3})"));
    for (auto it = place.globalMatch(head); it.hasNext();) {
        const auto m = it.next();
        QString candidate = m.captured(1);
        if (candidate.startsWith(QLatin1String("the ")) ||
            m.captured(0).contains(QLatin1String("next ")))
            continue; // "the next meeting in Japan" is not where this one was
        const QString first = candidate.section(u' ', 0, 0);
        if (NameLexicon::monthNumber(first) > 0 ||
            (NameLexicon::flags(first) & NameLexicon::NonName))
            continue;
        const qsizetype stop = candidate.indexOf(QLatin1String(". "));
        if (stop > 0)
            candidate.truncate(stop);
        while (candidate.endsWith(u'.') && !candidate.endsWith(QLatin1String("D.C.")))
            candidate.chop(1);
        m_place = candidate;
        break;
    }
}

namespace {

struct MeetingKind
{
    std::string_view word;
    const char *kind;
};

// In order of precedence: the first of these a text holds names the kind of meeting.
constexpr MeetingKind meetingKinds[] = {
    {"press conference", "press conference"},
    {"telephone", "telephone talk"},
    {"phone call", "telephone talk"},
    {"video conference", "video conference"},
    {"strategic dialogue", "strategic dialogue"},
    {"working lunch", "working lunch"},
    {"working dinner", "working dinner"},
    {"courtesy call", "courtesy call"},
    {"summit", "summit"},
    {"dialogue", "dialogue"},
    {"meeting", "meeting"},
    {"talks", "meeting"},
    {" met ", "meeting"},
    {"meets", "meeting"},
};
constexpr int meetingKindCount = int(std::size(meetingKinds));

// The first of meetingKinds (by precedence) that `text` holds, caselessly; -1 for none. One
// pass over the text tries at each letter only the words that start with it, where asking
// AsciiCase::contains() for each word in turn would read the text once per word.
int firstMeetingKind(QStringView text)
{
    static const std::array<quint16, 128> startingWith = [] {
        std::array<quint16, 128> kinds{};
        for (int k = 0; k < meetingKindCount; ++k)
            kinds[AsciiCase::fold(uchar(meetingKinds[k].word.front()))] |= quint16(1u << k);
        return kinds;
    }();
    int best = meetingKindCount;
    for (qsizetype i = 0; i < text.size() && best > 0; ++i) {
        const char16_t c = text[i].unicode();
        // Beyond ASCII, Unicode folding may still match any word (as in AsciiCase::indexOf).
        unsigned candidates = c < 0x80 ? startingWith[AsciiCase::fold(c)] : 0xffffu;
        candidates &= (1u << best) - 1; // only words of higher precedence than found so far
        for (; candidates != 0; candidates &= candidates - 1) {
            const int k = qCountTrailingZeroBits(candidates);
            const std::string_view word = meetingKinds[k].word;
            if (i + qsizetype(word.size()) <= text.size() &&
                AsciiCase::sameLetters(text.mid(i, qsizetype(word.size())), word)) {
                best = k;
                break; // lower bits are tried first: none of higher precedence is left here
            }
        }
    }
    return best < meetingKindCount ? best : -1;
}

} // namespace

QString SummaryHeader::meetingKind(QStringView opening) const
{
    if (const int k = firstMeetingKind(m_title); k >= 0)
        return QString::fromLatin1(meetingKinds[k].kind);
    // Then in the title, a space and the opening's start, as one text. No word is in the
    // title alone (above), so each lies in the opening or across the space, where the
    // junction of the two holds it: the two are searched, not a joined copy.
    static const qsizetype reach = [] {
        size_t longest = 0;
        for (const MeetingKind &k : meetingKinds)
            longest = std::max(longest, k.word.size());
        return qsizetype(longest) - 1;
    }();
    const QStringView start = opening.left(400);
    QVarLengthArray<QChar, 64> junction;
    const QStringView titleEnd = QStringView(m_title).right(qMin<qsizetype>(reach, m_title.size()));
    junction.append(titleEnd.data(), titleEnd.size());
    junction.append(QChar(u' '));
    junction.append(start.data(), qMin<qsizetype>(reach, start.size()));
    const QStringView across(junction.constData(), junction.size());
    const int inStart = firstMeetingKind(start);
    const int inAcross = firstMeetingKind(across);
    const int k = inStart < 0 ? inAcross : inAcross < 0 ? inStart : qMin(inStart, inAcross);
    return k >= 0 ? QString::fromLatin1(meetingKinds[k].kind) : QString();
}

} // namespace Readout
