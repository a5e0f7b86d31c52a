#include "sqliteannotationstore.h"

#include "sqlitereader.h"

#include <QAtomicInt>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QSet>
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

// Version 3: private notes (kept from teammates when the notes move to a server).
const char *const createVersion3[] = {
    "ALTER TABLE annotations ADD COLUMN shared INTEGER NOT NULL DEFAULT 1",
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

// "2024-03-05T11:00:00.000Z", as timestamp() writes it, read without the general ISO parser
// (loading a large folder reads two per annotation).
QDateTime fromTimestamp(const QString &text)
{
    const auto digits = [&text](int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; ++i) {
            const char16_t c = text.at(i).unicode();
            if (c < u'0' || c > u'9')
                return -1;
            value = value * 10 + (c - u'0');
        }
        return value;
    };
    if (text.size() == 24 && text.at(10) == QLatin1Char('T') && text.at(23) == QLatin1Char('Z')) {
        const QDate date(digits(0, 4), digits(5, 2), digits(8, 2));
        const QTime time(digits(11, 2), digits(14, 2), digits(17, 2), digits(20, 3));
        if (date.isValid() && time.isValid())
            return QDateTime(date, time, Qt::UTC);
    }
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
    return 3;
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
            // Reading the schema proves an SQLite file; the pages are checked before the
            // first write (verifyBeforeWriting), so opening a large store stays fast.
            ok = query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) && query.next();
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
    const auto userVersion = [&db] {
        QSqlQuery query(db);
        query.exec(QStringLiteral("PRAGMA user_version"));
        return query.next() ? query.value(0).toInt() : 0;
    };
    const auto newer = [this](int version) {
        m_broken = true;
        return fail(QStringLiteral("made by a newer Readout (schema %1); it was left as it is")
                        .arg(version),
                    QString());
    };
    // Up to date: nothing is written (a store is opened far more often than it is migrated).
    const int seen = userVersion();
    if (seen == schemaVersion())
        return true;
    if (seen > schemaVersion())
        return newer(seen);
    // An older store is checked before it is changed.
    if (seen > 0 && !verifyBeforeWriting())
        return false;
    // Two processes may start at once: the version is read again inside the write lock.
    if (!exec(QStringLiteral("BEGIN IMMEDIATE")))
        return false;
    const int version = userVersion();
    if (version >= schemaVersion()) {
        exec(QStringLiteral("ROLLBACK"));
        return version == schemaVersion() || newer(version);
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
    if (ok && version < 3) {
        for (const char *sql : createVersion3)
            ok = ok && exec(QLatin1String(sql));
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
    SqliteReader tagRows(db,
                         "SELECT annotation, tag FROM annotation_tags ORDER BY annotation, tag");
    while (tagRows.next())
        tags[tagRows.text(0)].append(tagRows.text(1));
    SqliteReader rows(
        db, "SELECT a.id, d.path, d.sha256, a.target_kind, a.position_start, a.position_end,"
            " a.quote_exact, a.quote_prefix, a.quote_suffix, a.target_sha256, a.colour, a.note,"
            " a.author, a.created, a.modified, a.revision, a.shared"
            " FROM annotations a JOIN documents d ON d.id = a.document");
    if (!rows.isValid()) {
        fail(QStringLiteral("the notes could not be read"), rows.errorText());
        return result;
    }
    // The same few paths, hashes, colours and authors recur: one copy of each.
    QSet<QString> strings;
    const auto shared = [&strings](const QString &s) { return *strings.insert(s); };
    while (rows.next()) {
        Annotation a;
        a.id = rows.text(0);
        a.documentPath = shared(rows.text(1));
        a.documentSha256 = shared(rows.text(2));
        a.targetKind = targetKindFromName(rows.text(3));
        a.target.position.start = rows.integer(4);
        a.target.position.end = rows.integer(5);
        a.target.quote.exact = rows.text(6);
        a.target.quote.prefix = rows.text(7);
        a.target.quote.suffix = rows.text(8);
        a.target.sha256 = shared(rows.text(9));
        a.colour = shared(rows.text(10));
        a.note = rows.text(11);
        a.author = shared(rows.text(12));
        a.created = fromTimestamp(rows.text(13));
        a.modified = fromTimestamp(rows.text(14));
        a.revision = rows.integer(15);
        a.shared = rows.integer(16) != 0;
        const auto t = tags.constFind(a.id);
        if (t != tags.constEnd())
            a.tags = Annotation::normalizedTags(*t);
        result.push_back(std::move(a));
    }
    // Rows read after a damaged page would be a silent loss: report it, never write.
    const int error = rows.errorCode() ? rows.errorCode() : tagRows.errorCode();
    if (error == 11 || error == 26) { // SQLITE_CORRUPT, SQLITE_NOTADB
        m_broken = true;
        fail(QStringLiteral("the notes database is damaged; it was left as it is"),
             rows.errorText());
        return {};
    }
    if (error != 0) {
        fail(QStringLiteral("the notes could not be read"), rows.errorText());
        return {};
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

bool SqliteAnnotationStore::verifyBeforeWriting()
{
    if (m_verified)
        return true;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    const bool ok = query.exec(QStringLiteral("PRAGMA quick_check")) && query.next() &&
                    query.value(0).toString() == QLatin1String("ok");
    if (!ok) {
        const QString detail =
            query.lastError().isValid() ? query.lastError().text() : query.value(0).toString();
        query.finish();
        QSqlDatabase::database(m_connection, false).close();
        m_broken = true;
        return fail(QStringLiteral("the notes database is damaged; it was left as it is"), detail);
    }
    m_verified = true;
    return true;
}

bool SqliteAnnotationStore::save(Annotation &annotation)
{
    return saveInTransaction({&annotation});
}

bool SqliteAnnotationStore::saveAll(std::vector<Annotation> &annotations)
{
    std::vector<Annotation *> all;
    for (Annotation &annotation : annotations)
        all.push_back(&annotation);
    return saveInTransaction(std::move(all));
}

// The revisions are handed out only after the commit: a failed batch changes nothing.
bool SqliteAnnotationStore::saveInTransaction(std::vector<Annotation *> annotations)
{
    if (annotations.empty())
        return true; // an empty import creates no database
    if (!open(Open::Create) || !verifyBeforeWriting())
        return false;
    if (!exec(QStringLiteral("BEGIN IMMEDIATE")))
        return false;
    const auto rollback = [this] {
        const QString error = m_error;
        exec(QStringLiteral("ROLLBACK"));
        m_error = error;
        return false;
    };
    std::vector<int> revisions;
    for (const Annotation *annotation : annotations) {
        const int revision = upsert(*annotation);
        if (revision < 0)
            return rollback();
        revisions.push_back(revision);
    }
    if (!exec(QStringLiteral("COMMIT")))
        return rollback();
    for (size_t i = 0; i < annotations.size(); ++i)
        annotations[i]->revision = revisions[i];
    return true;
}

// Writes one annotation inside the open transaction; its new revision, or -1.
int SqliteAnnotationStore::upsert(const Annotation &annotation)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery current(db);
    current.prepare(QStringLiteral("SELECT revision FROM annotations WHERE id = ?"));
    current.addBindValue(annotation.id);
    const int stored = current.exec() && current.next() ? current.value(0).toInt() : 0;
    current.finish();
    if (stored > annotation.revision) {
        fail(QStringLiteral("this note was changed elsewhere in the meantime; reload to see it"),
             QString());
        return -1;
    }
    const int document = documentId(annotation.documentPath, annotation.documentSha256);
    if (document < 0)
        return -1;
    QSqlQuery upsert(db);
    upsert.prepare(QStringLiteral(
        "INSERT INTO annotations (id, document, target_kind, position_start, position_end,"
        " quote_exact, quote_prefix, quote_suffix, target_sha256, colour, note, author, created,"
        " modified, revision, shared) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT(id) DO UPDATE SET document = excluded.document,"
        " target_kind = excluded.target_kind, position_start = excluded.position_start,"
        " position_end = excluded.position_end, quote_exact = excluded.quote_exact,"
        " quote_prefix = excluded.quote_prefix, quote_suffix = excluded.quote_suffix,"
        " target_sha256 = excluded.target_sha256, colour = excluded.colour, note = excluded.note,"
        " author = excluded.author, modified = excluded.modified, revision = excluded.revision,"
        " shared = excluded.shared"));
    const int revision = stored + 1;
    for (const QVariant &value :
         {text(annotation.id), QVariant(document), text(targetKindName(annotation.targetKind)),
          QVariant(annotation.target.position.start), QVariant(annotation.target.position.end),
          text(annotation.target.quote.exact), text(annotation.target.quote.prefix),
          text(annotation.target.quote.suffix), text(annotation.target.sha256),
          text(annotation.colour), text(annotation.note), text(annotation.author),
          text(timestamp(annotation.created)), text(timestamp(annotation.modified)),
          QVariant(revision), QVariant(annotation.shared ? 1 : 0)}) {
        upsert.addBindValue(value);
    }
    if (!upsert.exec()) {
        fail(QStringLiteral("the note could not be saved"), upsert.lastError().text());
        return -1;
    }
    if (!saveTags(annotation.id, Annotation::normalizedTags(annotation.tags)))
        return -1;
    return revision;
}

bool SqliteAnnotationStore::remove(const QString &id)
{
    if (!open(Open::IfExists))
        return m_error.isEmpty(); // nothing stored, nothing to remove
    if (!verifyBeforeWriting())
        return false;
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
    // Mostly a read: the store is checked only when something is to be written.
    if (!open(Open::IfExists))
        return;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery atPath(db);
    atPath.prepare(QStringLiteral("SELECT sha256 FROM documents WHERE path = ?"));
    atPath.addBindValue(path);
    if (atPath.exec() && atPath.next()) {
        if (atPath.value(0).toString() != sha256 && verifyBeforeWriting()) {
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
        if (!verifyBeforeWriting())
            return;
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
