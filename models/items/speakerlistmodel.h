#pragma once

#include <QAbstractListModel>
#include <QCollator>
#include <QSet>

#include <vector>

namespace Readout {

class Corpus;

/// The speakers of the open documents for the speaker filter: one checkable row per speaker
/// (after merges) that has statements, people first by name, then sides, then the joint and
/// unknown entries; shown as "Igor Ivanov (12)" with role and country in the tooltip.
class SpeakerListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    explicit SpeakerListModel(Corpus *corpus, QObject *parent = nullptr);

    QSet<int> checkedSpeakers() const { return m_checked; }
    void setCheckedSpeakers(const QSet<int> &ids);
    /// The row of speaker @p id, or -1.
    int rowOfSpeaker(int id) const;
    int speakerAt(int row) const { return m_rows[size_t(row)]; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

Q_SIGNALS:
    void checkedSpeakersChanged(const QSet<int> &ids);

private:
    void rebuild();

    Corpus *m_corpus;
    std::vector<int> m_rows;   ///< speaker ids in display order
    std::vector<int> m_totals; ///< statements per speaker id, merges included
    /// Collation keys of the speakers' names by id, made once: the list is sorted again each
    /// time documents arrive, and comparing names through the collator is slow.
    QCollator m_collator;
    std::vector<QCollatorSortKey> m_sortKeys;
    QSet<int> m_checked;
};

} // namespace Readout
