#include "sqlitereader.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

namespace Readout {

SqliteReader::SqliteReader(const QSqlDatabase &db, const char *sql)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return;
    sqlite3 *connection = *static_cast<sqlite3 *const *>(handle.constData());
    if (!connection)
        return;
    m_error = sqlite3_prepare_v2(connection, sql, -1, &m_statement, nullptr);
    if (m_error != SQLITE_OK) {
        m_errorText = QString::fromUtf8(sqlite3_errmsg(connection));
        sqlite3_finalize(m_statement);
        m_statement = nullptr;
    } else {
        m_error = 0;
    }
}

SqliteReader::~SqliteReader()
{
    sqlite3_finalize(m_statement);
}

bool SqliteReader::next()
{
    if (!m_statement)
        return false;
    const int result = sqlite3_step(m_statement);
    if (result == SQLITE_ROW)
        return true;
    if (result != SQLITE_DONE) {
        m_error = result & 0xff; // the primary code, as QSQLITE reports it
        m_errorText = QString::fromUtf8(sqlite3_errmsg(sqlite3_db_handle(m_statement)));
    }
    return false;
}

QString SqliteReader::text(int column) const
{
    // The database keeps UTF-8; Qt's decoder is faster than SQLite's conversion to UTF-16.
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return data ? QString::fromUtf8(data, sqlite3_column_bytes(m_statement, column)) : QString();
}

int SqliteReader::integer(int column) const
{
    return sqlite3_column_int(m_statement, column);
}

} // namespace Readout
