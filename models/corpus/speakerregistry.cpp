#include "speakerregistry.h"

#include <QStringList>

#include <algorithm>

namespace Readout {

namespace {

QString folded(const QString &s)
{
    return s.simplified().toCaseFolded();
}

// "igor ivanov" → ("igor", "ivanov"); "ivanov" → ("", "ivanov"), for a folded name (single
// spaces). Canonical names are given name first, so the surname is the last word.
QPair<QString, QString> splitName(const QString &foldedName)
{
    const qsizetype space = foldedName.lastIndexOf(QLatin1Char(' '));
    return {space < 0 ? QString() : foldedName.left(space), foldedName.mid(space + 1)};
}

bool compatible(const QString &a, const QString &b)
{
    return a.isEmpty() || b.isEmpty() || a == b;
}

// "I." or no given name at all: a form that fits several given names.
bool isLoose(const QString &given)
{
    return given.isEmpty() || (given.size() <= 2 && given.endsWith(QLatin1Char('.')));
}

// "I." and "Igor" are the same given name.
bool givenCompatible(const QString &a, const QString &b)
{
    if (a.isEmpty() || b.isEmpty() || a == b)
        return true;
    const QString shortOne = a.size() < b.size() ? a : b;
    const QString longOne = a.size() < b.size() ? b : a;
    return shortOne.size() <= 2 && shortOne.endsWith(QLatin1Char('.')) &&
           longOne.startsWith(shortOne.at(0));
}

} // namespace

QString SpeakerEntry::key() const
{
    const QString base = speakerKindName(kind) + QLatin1Char(':') + folded(name);
    return country.isEmpty() ? base : base + QLatin1Char('|') + folded(country);
}

SpeakerRegistry::SpeakerRegistry()
{
    SpeakerEntry joint;
    joint.kind = SpeakerKind::Both;
    m_jointId = addEntry(joint);
    m_unknownId = addEntry(SpeakerEntry());
}

int SpeakerRegistry::addEntry(SpeakerEntry entry)
{
    m_entries.push_back(std::move(entry));
    m_mergedInto.push_back(-1);
    const int id = int(m_entries.size()) - 1;
    if (m_keysIndexed)
        m_byKey.insert(m_entries.back().key(), id);
    if (!m_pendingMerges.isEmpty())
        applyPendingMerges();
    return id;
}

int SpeakerRegistry::idFor(const Speaker &speaker, const Document &document)
{
    switch (speaker.kind) {
    case SpeakerKind::Both:
        return m_jointId;
    case SpeakerKind::Unknown:
        return m_unknownId;
    case SpeakerKind::Side:
        return speaker.name.isEmpty() && speaker.country.isEmpty()
                   ? m_unknownId
                   : idForSide(speaker.country.isEmpty() ? speaker.name : speaker.country);
    case SpeakerKind::Person:
        break;
    }
    Participant person;
    person.name = speaker.name;
    person.country = speaker.country;
    if (const Participant *p = document.participant(speaker.participantId)) {
        person.role = p->role;
        if (person.country.isEmpty())
            person.country = p->country;
    }
    return idForParticipant(person);
}

int SpeakerRegistry::idForParticipant(const Participant &participant)
{
    const auto known = m_participantMemo.constFind(participant.name);
    if (known != m_participantMemo.constEnd()) {
        for (const Remembered &answer : *known) {
            if (answer.country == participant.country && answer.role == participant.role)
                return answer.id;
        }
    }
    const QString foldedName = folded(participant.name);
    const auto name = splitName(foldedName);
    if (name.second.isEmpty())
        return m_unknownId;
    const int id = resolveParticipant(participant, name.first, name.second);
    // Only a full name found as written is kept: a surname alone goes to whoever of that name
    // has most statements, which changes as documents arrive.
    if (!name.first.isEmpty() && m_entries[size_t(id)].foldedGiven == name.first) {
        QStringList &written = m_memoByName[foldedName];
        if (!written.contains(participant.name))
            written.append(participant.name);
        m_participantMemo[participant.name].append({participant.country, participant.role, id});
    }
    return id;
}

int SpeakerRegistry::resolveParticipant(const Participant &participant, const QString &given,
                                        const QString &surname)
{
    const QPair<QString, QString> name{given, surname};
    const QString country = folded(participant.country);
    const int found = findPerson(name.first, name.second, country);
    if (found >= 0) {
        // A fuller form of the name or a newly known country improves the entry; its key
        // stays the one merges were recorded under.
        SpeakerEntry &e = m_entries[size_t(found)];
        const bool fuller = participant.name.size() > e.name.size();
        const bool countryKnown = e.country.isEmpty() && !participant.country.isEmpty();
        if (fuller || countryKnown) {
            // Merges recorded under the former key or the fuller one find the entry both.
            m_byKey.insert(e.key(), found);
            if (fuller) {
                e.name = participant.name.simplified();
                if (e.foldedGiven != name.first) {
                    Namesakes &namesakes = m_peopleBySurname[name.second];
                    unfileGiven(namesakes, found);
                    e.foldedGiven = name.first;
                    fileGiven(namesakes, found);
                }
            }
            if (countryKnown) {
                e.country = participant.country;
                e.foldedCountry = country;
            }
            if (m_keysIndexed)
                m_byKey.insert(e.key(), found);
        }
        if (!participant.role.isEmpty())
            e.role = participant.role;
        if (!m_pendingMerges.isEmpty())
            applyPendingMerges();
        return found;
    }
    SpeakerEntry entry;
    entry.kind = SpeakerKind::Person;
    entry.name = participant.name.simplified();
    entry.role = participant.role;
    entry.country = participant.country;
    entry.foldedGiven = name.first;
    entry.foldedCountry = country;
    const int id = addEntry(entry);
    Namesakes &namesakes = m_peopleBySurname[name.second];
    namesakes.all.append(id);
    fileGiven(namesakes, id);
    for (const QString &written : m_memoByName.take(name.first + QLatin1Char(' ') + name.second))
        m_participantMemo.remove(written);
    return id;
}

void SpeakerRegistry::fileGiven(Namesakes &namesakes, int id)
{
    const QString &given = m_entries[size_t(id)].foldedGiven;
    QVector<int> &ids = isLoose(given) ? namesakes.loose : namesakes.byGiven[given];
    ids.insert(std::lower_bound(ids.begin(), ids.end(), id), id);
}

void SpeakerRegistry::unfileGiven(Namesakes &namesakes, int id)
{
    const QString &given = m_entries[size_t(id)].foldedGiven;
    QVector<int> &ids = isLoose(given) ? namesakes.loose : namesakes.byGiven[given];
    ids.removeOne(id);
}

int SpeakerRegistry::findPerson(const QString &given, const QString &surname,
                                const QString &country) const
{
    const auto namesakes = m_peopleBySurname.constFind(surname);
    if (namesakes == m_peopleBySurname.constEnd())
        return -1;
    int best = -1;
    int bestScore = -1;
    const auto consider = [&](int id) {
        const SpeakerEntry &e = m_entries[size_t(id)];
        if (!compatible(e.foldedCountry, country) || !givenCompatible(e.foldedGiven, given))
            return;
        // An exact name beats a surname that fits; then the entry with most statements; then
        // the one known first.
        const int score = (e.foldedGiven == given ? 1 << 30 : 0) + e.statementCount;
        if (score > bestScore || (score == bestScore && id < best)) {
            best = id;
            bestScore = score;
        }
    };
    if (isLoose(given)) {
        // "Ivanov" or "I. Ivanov": any of the name may be meant.
        for (int id : namesakes->all)
            consider(id);
        return best;
    }
    // A full given name fits only the same given name, or a loose form of it.
    for (int id : namesakes->byGiven.value(given))
        consider(id);
    for (int id : namesakes->loose)
        consider(id);
    return best;
}

int SpeakerRegistry::idForSide(const QString &country)
{
    const auto known = m_sideMemo.constFind(country);
    if (known != m_sideMemo.constEnd())
        return *known;
    const int id = resolveSide(country);
    m_sideMemo.insert(country, id);
    return id;
}

int SpeakerRegistry::resolveSide(const QString &country)
{
    const QString key = folded(country);
    const auto it = m_sides.constFind(key);
    if (it != m_sides.constEnd())
        return *it;
    SpeakerEntry entry;
    entry.kind = SpeakerKind::Side;
    entry.name = country.simplified();
    entry.country = entry.name;
    const int id = addEntry(entry);
    m_sides.insert(key, id);
    return id;
}

int SpeakerRegistry::findSide(const QString &country) const
{
    return m_sides.value(folded(country), -1);
}

int SpeakerRegistry::canonical(int id) const
{
    while (id >= 0 && m_mergedInto[size_t(id)] >= 0)
        id = m_mergedInto[size_t(id)];
    return id;
}

std::vector<int> SpeakerRegistry::totalStatements() const
{
    std::vector<int> totals(m_entries.size(), 0);
    for (int i = 0; i < size(); ++i)
        totals[size_t(canonical(i))] += m_entries[size_t(i)].statementCount;
    return totals;
}

bool SpeakerRegistry::merge(int from, int into)
{
    if (from < 0 || into < 0 || from >= size() || into >= size())
        return false;
    from = canonical(from);
    into = canonical(into);
    if (from == into)
        return false;
    m_mergedInto[size_t(from)] = into;
    return true;
}

void SpeakerRegistry::unmerge(int id)
{
    if (id >= 0 && id < size())
        m_mergedInto[size_t(id)] = -1;
}

QVector<QPair<QString, QString>> SpeakerRegistry::mergeKeys() const
{
    QVector<QPair<QString, QString>> merges = m_pendingMerges;
    for (int id = 0; id < size(); ++id) {
        const int into = m_mergedInto[size_t(id)];
        if (into >= 0)
            merges.append({m_entries[size_t(id)].key(), m_entries[size_t(into)].key()});
    }
    return merges;
}

void SpeakerRegistry::setMergeKeys(const QVector<QPair<QString, QString>> &merges)
{
    std::fill(m_mergedInto.begin(), m_mergedInto.end(), -1);
    m_pendingMerges = merges;
    if (!m_keysIndexed && !merges.isEmpty()) {
        for (int id = 0; id < size(); ++id)
            m_byKey.insert(m_entries[size_t(id)].key(), id);
        m_keysIndexed = true;
    }
    applyPendingMerges();
}

void SpeakerRegistry::applyPendingMerges()
{
    // A merge waits until both of its entries exist (their documents may open later).
    for (int i = 0; i < m_pendingMerges.size();) {
        const auto from = m_byKey.constFind(m_pendingMerges[i].first);
        const auto into = m_byKey.constFind(m_pendingMerges[i].second);
        if (from != m_byKey.constEnd() && into != m_byKey.constEnd()) {
            merge(*from, *into);
            m_pendingMerges.removeAt(i);
        } else {
            ++i;
        }
    }
}

} // namespace Readout
