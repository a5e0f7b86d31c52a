#pragma once

#include "document.h"

namespace Readout {

/// Turns the text of a diplomatic meeting summary into a Document: title, date, place,
/// participants, the outline tree and the statements with their speakers and topics.
/// A pure function of the text: no file system, GUI or database; safe on worker threads.
class SummaryParser
{
public:
    /// Parses `text`. The returned Document's text is `text`; the file fields stay empty.
    static Document parse(const QString &text);
};

} // namespace Readout
