#include "summaryparser.h"
// placeholder, being written
namespace Readout {
Document SummaryParser::parse(const QString &text)
{
    Document d;
    d.text = text;
    return d;
}
} // namespace Readout
