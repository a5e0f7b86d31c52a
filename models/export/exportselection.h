#pragma once

#include "exportentry.h"
#include "exportfilter.h"

#include <cstdint>
#include <vector>

namespace Readout {

class AnnotationModel;
class Corpus;

/// The annotations to export: those of an AnnotationModel (the open documents of a Corpus),
/// narrowed by an ExportFilter and, when set, to one document or to the statements a table
/// shows. Entries come by meeting date (undated last), then file, then text order; orphaned
/// annotations end their document.
class ExportSelection
{
public:
    ExportSelection(const AnnotationModel &annotations, const Corpus &corpus);

    void setFilter(const ExportFilter &filter) { m_filter = filter; }
    /// Only the annotations of @p document (null: every document).
    void setDocument(const Document *document) { m_document = document; }
    /// Only annotations on the statements whose Corpus row is 1 in @p rows (empty: all), as
    /// AnnotationModel::statementMask() or a filtered table gives them.
    void setStatementRows(std::vector<std::uint8_t> rows) { m_rows = std::move(rows); }

    std::vector<ExportEntry> entries() const;

private:
    const AnnotationModel &m_annotations;
    const Corpus &m_corpus;
    ExportFilter m_filter;
    const Document *m_document = nullptr;
    std::vector<std::uint8_t> m_rows;
};

} // namespace Readout
