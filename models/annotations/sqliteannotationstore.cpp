#include "sqliteannotationstore.h"

#include <QAtomicInt>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QVariant>

namespace Readout {

namespace {

QAtomicInt g_connectionCounter;

// The schema, one step per version. Step N takes a database at version N-1 to N; a database
// made by any earlier Readout is brought forward one step at a time, each in a transaction.
const char *const createVersion1[] = {
    "CREATE TABLE documents ("
    " id INTEGER PRIMARY KEY,"
    " path TEXT NOT NULL UNIQUE,"
    " sha256 TEXT NOT NULL)",
    "CREATE TABLE annotations ("
    " id TEXT PRIMARY KEY,"
    " document INTEGER NOT NULL REFERENCES documents(id) ON DELETE RESTRICT,"
    " target_kind TEXT NOT NULL,"
    " position_start INTEGER NOT NULL,"
    " position_end INTEGER NOT NULL,"
    " quote_exact TEXT NOT NULL,"
    " quote_prefix TEXT NOT NULL,"
    " quote_suffix TEXT NOT NULL,"
    " target_sha256 TEXT NOT NULL,"
    " colour TEXT NOT NULL DEFAULT '',"
    " note TEXT NOT NULL DEFAULT '',"
    " tags TEXT NOT NULL DEFAULT '',"
    " author TEXT NOT NULL,"
    " created TEXT NOT NULL,"
    " modified TEXT NOT NULL)",
};

// Version 2: tags in a table of their own (version 1 kept them comma-separated), a revision
// per annotation against lost updates, and an index for loading one document's annotations.
const char *const createVersion2[] = {
    "CREATE TABLE annotation_tags ("
    " annotation TEXT NOT NULL REFERENCES annotations(id) ON DELETE CASCADE,"
    " tag TEXT NOT NULL,"
    " PRIMARY KEY (annotation, tag))",
    "ALTER TABLE annotations ADD COLUMN revision INTEGER NOT NULL DEFAULT 1",
    "CREATE INDEX annotations_document ON annotations(document)",
};

// Qt binds a null QString as SQL NULL; the columns hold text, empty or not.
QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

QString timestamp(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromTimestamp(const QString &text)
{
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    time.setTimeSpec(Qt::UTC);
    return time;
}

} // namespace

SqliteAnnotationStore::SqliteAnnotationStore(const QString &databasePath)
    : m_path(databasePath),
      m_connection(
          QStringLiteral("readout-annotations-%1").arg(g_connectionCounter.fetchAndAddRelaxed(1)))
{}

SqliteAnnotationStore::~SqliteAnnotationStore()
{
    if (QSqlDatabase::contains(m_connection)) {
        QSqlDatabase::database(m_connection, false).close();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

QString SqliteAnnotationStore::fileName()
{
    return QStringLiteral("readout-notes.sqlite");
}

int SqliteAnnotationStore::schemaVersion()
{
    return 2;
}

bool SqliteAnnotationStore::fail(const QString &what, const QString &detail)
{
    m_error = QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(m_path), what);
    if (!detail.isEmpty())
        m_error += QStringLiteral(" (%1)").arg(detail);
    return false;
}

bool SqliteAnnotationStore::exec(const QString &sql)
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    // SQLite does not wait for every lock with its busy timeout (switching a new file to WAL
    // while another process does the same returns at once), so a busy database is retried.
    QElapsedTimer waited;
    waited.start();
    while (!query.exec(sql)) {
        const QString code = query.lastError().nativeErrorCode();
        const bool busy = code == QLatin1String("5") || code == QLatin1String("6"); // BUSY, LOCKED
        if (!busy || waited.elapsed() > 10000)
            return fail(QStringLiteral("the notes database could not be updated"),
                        query.lastError().text());
        QThread::msleep(20);
    }
    return true;
}

// A file that is there already must be an SQLite database in good order before anything is
// written to it; it is checked through a read-only connection.
bool SqliteAnnotationStore::checkExistingFile()
{
    const QString name = m_connection + QStringLiteral("-check");
    bool ok = false;
    QString detail;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(m_path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        if (db.open()) {
            QSqlQuery query(db);
            ok = query.exec(QStringLiteral("PRAGMA quick_check")) && query.next() &&
                 query.value(0).toString() == QLatin1String("ok");
            detail = ok ? QString()
                        : (query.lastError().isValid() ? query.lastError().text()
                                                       : query.value(0).toString());
            db.close();
        } else {
            detail = db.lastError().text();
        }
    }
    QSqlDatabase::removeDatabase(name);
    if (!ok) {
        m_broken = true;
        return fail(
            QStringLiteral("not a Readout notes database, or damaged; it was left as it is"),
            detail);
    }
    return true;
}

bool SqliteAnnotationStore::open(Open mode)
{
    if (m_broken)
        return false;
    if (QSqlDatabase::contains(m_connection) &&
        QSqlDatabase::database(m_connection, false).isOpen())
        return true;
    const bool exists = QFileInfo::exists(m_path);
    if (!exists && mode == Open::IfExists)
        return false;
    if (exists && !checkExistingFile())
        return false;
    QSqlDatabase db = QSqlDatabase::contains(m_connection)
                          ? QSqlDatabase::database(m_connection, false)
                          : QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!db.open())
        return fail(QStringLiteral("the notes database could not be opened"),
                    db.lastError().text());
    m_error.clear();
    if (!exec(QStringLiteral("PRAGMA journal_mode=WAL")) ||
        !exec(QStringLiteral("PRAGMA synchronous=FULL")) ||
        !exec(QStringLiteral("PRAGMA foreign_keys=ON")) || !migrate())
        return false;
    m_dataVersion = dataVersion(); // changes from here on are news
    return true;
}

qint64 SqliteAnnotationStore::dataVersion()
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    if (!query.exec(QStringLiteral("PRAGMA data_version")) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

bool SqliteAnnotationStore::migrate()
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    // Two processes may start at once: the version is read again inside the write lock.
    if (!exec(QStringLiteral("BEGIN IMMEDIATE")))
        return false;
    QSqlQuery query(db);
    query.exec(QStringLiteral("PRAGMA user_version"));
    const int version = query.next() ? query.value(0).toInt() : 0;
    query.finish();
    if (version > schemaVersion()) {
        exec(QStringLiteral("ROLLBACK"));
        m_broken = true;
        return fail(QStringLiteral("made by a newer Readout (schema %1); it was left as it is")
                        .arg(version),
                    QString());
    }
    bool ok = true;
    if (version < 1) {
        for (const char *sql : createVersion1)
            ok = ok && exec(QLatin1String(sql));
    }
    if (ok && version < 2) {
        for (const char *sql : createVersion2)
            ok = ok && exec(QLatin1String(sql));
        // Version 1 tags were one comma-separated column.
        QSqlQuery old(db);
        old.exec(QStringLiteral("SELECT id, tags FROM annotations WHERE tags <> ''"));
        while (ok && old.next()) {
            ok = saveTags(
                old.value(0).toString(),
                Annotation::normalizedTags(old.value(1).toString().split(QLatin1Char(','))));
        }
        ok = ok && exec(QStringLiteral("UPDATE annotations SET tags = ''"));
    }
    ok = ok && exec(QStringLiteral("PRAGMA user_version = %1").arg(schemaVersion()));
    if (!ok) {
        const QString error = m_error;
        exec(QStringLiteral("ROLLBACK"));
        m_error = error;
        return false;
    }
    return exec(QStringLiteral("COMMIT"));
}

std::vector<Annotation> SqliteAnnotationStore::load()
{
    std::vector<Annotation> result;
    if (!open(Open::IfExists))
        return result;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    m_dataVersion = dataVersion(); // what is loaded now is not a change to report later
    QHash<QString, QStringList> tags;
    QSqlQuery tagQuery(db);
    tagQuery.setForwardOnly(true);
    tagQuery.exec(
        QStringLiteral("SELECT annotation, tag FROM annotation_tags ORDER BY annotation, tag"));
    while (tagQuery.next())
        tags[tagQuery.value(0).toString()].append(tagQuery.value(1).toString());
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral(
            "SELECT a.id, d.path, d.sha256, a.target_kind, a.position_start, a.position_end,"
            " a.quote_exact, a.quote_prefix, a.quote_suffix, a.target_sha256, a.colour, a.note,"
            " a.author, a.created, a.modified, a.revision"
            " FROM annotations a JOIN documents d ON d.id = a.document ORDER BY a.created, "
            "a.id"))) {
        fail(QStringLiteral("the notes could not be read"), query.lastError().text());
        return result;
    }
    while (query.next()) {
        Annotation a;
        a.id = query.value(0).toString();
        a.documentPath = query.value(1).toString();
        a.documentSha256 = query.value(2).toString();
        a.targetKind = targetKindFromName(query.value(3).toString());
        a.target.position.start = query.value(4).toInt();
        a.target.position.end = query.value(5).toInt();
        a.target.quote.exact = query.value(6).toString();
        a.target.quote.prefix = query.value(7).toString();
        a.target.quote.suffix = query.value(8).toString();
        a.target.sha256 = query.value(9).toString();
        a.colour = query.value(10).toString();
        a.note = query.value(11).toString();
        a.author = query.value(12).toString();
        a.created = fromTimestamp(query.value(13).toString());
        a.modified = fromTimestamp(query.value(14).toString());
        a.revision = query.value(15).toInt();
        a.tags = Annotation::normalizedTags(tags.value(a.id));
        result.push_back(std::move(a));
    }
    return result;
}

int SqliteAnnotationStore::documentId(const QString &path, const QString &sha256)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT id, sha256 FROM documents WHERE path = ?"));
    query.addBindValue(path);
    if (query.exec() && query.next()) {
        const int id = query.value(0).toInt();
        if (query.value(1).toString() != sha256) {
            QSqlQuery update(db);
            update.prepare(QStringLiteral("UPDATE documents SET sha256 = ? WHERE id = ?"));
            update.addBindValue(sha256);
            update.addBindValue(id);
            if (!update.exec())
                return -1;
        }
        return id;
    }
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO documents (path, sha256) VALUES (?, ?)"));
    insert.addBindValue(text(path));
    insert.addBindValue(text(sha256));
    if (!insert.exec()) {
        fail(QStringLiteral("the document could not be recorded"), insert.lastError().text());
        return -1;
    }
    return insert.lastInsertId().toInt();
}

bool SqliteAnnotationStore::saveTags(const QString &id, const QStringList &tags)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery remove(db);
    remove.prepare(QStringLiteral("DELETE FROM annotation_tags WHERE annotation = ?"));
    remove.addBindValue(id);
    if (!remove.exec())
        return fail(QStringLiteral("the tags could not be saved"), remove.lastError().text());
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO annotation_tags (annotation, tag) VALUES (?, ?)"));
    for (const QString &tag : tags) {
        insert.addBindValue(id);
        insert.addBindValue(tag);
        if (!insert.exec())
            return fail(QStringLiteral("the tags could not be saved"), insert.lastError().text());
    }
    return true;
}

bool SqliteAnnotationStore::save(Annotation &annotation)
{
    if (!open(Open::Create))
        return false;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!exec(QStringLiteral("BEGIN IMMEDIATE")))
        return false;
    const auto rollback = [this] {
        const QString error = m_error;
        exec(QStringLiteral("ROLLBACK"));
        m_error = error;
        return false;
    };
    QSqlQuery current(db);
    current.prepare(QStringLiteral("SELECT revision FROM annotations WHERE id = ?"));
    current.addBindValue(annotation.id);
    const int stored = current.exec() && current.next() ? current.value(0).toInt() : 0;
    current.finish();
    if (stored > annotation.revision) {
        fail(QStringLiteral("this note was changed elsewhere in the meantime; reload to see it"),
             QString());
        return rollback();
    }
    const int document = documentId(annotation.documentPath, annotation.documentSha256);
    if (document < 0)
        return rollback();
    QSqlQuery upsert(db);
    upsert.prepare(QStringLiteral(
        "INSERT INTO annotations (id, document, target_kind, position_start, position_end,"
        " quote_exact, quote_prefix, quote_suffix, target_sha256, colour, note, author, created,"
        " modified, revision) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT(id) DO UPDATE SET document = excluded.document,"
        " target_kind = excluded.target_kind, position_start = excluded.position_start,"
        " position_end = excluded.position_end, quote_exact = excluded.quote_exact,"
        " quote_prefix = excluded.quote_prefix, quote_suffix = excluded.quote_suffix,"
        " target_sha256 = excluded.target_sha256, colour = excluded.colour, note = excluded.note,"
        " author = excluded.author, modified = excluded.modified, revision = excluded.revision"));
    const int revision = stored + 1;
    for (const QVariant &value :
         {text(annotation.id), QVariant(document), text(targetKindName(annotation.targetKind)),
          QVariant(annotation.target.position.start), QVariant(annotation.target.position.end),
          text(annotation.target.quote.exact), text(annotation.target.quote.prefix),
          text(annotation.target.quote.suffix), text(annotation.target.sha256),
          text(annotation.colour), text(annotation.note), text(annotation.author),
          text(timestamp(annotation.created)), text(timestamp(annotation.modified)),
          QVariant(revision)}) {
        upsert.addBindValue(value);
    }
    if (!upsert.exec()) {
        fail(QStringLiteral("the note could not be saved"), upsert.lastError().text());
        return rollback();
    }
    if (!saveTags(annotation.id, Annotation::normalizedTags(annotation.tags)))
        return rollback();
    if (!exec(QStringLiteral("COMMIT")))
        return rollback();
    annotation.revision = revision;
    return true;
}

bool SqliteAnnotationStore::remove(const QString &id)
{
    if (!open(Open::IfExists))
        return m_error.isEmpty(); // nothing stored, nothing to remove
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!exec(QStringLiteral("BEGIN IMMEDIATE")))
        return false;
    QSqlQuery query(db);
    query.prepare(QStringLiteral("DELETE FROM annotations WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec()) {
        fail(QStringLiteral("the note could not be deleted"), query.lastError().text());
        exec(QStringLiteral("ROLLBACK"));
        return false;
    }
    return exec(QStringLiteral("COMMIT"));
}

void SqliteAnnotationStore::documentSeen(const QString &path, const QString &sha256)
{
    if (!open(Open::IfExists))
        return;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery atPath(db);
    atPath.prepare(QStringLiteral("SELECT sha256 FROM documents WHERE path = ?"));
    atPath.addBindValue(path);
    if (atPath.exec() && atPath.next()) {
        if (atPath.value(0).toString() != sha256) {
            QSqlQuery update(db);
            update.prepare(QStringLiteral("UPDATE documents SET sha256 = ? WHERE path = ?"));
            update.addBindValue(sha256);
            update.addBindValue(path);
            update.exec();
        }
        return;
    }
    atPath.finish();
    // Not known at this path: a known file with this content whose old path is gone moved.
    const QString folder = QFileInfo(m_path).absolutePath();
    QSqlQuery byHash(db);
    byHash.prepare(QStringLiteral("SELECT id, path FROM documents WHERE sha256 = ?"));
    byHash.addBindValue(sha256);
    if (!byHash.exec())
        return;
    while (byHash.next()) {
        if (QFileInfo::exists(QDir(folder).filePath(byHash.value(1).toString())))
            continue;
        const int id = byHash.value(0).toInt();
        byHash.finish();
        QSqlQuery move(db);
        move.prepare(QStringLiteral("UPDATE documents SET path = ? WHERE id = ?"));
        move.addBindValue(path);
        move.addBindValue(id);
        move.exec();
        return;
    }
}

bool SqliteAnnotationStore::hasExternalChanges()
{
    const bool wasOpen = QSqlDatabase::contains(m_connection) &&
                         QSqlDatabase::database(m_connection, false).isOpen();
    if (!open(Open::IfExists))
        return false;
    if (!wasOpen)
        return true; // another process created the store since we last looked
    const qint64 version = dataVersion();
    const bool changed = version != m_dataVersion;
    m_dataVersion = version;
    return changed;
}

} // namespace Readout
