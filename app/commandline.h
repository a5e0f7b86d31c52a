#pragma once

#include <QStringList>

class QTextStream;

namespace Readout {

/// The headless command line: `readout parse [--json] FILE...`, `export`, `import`, `--help`,
/// `--version`.
/// Returns -1 when the arguments ask for the GUI, otherwise the process exit code
/// (0 success, 1 partial failure, 2 usage or input error).
int runCommandLine(const QStringList &arguments, QTextStream &out, QTextStream &err);

/// True when the arguments are a headless command (parse, --help, ...), so main() can
/// run it without a display.
bool isCommandLine(const QStringList &arguments);

/// True when the headless command lays out text with fonts (PDF export) and so needs a
/// QGuiApplication (on the offscreen platform: still no display).
bool commandNeedsFonts(const QStringList &arguments);

} // namespace Readout
