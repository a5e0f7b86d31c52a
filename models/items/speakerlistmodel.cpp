#include "speakerlistmodel.h"

#include "catchuptimer.h"
#include "corpus/corpus.h"
#include "itemroles.h"
#include "statementmodel.h"

#include <QCollator>

#include <algorithm>

namespace Readout {

SpeakerListModel::SpeakerListModel(Corpus *corpus, QObject *parent)
    : QAbstractListModel(parent), m_corpus(corpus)
{
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    const auto rebuildSlot = [this] { rebuild(); };
    auto *catchUp = new CatchUpTimer(corpus, rebuildSlot, this);
    connect(corpus, &Corpus::documentsAdded, catchUp, &CatchUpTimer::documentsAdded);
    connect(corpus, &Corpus::documentRemoved, this, rebuildSlot);
    connect(corpus, &Corpus::cleared, this, rebuildSlot);
    connect(corpus, &Corpus::speakersChanged, this, [this] {
        m_sortKeys.clear();
        rebuild();
    });
    rebuild();
}

void SpeakerListModel::rebuild()
{
    beginResetModel();
    const SpeakerRegistry &speakers = m_corpus->speakers();
    m_totals = speakers.totalStatements();
    m_rows.clear();
    for (int id = 0; id < speakers.size(); ++id) {
        if (speakers.canonical(id) == id && m_totals[size_t(id)] > 0)
            m_rows.push_back(id);
    }
    const auto group = [&](int id) {
        switch (speakers.entry(id).kind) {
        case SpeakerKind::Person:
            return 0;
        case SpeakerKind::Side:
            return 1;
        case SpeakerKind::Both:
            return 2;
        case SpeakerKind::Unknown:
            break;
        }
        return 3;
    };
    while (m_sortKeys.size() < size_t(speakers.size()))
        m_sortKeys.push_back(m_collator.sortKey(speakers.entry(int(m_sortKeys.size())).name));
    std::stable_sort(m_rows.begin(), m_rows.end(), [&](int a, int b) {
        if (group(a) != group(b))
            return group(a) < group(b);
        return m_sortKeys[size_t(a)].compare(m_sortKeys[size_t(b)]) < 0;
    });
    // A merge can make a checked id a merged one: it stands for its new entry now.
    QSet<int> checked;
    for (int id : qAsConst(m_checked))
        checked.insert(speakers.canonical(id));
    const bool changed = checked != m_checked;
    m_checked = checked;
    endResetModel();
    if (changed)
        Q_EMIT checkedSpeakersChanged(m_checked);
}

void SpeakerListModel::setCheckedSpeakers(const QSet<int> &ids)
{
    if (ids == m_checked)
        return;
    m_checked = ids;
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0), index(rowCount() - 1), {Qt::CheckStateRole});
    Q_EMIT checkedSpeakersChanged(m_checked);
}

int SpeakerListModel::rowOfSpeaker(int id) const
{
    const auto it = std::find(m_rows.begin(), m_rows.end(), id);
    return it == m_rows.end() ? -1 : int(it - m_rows.begin());
}

int SpeakerListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant SpeakerListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int id = m_rows[size_t(index.row())];
    const SpeakerEntry &entry = m_corpus->speakers().entry(id);
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1 (%2)")
            .arg(StatementModel::speakerName(*m_corpus, id))
            .arg(m_totals[size_t(id)]);
    case Qt::EditRole:
        return StatementModel::speakerName(*m_corpus, id);
    case Qt::ToolTipRole: {
        QStringList parts;
        if (!entry.role.isEmpty())
            parts.append(entry.role);
        if (!entry.country.isEmpty())
            parts.append(entry.country);
        return parts.isEmpty() ? StatementModel::speakerName(*m_corpus, id)
                               : parts.join(QStringLiteral(", "));
    }
    case Qt::CheckStateRole:
        return m_checked.contains(id) ? Qt::Checked : Qt::Unchecked;
    case SpeakerIdRole:
        return id;
    case SpeakerKindRole:
        return int(entry.kind);
    case StatementCountRole:
        return m_totals[size_t(id)];
    }
    return {};
}

bool SpeakerListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const int id = m_rows[size_t(index.row())];
    if (value.toInt() == Qt::Checked)
        m_checked.insert(id);
    else
        m_checked.remove(id);
    Q_EMIT dataChanged(index, index, {Qt::CheckStateRole});
    Q_EMIT checkedSpeakersChanged(m_checked);
    return true;
}

Qt::ItemFlags SpeakerListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable |
           Qt::ItemNeverHasChildren;
}

} // namespace Readout
