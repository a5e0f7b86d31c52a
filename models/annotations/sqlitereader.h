#pragma once

#include <QString>

class QSqlDatabase;
struct sqlite3_stmt;

namespace Readout {

/// Reads the rows of one SELECT straight from SQLite, under the handle of a QSqlDatabase
/// (QSQLITE driver). QSqlQuery makes a QVariant of every value, which costs more than the rest
/// of loading 100,000 annotations; this reads text and integers directly. Only for bulk
/// reads; everything else goes through QSqlQuery.
class SqliteReader
{
public:
    SqliteReader(const QSqlDatabase &db, const char *sql);
    ~SqliteReader();
    SqliteReader(const SqliteReader &) = delete;
    SqliteReader &operator=(const SqliteReader &) = delete;

    /// False when the driver gives no SQLite handle or the statement does not compile.
    bool isValid() const { return m_statement != nullptr; }
    /// Steps to the next row; false at the end or on an error (see errorCode()).
    bool next();
    QString text(int column) const;
    int integer(int column) const;
    /// The SQLite result code of the last failure (0 when none).
    int errorCode() const { return m_error; }
    QString errorText() const { return m_errorText; }

private:
    sqlite3_stmt *m_statement = nullptr;
    int m_error = 0;
    QString m_errorText;
};

} // namespace Readout
