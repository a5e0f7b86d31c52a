#pragma once

#include <QAbstractTableModel>

namespace Readout {

class AnnotationModel;
class Corpus;

/// Every statement of every open document, one row each, in Corpus row order: Document, Date,
/// Speaker, Side/Country, Topic ("Bilateral Relations › North Korea"), Notes, Text. Rows come and
/// go with the Corpus's documents. Filtering and sorting: StatementFilterModel.
class StatementModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        DocumentColumn,
        DateColumn,
        SpeakerColumn,
        CountryColumn,
        TopicColumn,
        NotesColumn,
        TextColumn,
        ColumnCount
    };

    explicit StatementModel(Corpus *corpus, QObject *parent = nullptr);

    Corpus *corpus() const { return m_corpus; }
    /// Where the Notes column finds the reader's annotations of each statement.
    void setAnnotations(const AnnotationModel *annotations);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /// The name shown for speaker @p id (translated for the joint and unknown entries).
    static QString speakerName(const Corpus &corpus, int id);
    /// The topic path of a statement as shown in the Topic column.
    static QString topicText(const Corpus &corpus, int row);
    /// "Title (date), Speaker: text" for the clipboard.
    static QString citation(const Corpus &corpus, int row);

private:
    QString notesText(int row, bool full) const;
    QVariant notesColour(int row) const;

    Corpus *m_corpus;
    const AnnotationModel *m_annotations = nullptr;
};

} // namespace Readout
