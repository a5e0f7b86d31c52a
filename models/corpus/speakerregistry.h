#pragma once

#include "document/document.h"

#include <QHash>
#include <QPair>
#include <QString>
#include <QVector>

#include <vector>

namespace Readout {

/// One speaker as the corpus knows it: a person (the same person across meetings), a side
/// (a country or delegation), the joint subject, or "no speaker stated".
struct SpeakerEntry
{
    SpeakerKind kind = SpeakerKind::Unknown;
    QString name;    ///< "Igor Ivanov" for a person, "Russia" for a side, empty otherwise
    QString role;    ///< the role last given to a person ("Foreign Minister")
    QString country; ///< the person's or side's country, empty when unknown
    int statementCount = 0;
    QString foldedGiven;   ///< "igor": the name's words before the surname, case folded
    QString foldedCountry; ///< "russia"

    /// Identity key, stable across sessions; used to keep the user's merges in settings.
    QString key() const;
};

/// Gives every speaker of every open document an id, joining the forms one person takes in
/// different meetings: "Foreign Minister Ivanov" (a surname) in 2002 and "Igor Ivanov" in 2003
/// are one entry when their countries do not disagree; "Sergei Ivanov" stays another. A
/// surname that fits several known people joins the one with most statements.
///
/// The user can merge two entries the program did not join; merged ids keep their own entry
/// and point at the one they were merged into (canonical()).
class SpeakerRegistry
{
public:
    SpeakerRegistry();

    /// The entry for @p speaker of @p document, created when new. Counts nothing.
    int idFor(const Speaker &speaker, const Document &document);
    /// The entry for a participant of a meeting (a person that may have made no statement).
    int idForParticipant(const Participant &participant);
    /// The side entry of @p country.
    int idForSide(const QString &country);
    /// The side entry of @p country if there is one, else -1.
    int findSide(const QString &country) const;
    int jointId() const { return m_jointId; }
    int unknownId() const { return m_unknownId; }

    int size() const { return int(m_entries.size()); }
    const SpeakerEntry &entry(int id) const { return m_entries[size_t(id)]; }
    void addStatements(int id, int delta) { m_entries[size_t(id)].statementCount += delta; }

    /// The entry @p id stands for after the user's merges (itself when not merged).
    int canonical(int id) const;
    /// For every id, the statements of that entry and of all entries merged into it (zero
    /// for entries that are merged into another).
    std::vector<int> totalStatements() const;
    /// Makes @p from (and what was merged into it) count as @p into. False when that would
    /// make a loop or the ids are the same after merging.
    bool merge(int from, int into);
    /// Undoes the merge of @p id into another entry.
    void unmerge(int id);

    /// The merges as (from key, into key) pairs, for settings.
    QVector<QPair<QString, QString>> mergeKeys() const;
    /// Merges to apply by key, now and to entries that appear later.
    void setMergeKeys(const QVector<QPair<QString, QString>> &merges);

private:
    /// The people of one (folded) surname, found by given name: an archive of generated or
    /// real meetings may hold hundreds of people of a common surname.
    struct Namesakes
    {
        QVector<int> all;                     ///< ids in the order they were added
        QHash<QString, QVector<int>> byGiven; ///< folded given name → ids, in order
        QVector<int> loose; ///< no given name or only an initial: fit many given names
    };
    /// An answer given for a person as written in a meeting (the name is the key it is kept
    /// under).
    struct Remembered
    {
        QString country;
        QString role;
        int id;
    };

    int addEntry(SpeakerEntry entry);
    void fileGiven(Namesakes &namesakes, int id);
    void unfileGiven(Namesakes &namesakes, int id);
    int resolveParticipant(const Participant &participant, const QString &given,
                           const QString &surname);
    int resolveSide(const QString &country);
    int findPerson(const QString &given, const QString &surname, const QString &country) const;
    void applyPendingMerges();

    std::vector<SpeakerEntry> m_entries;
    std::vector<int> m_mergedInto; ///< -1, or the id this entry was merged into
    QHash<QString, Namesakes> m_peopleBySurname;
    QHash<QString, int> m_sides; ///< folded country → id
    /// Answers already given for full names found as written, by the name, country and role:
    /// an archive names the same people thousands of times, and folding and splitting names is
    /// the cost of adding a document. An exact name outranks any other match, so only another
    /// person of the very same (folded) name can change an answer: then it is forgotten.
    QHash<QString, QVector<Remembered>> m_participantMemo; ///< name as written → answers
    QHash<QString, QStringList> m_memoByName; ///< folded "given surname" → names as written
    QHash<QString, int> m_sideMemo;           ///< country as written → id
    /// Entries by key() (and by keys they had before a fuller name), for the user's merges.
    /// Current keys are indexed only once merges are set: making them is a good part of the
    /// cost of a new entry.
    QHash<QString, int> m_byKey;
    bool m_keysIndexed = false;
    QVector<QPair<QString, QString>> m_pendingMerges;
    int m_jointId = -1;
    int m_unknownId = -1;
};

} // namespace Readout
