#pragma once

#include "document.h"
#include "mentionmemo.h"
#include "wordtokenizer.h"

#include <QVarLengthArray>

#include <vector>

namespace Readout {

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
    bool parseMention(TokenSpan tokens, int i, PersonMention &mention) const;

    /// Registers a person seen in the text; `participant` marks people of the meeting.
    /// Returns the person's index, -1 for a mention without a name.
    int registerMention(const PersonMention &mention, bool participant);
    /// Registers every titled mention in the tokens (first pass over the document). With a
    /// `memo`, the mentions parsed are kept there for analyzeClause().
    void registerAll(TokenSpan tokens, bool participants, MentionMemo *memo = nullptr);

    Speaker speakerFor(const PersonMention &mention) const;
    /// "the Foreign Minister", "Minister", "The Secretary" → the participant with that role.
    Speaker speakerForRole(QStringView roleWords) const;
    Speaker sideSpeaker(const QString &country) const;
    /// `speaker` as the document's people now know them: a person resolved early (a
    /// "(Minister Sonoda)" label) gets the country and id their participant has in the end.
    Speaker current(const Speaker &speaker) const;

    /// Who speaks in the clause beginning at token `i`. `memo` holds mentions registerAll()
    /// parsed in these tokens, if any.
    SubjectMatch analyzeClause(TokenSpan tokens, int i, const MentionMemo *memo = nullptr) const;

    std::vector<Participant> participants() const;
    /// Whether participants() has any (without making their list).
    bool hasParticipants() const;
    /// Sets the country of the person with this full name (when the text says it elsewhere).
    void setCountry(const QString &name, const QString &country);
    /// The page is another country's: people whose country was only guessed from their
    /// office as `implied` ("Secretary of State" → United States) belong to `country`.
    void replaceImpliedCountry(const QString &implied, const QString &country);
    /// Canonical country for an adjective or name, also for countries the lexicon does not
    /// know but the document's participants name ("Velorian" → "Veloria").
    QString countryFor(QStringView word) const;
    /// countryFor() of a token, which knows whether it is a country word.
    QString countryFor(const Token &word) const;
    /// countryFor(), and for unknown adjectives a guess ("Velorian" → "Veloria").
    QString countryFromAdjective(QStringView word) const;

private:
    struct Person
    {
        QStringList nameParts;
        quint64 partLengths = 0; ///< lengthBit() of each name part, to skip comparisons
        QString role;
        QString country;
        bool countryImplied = false;
        bool participant = false;
        int order = 0;
        mutable Speaker cached;
        mutable int cachedRevision = -1;
    };

    /// The participants' country whose name shares its stem with `word`, if any.
    QString participantCountryFor(QStringView word) const;
    int find(const PersonMention &mention) const;
    /// False when parseMention() at token `i` is sure to fail, which is known without
    /// parsing for most capitalised words that are no one's name ("Saltmere Strait").
    bool mayParseMention(TokenSpan tokens, int i) const;
    /// parseMention(), or its result from `memo` when the memo holds it.
    /// The mention at token `i`: the memo's, or else parsed into `parsed`; null when there
    /// is none (then `parsed` holds what the failed parse left).
    const PersonMention *mentionAt(TokenSpan tokens, int i, PersonMention &parsed,
                                   const MentionMemo *memo) const;
    bool recallMention(TokenSpan tokens, int i, PersonMention &mention,
                       const MentionMemo *memo) const;
    int findByRole(QStringView role) const;
    Speaker speakerOf(int index) const;
    QString idOf(int index) const;
    int parseTitle(TokenSpan tokens, int i, PersonMention &mention) const;
    int parseCountryPhrase(TokenSpan tokens, int i, QString &country) const;
    bool matchVerb(TokenSpan tokens, int k, SubjectMatch &match, bool anyVerb) const;
    int skipAdverbs(TokenSpan tokens, int k) const;
    bool hasCoordinatedSpeechVerb(TokenSpan tokens, int from) const;
    int parseJoint(TokenSpan tokens, int i) const;
    /// A country phrase parsed at a token: where it ends (the token itself when there is
    /// none) and the country it names.
    struct CountryPhrase
    {
        int end = 0;
        QString country;
    };
    /// "the Japanese side", "Japan", "the Government of X" at token `i`; `atStart` is the
    /// country phrase at `i`, which the caller has parsed already.
    int parseSide(TokenSpan tokens, int i, const CountryPhrase &atStart, QString &country) const;

    /// `role` as a string, shared with the earlier mentions of the same office.
    QString sharedRole(QStringView role) const;
    /// NameForms::impliedCountry(), kept with the roles sharedRole() made.
    QString impliedCountryOf(const QString &role) const;

    /// An office's string and the country it implies: a summary names the same few offices
    /// in most of its sentences, so they are made once.
    struct KnownRole
    {
        QString role;
        QString impliedCountry;
    };
    mutable std::vector<KnownRole> m_roles;
    /// NameForms::idFor() of a name, kept: see m_ids.
    QString idFor(const QString &name) const;
    mutable std::vector<std::pair<QString, QString>> m_ids; ///< names and their ids

    std::vector<Person> m_people;
    int m_revision = 0; ///< bumped by every registration, invalidates mentions in a MentionMemo
    /// Bumped when what speakerOf() gives may change: a person's name, country or
    /// participation, or a new participant (ids). Invalidates Person::cached.
    int m_speakerRevision = 0;
};

} // namespace Readout
