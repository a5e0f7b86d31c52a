#include "foldedtexts.h"

#include "textfolder.h"

#include <algorithm>
#include <cstdint>
#include <cstring>

#ifdef Q_OS_LINUX
#include <sys/mman.h>
#endif

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

// An archive's search text is tens of megabytes, written as its documents arrive. In huge
// pages the kernel maps it in a few dozen steps, not in tens of thousands of page faults taken
// on the GUI thread.
void adviseHugePages(const char *data, size_t size)
{
#if defined(Q_OS_LINUX) && defined(MADV_HUGEPAGE)
    const std::uintptr_t huge = std::uintptr_t(2) << 20;
    const std::uintptr_t from = (std::uintptr_t(data) + huge - 1) & ~(huge - 1);
    const std::uintptr_t to = (std::uintptr_t(data) + size) & ~(huge - 1);
    if (to > from)
        madvise(reinterpret_cast<void *>(from), to - from, MADV_HUGEPAGE);
#else
    Q_UNUSED(data);
    Q_UNUSED(size);
#endif
}

} // namespace

void FoldedTexts::append(QStringView text)
{
    m_starts.push_back(std::uint32_t(m_buffer.size()));
    TextFolder::appendFolded(text, m_buffer);
    m_buffer.push_back('\0');
}

void FoldedTexts::reserve(qint64 bytes)
{
    const size_t wanted = m_buffer.size() + size_t(std::max<qint64>(bytes, 0));
    // Grown as std::string would grow it, or a small file opened into a large archive would
    // copy the whole buffer for a few bytes.
    if (wanted > m_buffer.capacity()) {
        m_buffer.reserve(std::max(wanted, m_buffer.capacity() + m_buffer.capacity() / 2));
        adviseHugePages(m_buffer.data(), m_buffer.capacity());
    }
}

void FoldedTexts::appendFolded(const std::string &rows)
{
    const size_t base = m_buffer.size();
    m_buffer.append(rows);
    for (size_t at = 0; at < rows.size();) {
        m_starts.push_back(std::uint32_t(base + at));
        const void *end = std::memchr(rows.data() + at, '\0', rows.size() - at);
        at = size_t(static_cast<const char *>(end) - rows.data()) + 1;
    }
}

void FoldedTexts::remove(int first, int count)
{
    if (count <= 0)
        return;
    const size_t from = m_starts[size_t(first)];
    const size_t to =
        size_t(first + count) < m_starts.size() ? m_starts[size_t(first + count)] : m_buffer.size();
    m_buffer.erase(from, to - from);
    m_starts.erase(m_starts.begin() + first, m_starts.begin() + first + count);
    const std::uint32_t removed = std::uint32_t(to - from);
    for (size_t r = size_t(first); r < m_starts.size(); ++r)
        m_starts[r] -= removed;
}

void FoldedTexts::clear()
{
    m_buffer.clear();
    m_starts.clear();
}

size_t FoldedTexts::byteSize() const
{
    return m_buffer.capacity() + m_starts.capacity() * sizeof(std::uint32_t);
}

void FoldedTexts::findAll(std::string_view needle, std::vector<std::uint8_t> &matches) const
{
    matches.clear();
    findFrom(0, needle, matches);
}

void FoldedTexts::findFrom(int firstRow, std::string_view needle,
                           std::vector<std::uint8_t> &matches) const
{
    const size_t from = std::min(size_t(std::max(firstRow, 0)), m_starts.size());
    matches.resize(m_starts.size());
    std::fill(matches.begin() + qsizetype(from), matches.end(), needle.empty() ? 1 : 0);
    if (needle.empty() || from == m_starts.size())
        return;
    // One scan of the buffer; after a hit, skip to the next row (one hit is enough).
    const char *base = m_buffer.data();
    const char *end = base + m_buffer.size();
    const char *pos = base + m_starts[from];
    size_t row = from;
    while (pos < end) {
        const char *hit = find(pos, end, needle);
        if (!hit)
            break;
        const std::uint32_t offset = std::uint32_t(hit - base);
        // Rows are few bytes apart: walk forward rather than binary search.
        while (row + 1 < m_starts.size() && m_starts[row + 1] <= offset)
            ++row;
        matches[row] = 1;
        if (row + 1 >= m_starts.size())
            break;
        pos = base + m_starts[row + 1];
    }
}

void FoldedTexts::narrow(std::string_view needle, std::vector<std::uint8_t> &matches) const
{
    if (needle.empty())
        return;
    const char *base = m_buffer.data();
    for (size_t r = 0; r < m_starts.size(); ++r) {
        if (!matches[r])
            continue;
        const char *from = base + m_starts[r];
        matches[r] = find(from, from + rowLength(int(r)), needle) != nullptr;
    }
}

} // namespace Readout
