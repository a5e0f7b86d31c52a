#pragma once

#include <QStringList>
#include <QStringView>
#include <QVarLengthArray>

namespace Readout {

/// A word of a name in the text, in canonical case: "KISHIDA" reads "Kishida". Only a word
/// in capitals needs a string of its own; the others stay views into the text.
struct NamePart
{
    QStringView written;      ///< as in the text (without a possessive "'s")
    QString recased;          ///< title-cased form of a word in capitals; null otherwise
    bool familyFirst = false; ///< a surname in capitals, which goes last ("KISHIDA Fumio")

    QStringView text() const { return recased.isNull() ? written : QStringView(recased); }
};

/// A reference to a person in a sentence: "Russian Foreign Minister Igor Ivanov",
/// "Mr. KISHIDA Fumio, Minister for Foreign Affairs", "Secretary Kerry", "the Secretary".
/// Parsing one allocates little: the name stays in views until someone needs it as strings.
struct PersonMention
{
    int begin = 0; ///< token range of the whole mention, end exclusive
    int end = 0;
    QVarLengthArray<NamePart, 5> nameParts; ///< given name first; empty for a bare title
    QString role; ///< title words without honorifics or country ("Foreign Minister")
    QString country;
    bool hasTitle = false;
    bool possessive = false;     ///< "Kawaguchi's meeting": a mention, never a subject
    bool countryImplied = false; ///< the country was guessed from the office's usual form
    /// The resolver's person this mention was registered as, while the resolver's people are
    /// as they were then (see SpeakerResolver::registerAll); -1 when not known.
    int person = -1;

    bool hasName() const { return !nameParts.isEmpty(); }
    /// Back to a default-constructed mention. (Assigning PersonMention() would first zero
    /// the whole object, the name parts' storage too, for every word tried.)
    void reset()
    {
        begin = end = 0;
        nameParts.clear();
        role = QString();
        country = QString();
        hasTitle = possessive = countryImplied = false;
        person = -1;
    }
    QStringList names() const;
    QString fullName() const { return names().join(u' '); }
};

} // namespace Readout
