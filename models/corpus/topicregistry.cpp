#include "topicregistry.h"

#include "textfolder.h"

namespace Readout {

// "Bilateral relations:" and "Bilateral Relations" are one topic.
quint64 TopicRegistry::headingKey(const QString &heading)
{
    std::string key = TextFolder::fold(heading);
    while (!key.empty() &&
           (key.back() == ':' || key.back() == '.' || key.back() == ' ' || key.back() == ';'))
        key.pop_back();
    // FNV-1a, 64 bits on every platform.
    quint64 hash = 14695981039346656037ULL;
    for (const char c : key)
        hash = (hash ^ quint64(static_cast<unsigned char>(c))) * 1099511628211ULL;
    return hash;
}

TopicRegistry::TopicRegistry()
{
    m_entries.emplace_back(); // noTopicId()
    m_topLevel.push_back(0);
}

int TopicRegistry::idFor(const QStringList &path)
{
    int parent = -1;
    for (const QString &heading : path)
        parent = childId(parent, heading);
    return parent < 0 ? noTopicId() : parent;
}

int TopicRegistry::childId(int parent, const QString &heading)
{
    return childId(parent, heading, headingKey(heading));
}

namespace {

// One number for the pair; 0x9E37... spreads the parent's bits over all 64.
quint64 parentAndKey(int parent, quint64 key)
{
    return key ^ (quint64(parent + 1) * 0x9E3779B97F4A7C15ULL);
}

} // namespace

int TopicRegistry::findChild(int parent, quint64 key) const
{
    return m_byKey.value(parentAndKey(parent, key), -1);
}

int TopicRegistry::childId(int parent, const QString &heading, quint64 key)
{
    const int known = findChild(parent, key);
    if (known >= 0)
        return known;
    TopicEntry entry;
    entry.parent = parent;
    entry.heading = heading.simplified();
    m_entries.push_back(std::move(entry));
    const int id = int(m_entries.size()) - 1;
    if (parent >= 0)
        m_entries[size_t(parent)].children.push_back(id);
    else
        m_topLevel.push_back(id);
    m_byKey.insert(parentAndKey(parent, key), id);
    return id;
}

QStringList TopicRegistry::path(int id) const
{
    QStringList headings;
    for (; id > 0; id = m_entries[size_t(id)].parent)
        headings.prepend(m_entries[size_t(id)].heading);
    return headings;
}

std::vector<int> TopicRegistry::subtreeCounts() const
{
    std::vector<int> counts(m_entries.size());
    for (size_t i = 0; i < m_entries.size(); ++i)
        counts[i] = m_entries[i].statementCount;
    // Children have larger ids than their parents: one pass from the end adds each subtree
    // into its parent after the subtree is complete.
    for (size_t i = m_entries.size(); i-- > 1;) {
        const int parent = m_entries[i].parent;
        if (parent >= 0)
            counts[size_t(parent)] += counts[i];
    }
    return counts;
}

} // namespace Readout
