#pragma once

#include "wordtokenizer.h"

#include <QString>
#include <QStringView>

namespace Readout {

/// How names and offices are written: what can be a word of a person's name, how to
/// normalise "KISHIDA" and "Ban Ki-Moon", and what kind of office a title names.
class NameForms
{
public:
    /// A capitalised word that can belong to a name ("Kawaguchi", "Ki-Moon", "R.").
    static bool isNameToken(const Token &t);
    /// "van", "der", "bin", "al": small words inside a name.
    static bool isNameParticle(const Token &t);
    /// "KAWAGUCHI" → "Kawaguchi", "KI-MOON" → "Ki-Moon".
    static QString titleCase(QStringView w);
    /// "Kawaguchi's", "ministers'"
    static bool isPossessive(QStringView w);
    /// Chinese and Korean family names, written first ("Wang Yi", "Ban Ki-Moon").
    static bool isEastAsianSurname(QStringView w);
    /// A lower-case ASCII key for an id: "Ban Ki-Moon" → "ban-ki-moon".
    static QString idFor(const QString &s);
    /// The kind of an office, so that different wordings of one office compare equal:
    /// "Minister for Foreign Affairs" and "Foreign Minister" are both "fm".
    static QString officeKind(QString role);
    /// The country an office's usual English form implies ("Secretary of State" → United
    /// States), empty when it implies none.
    static QString impliedCountry(const QString &role);
};

} // namespace Readout
