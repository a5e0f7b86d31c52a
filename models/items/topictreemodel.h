#pragma once

#include <QAbstractItemModel>
#include <QSet>

#include <vector>

namespace Readout {

class Corpus;

/// The topics of the open documents as a checkable tree for the topic filter (TopicRegistry:
/// headings with the same text in different meetings are one topic). Each row shows the
/// heading and the statements in the topic and below it; checking a topic filters by it and
/// everything below it.
class TopicTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    explicit TopicTreeModel(Corpus *corpus, QObject *parent = nullptr);

    QSet<int> checkedTopics() const { return m_checked; }
    void setCheckedTopics(const QSet<int> &ids);
    QModelIndex indexOfTopic(int id) const;

    QModelIndex index(int row, int column,
                      const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

Q_SIGNALS:
    void checkedTopicsChanged(const QSet<int> &ids);

private:
    void rebuild();
    const std::vector<int> &children(int id) const;

    Corpus *m_corpus;
    std::vector<int> m_topLevel;              ///< top-level topics with statements, "no topic" last
    std::vector<std::vector<int>> m_children; ///< per topic id, as of the last rebuild
    std::vector<int> m_rowInParent;
    std::vector<int> m_counts; ///< per topic id, subtree included
    QSet<int> m_checked;
};

} // namespace Readout
