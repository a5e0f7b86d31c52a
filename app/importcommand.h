#pragma once

#include <QStringList>

class QTextStream;

namespace Readout {

/// `readout import ANNOTATIONS.json PATH...`: W3C Web Annotations into the notes of the files
/// and folders. Prints the anchored, orphaned and skipped counts. Returns the exit code: 0 done,
/// 1 some stores could not be written, 2 usage or input error (nothing written).
int importCommand(const QStringList &args, QTextStream &out, QTextStream &err);

} // namespace Readout
