#include "topictreemodel.h"

#include "catchuptimer.h"
#include "corpus/corpus.h"
#include "itemroles.h"

namespace Readout {

TopicTreeModel::TopicTreeModel(Corpus *corpus, QObject *parent)
    : QAbstractItemModel(parent), m_corpus(corpus)
{
    const auto rebuildSlot = [this] { rebuild(); };
    auto *catchUp = new CatchUpTimer(corpus, rebuildSlot, this);
    connect(corpus, &Corpus::documentsAdded, catchUp, &CatchUpTimer::documentsAdded);
    connect(corpus, &Corpus::documentRemoved, this, rebuildSlot);
    connect(corpus, &Corpus::cleared, this, rebuildSlot);
    rebuild();
}

void TopicTreeModel::rebuild()
{
    beginResetModel();
    const TopicRegistry &topics = m_corpus->topics();
    m_counts = topics.subtreeCounts();
    m_rowInParent.assign(size_t(topics.size()), 0);
    m_topLevel.clear();
    for (int id : topics.topLevel()) {
        if (id != topics.noTopicId())
            m_topLevel.push_back(id);
    }
    m_topLevel.push_back(topics.noTopicId());
    for (size_t row = 0; row < m_topLevel.size(); ++row)
        m_rowInParent[size_t(m_topLevel[row])] = int(row);
    // The tree as it is now: topics keep arriving while an archive loads, and the view is told
    // of them at the next rebuild only.
    m_children.resize(size_t(topics.size()));
    for (int id = 0; id < topics.size(); ++id) {
        const std::vector<int> &kids = topics.entry(id).children;
        m_children[size_t(id)] = kids;
        for (size_t row = 0; row < kids.size(); ++row)
            m_rowInParent[size_t(kids[row])] = int(row);
    }
    endResetModel();
}

const std::vector<int> &TopicTreeModel::children(int id) const
{
    return id < 0 ? m_topLevel : m_children[size_t(id)];
}

void TopicTreeModel::setCheckedTopics(const QSet<int> &ids)
{
    if (ids == m_checked)
        return;
    const QSet<int> before = m_checked;
    m_checked = ids;
    for (int id : before + ids) {
        const QModelIndex index = indexOfTopic(id);
        if (index.isValid())
            Q_EMIT dataChanged(index, index, {Qt::CheckStateRole});
    }
    Q_EMIT checkedTopicsChanged(m_checked);
}

QModelIndex TopicTreeModel::indexOfTopic(int id) const
{
    if (id < 0 || id >= int(m_rowInParent.size()))
        return {};
    return createIndex(m_rowInParent[size_t(id)], 0, quintptr(id));
}

QModelIndex TopicTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column != 0)
        return {};
    const std::vector<int> &kids = children(parent.isValid() ? int(parent.internalId()) : -1);
    if (row >= int(kids.size()))
        return {};
    return createIndex(row, column, quintptr(kids[size_t(row)]));
}

QModelIndex TopicTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const int parent = m_corpus->topics().entry(int(child.internalId())).parent;
    return parent < 0 ? QModelIndex() : indexOfTopic(parent);
}

int TopicTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(children(parent.isValid() ? int(parent.internalId()) : -1).size());
}

int TopicTreeModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant TopicTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const int id = int(index.internalId());
    const TopicEntry &entry = m_corpus->topics().entry(id);
    const QString heading =
        id == m_corpus->topics().noTopicId() ? tr("(Outside any topic)") : entry.heading;
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1 (%2)").arg(heading).arg(m_counts[size_t(id)]);
    case Qt::EditRole:
    case HeadingRole:
        return heading;
    case Qt::ToolTipRole:
        return m_corpus->topics().path(id).join(QStringLiteral(" \u203A "));
    case Qt::CheckStateRole:
        return m_checked.contains(id) ? Qt::Checked : Qt::Unchecked;
    case TopicIdRole:
        return id;
    case StatementCountRole:
        return m_counts[size_t(id)];
    }
    return {};
}

bool TopicTreeModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    QSet<int> checked = m_checked;
    if (value.toInt() == Qt::Checked)
        checked.insert(int(index.internalId()));
    else
        checked.remove(int(index.internalId()));
    setCheckedTopics(checked);
    return true;
}

Qt::ItemFlags TopicTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable;
}

} // namespace Readout
