#pragma once

// The PostgreSQL server the team tests use: READOUT_TEST_PG holds its address (keyword/value,
// without a user), READOUT_TEST_PG_CTL a command ("%1" is pause or resume) that stops and
// starts it. Set by tests/pg-test-server.sh, which ./setup.sh test runs; on a machine without
// them the team tests skip. Roles: readout_admin owns the database, readout_alice and
// readout_bob are two teammates.

#include "annotations/postgresannotationstore.h"
#include "annotations/postgresschema.h"

#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QTest>

namespace PgTest {

inline QString server()
{
    return qEnvironmentVariable("READOUT_TEST_PG");
}

inline bool available()
{
    return !server().isEmpty();
}

/// The test server's address for @p role.
inline QString as(const char *role)
{
    return server() + QStringLiteral(" user=") + QLatin1String(role);
}

inline Readout::PostgresAddress address(const char *role)
{
    return Readout::PostgresAddress::parse(as(role));
}

/// Runs @p sql as the owner of the database (or @p role); the first row's first value.
inline QVariant adminQuery(const QString &sql, const char *role = "readout_admin")
{
    QVariant result;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("pgtest-admin"));
        address(role).applyTo(db);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(sql) && query.next())
                result = query.value(0);
            else if (query.lastError().isValid())
                qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("pgtest-admin"));
    return result;
}

/// The schema is there (set up by its owner, as an administrator would) and holds no notes.
inline bool reset()
{
    {
        Readout::PostgresAnnotationStore owner(address("readout_admin"),
                                               QStringLiteral("/nonexistent/pending.sqlite"));
        if (!owner.connectToServer()) {
            qWarning("%s", qPrintable(owner.error()));
            return false;
        }
    }
    adminQuery(QStringLiteral("TRUNCATE readout.annotations"));
    return adminQuery(QStringLiteral("SELECT count(*) FROM readout.annotations")).toInt() == 0;
}

/// Stops ("pause") or starts ("resume") the server; false when the test cannot control it.
inline bool control(const char *command)
{
    const QString line = qEnvironmentVariable("READOUT_TEST_PG_CTL");
    if (line.isEmpty())
        return false;
    return QProcess::execute(QStringLiteral("sh"),
                             {QStringLiteral("-c"), line.arg(QLatin1String(command))}) == 0;
}

} // namespace PgTest

#define SKIP_WITHOUT_SERVER()                                                                      \
    do {                                                                                           \
        if (!PgTest::available())                                                                  \
            QSKIP(                                                                                 \
                "no PostgreSQL test server (READOUT_TEST_PG unset; ./setup.sh test sets one up)"); \
    } while (false)
