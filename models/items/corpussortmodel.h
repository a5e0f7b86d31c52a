#pragma once

#include <QSortFilterProxyModel>

namespace Readout {

class CorpusModel;

/// The document list sorted by one of its columns (SortRole). Dates and statement counts are
/// compared on the documents themselves rather than through data(): the list takes in
/// thousands of documents as an archive opens, each placed by a dozen comparisons.
class CorpusSortModel : public QSortFilterProxyModel
{
public:
    explicit CorpusSortModel(CorpusModel *source, QObject *parent = nullptr);

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    CorpusModel *m_source;
};

} // namespace Readout
