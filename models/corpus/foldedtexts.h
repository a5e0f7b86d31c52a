#pragma once

#include <QStringView>

#include <cstdint>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace Readout {

/// The folded text (TextFolder) of every statement row, kept as the documents' folded texts
/// were made (on the threads that loaded them): one buffer per document, each row followed by
/// a NUL byte, which no query holds, so a match never spans two rows. A text filter is about
/// one scan of each buffer; adding a document links its buffer in without copying it.
class FoldedTexts
{
public:
    /// Appends the rows of @p rows: each row's folded text followed by '\0'.
    void appendFolded(std::string rows);
    /// Removes rows [first, first + count).
    void remove(int first, int count);
    void clear();

    int size() const { return int(m_rows.size()); }
    std::string_view row(int r) const { return std::string_view(m_rows[size_t(r)]); }
    /// Orders two rows byte by byte, as std::string_view::compare does.
    int compare(int a, int b) const { return std::strcmp(m_rows[size_t(a)], m_rows[size_t(b)]); }
    /// Bytes held, for the memory figures.
    size_t byteSize() const;

    /// Sets matches[r] to 1 for every row containing @p needle and to 0 for the others.
    void findAll(std::string_view needle, std::vector<std::uint8_t> &matches) const;
    /// The same for rows from @p firstRow on (rows appended since @p matches was made); the
    /// entries of earlier rows are kept.
    void findFrom(int firstRow, std::string_view needle, std::vector<std::uint8_t> &matches) const;
    /// Clears matches[r] for the rows that have it set but do not contain @p needle.
    void narrow(std::string_view needle, std::vector<std::uint8_t> &matches) const;

private:
    struct Chunk
    {
        std::unique_ptr<std::string> text; ///< (on the heap: rows point into it)
        int firstRow = 0;
    };
    size_t chunkOf(int row) const;
    int chunkEnd(size_t chunk) const;
    void pointRows(const Chunk &chunk);

    std::vector<Chunk> m_chunks;
    std::vector<const char *> m_rows; ///< where each row starts, in its chunk
};

} // namespace Readout
