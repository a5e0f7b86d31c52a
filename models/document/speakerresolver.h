#pragma once

#include "document.h"
#include "wordtokenizer.h"

#include <vector>

namespace Readout {

/// A reference to a person in a sentence: "Russian Foreign Minister Igor Ivanov",
/// "Mr. KISHIDA Fumio, Minister for Foreign Affairs", "Secretary Kerry", "the Secretary".
struct PersonMention
{
    int begin = 0; ///< token range of the whole mention, end exclusive
    int end = 0;
    QStringList nameParts; ///< canonical case, given name first; empty for a bare title
    QString role;          ///< title words without honorifics or country ("Foreign Minister")
    QString country;
    bool hasTitle = false;
    bool possessive = false;     ///< "Kawaguchi's meeting": a mention, never a subject
    bool countryImplied = false; ///< the country was guessed from the office's usual form
};

/// How a clause names who is speaking.
enum class SubjectKind
{
    None,        ///< no subject the parser recognises
    Person,      ///< a named or titled person with a speech verb
    Narrative,   ///< a person doing something other than speaking ("visited Japan")
    Pronoun,     ///< "He"/"She": the last person
    FirstPerson, ///< "I", "We": whoever the passage is attributed to
    Joint,       ///< "the two sides", "both ministers", "they", "X and Y"
    Side,        ///< "the Japanese side", "Japan explained"
    Passive,     ///< "It was noted that": keeps the current speaker
};

struct SubjectMatch
{
    SubjectKind kind = SubjectKind::None;
    Speaker speaker;          ///< for Person and Side
    int subjectToken = -1;    ///< first token of the subject
    int verbToken = -1;       ///< the verb after the subject
    bool opensReport = false; ///< "said that ...": following sentences continue the speaker
    bool pastTense = false;   ///< the verb is a past form, not a modal ("should", "will")
};

/// Knows the people of one document and tells who speaks in a clause.
class SpeakerResolver
{
public:
    /// Parses a person reference starting at token `i`. Bare names without a title are only
    /// accepted when they are already known or followed by ", <title>".
    bool parseMention(const std::vector<Token> &tokens, int i, PersonMention &mention) const;

    /// Registers a person seen in the text; `participant` marks people of the meeting.
    void registerMention(const PersonMention &mention, bool participant);
    /// Registers every titled mention in the tokens (first pass over the document).
    void registerAll(const std::vector<Token> &tokens, bool participants);

    Speaker speakerFor(const PersonMention &mention) const;
    /// "the Foreign Minister", "Minister", "The Secretary" → the participant with that role.
    Speaker speakerForRole(QStringView roleWords) const;
    Speaker sideSpeaker(const QString &country) const;

    /// Who speaks in the clause beginning at token `i`.
    SubjectMatch analyzeClause(const std::vector<Token> &tokens, int i) const;

    std::vector<Participant> participants() const;
    /// Sets the country of the person with this full name (when the text says it elsewhere).
    void setCountry(const QString &name, const QString &country);
    /// The page is another country's: people whose country was only guessed from their
    /// office as `implied` ("Secretary of State" → United States) belong to `country`.
    void replaceImpliedCountry(const QString &implied, const QString &country);
    /// Canonical country for an adjective or name, also for countries the lexicon does not
    /// know but the document's participants name ("Velorian" → "Veloria").
    QString countryFor(QStringView word) const;
    /// countryFor(), and for unknown adjectives a guess ("Velorian" → "Veloria").
    QString countryFromAdjective(QStringView word) const;

private:
    struct Person
    {
        QStringList nameParts;
        QString role;
        QString country;
        bool countryImplied = false;
        bool participant = false;
        int order = 0;
        mutable Speaker cached;
        mutable int cachedRevision = -1;
    };

    int find(const PersonMention &mention) const;
    int findByRole(QStringView role) const;
    Speaker speakerOf(int index) const;
    QString idOf(int index) const;
    int parseTitle(const std::vector<Token> &tokens, int i, PersonMention &mention) const;
    int parseCountryPhrase(const std::vector<Token> &tokens, int i, QString &country) const;
    bool matchVerb(const std::vector<Token> &tokens, int k, SubjectMatch &match,
                   bool anyVerb) const;
    int skipAdverbs(const std::vector<Token> &tokens, int k) const;
    bool hasCoordinatedSpeechVerb(const std::vector<Token> &tokens, int from) const;
    int parseJoint(const std::vector<Token> &tokens, int i) const;
    int parseSide(const std::vector<Token> &tokens, int i, QString &country) const;

    std::vector<Person> m_people;
    int m_revision = 0; ///< bumped by every registration, invalidates Person::cached
};

} // namespace Readout
