#include "foldedtexts.h"

#include <algorithm>

namespace Readout {

namespace {

// glibc's memmem (two-way with a vectorised first-byte scan) is several times faster than
// std::search here; a one-byte needle is a memchr.
const char *find(const char *from, const char *to, std::string_view needle)
{
    if (needle.size() == 1)
        return static_cast<const char *>(std::memchr(from, needle[0], size_t(to - from)));
    return static_cast<const char *>(memmem(from, size_t(to - from), needle.data(), needle.size()));
}

} // namespace

void FoldedTexts::appendFolded(std::string rows)
{
    if (rows.empty())
        return;
    Chunk chunk{std::make_unique<std::string>(std::move(rows)), size()};
    pointRows(chunk);
    m_chunks.push_back(std::move(chunk));
}

// Sets m_rows from chunk.firstRow on to the rows of chunk's text.
void FoldedTexts::pointRows(const Chunk &chunk)
{
    const std::string &text = *chunk.text;
    size_t row = size_t(chunk.firstRow);
    for (size_t at = 0; at < text.size(); ++row) {
        if (row < m_rows.size())
            m_rows[row] = text.data() + at;
        else
            m_rows.push_back(text.data() + at);
        const void *end = std::memchr(text.data() + at, '\0', text.size() - at);
        at = size_t(static_cast<const char *>(end) - text.data()) + 1;
    }
}

size_t FoldedTexts::chunkOf(int row) const
{
    const auto after = std::upper_bound(m_chunks.begin(), m_chunks.end(), row,
                                        [](int r, const Chunk &c) { return r < c.firstRow; });
    return size_t(after - m_chunks.begin()) - 1;
}

int FoldedTexts::chunkEnd(size_t chunk) const
{
    return chunk + 1 < m_chunks.size() ? m_chunks[chunk + 1].firstRow : size();
}

void FoldedTexts::remove(int first, int count)
{
    if (count <= 0 || first < 0 || first + count > size())
        return;
    const int last = first + count;
    std::vector<Chunk> chunks;
    std::vector<size_t> remade; // chunks that kept some of their rows, in `chunks`
    for (size_t c = 0; c < m_chunks.size(); ++c) {
        Chunk &chunk = m_chunks[c];
        const int begin = chunk.firstRow;
        const int end = chunkEnd(c);
        if (end <= first) {
            chunks.push_back(std::move(chunk));
        } else if (begin >= last) {
            chunk.firstRow -= count;
            chunks.push_back(std::move(chunk));
        } else if (begin < first || end > last) {
            // Partly removed: the rows that stay are copied into a buffer of their own.
            auto text = std::make_unique<std::string>();
            for (int r = begin; r < end; ++r) {
                if (r < first || r >= last)
                    text->append(m_rows[size_t(r)], std::strlen(m_rows[size_t(r)]) + 1);
            }
            remade.push_back(chunks.size());
            chunks.push_back({std::move(text), std::min(begin, first)});
        }
    }
    m_rows.erase(m_rows.begin() + first, m_rows.begin() + last);
    m_chunks = std::move(chunks);
    for (const size_t c : remade)
        pointRows(m_chunks[c]);
}

void FoldedTexts::clear()
{
    m_chunks.clear();
    m_rows.clear();
}

size_t FoldedTexts::byteSize() const
{
    size_t bytes = m_rows.capacity() * sizeof(const char *) + m_chunks.capacity() * sizeof(Chunk);
    for (const Chunk &chunk : m_chunks)
        bytes += sizeof(std::string) + chunk.text->capacity();
    return bytes;
}

void FoldedTexts::findAll(std::string_view needle, std::vector<std::uint8_t> &matches) const
{
    matches.clear();
    findFrom(0, needle, matches);
}

void FoldedTexts::findFrom(int firstRow, std::string_view needle,
                           std::vector<std::uint8_t> &matches) const
{
    const int from = std::clamp(firstRow, 0, size());
    matches.resize(m_rows.size());
    std::fill(matches.begin() + from, matches.end(), needle.empty() ? 1 : 0);
    if (needle.empty() || from == size())
        return;
    // One scan of each buffer; after a hit, skip to the next row (one hit is enough).
    for (size_t c = chunkOf(from); c < m_chunks.size(); ++c) {
        const std::string &text = *m_chunks[c].text;
        const int end = chunkEnd(c);
        int row = std::max(from, m_chunks[c].firstRow);
        const char *pos = m_rows[size_t(row)];
        const char *stop = text.data() + text.size();
        while (pos < stop) {
            const char *hit = find(pos, stop, needle);
            if (!hit)
                break;
            // Rows are few bytes apart: walk forward rather than binary search.
            while (row + 1 < end && m_rows[size_t(row) + 1] <= hit)
                ++row;
            matches[size_t(row)] = 1;
            if (row + 1 >= end)
                break;
            pos = m_rows[size_t(row) + 1];
        }
    }
}

void FoldedTexts::narrow(std::string_view needle, std::vector<std::uint8_t> &matches) const
{
    if (needle.empty())
        return;
    const std::string terminated(needle); // rows end in NUL, and so must the needle for strstr
    for (size_t r = 0; r < m_rows.size(); ++r) {
        if (matches[r])
            matches[r] = std::strstr(m_rows[r], terminated.c_str()) != nullptr;
    }
}

} // namespace Readout
