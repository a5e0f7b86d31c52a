#include "exportselection.h"

#include "corpus/corpus.h"
#include "items/annotationmodel.h"

#include <QHash>

#include <algorithm>
#include <climits>
#include <tuple>

namespace Readout {

namespace {

// The Corpus row of the statement holding the passage start, or -1.
int statementRowOf(const AnchoredAnnotation &anchored, const Corpus &corpus,
                   const QHash<const Document *, int> &documentIndex)
{
    const int document = documentIndex.value(anchored.document.get(), -1);
    if (anchored.isOrphaned() || document < 0)
        return -1;
    const auto &statements = anchored.document->statements;
    // Statements are in text order: the first that ends after the start holds it, if it began.
    const auto holder =
        std::partition_point(statements.begin(), statements.end(),
                             [&](const Statement &s) { return s.end <= anchored.start; });
    if (holder == statements.end() || holder->start > anchored.start)
        return -1;
    return corpus.row(document, int(holder - statements.begin()));
}

} // namespace

ExportSelection::ExportSelection(const AnnotationModel &annotations, const Corpus &corpus)
    : m_annotations(annotations), m_corpus(corpus)
{}

std::vector<ExportEntry> ExportSelection::entries() const
{
    // Looked up once: the Corpus finds a document by file name one by one.
    QHash<const Document *, int> documentIndex;
    for (int d = 0; d < m_corpus.documentCount(); ++d)
        documentIndex.insert(m_corpus.document(d).get(), d);
    std::vector<ExportEntry> result;
    std::vector<int> starts; // anchored offsets, for text order
    for (int row = 0; row < m_annotations.rowCount(); ++row) {
        const AnchoredAnnotation &anchored = m_annotations.at(row);
        if (m_document && anchored.document.get() != m_document)
            continue;
        const int statementRow = statementRowOf(anchored, m_corpus, documentIndex);
        if (!m_rows.empty() && (statementRow < 0 || size_t(statementRow) >= m_rows.size() ||
                                !m_rows[size_t(statementRow)]))
            continue;
        ExportEntry entry = ExportEntry::describe(anchored, m_corpus, statementRow);
        if (!m_filter.accepts(entry))
            continue;
        result.push_back(std::move(entry));
        starts.push_back(anchored.isOrphaned() ? INT_MAX : anchored.start);
    }
    std::vector<size_t> order(result.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    const auto key = [&](size_t i) {
        const Document &d = *result[i].document;
        // An invalid date sorts after every real one.
        const qint64 day = d.date.isValid() ? d.date.toJulianDay() : LLONG_MAX;
        return std::make_tuple(day, d.file, starts[i]);
    };
    std::stable_sort(order.begin(), order.end(),
                     [&](size_t a, size_t b) { return key(a) < key(b); });
    std::vector<ExportEntry> sorted;
    sorted.reserve(result.size());
    for (size_t i : order)
        sorted.push_back(std::move(result[i]));
    return sorted;
}

} // namespace Readout
