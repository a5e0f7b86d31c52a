#pragma once

#include <QMap>
#include <QString>

class QSqlDatabase;

namespace Readout {

/// Where a team's notes server is, as the user gives it: a libpq URI
/// (`postgresql://[user@]host[:port]/dbname[?key=value&...]`) or keyword/value pairs
/// (`host=... port=... dbname=...`). Fields left out follow libpq's conventions (PGHOST,
/// PGUSER, ... and the service file); a password is never taken from here: libpq finds it in
/// ~/.pgpass or PGPASSWORD, so nothing secret ends up in the settings file.
class PostgresAddress
{
public:
    PostgresAddress() = default;
    /// Parses @p text; see isValid() and error().
    static PostgresAddress parse(const QString &text);
    /// Whether @p text asks for a server at all (a postgresql:// URI or keyword/value pairs).
    static bool looksLikeServer(const QString &text);

    bool isValid() const { return m_error.isEmpty() && !m_text.isEmpty(); }
    /// Why the text could not be used; names the text given.
    QString error() const { return m_error; }
    /// True when the text held a password, which was dropped (see the class comment).
    bool droppedPassword() const { return m_droppedPassword; }

    /// The address as a URI without a password: what the settings file keeps and the window
    /// shows.
    QString uri() const;

    QString host() const { return m_host; }
    int port() const { return m_port; }
    QString database() const { return m_database; }
    QString user() const { return m_user; }
    /// Other libpq keywords (sslmode, service, connect_timeout, ...).
    QMap<QString, QString> options() const { return m_options; }

    /// Sets up @p db (a QPSQL connection) to reach this server.
    void applyTo(QSqlDatabase &db) const;

private:
    bool set(const QString &key, const QString &value);

    QString m_text;
    QString m_error;
    QString m_host;
    int m_port = -1;
    QString m_database;
    QString m_user;
    QMap<QString, QString> m_options;
    bool m_droppedPassword = false;
};

} // namespace Readout
