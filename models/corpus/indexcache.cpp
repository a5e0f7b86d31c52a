#include "indexcache.h"

#include "document/documentcodec.h"
#include "parserfingerprint.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QStandardPaths>

#include <sqlite3.h>

#include <algorithm>

namespace Readout {

namespace {

constexpr int SchemaVersion = 1;
// A statement's full-text row id: the document's id above, the statement's index below.
constexpr int StatementBits = 24;
// A file changed within this long before it was stamped could change again within the same
// clock tick without its stamp changing; such stamps are not trusted later.
constexpr qint64 RacyMilliseconds = 2000;

QByteArray fingerprint()
{
    return QByteArray(READOUT_PARSER_FINGERPRINT) + "/schema" + QByteArray::number(SchemaVersion);
}

} // namespace

IndexCache::IndexCache(const QString &root) : m_root(root), m_file(fileFor(root)) {}

QString IndexCache::cacheFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) +
           QStringLiteral("/index");
}

QString IndexCache::fileFor(const QString &root)
{
    // Named after the folder's path: readable enough to find, unique by the hash.
    const QString name =
        QFileInfo(root).fileName().isEmpty() ? QStringLiteral("root") : QFileInfo(root).fileName();
    const QByteArray hash =
        QCryptographicHash::hash(root.toUtf8(), QCryptographicHash::Sha1).toHex().left(16);
    QString safe;
    for (const QChar c : name.left(40))
        safe.append(c.isLetterOrNumber() || c == QLatin1Char('-') ? c : QLatin1Char('_'));
    return cacheFolder() + QLatin1Char('/') + safe + QLatin1Char('-') + QString::fromLatin1(hash) +
           QStringLiteral(".sqlite");
}

int IndexCache::prune(int unusedDays)
{
    int deleted = 0;
    const QDateTime cutoff = QDateTime::currentDateTime().addDays(-unusedDays);
    const QDir folder(cacheFolder());
    for (const QFileInfo &info :
         folder.entryInfoList({QStringLiteral("*.sqlite")}, QDir::Files, QDir::Name)) {
        QString root;
        {
            SqliteConnection db;
            if (db.open(info.filePath(), true)) {
                SqliteStatement meta(db, "SELECT value FROM meta WHERE key = 'root'");
                if (meta.next())
                    root = meta.text(0);
            }
        }
        // A write refreshes the time; so does opening for loading (see open()). A file without
        // a root may be one being made right now: only an old one is deleted.
        const bool unused = info.lastModified() < cutoff;
        const bool orphaned =
            root.isEmpty() ? info.lastModified().secsTo(QDateTime::currentDateTime()) > 24 * 3600
                           : !QFileInfo::exists(root);
        if (unused || orphaned) {
            for (const char *suffix : {"", "-wal", "-shm", "-journal"})
                QFile::remove(info.filePath() + QLatin1String(suffix));
            ++deleted;
        }
    }
    return deleted;
}

QString IndexCache::rootOf(const QString &file)
{
    const int slash = file.lastIndexOf(QLatin1Char('/'));
    return slash > 0 ? file.left(slash) : file;
}

QString IndexCache::relativePath(const QString &file) const
{
    if (file.startsWith(m_root) && file.size() > m_root.size() &&
        file.at(m_root.size()) == QLatin1Char('/'))
        return file.mid(m_root.size() + 1);
    return file;
}

QString IndexCache::absolutePath(const QString &relativePath) const
{
    return m_root + QLatin1Char('/') + relativePath;
}

bool IndexCache::open(QString *warning)
{
    if (!QDir().mkpath(cacheFolder())) {
        m_db.setError(SQLITE_CANTOPEN);
        return false;
    }
    bool damaged = false;
    if (m_db.open(m_file, false) && usable(&damaged)) {
        // Used now: pruning keeps it (a warm open only reads).
        QFile used(m_file);
        if (used.open(QIODevice::ReadOnly))
            used.setFileTime(QDateTime::currentDateTime(), QFileDevice::FileModificationTime);
        return true;
    }
    m_db.close();
    removeFiles();
    if (damaged && warning) {
        *warning = QCoreApplication::translate("Readout::IndexCache",
                                               "The index cache %1 was damaged; it is built anew.")
                       .arg(QDir::toNativeSeparators(m_file));
    }
    return m_db.open(m_file, false) && createSchema();
}

bool IndexCache::openForSearch()
{
    if (!QFileInfo::exists(m_file) || !m_db.open(m_file, false))
        return false;
    SqliteStatement meta(m_db, "SELECT value FROM meta WHERE key = 'fingerprint'");
    if (meta.next() && meta.text(0).toUtf8() == fingerprint())
        return true;
    m_db.close();
    return false;
}

bool IndexCache::usable(bool *damaged)
{
    // A file that is not SQLite fails here (SQLITE_NOTADB), a damaged one soon after. Large
    // pages for a new file: a document's row is tens of kilobytes, read in one piece.
    if (!m_db.exec("PRAGMA page_size = 65536; PRAGMA journal_mode = WAL;"
                   "PRAGMA synchronous = NORMAL;")) {
        *damaged = true;
        return false;
    }
    SqliteStatement tables(m_db, "SELECT count(*) FROM sqlite_master");
    if (!tables.next()) {
        *damaged = true;
        return false;
    }
    if (tables.integer(0) == 0)
        return createSchema(); // a new file
    SqliteStatement meta(m_db, "SELECT value FROM meta WHERE key = 'fingerprint'");
    if (!meta.isValid()) {
        *damaged = m_db.errorCode() == SQLITE_CORRUPT || m_db.errorCode() == SQLITE_NOTADB;
        return false;
    }
    // Another parser's rows would show another parse: start again (not damage, no warning).
    if (!meta.next() || meta.text(0).toUtf8() != fingerprint()) {
        *damaged = m_db.errorCode() == SQLITE_CORRUPT;
        return false;
    }
    return true;
}

bool IndexCache::createSchema()
{
    if (!m_db.exec("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;"
                   // Two windows may open the same folder at once: one creates, both use.
                   "BEGIN IMMEDIATE;"
                   "CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT);"
                   "CREATE TABLE IF NOT EXISTS documents(id INTEGER PRIMARY KEY,"
                   " path TEXT UNIQUE NOT NULL, size INTEGER, mtime INTEGER, sha256 TEXT,"
                   " data BLOB, folded BLOB);"
                   "CREATE VIRTUAL TABLE IF NOT EXISTS statements USING fts5(text,"
                   " tokenize = 'unicode61 remove_diacritics 2');"))
        return false;
    SqliteStatement meta(m_db,
                         "INSERT OR REPLACE INTO meta VALUES ('fingerprint', ?), ('root', ?)");
    meta.bind(1, QString::fromUtf8(fingerprint()));
    meta.bind(2, m_root);
    return meta.run() && m_db.exec("COMMIT;");
}

void IndexCache::removeFiles()
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(m_file + QLatin1String(suffix));
}

QHash<QString, IndexCache::Entry> IndexCache::entries()
{
    QHash<QString, Entry> entries;
    SqliteStatement query(m_db, "SELECT path, id, size, mtime, sha256 FROM documents");
    while (query.next()) {
        Entry &e = entries[query.text(0)];
        e.id = query.integer(1);
        e.stamp.size = query.integer(2);
        e.stamp.mtime = query.integer(3);
        e.sha256 = query.text(4);
    }
    return entries;
}

bool IndexCache::readRow(qint64 id, Row &row)
{
    if (!m_read)
        m_read = std::make_unique<SqliteStatement>(
            m_db, "SELECT data, folded FROM documents WHERE id = ?");
    SqliteStatement &query = *m_read;
    query.reset();
    query.bind(1, id);
    if (!query.next())
        return false;
    row.data = QByteArray(query.blob(0), query.blobSize(0));
    row.folded.assign(query.blob(1), size_t(query.blobSize(1)));
    return true;
}

LoadedDocument IndexCache::decode(const Row &row)
{
    LoadedDocument loaded;
    std::shared_ptr<Document> document =
        DocumentCodec::decode(row.data.constData(), row.data.size());
    if (!document)
        return loaded;
    // The folded text must have one row per statement, or the corpus would misalign.
    if (size_t(std::count(row.folded.begin(), row.folded.end(), '\0')) ==
        document->statements.size())
        loaded.folded = row.folded;
    loaded.document = std::move(document);
    return loaded;
}

LoadedDocument IndexCache::read(qint64 id)
{
    Row row;
    return readRow(id, row) ? decode(row) : LoadedDocument();
}

bool IndexCache::beginWrite()
{
    return m_db.exec("BEGIN IMMEDIATE;");
}

bool IndexCache::commitWrite()
{
    return m_db.exec("COMMIT;");
}

void IndexCache::rollbackWrite()
{
    m_db.exec("ROLLBACK;");
}

bool IndexCache::remove(const QString &relativePath)
{
    SqliteStatement find(m_db, "SELECT id FROM documents WHERE path = ?");
    find.bind(1, relativePath);
    if (!find.next())
        return m_db.errorCode() == 0;
    const qint64 id = find.integer(0);
    find.reset();
    SqliteStatement rows(m_db, "DELETE FROM statements WHERE rowid BETWEEN ? AND ?");
    rows.bind(1, id << StatementBits);
    rows.bind(2, ((id + 1) << StatementBits) - 1);
    SqliteStatement document(m_db, "DELETE FROM documents WHERE id = ?");
    document.bind(1, id);
    return rows.run() && document.run();
}

bool IndexCache::store(const QString &relativePath, FileStamp stamp, const LoadedDocument &loaded)
{
    const Document &d = *loaded.document;
    if (d.statements.size() >= (size_t(1) << StatementBits))
        return true; // not kept: its rows would not fit the row ids (it is parsed each time)
    if (!remove(relativePath))
        return false;
    if (stamp.mtime > QDateTime::currentMSecsSinceEpoch() - RacyMilliseconds)
        stamp.mtime = -1;
    const QByteArray data = DocumentCodec::encode(d);
    const std::string folded = loaded.folded.empty() ? foldStatements(d) : loaded.folded;
    SqliteStatement insert(m_db, "INSERT INTO documents(path, size, mtime, sha256, data, folded)"
                                 " VALUES (?, ?, ?, ?, ?, ?)");
    insert.bind(1, relativePath);
    insert.bind(2, stamp.size);
    insert.bind(3, stamp.mtime);
    insert.bind(4, d.sha256);
    insert.bindBlob(5, data.constData(), data.size());
    insert.bindBlob(6, folded.data(), qsizetype(folded.size()));
    if (!insert.run())
        return false;
    const qint64 id = sqlite3_last_insert_rowid(m_db.handle());
    SqliteStatement text(m_db, "INSERT INTO statements(rowid, text) VALUES (?, ?)");
    for (size_t s = 0; s < d.statements.size(); ++s) {
        text.bind(1, (id << StatementBits) + qint64(s));
        text.bind(2, d.statementText(d.statements[s]).toString());
        if (!text.run())
            return false;
    }
    return true;
}

bool IndexCache::search(const QString &query, std::vector<Hit> &hits)
{
    hits.clear();
    SqliteStatement select(m_db, "SELECT rowid FROM statements WHERE statements MATCH ?");
    select.bind(1, query);
    while (select.next()) {
        const qint64 rowid = select.integer(0);
        hits.push_back({rowid >> StatementBits, int(rowid & ((1 << StatementBits) - 1))});
    }
    return m_db.errorCode() == 0;
}

} // namespace Readout
