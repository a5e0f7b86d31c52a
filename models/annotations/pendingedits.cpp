#include "pendingedits.h"

#include <QAtomicInt>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QVariant>

namespace Readout {

namespace {

QAtomicInt g_counter;

QByteArray toJson(const Annotation &a)
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), a.id);
    o.insert(QStringLiteral("documentPath"), a.documentPath);
    o.insert(QStringLiteral("documentSha256"), a.documentSha256);
    o.insert(QStringLiteral("targetKind"), targetKindName(a.targetKind));
    o.insert(QStringLiteral("start"), a.target.position.start);
    o.insert(QStringLiteral("end"), a.target.position.end);
    o.insert(QStringLiteral("exact"), a.target.quote.exact);
    o.insert(QStringLiteral("prefix"), a.target.quote.prefix);
    o.insert(QStringLiteral("suffix"), a.target.quote.suffix);
    o.insert(QStringLiteral("targetSha256"), a.target.sha256);
    o.insert(QStringLiteral("colour"), a.colour);
    o.insert(QStringLiteral("note"), a.note);
    o.insert(QStringLiteral("tags"), QJsonArray::fromStringList(a.tags));
    o.insert(QStringLiteral("author"), a.author);
    o.insert(QStringLiteral("shared"), a.shared);
    o.insert(QStringLiteral("created"), double(a.created.toMSecsSinceEpoch()));
    o.insert(QStringLiteral("modified"), double(a.modified.toMSecsSinceEpoch()));
    o.insert(QStringLiteral("revision"), a.revision);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

Annotation fromJson(const QByteArray &json)
{
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    const auto text = [&o](const char *key) { return o.value(QLatin1String(key)).toString(); };
    Annotation a;
    a.id = text("id");
    a.documentPath = text("documentPath");
    a.documentSha256 = text("documentSha256");
    a.targetKind = targetKindFromName(text("targetKind"));
    a.target.position.start = o.value(QLatin1String("start")).toInt();
    a.target.position.end = o.value(QLatin1String("end")).toInt();
    a.target.quote.exact = text("exact");
    a.target.quote.prefix = text("prefix");
    a.target.quote.suffix = text("suffix");
    a.target.sha256 = text("targetSha256");
    a.colour = text("colour");
    a.note = text("note");
    for (const QJsonValue &tag : o.value(QLatin1String("tags")).toArray())
        a.tags.append(tag.toString());
    a.author = text("author");
    a.shared = o.value(QLatin1String("shared")).toBool(true);
    a.created = QDateTime::fromMSecsSinceEpoch(qint64(o.value(QLatin1String("created")).toDouble()),
                                               Qt::UTC);
    a.modified = QDateTime::fromMSecsSinceEpoch(
        qint64(o.value(QLatin1String("modified")).toDouble()), Qt::UTC);
    a.revision = o.value(QLatin1String("revision")).toInt();
    return a;
}

} // namespace

PendingEdits::PendingEdits(const QString &path)
    : m_path(path),
      m_connection(QStringLiteral("readout-pending-%1").arg(g_counter.fetchAndAddRelaxed(1)))
{}

PendingEdits::~PendingEdits()
{
    if (QSqlDatabase::contains(m_connection)) {
        QSqlDatabase::database(m_connection, false).close();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

QString PendingEdits::defaultPath(const QString &serverUri)
{
    const QString key = QString::fromLatin1(
        QCryptographicHash::hash(serverUri.toUtf8(), QCryptographicHash::Sha1).toHex().left(16));
    const QString base = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(base).filePath(QStringLiteral("team-pending-edits/%1.sqlite").arg(key));
}

bool PendingEdits::open(bool create)
{
    if (QSqlDatabase::contains(m_connection) &&
        QSqlDatabase::database(m_connection, false).isOpen())
        return true;
    if (!create && !QFileInfo::exists(m_path))
        return false;
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    QSqlQuery query(db);
    if (!db.open() || !query.exec(QStringLiteral("PRAGMA synchronous=FULL")) ||
        !query.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS pending ("
                                   " id TEXT PRIMARY KEY, body BLOB NOT NULL,"
                                   " base_revision INTEGER NOT NULL, removed INTEGER NOT NULL,"
                                   " refusal TEXT NOT NULL DEFAULT '',"
                                   " queued INTEGER NOT NULL)"))) {
        m_error = QStringLiteral("%1: the edits waiting for the server could not be kept (%2)")
                      .arg(QDir::toNativeSeparators(m_path),
                           db.isOpen() ? query.lastError().text() : db.lastError().text());
        db.close();
        return false;
    }
    return true;
}

bool PendingEdits::put(const Annotation &annotation, bool removed)
{
    if (!open(true))
        return false;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    // The first edit's base revision stays: later ones build on it, not on the server's.
    query.prepare(QStringLiteral(
        "INSERT INTO pending (id, body, base_revision, removed, queued) VALUES (?, ?, ?, ?,"
        " (SELECT coalesce(max(queued), 0) + 1 FROM pending)) ON CONFLICT(id) DO UPDATE SET"
        " body = excluded.body, removed = excluded.removed, refusal = ''"));
    query.addBindValue(annotation.id);
    query.addBindValue(toJson(annotation));
    query.addBindValue(annotation.revision);
    query.addBindValue(removed ? 1 : 0);
    if (!query.exec()) {
        m_error = QStringLiteral("%1: the edit could not be kept (%2)")
                      .arg(QDir::toNativeSeparators(m_path), query.lastError().text());
        return false;
    }
    return true;
}

bool PendingEdits::add(const Annotation &annotation)
{
    return put(annotation, false);
}

bool PendingEdits::addRemoval(const Annotation &annotation)
{
    return put(annotation, true);
}

std::vector<PendingEdits::Edit> PendingEdits::all()
{
    std::vector<Edit> edits;
    if (!open(false))
        return edits;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    if (!query.exec(QStringLiteral(
            "SELECT body, base_revision, removed, refusal FROM pending ORDER BY queued")))
        return edits;
    while (query.next()) {
        Edit edit;
        edit.annotation = fromJson(query.value(0).toByteArray());
        edit.annotation.revision = query.value(1).toInt();
        edit.removed = query.value(2).toInt() != 0;
        edit.refusal = query.value(3).toString();
        edits.push_back(std::move(edit));
    }
    return edits;
}

int PendingEdits::pendingCount()
{
    if (!open(false))
        return 0;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    if (!query.exec(QStringLiteral("SELECT count(*) FROM pending WHERE refusal = ''")) ||
        !query.next())
        return 0;
    return query.value(0).toInt();
}

bool PendingEdits::sent(const QString &id)
{
    if (!open(false))
        return true;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral("DELETE FROM pending WHERE id = ?"));
    query.addBindValue(id);
    return query.exec();
}

bool PendingEdits::refused(const QString &id, const QString &why)
{
    if (!open(false))
        return false;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral("UPDATE pending SET refusal = ? WHERE id = ?"));
    query.addBindValue(why.isEmpty() ? QStringLiteral("refused") : why);
    query.addBindValue(id);
    return query.exec();
}

} // namespace Readout
