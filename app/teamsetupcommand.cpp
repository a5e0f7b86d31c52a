#include "teamsetupcommand.h"

#include "annotations/postgresannotationstore.h"
#include "annotations/postgresschema.h"

#include <QDir>
#include <QTextStream>

namespace Readout {

int teamSetupCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    if (args.size() != 1 || args.first().startsWith(QLatin1Char('-'))) {
        err << "readout team-setup: give the server, e.g. postgresql://host/database\n";
        return 2;
    }
    const PostgresAddress address = PostgresAddress::parse(args.first());
    if (!address.isValid()) {
        err << "readout: " << address.error() << "\n";
        return 2;
    }
    // No edits are made here, so none can be waiting: the queue file is never created.
    PostgresAnnotationStore store(address, QDir::temp().filePath(QStringLiteral("unused")));
    if (!store.connectToServer()) {
        err << "readout: " << store.error() << "\n";
        return 2;
    }
    out << address.uri() << ": Readout's notes tables are ready (schema "
        << PostgresSchema::version() << ", owned by " << store.role()
        << "); every role that may connect to this database can now share notes\n";
    return 0;
}

} // namespace Readout
