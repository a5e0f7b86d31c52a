#include "statementmodel.h"

#include "annotationmodel.h"
#include "corpus/corpus.h"
#include "itemroles.h"

#include <QColor>
#include <QFileInfo>
#include <QLocale>

namespace Readout {

StatementModel::StatementModel(Corpus *corpus, QObject *parent)
    : QAbstractTableModel(parent), m_corpus(corpus)
{
    connect(corpus, &Corpus::documentsAboutToBeAdded, this,
            [this](int, int, int firstRow, int lastRow) {
                if (lastRow >= firstRow)
                    beginInsertRows(QModelIndex(), firstRow, lastRow);
            });
    connect(corpus, &Corpus::documentsAdded, this, [this](int, int, int firstRow, int lastRow) {
        if (lastRow >= firstRow)
            endInsertRows();
    });
    connect(corpus, &Corpus::documentAboutToBeRemoved, this,
            [this](int, int firstRow, int lastRow) {
                if (lastRow >= firstRow)
                    beginRemoveRows(QModelIndex(), firstRow, lastRow);
            });
    connect(corpus, &Corpus::documentRemoved, this, [this](int, int firstRow, int lastRow) {
        if (lastRow >= firstRow)
            endRemoveRows();
    });
    connect(corpus, &Corpus::aboutToBeCleared, this, [this] { beginResetModel(); });
    connect(corpus, &Corpus::cleared, this, [this] { endResetModel(); });
    connect(corpus, &Corpus::speakersChanged, this, [this] {
        if (rowCount() > 0)
            Q_EMIT dataChanged(index(0, SpeakerColumn), index(rowCount() - 1, CountryColumn));
    });
}

void StatementModel::setAnnotations(const AnnotationModel *annotations)
{
    m_annotations = annotations;
    const auto notesChanged = [this] {
        if (rowCount() > 0)
            Q_EMIT dataChanged(index(0, NotesColumn), index(rowCount() - 1, NotesColumn));
    };
    connect(annotations, &AnnotationModel::documentAnnotationsChanged, this, notesChanged);
    connect(annotations, &QAbstractItemModel::modelReset, this, notesChanged);
}

int StatementModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_corpus->rowCount();
}

int StatementModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString StatementModel::speakerName(const Corpus &corpus, int id)
{
    const SpeakerEntry &e = corpus.speakers().entry(corpus.speakers().canonical(id));
    switch (e.kind) {
    case SpeakerKind::Both:
        return tr("Both sides (joint)");
    case SpeakerKind::Unknown:
        return tr("No speaker stated");
    case SpeakerKind::Side:
        return tr("%1 (side)").arg(e.name);
    case SpeakerKind::Person:
        break;
    }
    return e.name;
}

QString StatementModel::topicText(const Corpus &corpus, int row)
{
    const int doc = corpus.rowDocument(row);
    const QStringList path = corpus.document(doc)->topicPath(corpus.statement(row).node);
    return path.join(QStringLiteral(" \u203A "));
}

QString StatementModel::citation(const Corpus &corpus, int row)
{
    const Document &doc = *corpus.document(corpus.rowDocument(row));
    const QString title = doc.title.isEmpty() ? QFileInfo(doc.file).fileName() : doc.title;
    const QString date = doc.date.isValid() ? doc.date.toString(Qt::ISODate) : tr("undated");
    const QString text = corpus.statementText(row).toString().simplified();
    return tr("%1 (%2), line %3 \u2014 %4: \u201C%5\u201D")
        .arg(title, date)
        .arg(corpus.statement(row).line)
        .arg(speakerName(corpus, corpus.rowSpeaker(row)), text);
}

QString StatementModel::notesText(int row, bool full) const
{
    if (!m_annotations)
        return QString();
    QStringList notes;
    for (int a : m_annotations->rowsOfStatement(row)) {
        const QString note = m_annotations->at(a).annotation.note.trimmed();
        if (!note.isEmpty())
            notes.append(full ? note : note.simplified());
    }
    return notes.join(full ? QStringLiteral("\n\n") : QStringLiteral(" | "));
}

QVariant StatementModel::notesColour(int row) const
{
    if (!m_annotations)
        return {};
    for (int a : m_annotations->rowsOfStatement(row)) {
        const QString colour = m_annotations->at(a).annotation.colour;
        if (!colour.isEmpty())
            return QColor(colour == QLatin1String("pink") ? QStringLiteral("hotpink") : colour);
    }
    return {};
}

QVariant StatementModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const int docIndex = m_corpus->rowDocument(row);
    const Document &doc = *m_corpus->document(docIndex);
    const Statement &s = m_corpus->statement(row);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case DocumentColumn:
            return doc.title.isEmpty() ? QFileInfo(doc.file).fileName() : doc.title;
        case DateColumn:
            return doc.date.isValid() ? doc.date.toString(Qt::ISODate) : QString();
        case SpeakerColumn:
            return speakerName(*m_corpus, m_corpus->rowSpeaker(row));
        case CountryColumn: {
            const int id = m_corpus->speakers().canonical(m_corpus->rowSpeaker(row));
            return m_corpus->speakers().entry(id).country;
        }
        case TopicColumn:
            return topicText(*m_corpus, row);
        case NotesColumn:
            return notesText(row, role == Qt::ToolTipRole);
        case TextColumn: {
            const QString text = doc.statementText(s).toString().simplified();
            return role == Qt::ToolTipRole ? citation(*m_corpus, row) : text;
        }
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == NotesColumn)
            return notesColour(row);
        break;
    case DocumentIndexRole:
        return docIndex;
    case CitationRole:
        return citation(*m_corpus, row);
    case StatementRowRole:
        return row;
    case SpeakerIdRole:
        return m_corpus->speakers().canonical(m_corpus->rowSpeaker(row));
    case SpeakerKindRole:
        return int(m_corpus->speakers().entry(m_corpus->rowSpeaker(row)).kind);
    case TopicIdRole:
        return m_corpus->rowTopic(row);
    case SourceStartRole:
        return s.start;
    case SourceEndRole:
        return s.end;
    case LineRole:
        return s.line;
    case DateRole:
        return doc.date;
    case FileRole:
        return doc.file;
    case OutlineNodeRole:
        return s.node;
    }
    return {};
}

QVariant StatementModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DocumentColumn:
        return tr("Document");
    case DateColumn:
        return tr("Date");
    case SpeakerColumn:
        return tr("Speaker");
    case CountryColumn:
        return tr("Side/Country");
    case TopicColumn:
        return tr("Topic");
    case NotesColumn:
        return tr("Notes");
    case TextColumn:
        return tr("Text");
    }
    return {};
}

} // namespace Readout
