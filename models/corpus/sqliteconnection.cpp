#include "sqliteconnection.h"

#include <sqlite3.h>

namespace Readout {

SqliteConnection::~SqliteConnection()
{
    close();
}

bool SqliteConnection::open(const QString &file, bool readOnly)
{
    close();
    const int flags = readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
    const int result =
        sqlite3_open_v2(file.toUtf8().constData(), &m_db, flags | SQLITE_OPEN_NOMUTEX, nullptr);
    if (result != SQLITE_OK) {
        setError(result);
        close();
        return false;
    }
    // Another connection may be writing (WAL): wait for it rather than fail.
    sqlite3_busy_timeout(m_db, 5000);
    m_error.clear();
    m_errorCode = 0;
    return true;
}

void SqliteConnection::close()
{
    if (m_db)
        sqlite3_close_v2(m_db);
    m_db = nullptr;
}

bool SqliteConnection::exec(const char *sql)
{
    const int result = sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr);
    if (result != SQLITE_OK) {
        setError(result);
        return false;
    }
    return true;
}

void SqliteConnection::setError(int code)
{
    m_errorCode = code & 0xff;
    m_error =
        m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString::fromUtf8(sqlite3_errstr(code));
}

SqliteStatement::SqliteStatement(SqliteConnection &connection, const char *sql)
    : m_connection(connection)
{
    connection.clearError(); // errors are reported by the statement that meets them
    if (!connection.handle())
        return;
    const int result = sqlite3_prepare_v2(connection.handle(), sql, -1, &m_statement, nullptr);
    if (result != SQLITE_OK) {
        connection.setError(result);
        sqlite3_finalize(m_statement);
        m_statement = nullptr;
    }
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

void SqliteStatement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_statement, index, value);
}

void SqliteStatement::bind(int index, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    sqlite3_bind_text(m_statement, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

void SqliteStatement::bindBlob(int index, const char *data, qsizetype size)
{
    sqlite3_bind_blob64(m_statement, index, data, sqlite3_uint64(size), SQLITE_TRANSIENT);
}

bool SqliteStatement::next()
{
    if (!m_statement)
        return false;
    const int result = sqlite3_step(m_statement);
    if (result == SQLITE_ROW)
        return true;
    if (result != SQLITE_DONE)
        m_connection.setError(result);
    return false;
}

bool SqliteStatement::run()
{
    if (!m_statement)
        return false;
    const int result = sqlite3_step(m_statement);
    sqlite3_reset(m_statement);
    if (result != SQLITE_DONE && result != SQLITE_ROW) {
        m_connection.setError(result);
        return false;
    }
    return true;
}

void SqliteStatement::reset()
{
    if (m_statement)
        sqlite3_reset(m_statement);
}

qint64 SqliteStatement::integer(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

QString SqliteStatement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return data ? QString::fromUtf8(data, sqlite3_column_bytes(m_statement, column)) : QString();
}

const char *SqliteStatement::blob(int column) const
{
    return static_cast<const char *>(sqlite3_column_blob(m_statement, column));
}

qsizetype SqliteStatement::blobSize(int column) const
{
    return sqlite3_column_bytes(m_statement, column);
}

} // namespace Readout
