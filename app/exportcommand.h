#pragma once

#include <QStringList>

class QTextStream;

namespace Readout {

/// `readout export --format md|html|csv|json|pdf [--output FILE] [--speaker S] [--topic T]
/// [--tag T] [--colour C] [--author A] [--bom] PATH...`: the notes of the files and folders,
/// narrowed by the filters, to FILE or standard output (PDF only to a file). Returns the exit
/// code: 0 done, 1 some files failed, 2 usage or input error.
int exportCommand(const QStringList &args, QTextStream &out, QTextStream &err);

/// True for a command that lays out text with fonts (PDF export), which needs a
/// QGuiApplication.
bool exportNeedsFonts(const QStringList &args);

} // namespace Readout
