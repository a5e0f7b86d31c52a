#pragma once

#include <QStringView>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace Readout {

/// The folded text (TextFolder) of every statement row, packed in one buffer so a text
/// filter is about one memory scan: rows are separated by a NUL byte, which no query holds,
/// so a match never spans two rows.
class FoldedTexts
{
public:
    void append(QStringView text);
    /// Appends rows folded elsewhere: @p rows holds each row's folded text followed by '\0'.
    void appendFolded(const std::string &rows);
    /// Room for @p bytes more of folded text (about as many as the UTF-8 text has).
    void reserve(qint64 bytes);
    /// Removes rows [first, first + count).
    void remove(int first, int count);
    void clear();

    int size() const { return int(m_starts.size()); }
    std::string_view row(int r) const
    {
        return std::string_view(m_buffer.data() + m_starts[size_t(r)], rowLength(r));
    }
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
    size_t rowLength(int r) const
    {
        const size_t end =
            size_t(r) + 1 < m_starts.size() ? m_starts[size_t(r) + 1] - 1 : m_buffer.size() - 1;
        return end - m_starts[size_t(r)];
    }

    std::string m_buffer;                ///< row texts, each followed by '\0'
    std::vector<std::uint32_t> m_starts; ///< offset of each row in m_buffer
};

} // namespace Readout
