#include "corpussortmodel.h"

#include "corpus/corpus.h"
#include "corpusmodel.h"
#include "itemroles.h"

namespace Readout {

CorpusSortModel::CorpusSortModel(CorpusModel *source, QObject *parent)
    : QSortFilterProxyModel(parent), m_source(source)
{
    setSourceModel(source);
    setSortRole(SortRole);
}

bool CorpusSortModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const Corpus &corpus = *m_source->corpus();
    const Document &a = *corpus.document(left.row());
    const Document &b = *corpus.document(right.row());
    switch (left.column()) {
    case CorpusModel::DateColumn: // undated first, as SortRole's 0 sorts them
        return (a.date.isValid() ? a.date.toJulianDay() : 0) <
               (b.date.isValid() ? b.date.toJulianDay() : 0);
    case CorpusModel::StatementsColumn:
        return a.statements.size() < b.statements.size();
    default:
        return QSortFilterProxyModel::lessThan(left, right);
    }
}

} // namespace Readout
