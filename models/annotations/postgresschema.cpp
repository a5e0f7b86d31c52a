#include "postgresschema.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace Readout {

namespace {

// Step N takes a database at version N-1 to N.
const char *const createVersion1[] = {
    "CREATE SCHEMA IF NOT EXISTS readout",
    "CREATE TABLE readout.schema_version (version integer NOT NULL)",
    "INSERT INTO readout.schema_version VALUES (0)",
    // Documents are known by their content hash: teammates keep them at different paths.
    // document_name is the file name its author saw, for exports and for the record.
    "CREATE TABLE readout.annotations ("
    " id text PRIMARY KEY,"
    " document_sha256 text NOT NULL,"
    " document_name text NOT NULL DEFAULT '',"
    " target_kind text NOT NULL,"
    " position_start integer NOT NULL,"
    " position_end integer NOT NULL,"
    " quote_exact text NOT NULL,"
    " quote_prefix text NOT NULL,"
    " quote_suffix text NOT NULL,"
    " target_sha256 text NOT NULL,"
    " colour text NOT NULL DEFAULT '',"
    " note text NOT NULL DEFAULT '',"
    " tags text[] NOT NULL DEFAULT '{}',"
    " author name NOT NULL DEFAULT current_user,"
    " shared boolean NOT NULL DEFAULT true,"
    " created timestamptz NOT NULL,"
    " modified timestamptz NOT NULL,"
    " revision integer NOT NULL DEFAULT 1)",
    "CREATE INDEX annotations_document ON readout.annotations (document_sha256)",
    "ALTER TABLE readout.annotations ENABLE ROW LEVEL SECURITY",
    "ALTER TABLE readout.annotations FORCE ROW LEVEL SECURITY",
    "CREATE POLICY annotations_read ON readout.annotations FOR SELECT"
    " USING (shared OR author = current_user)",
    "CREATE POLICY annotations_insert ON readout.annotations FOR INSERT"
    " WITH CHECK (author = current_user)",
    "CREATE POLICY annotations_update ON readout.annotations FOR UPDATE"
    " USING (author = current_user) WITH CHECK (author = current_user)",
    "CREATE POLICY annotations_delete ON readout.annotations FOR DELETE"
    " USING (author = current_user)",
    // The payload is only the id: a listener reads the row through the policies above.
    "CREATE FUNCTION readout.notify_annotation() RETURNS trigger LANGUAGE plpgsql AS $$"
    " BEGIN PERFORM pg_notify('readout_annotations', COALESCE(NEW.id, OLD.id)); RETURN NULL;"
    " END $$",
    "CREATE TRIGGER annotations_notify AFTER INSERT OR UPDATE OR DELETE ON readout.annotations"
    " FOR EACH ROW EXECUTE FUNCTION readout.notify_annotation()",
    // Who may connect to the database is the team: the policies decide the rest.
    "GRANT USAGE ON SCHEMA readout TO PUBLIC",
    "GRANT SELECT ON readout.schema_version TO PUBLIC",
    "GRANT SELECT, INSERT, UPDATE, DELETE ON readout.annotations TO PUBLIC",
};

// Any number from the application: one lock name for every Readout client.
const char *const lockKey = "7406157235063136";

} // namespace

int PostgresSchema::version()
{
    return 1;
}

QString PostgresSchema::channel()
{
    return QStringLiteral("readout_annotations");
}

int PostgresSchema::currentVersion(QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT to_regclass('readout.schema_version') IS NOT NULL")) ||
        !query.next())
        return -1;
    if (!query.value(0).toBool())
        return 0;
    if (!query.exec(QStringLiteral("SELECT max(version) FROM readout.schema_version")) ||
        !query.next())
        return -1;
    return query.value(0).toInt();
}

bool PostgresSchema::migrate(QSqlDatabase &db, QString &error)
{
    const auto newer = [&error](int found) {
        error = QStringLiteral("the server's notes were made by a newer Readout (schema %1); "
                               "update Readout")
                    .arg(found);
        return false;
    };
    // Up to date: nothing is locked or written (clients open far more often than they migrate).
    const int seen = currentVersion(db);
    if (seen == version())
        return true;
    if (seen > version())
        return newer(seen);
    QSqlQuery query(db);
    const auto run = [&query, &error](const QString &sql) {
        if (query.exec(sql))
            return true;
        error = query.lastError().databaseText().trimmed();
        if (error.isEmpty())
            error = query.lastError().text();
        return false;
    };
    // The lock is the session's, taken before the transaction: a transaction started after
    // another client's commit sees the tables that one made (the catalog is read afresh at the
    // start of a transaction, not when an advisory lock is granted).
    const QString key = QLatin1String(lockKey);
    if (!run(QStringLiteral("SELECT pg_advisory_lock(%1)").arg(key)))
        return false;
    const auto unlock = [&db, &key] {
        QSqlQuery(db).exec(QStringLiteral("SELECT pg_advisory_unlock(%1)").arg(key));
    };
    if (!run(QStringLiteral("BEGIN"))) {
        unlock();
        return false;
    }
    // Another client may have migrated while this one waited for the lock.
    const int found = currentVersion(db);
    if (found >= version()) {
        run(QStringLiteral("ROLLBACK"));
        unlock();
        return found == version() || newer(found);
    }
    bool ok = found >= 0;
    if (ok && found < 1) {
        for (const char *sql : createVersion1)
            ok = ok && run(QLatin1String(sql));
    }
    ok = ok && run(QStringLiteral("UPDATE readout.schema_version SET version = %1").arg(version()));
    ok = ok && run(QStringLiteral("COMMIT"));
    if (!ok) {
        const QString why = error;
        query.exec(QStringLiteral("ROLLBACK"));
        error = QStringLiteral("the notes tables could not be set up (%1); the server's "
                               "administrator sets them up with \"readout team-setup\"")
                    .arg(why);
    }
    unlock();
    return ok;
}

} // namespace Readout
