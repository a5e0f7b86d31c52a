#include "nameforms.h"

#include "asciicase.h"
#include "namelexicon.h"

namespace Readout {

bool NameForms::isNameToken(const Token &t)
{
    if (!t.isWord || !(t.capitalized || t.allCaps))
        return false;
    const QStringView w = t.text;
    if (w.size() == 2 && w[1] == u'.' && w[0].isUpper())
        return true; // an initial, "R."
    for (QChar c : w) {
        if (!(c.isLetter() || c == u'-' || c == u'\'' || c == u'\u2019' || c.isMark()))
            return false;
    }
    return true;
}

bool NameForms::isNameParticle(const Token &t)
{
    static constexpr std::string_view particles[] = {"van", "von", "der", "den", "de",  "da",
                                                     "di",  "del", "la",  "le",  "bin", "binti",
                                                     "ibn", "al",  "el",  "dos", "du",  "ter"};
    if (!t.isWord || t.text.size() > 5 || t.text.front().isUpper())
        return false;
    for (std::string_view p : particles) {
        if (AsciiCase::equalsExactly(t.text, p))
            return true;
    }
    return false;
}

QString NameForms::titleCase(QStringView w)
{
    QString s = w.toString().toLower();
    bool start = true;
    for (QChar &c : s) {
        if (start && c.isLetter())
            c = c.toUpper();
        start = (c == u'-' || c == u'\'' || c == u' ');
    }
    return s;
}

bool NameForms::isPossessive(QStringView w)
{
    if (w.size() < 3)
        return false;
    const QChar last = w.back();
    const QChar before = w[w.size() - 2];
    const bool apostrophe = before == u'\'' || before == u'\u2019';
    return (apostrophe && last == u's') || (before == u's' && (last == u'\'' || last == u'\u2019'));
}

QString NameForms::officeKind(QString role)
{
    role = role.toLower();
    // A deputy's office is its own kind: "the Deputy Secretary" is the Deputy Secretary of
    // State, never the Secretary.
    for (const char *prefix : {"deputy ", "vice ", "vice-"}) {
        if (role.startsWith(QLatin1String(prefix)))
            return QStringLiteral("deputy-") + NameForms::officeKind(role.mid(int(strlen(prefix))));
    }
    if (role.contains(QLatin1String("vice")) || role.contains(QLatin1String("deputy")))
        return role;
    if (role.contains(QLatin1String("foreign minister")) ||
        role.contains(QLatin1String("minister for foreign")) ||
        role.contains(QLatin1String("minister of foreign")))
        return QStringLiteral("fm");
    if (role.contains(QLatin1String("foreign secretary")) ||
        role.contains(QLatin1String("secretary of state for foreign")))
        return QStringLiteral("foreignsecretary");
    if (role.contains(QLatin1String("secretary of state")) || role == QLatin1String("secretary"))
        return QStringLiteral("secretary");
    if (role.contains(QLatin1String("prime minister")))
        return QStringLiteral("pm");
    if (role.contains(QLatin1String("high representative")) || role == QLatin1String("hr/vp"))
        return QStringLiteral("highrep");
    if (role.contains(QLatin1String("president")))
        return QStringLiteral("president");
    if (role.contains(QLatin1String("premier")))
        return QStringLiteral("premier");
    if (role == QLatin1String("minister"))
        return QStringLiteral("minister");
    return role;
}

// Country implied by an office title when the text gives none (the usual English forms
// of these offices).
QString NameForms::impliedCountry(const QString &role)
{
    if (role.isEmpty())
        return {};
    const auto is = [&role](std::string_view s) { return AsciiCase::equals(role, s); };
    const auto has = [&role](std::string_view s) { return AsciiCase::contains(role, s); };
    if (is("minister for foreign affairs"))
        return QStringLiteral("Japan");
    if (has("secretary of state for foreign") || has("foreign secretary"))
        return QStringLiteral("United Kingdom");
    if (is("secretary of state"))
        return QStringLiteral("United States");
    if (has("high representative"))
        return QStringLiteral("European Union");
    if (has("state council"))
        return QStringLiteral("China");
    return {};
}

bool NameForms::isEastAsianSurname(QStringView w)
{
    static constexpr std::string_view names[] = {
        "wang",  "li",    "zhang", "liu",   "chen", "yang", "zhao", "huang", "zhou",  "wu",
        "xu",    "sun",   "hu",    "zhu",   "gao",  "lin",  "guo",  "ma",    "luo",   "liang",
        "song",  "zheng", "xie",   "han",   "tang", "feng", "dong", "xiao",  "cheng", "cao",
        "yuan",  "deng",  "fu",    "shen",  "zeng", "peng", "lu",   "su",    "jiang", "cai",
        "jia",   "ding",  "wei",   "xue",   "ye",   "yan",  "pan",  "du",    "dai",   "xia",
        "zhong", "tian",  "ren",   "fan",   "fang", "shi",  "yao",  "tan",   "liao",  "zou",
        "xiong", "jin",   "hao",   "kong",  "bai",  "cui",  "kang", "mao",   "qiu",   "qin",
        "gu",    "hou",   "shao",  "meng",  "long", "duan", "lei",  "qian",  "yin",   "qiao",
        "lai",   "gong",  "wen",   "kim",   "lee",  "park", "ban",  "yun",   "choi",  "jung",
        "yoo",   "moon",  "roh",   "chung", "cho",  "lim",  "shin", "oh",    "jang",  "hong",
        "yoon",  "chang",
    };
    for (std::string_view n : names) {
        if (AsciiCase::equals(w, n))
            return true;
    }
    return false;
}

QString NameForms::idFor(const QString &s)
{
    QString out;
    for (QChar c : s.normalized(QString::NormalizationForm_D)) {
        if (c.isLetterOrNumber() && c.unicode() < 0x80)
            out.append(c.toLower());
        else if (c == u'-' || c == u' ')
            out.append(u'-');
    }
    return out;
}

} // namespace Readout
