#pragma once

#include "filestamp.h"
#include "loadeddocument.h"
#include "sqliteconnection.h"

#include <QFileInfo>
#include <QHash>
#include <QString>

#include <memory>
#include <vector>

namespace Readout {

/// The index cache of one folder: its parsed documents (with their folded statement texts)
/// and an SQLite FTS5 full-text index of their statements, in one database under the user's
/// cache location (never in the folder itself). Rows are keyed by the file's path relative to
/// the folder, its size, modification time and SHA-256; a file whose size or time differs is
/// parsed again. The cache is only a cache: deleting it loses nothing, and one that is damaged
/// is deleted and rebuilt. It is also rebuilt when the parser changed (another fingerprint).
///
/// One object per connection and thread: the loader reads and writes with one, a search opens
/// another.
class IndexCache
{
public:
    struct Entry
    {
        qint64 id = 0;
        FileStamp stamp;
        QString sha256;
    };
    /// A full-text hit: the cache's document id and the statement's index in that document.
    struct Hit
    {
        qint64 document = 0;
        int statement = 0;
    };

    explicit IndexCache(const QString &root);

    /// Where the caches live (QStandardPaths::CacheLocation/index).
    static QString cacheFolder();
    /// The cache database of folder @p root.
    static QString fileFor(const QString &root);
    /// Deletes the caches of folders that are gone, and those not used for @p unusedDays days
    /// (caches accumulate for every folder ever opened). Returns how many were deleted.
    static int prune(int unusedDays = 90);
    /// The folder whose cache holds @p file when it is opened alone: its own folder.
    static QString rootOf(const QString &file);

    QString root() const { return m_root; }
    QString file() const { return m_file; }
    QString relativePath(const QString &file) const;
    QString absolutePath(const QString &relativePath) const;

    /// Opens the cache for loading, creating it when missing. A damaged one is deleted and
    /// made anew, and @p warning says so; one of another parser version is emptied silently.
    /// False when no cache can be kept (error() says why); loading goes on without one.
    bool open(QString *warning = nullptr);
    /// Opens an existing cache for searching only; false when there is none (yet).
    bool openForSearch();
    bool isOpen() const { return m_db.isOpen(); }
    void close()
    {
        m_read.reset();
        m_db.close();
    }
    QString error() const { return m_db.error(); }

    /// Every cached document, by relative path.
    QHash<QString, Entry> entries();
    /// The stored bytes of document @p id, to decode() elsewhere; false when the row is gone.
    struct Row
    {
        QByteArray data;
        std::string folded;
    };
    bool readRow(qint64 id, Row &row);
    /// The document of a row (its `file` empty), or a null document when it does not decode.
    static LoadedDocument decode(const Row &row);
    /// readRow() and decode() in one.
    LoadedDocument read(qint64 id);

    bool beginWrite();
    bool commitWrite();
    void rollbackWrite();
    /// Keeps @p loaded as the parse of @p relativePath at @p stamp, replacing what was cached.
    bool store(const QString &relativePath, FileStamp stamp, const LoadedDocument &loaded);
    bool remove(const QString &relativePath);

    /// Runs an FTS5 query (words, "phrases", prefix*, AND/OR/NOT, NEAR(...)). False when the
    /// query is not valid: error() has SQLite's message.
    bool search(const QString &query, std::vector<Hit> &hits);

private:
    bool createSchema();
    bool usable(bool *damaged);
    void removeFiles();

    QString m_root;
    QString m_file;
    SqliteConnection m_db;
    std::unique_ptr<SqliteStatement> m_read; ///< prepared once: read() runs 10,000 times
};

} // namespace Readout
