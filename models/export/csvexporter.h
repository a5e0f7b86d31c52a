#pragma once

#include "exporter.h"

namespace Readout {

/// One row per annotation, RFC 4180: CRLF line ends, a field with a comma, quote or line break
/// in double quotes and its quotes doubled; UTF-8, with a byte order mark on request (some
/// spreadsheet programs need it to read UTF-8). Columns: columns().
class CsvExporter : public Exporter
{
public:
    explicit CsvExporter(bool byteOrderMark = false) : m_byteOrderMark(byteOrderMark) {}

    bool write(const std::vector<ExportEntry> &entries, QIODevice *device) override;

    /// The header row: document, title, date, speaker, side, topic, quote, note, tags, colour,
    /// author, created, modified, file, line, then outline (the label path) and sha256 (of the
    /// annotated version), which complete the citation.
    static QStringList columns();
    /// @p field as RFC 4180 wants it.
    static QString quoted(const QString &field);

private:
    bool m_byteOrderMark;
};

} // namespace Readout
