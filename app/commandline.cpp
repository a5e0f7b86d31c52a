#include "commandline.h"
// placeholder, being written
namespace Readout {
int runCommandLine(const QStringList &, QTextStream &, QTextStream &) { return -1; }
} // namespace Readout
