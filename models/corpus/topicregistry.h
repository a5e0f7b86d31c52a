#pragma once

#include <QHash>
#include <QPair>
#include <QString>
#include <QStringList>

#include <vector>

namespace Readout {

/// A topic of the corpus: one heading path, shared by every meeting whose outline has the same
/// headings (compared case-, accent- and punctuation-insensitively).
struct TopicEntry
{
    int parent = -1;           ///< -1 for a top-level topic
    QString heading;           ///< as first seen; empty for the "no topic" entry
    std::vector<int> children; ///< in the order first seen
    int statementCount = 0;    ///< statements whose innermost topic is this one
};

/// The union of the outlines of all open documents, as a tree of topics. Ids never change
/// while the program runs; a parent's id is always smaller than its children's.
class TopicRegistry
{
public:
    TopicRegistry();

    /// The entry for the heading path @p path (outermost first), created when new. An empty
    /// path gives noTopicId().
    int idFor(const QStringList &path);
    /// The entry for @p heading under topic @p parent (-1: at the top), created when new.
    int childId(int parent, const QString &heading);
    /// The same, with the heading's key (headingKey()) made beforehand (on a worker thread).
    int childId(int parent, const QString &heading, quint64 key);
    /// The entry under @p parent whose heading has @p key, or -1 when there is none yet.
    int findChild(int parent, quint64 key) const;
    /// What makes two headings one topic: "Bilateral relations:" and "Bilateral Relations"
    /// have the same key, a 64-bit hash of the folded heading. (That two different headings
    /// ever get the same key is less likely than one in ten million for a million topics.)
    static quint64 headingKey(const QString &heading);
    /// The entry of statements outside any topic.
    int noTopicId() const { return 0; }

    int size() const { return int(m_entries.size()); }
    const TopicEntry &entry(int id) const { return m_entries[size_t(id)]; }
    const std::vector<int> &topLevel() const { return m_topLevel; }
    void addStatements(int id, int delta) { m_entries[size_t(id)].statementCount += delta; }

    /// Headings from the top-level topic down to @p id.
    QStringList path(int id) const;
    /// For every id, its statements and those of all topics below it.
    std::vector<int> subtreeCounts() const;

private:
    std::vector<TopicEntry> m_entries;
    std::vector<int> m_topLevel;
    QHash<quint64, int> m_byKey; ///< parent id and heading key as one number → id
};

} // namespace Readout
