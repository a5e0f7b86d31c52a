#pragma once

#include "annotations/annotation.h"
#include "annotations/annotationstores.h"
#include "annotations/textanchor.h"
#include "document/document.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>

#include <unordered_map>
#include <vector>

class QTimer;

namespace Readout {

class Corpus;

/// An annotation with where it is in its open document now.
struct AnchoredAnnotation
{
    Annotation annotation;
    DocumentPtr document;
    int start = -1; ///< UTF-16 offsets into document->text; -1 when orphaned
    int end = -1;
    TextAnchor::Method method = TextAnchor::Method::Orphaned;
    /// Its file is gone from the folder (document is a stand-in with the old path and no text).
    bool vanished = false;

    bool isOrphaned() const { return start < 0; }
};

/// The annotations of the open documents, one row each: read from the store of each document's
/// folder when the document opens, anchored to its text (TextAnchor), saved at once when the
/// reader adds, edits or deletes one. Annotations whose passage cannot be found any more are
/// orphaned: kept, listed, and can be attached again. Changes made by another Readout process
/// appear within a couple of seconds. Notes of files that are gone from their folder are
/// listed too, as orphaned, so nothing the reader wrote drops out of sight.
class AnnotationModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        DocumentColumn,
        QuoteColumn,
        SpeakerColumn,
        TopicColumn,
        TagsColumn,
        ColourColumn,
        NoteColumn,
        ModifiedColumn,
        ColumnCount
    };

    explicit AnnotationModel(Corpus *corpus, QObject *parent = nullptr);
    ~AnnotationModel() override;

    const AnchoredAnnotation &at(int row) const { return m_rows[size_t(row)]; }
    int rowOf(const QString &id) const;
    /// Rows of the annotations of @p document, in text order (orphaned ones last).
    std::vector<int> rowsOf(const Document *document) const;
    /// Rows of the annotations that overlap Corpus row @p corpusRow's statement.
    std::vector<int> rowsOfStatement(int corpusRow) const;
    /// Per Corpus row, 1 when the statement has an annotation with tag @p tag (empty: any)
    /// and colour @p colour (empty: any; "none": a note without highlight).
    std::vector<std::uint8_t> statementMask(const QString &tag, const QString &colour) const;
    /// Every tag in use, sorted.
    QStringList tags() const;

    /// A new annotation of @p kind on [start, end) of @p document (UTF-16), not saved yet.
    Annotation make(const DocumentPtr &document, TargetKind kind, int start, int end);
    /// Saves @p annotation (new or changed) and shows it. False, with error(), when the store
    /// refused it; nothing the user wrote is dropped by this model.
    bool save(Annotation &annotation);
    bool remove(const QString &id);
    /// Attaches an orphaned (or any) annotation to [start, end) of its document.
    bool reattach(const QString &id, int start, int end);
    QString error() const { return m_error; }
    /// Where the notes of @p document are kept, and whether that is the per-user stand-in.
    AnnotationStores::Place placeOf(const Document &document);

    /// Re-reads the stores that another process changed (the model polls this by itself).
    void checkExternalChanges();
    /// Re-reads every store, after something wrote to them past this model (an import).
    void reloadStores();
    /// The stores of the open documents' folders, for writers such as the importer.
    AnnotationStores &stores() { return m_stores; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    /// The annotations of @p document changed (added, edited, removed, re-read).
    void documentAnnotationsChanged(const Readout::Document *document);
    /// Which statements have which annotations changed (see statementMask()).
    void statementAnnotationsChanged();
    /// A store could not be read or written; @p message names the file.
    void storeProblem(const QString &message);
    /// A server store went offline or came back (@p message empty: all is well again).
    void storeStatus(const QString &message);

private:
    void documentsAdded(int first, int last);
    void documentAboutToBeRemoved(int index);
    void loadDocument(const DocumentPtr &document);
    AnchoredAnnotation anchored(const Annotation &annotation, const DocumentPtr &document,
                                TextAnchor *anchor = nullptr) const;
    void rebuildStatementIndex();
    void indexStatements(size_t fromRow, int firstDocument);
    void refreshVanished();
    void reread(const QList<AnnotationStore *> &stores);
    const std::vector<Annotation> &storedAnnotations(AnnotationStore *store);
    void watch(AnnotationStore *store);
    int statementRowAt(int row) const;

    Corpus *m_corpus;
    AnnotationStores m_stores;
    std::unordered_map<AnnotationStore *, std::vector<Annotation>> m_loaded;
    /// Positions in m_loaded[store] by document path and by document hash; rebuilt on demand.
    struct LoadedIndex
    {
        QHash<QString, std::vector<int>> byPath;
        QHash<QString, std::vector<int>> bySha256;
    };
    std::unordered_map<AnnotationStore *, LoadedIndex> m_loadedIndex;
    const LoadedIndex &loadedIndex(AnnotationStore *store);
    std::vector<AnchoredAnnotation> m_rows;
    std::unordered_map<int, std::vector<int>> m_byStatement; ///< Corpus row → rows
    std::vector<int> m_statementRow; ///< per row, the Corpus row of its passage's statement
    QTimer *m_poll;
    QTimer *m_notified; ///< gathers a burst of a server's notifications into one re-read
    QSet<AnnotationStore *> m_watched;
    QString m_error;
};

} // namespace Readout
