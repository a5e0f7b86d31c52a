#include "annotationmodel.h"

#include "corpus/corpus.h"
#include "itemroles.h"
#include "statementmodel.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QTimer>

#include <algorithm>

namespace Readout {

namespace {

// The statement of @p document around UTF-16 offset @p offset, or -1.
int statementAt(const Document &document, int offset)
{
    const auto &statements = document.statements;
    const auto it = std::upper_bound(statements.begin(), statements.end(), offset,
                                     [](int o, const Statement &s) { return o < s.start; });
    if (it == statements.begin() || offset >= std::prev(it)->end)
        return -1;
    return int(std::prev(it) - statements.begin());
}

QString quoteOf(const AnchoredAnnotation &entry)
{
    if (!entry.isOrphaned())
        return entry.document->text.mid(entry.start, entry.end - entry.start).simplified();
    return entry.annotation.target.quote.exact.simplified();
}

} // namespace

AnnotationModel::AnnotationModel(Corpus *corpus, QObject *parent)
    : QAbstractTableModel(parent), m_corpus(corpus), m_poll(new QTimer(this)),
      m_notified(new QTimer(this))
{
    connect(corpus, &Corpus::documentsAdded, this,
            [this](int first, int last) { documentsAdded(first, last); });
    connect(corpus, &Corpus::documentAboutToBeRemoved, this,
            [this](int index) { documentAboutToBeRemoved(index); });
    connect(corpus, &Corpus::documentRemoved, this, [this] {
        refreshVanished(); // a file deleted on disk: its notes stay listed
        rebuildStatementIndex();
    });
    connect(corpus, &Corpus::aboutToBeCleared, this, [this] {
        beginResetModel();
        m_rows.clear();
        m_byStatement.clear();
        endResetModel();
        Q_EMIT statementAnnotationsChanged();
    });
    // Another Readout on the same folder: its changes show within a couple of seconds.
    m_poll->setInterval(1500);
    connect(m_poll, &QTimer::timeout, this, &AnnotationModel::checkExternalChanges);
    m_poll->start();
    m_notified->setSingleShot(true);
    m_notified->setInterval(50);
    connect(m_notified, &QTimer::timeout, this, &AnnotationModel::checkExternalChanges);
}

AnnotationModel::~AnnotationModel() = default;

const std::vector<Annotation> &AnnotationModel::storedAnnotations(AnnotationStore *store)
{
    auto it = m_loaded.find(store);
    if (it == m_loaded.end()) {
        watch(store);
        it = m_loaded.emplace(store, store->load()).first;
        if (!store->error().isEmpty())
            Q_EMIT storeProblem(store->error());
    }
    return it->second;
}

// A server's store tells of its changes: they are read at once instead of at the next poll.
void AnnotationModel::watch(AnnotationStore *store)
{
    AnnotationStoreEvents *events = store->events();
    if (!events || m_watched.contains(store))
        return;
    m_watched.insert(store);
    connect(events, &AnnotationStoreEvents::changed, m_notified,
            static_cast<void (QTimer::*)()>(&QTimer::start));
    connect(events, &AnnotationStoreEvents::statusChanged, this, &AnnotationModel::storeStatus);
    connect(events, &AnnotationStoreEvents::problem, this, &AnnotationModel::storeProblem);
}

AnchoredAnnotation AnnotationModel::anchored(const Annotation &annotation,
                                             const DocumentPtr &document, TextAnchor *anchor) const
{
    AnchoredAnnotation entry;
    entry.annotation = annotation;
    entry.document = document;
    const TextAnchor::Result found =
        anchor ? anchor->anchor(annotation.target)
               : TextAnchor::anchor(annotation.target, document->text, document->sha256);
    entry.start = found.start;
    entry.end = found.end;
    entry.method = found.method;
    return entry;
}

void AnnotationModel::documentsAdded(int first, int last)
{
    // Every new document is named to its store before any is read: a server's store then
    // reads them all in one go.
    for (int i = first; i <= last; ++i) {
        const DocumentPtr &document = m_corpus->document(i);
        const AnnotationStores::Place place = m_stores.placeOf(document->file);
        if (place.store)
            place.store->documentSeen(place.relativePath, document->sha256);
    }
    for (AnnotationStore *store : m_stores.stores()) {
        if (store->needsLoad()) {
            m_loaded.erase(store);
            m_loadedIndex.erase(store);
        }
    }
    // The rows there were keep their places unless notes of vanished files are listed (they
    // may have found their document now): then only the new documents' rows need indexing.
    const size_t before = m_rows.size();
    const bool vanishedListed = std::any_of(m_rows.begin(), m_rows.end(),
                                            [](const AnchoredAnnotation &e) { return e.vanished; });
    for (int i = first; i <= last; ++i)
        loadDocument(m_corpus->document(i));
    refreshVanished();
    if (vanishedListed) {
        rebuildStatementIndex();
    } else {
        indexStatements(before, first);
        Q_EMIT statementAnnotationsChanged();
    }
}

// The notes of every loaded store whose file is not in the folder any more (and was not found
// moved by its hash) are listed as orphaned under a stand-in document with the old path.
void AnnotationModel::refreshVanished()
{
    for (int row = rowCount() - 1; row >= 0; --row) {
        if (m_rows[size_t(row)].vanished) {
            beginRemoveRows(QModelIndex(), row, row);
            m_rows.erase(m_rows.begin() + row);
            endRemoveRows();
        }
    }
    QSet<QString> shown;
    for (const AnchoredAnnotation &entry : m_rows)
        shown.insert(entry.annotation.id);
    std::vector<AnchoredAnnotation> vanished;
    for (auto &loaded : m_loaded) {
        const QDir folder(m_stores.folderOf(loaded.first));
        QHash<QString, DocumentPtr> standIns;
        QHash<QString, bool> present; // by document path: a document has many notes
        for (const Annotation &a : loaded.second) {
            if (shown.contains(a.id))
                continue;
            const QString file = folder.filePath(a.documentPath);
            const auto known = present.constFind(a.documentPath);
            const bool exists = known != present.constEnd()
                                    ? *known
                                    : *present.insert(a.documentPath, QFileInfo::exists(file));
            if (exists)
                continue;
            DocumentPtr &standIn = standIns[a.documentPath];
            if (!standIn) {
                auto doc = std::make_shared<Document>();
                doc->file = file;
                doc->sha256 = a.documentSha256;
                doc->title = tr("%1 (file not found)").arg(a.documentPath);
                standIn = doc;
            }
            AnchoredAnnotation entry;
            entry.annotation = a;
            entry.document = standIn;
            entry.vanished = true;
            vanished.push_back(std::move(entry));
        }
    }
    if (vanished.empty())
        return;
    beginInsertRows(QModelIndex(), rowCount(), rowCount() + int(vanished.size()) - 1);
    for (AnchoredAnnotation &entry : vanished)
        m_rows.push_back(std::move(entry));
    endInsertRows();
}

void AnnotationModel::loadDocument(const DocumentPtr &document)
{
    const AnnotationStores::Place place = m_stores.placeOf(document->file);
    if (!place.store)
        return;
    std::vector<AnchoredAnnotation> found;
    storedAnnotations(place.store);
    std::vector<Annotation> &loaded = m_loaded[place.store];
    const LoadedIndex &index = loadedIndex(place.store);
    std::vector<int> mine = index.byPath.value(place.relativePath);
    // A file moved within the folder is known by its hash (documentSeen() has recorded its
    // new path in the store): its notes are the ones whose old path is gone.
    for (int i : index.bySha256.value(document->sha256)) {
        Annotation &a = loaded[size_t(i)];
        if (a.documentPath != place.relativePath &&
            !QFileInfo::exists(QDir(place.folder).filePath(a.documentPath))) {
            a.documentPath = place.relativePath;
            mine.push_back(i);
        }
    }
    if (mine.empty())
        return; // most documents of an archive: no text to prepare
    // One anchor per document prepares its text once for all of its annotations.
    TextAnchor anchor(document->text, document->sha256);
    for (int i : mine)
        found.push_back(anchored(loaded[size_t(i)], document, &anchor));
    if (found.empty())
        return;
    beginInsertRows(QModelIndex(), rowCount(), rowCount() + int(found.size()) - 1);
    for (AnchoredAnnotation &entry : found)
        m_rows.push_back(std::move(entry));
    endInsertRows();
    Q_EMIT documentAnnotationsChanged(document.get());
}

void AnnotationModel::documentAboutToBeRemoved(int index)
{
    const DocumentPtr document = m_corpus->document(index);
    for (int row = rowCount() - 1; row >= 0; --row) {
        if (m_rows[size_t(row)].document == document) {
            beginRemoveRows(QModelIndex(), row, row);
            m_rows.erase(m_rows.begin() + row);
            endRemoveRows();
        }
    }
}

void AnnotationModel::rebuildStatementIndex()
{
    m_byStatement.clear();
    m_statementRow.clear();
    indexStatements(0, 0);
    Q_EMIT statementAnnotationsChanged();
}

// Indexes the rows from @p fromRow on, whose documents are the Corpus's from @p firstDocument on
// (an archive arrives in pieces: each piece indexes its own notes only).
void AnnotationModel::indexStatements(size_t fromRow, int firstDocument)
{
    m_statementRow.resize(m_rows.size(), -1);
    QHash<const Document *, int> documentIndex;
    for (int d = firstDocument; d < m_corpus->documentCount(); ++d)
        documentIndex.insert(m_corpus->document(d).get(), d);
    for (size_t row = fromRow; row < m_rows.size(); ++row) {
        const AnchoredAnnotation &entry = m_rows[row];
        const int d = documentIndex.value(entry.document.get(), -1);
        if (entry.isOrphaned() || d < 0)
            continue;
        const int at = statementAt(*entry.document, entry.start);
        if (at >= 0)
            m_statementRow[row] = m_corpus->row(d, at);
        const auto &statements = entry.document->statements;
        // Every statement the annotated range touches.
        for (size_t s = 0; s < statements.size(); ++s) {
            if (statements[s].start < entry.end && entry.start < statements[s].end)
                m_byStatement[m_corpus->row(d, int(s))].push_back(int(row));
        }
    }
}

const AnnotationModel::LoadedIndex &AnnotationModel::loadedIndex(AnnotationStore *store)
{
    auto it = m_loadedIndex.find(store);
    if (it != m_loadedIndex.end())
        return it->second;
    LoadedIndex index;
    const std::vector<Annotation> &loaded = m_loaded[store];
    for (size_t i = 0; i < loaded.size(); ++i) {
        index.byPath[loaded[i].documentPath].push_back(int(i));
        index.bySha256[loaded[i].documentSha256].push_back(int(i));
    }
    return m_loadedIndex.emplace(store, std::move(index)).first->second;
}

int AnnotationModel::rowOf(const QString &id) const
{
    for (size_t row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].annotation.id == id)
            return int(row);
    }
    return -1;
}

std::vector<int> AnnotationModel::rowsOf(const Document *document) const
{
    std::vector<int> rows;
    for (size_t row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].document.get() == document)
            rows.push_back(int(row));
    }
    std::stable_sort(rows.begin(), rows.end(), [this](int a, int b) {
        const auto key = [this](int r) {
            const AnchoredAnnotation &e = m_rows[size_t(r)];
            return e.isOrphaned() ? INT_MAX : e.start;
        };
        return key(a) < key(b);
    });
    return rows;
}

std::vector<int> AnnotationModel::rowsOfStatement(int corpusRow) const
{
    const auto it = m_byStatement.find(corpusRow);
    return it == m_byStatement.end() ? std::vector<int>() : it->second;
}

std::vector<std::uint8_t> AnnotationModel::statementMask(const QString &tag,
                                                         const QString &colour) const
{
    std::vector<std::uint8_t> mask(size_t(m_corpus->rowCount()), 0);
    for (const auto &statement : m_byStatement) {
        for (int row : statement.second) {
            const Annotation &a = m_rows[size_t(row)].annotation;
            const bool colourOk =
                colour.isEmpty() ||
                (colour == QLatin1String("none") ? !a.isHighlight() : a.colour == colour);
            if (colourOk && (tag.isEmpty() || a.tags.contains(tag)) &&
                size_t(statement.first) < mask.size())
                mask[size_t(statement.first)] = 1;
        }
    }
    return mask;
}

QStringList AnnotationModel::tags() const
{
    QStringList all;
    for (const AnchoredAnnotation &entry : m_rows)
        all.append(entry.annotation.tags);
    return Annotation::normalizedTags(all);
}

AnnotationStores::Place AnnotationModel::placeOf(const Document &document)
{
    return m_stores.placeOf(document.file);
}

Annotation AnnotationModel::make(const DocumentPtr &document, TargetKind kind, int start, int end)
{
    const AnnotationStores::Place place = m_stores.placeOf(document->file);
    Annotation a = Annotation::create(place.relativePath, document->sha256);
    a.targetKind = kind;
    a.target = TextAnchor::describe(document->text, start, end, document->sha256);
    return a;
}

bool AnnotationModel::save(Annotation &annotation)
{
    m_error.clear();
    // The document it belongs to: the one open under that relative path in that store.
    DocumentPtr document;
    AnnotationStore *store = nullptr;
    const int existing = rowOf(annotation.id);
    if (existing >= 0) {
        document = m_rows[size_t(existing)].document;
    } else {
        for (int d = 0; d < m_corpus->documentCount() && !document; ++d) {
            const DocumentPtr &candidate = m_corpus->document(d);
            const AnnotationStores::Place place = m_stores.placeOf(candidate->file);
            if (place.store && place.relativePath == annotation.documentPath &&
                candidate->sha256 == annotation.documentSha256)
                document = candidate;
        }
    }
    if (!document) {
        m_error = tr("The document of this note is not open.");
        return false;
    }
    store = m_stores.placeOf(document->file).store;
    annotation.modified =
        QDateTime::fromMSecsSinceEpoch(QDateTime::currentMSecsSinceEpoch(), Qt::UTC);
    if (!store->save(annotation)) {
        m_error = store->error();
        Q_EMIT storeProblem(m_error);
        return false;
    }
    // Keep the loaded copy in step so a later re-read does not count it as new.
    m_loadedIndex.erase(store);
    auto &loaded = m_loaded[store];
    const auto old = std::find_if(loaded.begin(), loaded.end(),
                                  [&](const Annotation &a) { return a.id == annotation.id; });
    if (old != loaded.end())
        *old = annotation;
    else
        loaded.push_back(annotation);
    if (existing >= 0) {
        const bool vanished = m_rows[size_t(existing)].vanished;
        m_rows[size_t(existing)] = anchored(annotation, document);
        m_rows[size_t(existing)].vanished = vanished;
        Q_EMIT dataChanged(index(existing, 0), index(existing, ColumnCount - 1));
    } else {
        beginInsertRows(QModelIndex(), rowCount(), rowCount());
        m_rows.push_back(anchored(annotation, document));
        endInsertRows();
    }
    rebuildStatementIndex();
    Q_EMIT documentAnnotationsChanged(document.get());
    return true;
}

bool AnnotationModel::remove(const QString &id)
{
    m_error.clear();
    const int row = rowOf(id);
    if (row < 0)
        return false;
    const DocumentPtr document = m_rows[size_t(row)].document;
    AnnotationStore *store = m_stores.placeOf(document->file).store;
    if (!store->remove(id)) {
        m_error = store->error();
        Q_EMIT storeProblem(m_error);
        return false;
    }
    m_loadedIndex.erase(store);
    auto &loaded = m_loaded[store];
    loaded.erase(std::remove_if(loaded.begin(), loaded.end(),
                                [&](const Annotation &a) { return a.id == id; }),
                 loaded.end());
    beginRemoveRows(QModelIndex(), row, row);
    m_rows.erase(m_rows.begin() + row);
    endRemoveRows();
    rebuildStatementIndex();
    Q_EMIT documentAnnotationsChanged(document.get());
    return true;
}

bool AnnotationModel::reattach(const QString &id, int start, int end)
{
    const int row = rowOf(id);
    if (row < 0 || start >= end)
        return false;
    const AnchoredAnnotation &entry = m_rows[size_t(row)];
    Annotation annotation = entry.annotation;
    annotation.target =
        TextAnchor::describe(entry.document->text, start, end, entry.document->sha256);
    annotation.documentSha256 = entry.document->sha256;
    return save(annotation);
}

void AnnotationModel::checkExternalChanges()
{
    QList<AnnotationStore *> changed;
    const QList<AnnotationStore *> stores = m_stores.stores();
    for (AnnotationStore *store : stores) {
        if (store->hasExternalChanges())
            changed.append(store);
    }
    if (!changed.isEmpty())
        reread(changed);
}

void AnnotationModel::reloadStores()
{
    reread(m_stores.stores());
}

void AnnotationModel::reread(const QList<AnnotationStore *> &stores)
{
    for (AnnotationStore *store : stores) {
        watch(store);
        m_loaded[store] = store->load();
        m_loadedIndex.erase(store);
    }
    // Re-anchor everything from the stores as they are now.
    beginResetModel();
    m_rows.clear();
    std::vector<DocumentPtr> documents;
    for (int d = 0; d < m_corpus->documentCount(); ++d)
        documents.push_back(m_corpus->document(d));
    for (const DocumentPtr &document : documents) {
        const AnnotationStores::Place place = m_stores.placeOf(document->file);
        if (!place.store)
            continue;
        storedAnnotations(place.store);
        const std::vector<Annotation> &loaded = m_loaded[place.store];
        TextAnchor anchor(document->text, document->sha256);
        for (int i : loadedIndex(place.store).byPath.value(place.relativePath))
            m_rows.push_back(anchored(loaded[size_t(i)], document, &anchor));
    }
    endResetModel();
    refreshVanished();
    rebuildStatementIndex();
    for (const DocumentPtr &document : documents)
        Q_EMIT documentAnnotationsChanged(document.get());
}

int AnnotationModel::statementRowAt(int row) const
{
    // Kept by rebuildStatementIndex(): looking the document up per cell would cost a scan of
    // the open documents for every row painted.
    return size_t(row) < m_statementRow.size() ? m_statementRow[size_t(row)] : -1;
}

int AnnotationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AnnotationModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AnnotationModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AnchoredAnnotation &entry = m_rows[size_t(index.row())];
    const Annotation &a = entry.annotation;
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case DocumentColumn:
            return entry.document->title.isEmpty() ? QFileInfo(entry.document->file).fileName()
                                                   : entry.document->title;
        case QuoteColumn:
            return entry.isOrphaned() ? tr("(not found) %1").arg(quoteOf(entry)) : quoteOf(entry);
        case SpeakerColumn: {
            const int row = statementRowAt(index.row());
            return row < 0 ? QString()
                           : StatementModel::speakerName(*m_corpus, m_corpus->rowSpeaker(row));
        }
        case TopicColumn: {
            const int row = statementRowAt(index.row());
            return row < 0 ? QString() : StatementModel::topicText(*m_corpus, row);
        }
        case TagsColumn:
            return a.tags.join(QStringLiteral(", "));
        case ColourColumn:
            return a.colour;
        case NoteColumn:
            return role == Qt::ToolTipRole ? a.note : a.note.simplified();
        case ModifiedColumn:
            return a.modified.toLocalTime()
                .toString(Qt::ISODate)
                .replace(QLatin1Char('T'), QLatin1Char(' '));
        }
    }
    switch (role) {
    case SourceStartRole:
        return entry.start;
    case SourceEndRole:
        return entry.end;
    case FileRole:
        return entry.document->file;
    case StatementRowRole:
        return statementRowAt(index.row());
    }
    return {};
}

QVariant AnnotationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DocumentColumn:
        return tr("Document");
    case QuoteColumn:
        return tr("Passage");
    case SpeakerColumn:
        return tr("Speaker");
    case TopicColumn:
        return tr("Topic");
    case TagsColumn:
        return tr("Tags");
    case ColourColumn:
        return tr("Colour");
    case NoteColumn:
        return tr("Note");
    case ModifiedColumn:
        return tr("Modified");
    }
    return {};
}

} // namespace Readout
