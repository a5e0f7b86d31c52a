#include "corpusmodel.h"

#include "corpus/corpus.h"
#include "itemroles.h"

#include <QDir>
#include <QFileInfo>

namespace Readout {

CorpusModel::CorpusModel(Corpus *corpus, QObject *parent)
    : QAbstractTableModel(parent), m_corpus(corpus)
{
    connect(corpus, &Corpus::documentsAboutToBeAdded, this,
            [this](int first, int last) { beginInsertRows(QModelIndex(), first, last); });
    connect(corpus, &Corpus::documentsAdded, this, [this] { endInsertRows(); });
    connect(corpus, &Corpus::documentAboutToBeRemoved, this,
            [this](int index) { beginRemoveRows(QModelIndex(), index, index); });
    connect(corpus, &Corpus::documentRemoved, this, [this] { endRemoveRows(); });
    connect(corpus, &Corpus::aboutToBeCleared, this, [this] { beginResetModel(); });
    connect(corpus, &Corpus::cleared, this, [this] { endResetModel(); });
}

int CorpusModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_corpus->documentCount();
}

int CorpusModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CorpusModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Document &doc = *m_corpus->document(index.row());
    // The part after the last slash, made only where it is shown: the list is sorted through
    // data(), 10,000 documents at a time.
    const auto fileName = [&doc] {
        return doc.file.mid(doc.file.lastIndexOf(QLatin1Char('/')) + 1);
    };
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
    case SortRole:
        switch (index.column()) {
        case TitleColumn:
            return doc.title.isEmpty() ? fileName() : doc.title;
        case DateColumn:
            if (role == SortRole)
                return doc.date.isValid() ? doc.date.toJulianDay() : qint64(0);
            return doc.date.isValid() ? doc.date.toString(Qt::ISODate) : QString();
        case PlaceColumn:
            return doc.place;
        case ParticipantsColumn: {
            QStringList names;
            for (const Participant &p : doc.participants)
                names.append(p.name);
            return names.join(QStringLiteral(", "));
        }
        case StatementsColumn:
            return int(doc.statements.size());
        case FileColumn:
            return role == Qt::ToolTipRole ? QDir::toNativeSeparators(doc.file) : fileName();
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == StatementsColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case DocumentIndexRole:
        return index.row();
    case DateRole:
        return doc.date;
    case FileRole:
        return doc.file;
    case StatementCountRole:
        return int(doc.statements.size());
    }
    return {};
}

QVariant CorpusModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TitleColumn:
        return tr("Title");
    case DateColumn:
        return tr("Date");
    case PlaceColumn:
        return tr("Place");
    case ParticipantsColumn:
        return tr("Participants");
    case StatementsColumn:
        return tr("Statements");
    case FileColumn:
        return tr("File");
    }
    return {};
}

} // namespace Readout
