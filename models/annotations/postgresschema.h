#pragma once

#include <QString>

class QSqlDatabase;

namespace Readout {

/// The tables, row-level security policies and notification trigger of a team's notes server
/// (schema "readout"), versioned in readout.schema_version and migrated forward one step at a
/// time. A migration runs in one transaction under an advisory lock, so two clients that start
/// at once do not both apply it; the version is read again once the lock is held.
///
/// Policies: everybody reads shared annotations and their own private ones; a row is inserted,
/// changed and deleted only by its author (the database role). FORCE ROW LEVEL SECURITY
/// applies them to the table's owner too.
class PostgresSchema
{
public:
    /// The version this build writes.
    static int version();
    /// The notification channel; the payload is the id of the changed annotation.
    static QString channel();

    /// Brings the database of @p db up to version(). False with @p error (one line) when the
    /// schema is newer than this build knows, or the role may not create it.
    static bool migrate(QSqlDatabase &db, QString &error);
    /// The version found (0: none yet), or -1 when it cannot be read.
    static int currentVersion(QSqlDatabase &db);
};

} // namespace Readout
