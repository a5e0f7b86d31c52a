#pragma once

#include <QStringView>

namespace Readout {

/// One line of a text: UTF-16 offsets, the line break excluded.
struct ScannedLine
{
    int begin = 0;
    int end = 0;
    /// The line holds "ranslation" ("Provisional Translation"): only such a line can be a
    /// translation note, and it is found in the same pass as the line's end.
    bool mentionsTranslation = false;
};

/// Finds the lines of a text in one pass. A line ends at "\n", "\r", "\r\n" or U+2028; the
/// text after the last break is a line too, even when empty. The parser reads every
/// character of a summary here first, so the search goes eight characters at a time.
class LineScanner
{
public:
    explicit LineScanner(QStringView text) : m_text(text) {}

    /// The next line, or false after the last one.
    bool next(ScannedLine &line);

private:
    QStringView m_text;
    int m_from = 0;
    bool m_done = false;
};

} // namespace Readout
