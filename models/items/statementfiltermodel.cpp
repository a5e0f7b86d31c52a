#include "statementfiltermodel.h"

#include "corpus/corpus.h"
#include "corpus/corpussearch.h"
#include "corpus/textfolder.h"
#include "statementmodel.h"
#include "statementorder.h"

namespace Readout {

StatementFilterModel::StatementFilterModel(QObject *parent)
    : QAbstractProxyModel(parent), m_searchAgain(new QTimer(this))
{
    // The index grows in steps while a folder loads: ask again now and then, not each step.
    m_searchAgain->setSingleShot(true);
    m_searchAgain->setInterval(300);
    connect(m_searchAgain, &QTimer::timeout, this, [this] {
        m_searchValid = false;
        refilter();
    });
}

StatementFilterModel::~StatementFilterModel() = default;

void StatementFilterModel::setSourceModel(QAbstractItemModel *model)
{
    auto *statements = qobject_cast<StatementModel *>(model);
    Q_ASSERT_X(statements || !model, "StatementFilterModel", "the source must be a StatementModel");
    beginResetModel();
    if (m_source)
        disconnect(m_source, nullptr, this, nullptr);
    QAbstractProxyModel::setSourceModel(statements);
    m_source = statements;
    m_corpus = statements ? statements->corpus() : nullptr;
    m_textMatchesValid = false;
    invalidateOrder();
    rebuildVisible();
    endResetModel();
    if (!m_source)
        return;
    connect(m_source, &QAbstractItemModel::rowsInserted, this,
            &StatementFilterModel::sourceRowsInserted);
    // Removing a document renumbers the rows after it: start afresh.
    connect(m_source, &QAbstractItemModel::rowsAboutToBeRemoved, this,
            [this] { beginResetModel(); });
    connect(m_source, &QAbstractItemModel::rowsRemoved, this, [this] {
        m_textMatchesValid = false;
        m_searchValid = false;
        invalidateOrder();
        rebuildVisible();
        endResetModel();
        Q_EMIT countChanged(rowCount(), totalCount());
    });
    connect(m_source, &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { beginResetModel(); });
    connect(m_source, &QAbstractItemModel::modelReset, this, [this] {
        m_textMatchesValid = false;
        m_searchValid = false;
        invalidateOrder();
        rebuildVisible();
        endResetModel();
        Q_EMIT countChanged(rowCount(), totalCount());
    });
    connect(m_source, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                // Speaker merges change who a row is by: what a speaker filter or sort selects.
                // Anything else (the Notes column as notes are typed) only repaints.
                const bool speakers = topLeft.column() <= StatementModel::CountryColumn &&
                                      bottomRight.column() >= StatementModel::SpeakerColumn;
                if (speakers && (m_sortColumn == StatementModel::SpeakerColumn ||
                                 m_sortColumn == StatementModel::CountryColumn))
                    invalidateOrder();
                if (speakers && (!m_speakers.isEmpty() || m_order.empty())) {
                    refilter();
                } else if (rowCount() > 0) {
                    Q_EMIT dataChanged(index(0, topLeft.column()),
                                       index(rowCount() - 1, bottomRight.column()));
                }
            });
}

void StatementFilterModel::setSpeakers(const QSet<int> &speakerIds)
{
    if (speakerIds == m_speakers)
        return;
    m_speakers = speakerIds;
    refilter();
}

void StatementFilterModel::setIncludeJoint(bool include)
{
    if (include == m_includeJoint)
        return;
    m_includeJoint = include;
    if (!m_speakers.isEmpty())
        refilter();
}

void StatementFilterModel::setTopics(const QSet<int> &topicIds)
{
    if (topicIds == m_topics)
        return;
    m_topics = topicIds;
    refilter();
}

void StatementFilterModel::setDocuments(const QSet<const Document *> &documents)
{
    if (documents == m_documents)
        return;
    m_documents = documents;
    refilter();
}

void StatementFilterModel::setDateRange(const QDate &from, const QDate &to)
{
    if (from == m_from && to == m_to)
        return;
    m_from = from;
    m_to = to;
    refilter();
}

void StatementFilterModel::setTextFilter(const QString &text, TextMode mode)
{
    if (text == m_text && mode == m_textMode)
        return;
    m_text = text;
    m_textMode = mode;
    m_searchValid = false;
    m_searchTerms = mode == TextMode::FullText ? SearchTerms(text) : SearchTerms();
    if (mode == TextMode::RegularExpression) {
        m_regex = QRegularExpression(text, QRegularExpression::CaseInsensitiveOption |
                                               QRegularExpression::UseUnicodePropertiesOption);
        m_regex.optimize();
    }
    refilter();
}

void StatementFilterModel::setRowMask(std::vector<std::uint8_t> mask)
{
    if (mask == m_rowMask)
        return;
    m_rowMask = std::move(mask);
    refilter();
}

void StatementFilterModel::setSearch(CorpusSearch *search)
{
    if (m_search)
        disconnect(m_search, nullptr, this, nullptr);
    m_search = search;
    m_searchValid = false;
    if (search) {
        connect(search, &CorpusSearch::indexChanged, this, [this] {
            if (m_textMode == TextMode::FullText && !m_text.trimmed().isEmpty())
                m_searchAgain->start();
        });
    }
    if (m_textMode == TextMode::FullText)
        refilter();
}

int StatementFilterModel::unsearchedDocuments() const
{
    const bool searching = m_textMode == TextMode::FullText && !m_text.trimmed().isEmpty();
    return searching && m_search ? m_search->unindexedDocuments() : 0;
}

std::vector<std::pair<int, int>> StatementFilterModel::textMatchesIn(QStringView text) const
{
    std::vector<std::pair<int, int>> found;
    const QString query = m_text.trimmed();
    if (query.isEmpty())
        return found;
    switch (m_textMode) {
    case TextMode::FullText:
        return m_searchTerms.find(text);
    case TextMode::RegularExpression: {
        if (!m_regex.isValid())
            break;
        auto it = m_regex.globalMatch(text.toString());
        while (it.hasNext()) {
            const auto m = it.next();
            if (m.capturedLength() > 0)
                found.emplace_back(int(m.capturedStart()), int(m.capturedEnd()));
        }
        break;
    }
    case TextMode::Plain:
        for (qsizetype at = text.indexOf(query, 0, Qt::CaseInsensitive); at >= 0;
             at = text.indexOf(query, at + query.size(), Qt::CaseInsensitive))
            found.emplace_back(int(at), int(at + query.size()));
        break;
    }
    return found;
}

QString StatementFilterModel::textFilterError() const
{
    if (m_textMode == TextMode::FullText)
        return m_searchError.isEmpty() ? QString() : tr("Invalid search: %1").arg(m_searchError);
    if (m_textMode != TextMode::RegularExpression || m_text.isEmpty() || m_regex.isValid())
        return {};
    return tr("Invalid regular expression: %1").arg(m_regex.errorString());
}

void StatementFilterModel::clearFilters()
{
    m_speakers.clear();
    m_topics.clear();
    m_documents.clear();
    m_from = m_to = QDate();
    m_text.clear();
    m_rowMask.clear();
    refilter();
}

bool StatementFilterModel::isFiltered() const
{
    return !m_speakers.isEmpty() || !m_topics.isEmpty() || !m_documents.isEmpty() ||
           !m_rowMask.empty() || m_from.isValid() || m_to.isValid() || !m_text.trimmed().isEmpty();
}

int StatementFilterModel::totalCount() const
{
    return m_corpus ? m_corpus->rowCount() : 0;
}

void StatementFilterModel::refilter()
{
    beginResetModel();
    rebuildVisible();
    endResetModel();
    Q_EMIT countChanged(rowCount(), totalCount());
}

void StatementFilterModel::updateTextMatches()
{
    const std::string needle = TextFolder::fold(m_text.trimmed());
    const FoldedTexts &texts = m_corpus->foldedTexts();
    if (m_textMatchesValid && needle == m_needle) {
        // Rows were appended: only they are searched.
        texts.findFrom(int(m_textMatches.size()), needle, m_textMatches);
    } else if (m_textMatchesValid && !m_needle.empty() &&
               needle.find(m_needle) != std::string::npos &&
               m_textMatches.size() == size_t(texts.size())) {
        // Typing on extends the query: what matches now matched the shorter query too.
        texts.narrow(needle, m_textMatches);
    } else {
        texts.findAll(needle, m_textMatches);
    }
    m_needle = needle;
    m_textMatchesValid = true;
}

void StatementFilterModel::ensureOrder()
{
    // Rows only added since the order was made (documents streaming in): merge them in.
    if (m_order.size() != size_t(m_corpus->rowCount()))
        m_order = StatementOrder::extend(*m_corpus, m_sortColumn, m_sortOrder, std::move(m_order));
}

/// What the filters let through, as tables of yes/no per document, speaker id and topic id,
/// so a row is tested with a few array reads.
struct StatementFilterModel::RowTest
{
    const Corpus &corpus;
    std::vector<std::uint8_t> documentOk;
    std::vector<std::uint8_t> speakerOk;
    std::vector<std::uint8_t> jointDocument; ///< documents whose joint statements are shown
    std::vector<std::uint8_t> topicOk;
    int jointId = -1;
    const std::vector<std::uint8_t> *textMatches = nullptr; ///< plain text or full text
    const std::vector<std::uint8_t> *rowMask = nullptr;     ///< null: no mask
    const QRegularExpression *regex = nullptr;
    bool valid = true; ///< false: an invalid regular expression shows nothing

    bool accepts(int row) const
    {
        const int doc = corpus.rowDocument(row);
        if (!valid || !documentOk[size_t(doc)] || !topicOk[size_t(corpus.rowTopic(row))])
            return false;
        const int speaker = corpus.rowSpeaker(row);
        if (!speakerOk[size_t(speaker)] &&
            !(speaker == jointId && !jointDocument.empty() && jointDocument[size_t(doc)]))
            return false;
        if (textMatches && !(*textMatches)[size_t(row)])
            return false;
        if (rowMask && (size_t(row) >= rowMask->size() || !(*rowMask)[size_t(row)]))
            return false;
        return !regex || regex->match(corpus.statementText(row)).hasMatch();
    }
};

StatementFilterModel::RowTest StatementFilterModel::makeRowTest()
{
    const Corpus &corpus = *m_corpus;
    RowTest test{corpus, {}, {}, {}, {}, corpus.speakers().jointId()};
    test.documentOk.assign(size_t(corpus.documentCount()), 1);
    for (int d = 0; d < corpus.documentCount(); ++d) {
        const Document *doc = corpus.document(d).get();
        bool ok = m_documents.isEmpty() || m_documents.contains(doc);
        if (m_from.isValid() || m_to.isValid()) {
            ok = ok && doc->date.isValid() && (!m_from.isValid() || doc->date >= m_from) &&
                 (!m_to.isValid() || doc->date <= m_to);
        }
        test.documentOk[size_t(d)] = ok;
    }
    const SpeakerRegistry &speakers = corpus.speakers();
    test.speakerOk.assign(size_t(speakers.size()), 1);
    if (!m_speakers.isEmpty()) {
        for (int id = 0; id < speakers.size(); ++id)
            test.speakerOk[size_t(id)] = m_speakers.contains(speakers.canonical(id));
        if (m_includeJoint) {
            test.jointDocument.assign(test.documentOk.size(), 0);
            for (int d = 0; d < corpus.documentCount(); ++d) {
                for (int id : corpus.documentSpeakers(d)) {
                    if (test.speakerOk[size_t(id)])
                        test.jointDocument[size_t(d)] = 1;
                }
            }
        }
    }
    const TopicRegistry &topics = corpus.topics();
    test.topicOk.assign(size_t(topics.size()), 1);
    if (!m_topics.isEmpty()) {
        for (int id = 0; id < topics.size(); ++id) {
            const int parent = topics.entry(id).parent;
            test.topicOk[size_t(id)] =
                m_topics.contains(id) || (parent >= 0 && test.topicOk[size_t(parent)]);
        }
    }

    const bool byText = !m_text.trimmed().isEmpty();
    if (byText && m_textMode == TextMode::FullText) {
        if (!m_searchValid || m_searchMatches.size() != size_t(corpus.rowCount())) {
            m_searchError.clear();
            if (!m_search || !m_search->search(m_text.trimmed(), m_searchMatches, &m_searchError))
                m_searchMatches.assign(size_t(corpus.rowCount()), 0);
            m_searchValid = true;
        }
        test.textMatches = &m_searchMatches;
    } else if (byText && m_textMode == TextMode::Plain) {
        if (!m_textMatchesValid || m_textMatches.size() != size_t(corpus.rowCount()) ||
            TextFolder::fold(m_text.trimmed()) != m_needle)
            updateTextMatches();
        test.textMatches = &m_textMatches;
    } else if (byText) {
        test.regex = &m_regex;
        test.valid = m_regex.isValid();
    }
    if (!m_rowMask.empty())
        test.rowMask = &m_rowMask;
    return test;
}

void StatementFilterModel::rebuildVisible()
{
    m_visible.clear();
    m_corpusToVisible.clear();
    if (!m_corpus)
        return;
    ensureOrder();
    const RowTest test = makeRowTest();
    if (!test.valid)
        return;
    m_visible.reserve(m_order.size());
    for (const int row : m_order) {
        if (test.accepts(row))
            m_visible.push_back(row);
    }
}

void StatementFilterModel::sourceRowsInserted(const QModelIndex &, int first, int last)
{
    const bool searching = m_textMode == TextMode::FullText && !m_text.trimmed().isEmpty();
    if (searching && m_searchValid && m_corpus->isStreaming()) {
        // An archive streaming in under a full-text query: its new rows wait for the next
        // search, a moment later, rather than the index being asked again for every piece.
        m_searchMatches.resize(size_t(m_corpus->rowCount()), 0);
        if (!m_searchAgain->isActive())
            m_searchAgain->start();
    } else {
        m_searchValid = false;
    }
    if (last != m_corpus->rowCount() - 1) { // (the Corpus only appends; just in case)
        m_textMatchesValid = false;
        refilter();
        return;
    }
    // Rows shown before stay shown, in the same order; only the new rows are tested. The order
    // keeps the old rows' relative order, so one walk along it places both, and notes the runs
    // of new rows among the old.
    ensureOrder();
    const RowTest test = makeRowTest();
    // (Built in the spare list of the last time: its memory is in use already.)
    std::vector<int> next = std::move(m_spareVisible);
    next.clear();
    next.reserve(m_visible.size() + size_t(last - first + 1));
    std::vector<Run> runs;
    size_t old = 0;
    for (const int row : m_order) {
        if (row >= first) {
            if (!test.accepts(row))
                continue;
            const int at = int(next.size());
            if (!runs.empty() && runs.back().position + runs.back().length == at)
                ++runs.back().length;
            else
                runs.push_back({at, 1});
            next.push_back(row);
        } else if (old < m_visible.size() && m_visible[old] == row) {
            next.push_back(row);
            ++old;
        }
    }
    if (old == m_visible.size())
        insertNewRows(std::move(next), runs);
    else // (cannot be: every row shown was found again)
        refilter();
    Q_EMIT countChanged(rowCount(), totalCount());
}

// Few runs of new rows are inserted where they belong (a view keeps its selection and scroll
// position); many are a reset.
void StatementFilterModel::insertNewRows(std::vector<int> next, const std::vector<Run> &runs)
{
    const size_t maxRuns = 64;
    if (runs.size() > maxRuns) {
        beginResetModel();
        std::swap(m_visible, next);
        m_corpusToVisible.clear();
        endResetModel();
    } else {
        for (const Run &run : runs) {
            beginInsertRows(QModelIndex(), run.position, run.position + run.length - 1);
            m_visible.insert(m_visible.begin() + run.position, next.begin() + run.position,
                             next.begin() + run.position + run.length);
            m_corpusToVisible.clear();
            endInsertRows();
        }
    }
    m_spareVisible = std::move(next);
}

void StatementFilterModel::sort(int column, Qt::SortOrder order)
{
    if (column == m_sortColumn && order == m_sortOrder && !m_order.empty())
        return;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList persistent = persistentIndexList();
    QVector<int> persistentRows;
    for (const QModelIndex &index : persistent)
        persistentRows.append(m_visible[size_t(index.row())]);
    m_sortColumn = column;
    m_sortOrder = order;
    invalidateOrder();
    rebuildVisible();
    QModelIndexList moved;
    for (int i = 0; i < persistent.size(); ++i) {
        const int row = rowOfCorpusRow(persistentRows[i]);
        moved.append(row < 0 ? QModelIndex() : index(row, persistent[i].column()));
    }
    changePersistentIndexList(persistent, moved);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

int StatementFilterModel::rowOfCorpusRow(int corpusRow) const
{
    if (!m_corpus || corpusRow < 0 || corpusRow >= m_corpus->rowCount())
        return -1;
    if (m_corpusToVisible.size() != size_t(m_corpus->rowCount())) {
        m_corpusToVisible.assign(size_t(m_corpus->rowCount()), -1);
        for (size_t i = 0; i < m_visible.size(); ++i)
            m_corpusToVisible[size_t(m_visible[i])] = int(i);
    }
    return m_corpusToVisible[size_t(corpusRow)];
}

QModelIndex StatementFilterModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || row >= rowCount() || column < 0 || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex StatementFilterModel::parent(const QModelIndex &) const
{
    return {};
}

int StatementFilterModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

int StatementFilterModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_source ? 0 : m_source->columnCount();
}

QVariant StatementFilterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    // Columns are the source's; rows are numbered as shown.
    if (orientation == Qt::Horizontal && m_source)
        return m_source->headerData(section, orientation, role);
    return QAbstractProxyModel::headerData(section, orientation, role);
}

QModelIndex StatementFilterModel::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!m_source || !proxyIndex.isValid() || proxyIndex.row() >= rowCount())
        return {};
    return m_source->index(m_visible[size_t(proxyIndex.row())], proxyIndex.column());
}

QModelIndex StatementFilterModel::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid())
        return {};
    const int row = rowOfCorpusRow(sourceIndex.row());
    return row < 0 ? QModelIndex() : index(row, sourceIndex.column());
}

} // namespace Readout
