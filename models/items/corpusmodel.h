#pragma once

#include <QAbstractTableModel>

namespace Readout {

class Corpus;

/// The open documents, one row each, in Corpus order: Title, Date, Place, Participants,
/// Statements, File. The Date column sorts by DateRole/SortRole; views sort it by date.
class CorpusModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        TitleColumn,
        DateColumn,
        PlaceColumn,
        ParticipantsColumn,
        StatementsColumn,
        FileColumn,
        ColumnCount
    };

    explicit CorpusModel(Corpus *corpus, QObject *parent = nullptr);

    Corpus *corpus() const { return m_corpus; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    Corpus *m_corpus;
};

} // namespace Readout
