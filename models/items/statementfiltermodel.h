#pragma once

#include <QAbstractProxyModel>
#include <QDate>
#include <QRegularExpression>
#include <QSet>
#include <QTimer>

#include "corpus/searchterms.h"

#include <cstdint>
#include <string>
#include <vector>

namespace Readout {

class Corpus;
class CorpusSearch;
class StatementModel;
struct Document;

/// Filters and sorts a StatementModel fast enough for a million statements. Filters combine:
/// speakers (people and sides, after the user's merges; joint "both sides" statements of the
/// meetings those speakers take part in can be included), topics (a topic and everything
/// below it), documents, a date range, and text (case- and accent-insensitive plain text, a
/// regular expression, or a full-text query answered by the index caches' FTS5 index).
///
/// Unlike QSortFilterProxyModel it never asks the source for data(): it reads the Corpus's
/// compact columns, keeps the full sort order of all rows, and rebuilds the list of shown rows
/// with one pass over that order and one model reset per filter change. A text query that
/// extends the previous one is searched only in the rows that matched before.
class StatementFilterModel : public QAbstractProxyModel
{
    Q_OBJECT

public:
    enum class TextMode
    {
        Plain,
        RegularExpression,
        FullText ///< SQLite FTS5 query syntax, through a CorpusSearch (see setSearch())
    };

    explicit StatementFilterModel(QObject *parent = nullptr);
    ~StatementFilterModel() override;

    /// @p model must be a StatementModel.
    void setSourceModel(QAbstractItemModel *model) override;

    void setSpeakers(const QSet<int> &speakerIds);
    QSet<int> speakers() const { return m_speakers; }
    /// Whether joint statements ("the two sides agreed") of the meetings a chosen speaker takes
    /// part in are shown with that speaker's. On by default.
    void setIncludeJoint(bool include);
    bool includeJoint() const { return m_includeJoint; }
    void setTopics(const QSet<int> &topicIds);
    QSet<int> topics() const { return m_topics; }
    /// Only statements of these documents; empty shows all.
    void setDocuments(const QSet<const Document *> &documents);
    QSet<const Document *> documents() const { return m_documents; }
    /// Meetings from @p from to @p to (inclusive); an invalid date leaves that end open.
    /// Undated documents are hidden while either end is set.
    void setDateRange(const QDate &from, const QDate &to);
    void setTextFilter(const QString &text, TextMode mode = TextMode::Plain);
    /// What answers full-text queries; without one they find nothing.
    void setSearch(CorpusSearch *search);
    /// Open documents a full-text query could not look into (not indexed yet); 0 otherwise.
    int unsearchedDocuments() const;
    /// Where the text filter matches in @p text (UTF-16 offsets, end exclusive), to mark it.
    std::vector<std::pair<int, int>> textMatchesIn(QStringView text) const;
    /// Only the Corpus rows whose entry is non-zero (the annotation filters compute it);
    /// empty shows all.
    void setRowMask(std::vector<std::uint8_t> mask);
    bool hasRowMask() const { return !m_rowMask.empty(); }
    QString textFilter() const { return m_text; }
    TextMode textMode() const { return m_textMode; }
    /// Why the regular expression or full-text query is not valid, or empty. An invalid one
    /// shows nothing.
    QString textFilterError() const;
    void clearFilters();
    bool isFiltered() const;

    /// Statements of the source (all open documents).
    int totalCount() const;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    QModelIndex index(int row, int column,
                      const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /// The Corpus row shown at @p row, and the shown row of a Corpus row (-1 when hidden).
    int corpusRow(int row) const { return m_visible[size_t(row)]; }
    int rowOfCorpusRow(int corpusRow) const;

Q_SIGNALS:
    /// The number of shown statements changed (after any filter or source change).
    void countChanged(int shown, int total);

private:
    void refilter();
    void rebuildVisible();
    void updateTextMatches();
    void invalidateOrder() { m_order.clear(); }
    void ensureOrder();
    void sourceRowsInserted(const QModelIndex &parent, int first, int last);
    struct RowTest;
    RowTest makeRowTest();
    /// New rows shown at [position, position + length) of the rows shown after adding them.
    struct Run
    {
        int position;
        int length;
    };
    void insertNewRows(std::vector<int> next, const std::vector<Run> &runs);

    StatementModel *m_source = nullptr;
    Corpus *m_corpus = nullptr;

    QSet<int> m_speakers;
    bool m_includeJoint = true;
    QSet<int> m_topics;
    QSet<const Document *> m_documents;
    QDate m_from;
    QDate m_to;
    QString m_text;
    TextMode m_textMode = TextMode::Plain;
    QRegularExpression m_regex;
    CorpusSearch *m_search = nullptr;
    SearchTerms m_searchTerms;
    std::vector<std::uint8_t> m_searchMatches; ///< per Corpus row, for a full-text query
    bool m_searchValid = false;
    QString m_searchError;
    QTimer *m_searchAgain = nullptr; ///< the index changed: the query may find more
    std::vector<std::uint8_t> m_rowMask;

    std::string m_needle;                    ///< folded plain-text query of m_textMatches
    std::vector<std::uint8_t> m_textMatches; ///< per Corpus row, for a plain query
    bool m_textMatchesValid = false;

    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    std::vector<int> m_order;        ///< every Corpus row in sort order (empty: to be rebuilt)
    std::vector<int> m_visible;      ///< shown row → Corpus row
    std::vector<int> m_spareVisible; ///< the list shown before, kept for its memory
    mutable std::vector<int> m_corpusToVisible; ///< built on demand, empty when stale
};

} // namespace Readout
