#pragma once

#include <QByteArray>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace Readout {

/// A plain SQLite connection for the index cache, used from one thread at a time. The cache
/// is read and written from worker threads, where QSqlDatabase connections are awkward, and
/// reads blobs in bulk, where QSqlQuery's QVariants cost more than the reading.
class SqliteConnection
{
public:
    SqliteConnection() = default;
    ~SqliteConnection();
    SqliteConnection(const SqliteConnection &) = delete;
    SqliteConnection &operator=(const SqliteConnection &) = delete;

    bool open(const QString &file, bool readOnly);
    void close();
    bool isOpen() const { return m_db != nullptr; }
    /// Runs statements without results; false (see error()) on failure.
    bool exec(const char *sql);
    sqlite3 *handle() const { return m_db; }
    QString error() const { return m_error; }
    /// The primary result code of the last failure (SQLITE_CORRUPT, SQLITE_NOTADB...).
    int errorCode() const { return m_errorCode; }
    void setError(int code);
    void clearError()
    {
        m_error.clear();
        m_errorCode = 0;
    }

private:
    sqlite3 *m_db = nullptr;
    QString m_error;
    int m_errorCode = 0;
};

/// One prepared statement of a SqliteConnection.
class SqliteStatement
{
public:
    SqliteStatement(SqliteConnection &connection, const char *sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    bool isValid() const { return m_statement != nullptr; }
    void bind(int index, qint64 value);
    void bind(int index, const QString &text);
    void bindBlob(int index, const char *data, qsizetype size);
    /// Steps: true while there is a row; false at the end or on an error (connection's error()).
    bool next();
    /// Steps once and resets, for statements without results; false on an error.
    bool run();
    void reset();

    qint64 integer(int column) const;
    QString text(int column) const;
    const char *blob(int column) const;
    qsizetype blobSize(int column) const;

private:
    SqliteConnection &m_connection;
    sqlite3_stmt *m_statement = nullptr;
};

} // namespace Readout
