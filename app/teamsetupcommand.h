#pragma once

#include <QStringList>

class QTextStream;

namespace Readout {

/// `readout team-setup ADDRESS`: creates (or brings up to date) the notes tables, policies and
/// notification trigger on a team's PostgreSQL server. Run by the role that is to own them.
/// Returns the process exit code.
int teamSetupCommand(const QStringList &args, QTextStream &out, QTextStream &err);

} // namespace Readout
