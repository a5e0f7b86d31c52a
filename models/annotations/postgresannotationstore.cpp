#include "postgresannotationstore.h"

#include "postgresschema.h"

#include <QAtomicInt>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>
#include <QVariant>

namespace Readout {

namespace {

QAtomicInt g_counter;

const int heartbeatMs = 3000; // a lost server is noticed within this while idle
const int reconnectMs = 2000;

QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

QString detailOf(const QSqlError &error)
{
    QString detail = error.databaseText().trimmed();
    if (detail.isEmpty())
        detail = error.driverText().trimmed();
    return detail.simplified();
}

QDateTime fromMs(const QVariant &value)
{
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

QString tagsJson(const QStringList &tags)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(Annotation::normalizedTags(tags)))
            .toJson(QJsonDocument::Compact));
}

// The fields that a user edits (not revision or times): an edit already on the server.
bool sameContent(const Annotation &a, const Annotation &b)
{
    return a.note == b.note && a.colour == b.colour &&
           Annotation::normalizedTags(a.tags) == Annotation::normalizedTags(b.tags) &&
           a.shared == b.shared && a.targetKind == b.targetKind &&
           a.target.quote.exact == b.target.quote.exact &&
           a.target.position.start == b.target.position.start &&
           a.target.position.end == b.target.position.end;
}

const char *const selectColumns =
    "SELECT id, document_sha256, document_name, target_kind, position_start, position_end,"
    " quote_exact, quote_prefix, quote_suffix, target_sha256, colour, note,"
    " array_to_json(tags)::text, author, shared,"
    " (extract(epoch FROM created) * 1000)::bigint, (extract(epoch FROM modified) * 1000)::bigint,"
    " revision FROM readout.annotations";

Annotation fromRow(const QSqlQuery &row)
{
    Annotation a;
    a.id = row.value(0).toString();
    a.documentSha256 = row.value(1).toString();
    a.documentPath = row.value(2).toString();
    a.targetKind = targetKindFromName(row.value(3).toString());
    a.target.position.start = row.value(4).toInt();
    a.target.position.end = row.value(5).toInt();
    a.target.quote.exact = row.value(6).toString();
    a.target.quote.prefix = row.value(7).toString();
    a.target.quote.suffix = row.value(8).toString();
    a.target.sha256 = row.value(9).toString();
    a.colour = row.value(10).toString();
    a.note = row.value(11).toString();
    const QJsonArray tags = QJsonDocument::fromJson(row.value(12).toString().toUtf8()).array();
    for (const QJsonValue &tag : tags)
        a.tags.append(tag.toString());
    a.tags = Annotation::normalizedTags(a.tags);
    a.author = row.value(13).toString();
    a.shared = row.value(14).toBool();
    a.created = fromMs(row.value(15));
    a.modified = fromMs(row.value(16));
    a.revision = row.value(17).toInt();
    return a;
}

} // namespace

PostgresAnnotationStore::PostgresAnnotationStore(const PostgresAddress &address,
                                                 const QString &pendingPath)
    : m_address(address),
      m_connection(QStringLiteral("readout-team-%1").arg(g_counter.fetchAndAddRelaxed(1))),
      m_pending(pendingPath.isEmpty() ? PendingEdits::defaultPath(address.uri()) : pendingPath),
      m_events(std::make_unique<AnnotationStoreEvents>()), m_timer(new QTimer(m_events.get()))
{
    QObject::connect(m_timer, &QTimer::timeout, m_events.get(), [this] {
        if (m_state == State::Offline)
            tryReconnect();
        else
            checkConnection();
    });
}

PostgresAnnotationStore::~PostgresAnnotationStore()
{
    m_timer->stop();
    if (QSqlDatabase::contains(m_connection)) {
        QSqlDatabase::database(m_connection, false).close();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

bool PostgresAnnotationStore::driverAvailable()
{
    return QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"));
}

bool PostgresAnnotationStore::fail(const QString &what, const QString &detail)
{
    m_error = QStringLiteral("%1: %2").arg(m_address.uri(), what);
    if (!detail.isEmpty())
        m_error += QStringLiteral(" (%1)").arg(detail);
    return false;
}

bool PostgresAnnotationStore::run(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return true;
    return fail(QStringLiteral("the server refused a request"), detailOf(query.lastError()));
}

bool PostgresAnnotationStore::connectToServer()
{
    if (m_state == State::Online)
        return true;
    if (!m_address.isValid())
        return fail(QStringLiteral("not a usable server address"), m_address.error());
    if (!driverAvailable())
        return fail(QStringLiteral("Qt's PostgreSQL driver (QPSQL) is not installed"));
    QSqlDatabase db = QSqlDatabase::contains(m_connection)
                          ? QSqlDatabase::database(m_connection, false)
                          : QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connection);
    if (!m_listening) {
        m_listening = true;
        // Qt 5 overloads the signal; the three-argument one is in both.
        const auto signal =
            static_cast<void (QSqlDriver::*)(const QString &, QSqlDriver::NotificationSource,
                                             const QVariant &)>(&QSqlDriver::notification);
        QObject::connect(
            db.driver(), signal, m_events.get(),
            [this](const QString &, QSqlDriver::NotificationSource source, const QVariant &) {
                if (source == QSqlDriver::SelfSource)
                    return;
                m_changed = true;
                Q_EMIT m_events->changed();
            });
    }
    db.close();
    m_address.applyTo(db);
    if (!db.open())
        return fail(QStringLiteral("could not connect to the notes server"),
                    detailOf(db.lastError()));
    QString why;
    if (!PostgresSchema::migrate(db, why)) {
        db.close();
        return fail(why);
    }
    QSqlQuery role(db);
    if (!role.exec(QStringLiteral("SELECT current_user")) || !role.next()) {
        const QString detail = detailOf(role.lastError());
        db.close();
        return fail(QStringLiteral("the server did not answer"), detail);
    }
    m_role = role.value(0).toString();
    subscribe();
    m_state = State::Online;
    m_error.clear();
    m_timer->start(heartbeatMs);
    // Edits kept while the server was away, in this session or an earlier one.
    if (m_pending.pendingCount() > 0)
        sendPending();
    return m_state == State::Online;
}

void PostgresAnnotationStore::subscribe()
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    db.driver()->subscribeToNotification(PostgresSchema::channel());
}

// The first use connects; after a failure only the timer tries again, so a server that is
// away does not hold up every click for the connection timeout.
bool PostgresAnnotationStore::usable()
{
    if (m_state == State::Online)
        return true;
    if (m_state == State::Offline)
        return false;
    if (connectToServer())
        return true;
    goOffline(QString());
    return false;
}

bool PostgresAnnotationStore::connectionAlive()
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery query(db);
    return db.isOpen() && query.exec(QStringLiteral("SELECT 1"));
}

void PostgresAnnotationStore::goOffline(const QString &detail)
{
    if (!detail.isEmpty())
        fail(QStringLiteral("the connection to the notes server was lost"), detail);
    // Closing drops the driver's socket watcher along with the dead connection.
    if (QSqlDatabase::contains(m_connection))
        QSqlDatabase::database(m_connection, false).close();
    m_state = State::Offline;
    m_timer->start(reconnectMs);
    reportStatus();
}

void PostgresAnnotationStore::checkConnection()
{
    if (m_state == State::Online && !connectionAlive())
        goOffline(QStringLiteral("the server does not answer"));
}

void PostgresAnnotationStore::tryReconnect()
{
    const QString offlineError = m_error;
    if (!connectToServer()) {
        m_error = offlineError.isEmpty() ? m_error : offlineError;
        return;
    }
    // Notifications sent while away were missed: everything is read again.
    m_changed = true;
    reportStatus();
    Q_EMIT m_events->changed();
}

void PostgresAnnotationStore::reportStatus()
{
    if (m_state == State::Online) {
        Q_EMIT m_events->statusChanged(QString());
        if (!m_error.isEmpty())
            Q_EMIT m_events->problem(m_error);
        return;
    }
    const int waiting = m_pending.pendingCount();
    QString message =
        QStringLiteral("%1: the notes server cannot be reached; notes are shown as last read")
            .arg(m_address.uri());
    if (waiting > 0)
        message +=
            QStringLiteral(", %1 edit(s) kept on this computer until it is back").arg(waiting);
    if (!m_error.isEmpty())
        message += QStringLiteral(" [%1]").arg(m_error);
    Q_EMIT m_events->statusChanged(message);
}

void PostgresAnnotationStore::sendPending()
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QStringList refusals;
    for (PendingEdits::Edit &edit : m_pending.all()) {
        if (!edit.refusal.isEmpty())
            continue;
        if (edit.removed) {
            QSqlQuery query(db);
            query.prepare(QStringLiteral("DELETE FROM readout.annotations WHERE id = ?"));
            query.addBindValue(edit.annotation.id);
            if (!query.exec())
                return goOffline(detailOf(query.lastError()));
            m_pending.sent(edit.annotation.id);
            continue;
        }
        if (!run(db, QStringLiteral("BEGIN")))
            return goOffline(m_error);
        m_error.clear();
        const int revision = write(db, edit.annotation);
        if (revision < 0)
            return goOffline(m_error);
        if (revision == 0) {
            run(db, QStringLiteral("ROLLBACK"));
            // A save whose commit was cut off may have arrived after all.
            if (sameAsStored(db, edit.annotation)) {
                m_pending.sent(edit.annotation.id);
            } else {
                m_pending.refused(edit.annotation.id, m_error);
                refusals << m_error;
            }
            continue;
        }
        if (!run(db, QStringLiteral("COMMIT")))
            return goOffline(m_error);
        m_pending.sent(edit.annotation.id);
    }
    m_error.clear();
    if (!refusals.isEmpty())
        fail(QStringLiteral("%1 edit(s) made while the server was away were refused and are "
                            "kept in %2")
                 .arg(refusals.size())
                 .arg(m_pending.path()),
             refusals.first());
}

bool PostgresAnnotationStore::sameAsStored(QSqlDatabase &db, const Annotation &annotation)
{
    QSqlQuery query(db);
    query.prepare(QLatin1String(selectColumns) + QStringLiteral(" WHERE id = ?"));
    query.addBindValue(annotation.id);
    return query.exec() && query.next() && sameContent(fromRow(query), annotation);
}

std::vector<Annotation> PostgresAnnotationStore::load()
{
    m_needsLoad = false;
    if (!usable()) {
        std::vector<Annotation> shown = m_lastLoaded;
        overlayPending(shown);
        return shown;
    }
    m_changed = false;
    QStringList hashes;
    for (auto it = m_pathOf.constBegin(); it != m_pathOf.constEnd(); ++it) {
        // Hex digests only: they go into an array literal.
        if (!it.key().isEmpty() && !it.key().contains(QLatin1Char(',')) &&
            !it.key().contains(QLatin1Char('"')) && !it.key().contains(QLatin1Char('}')))
            hashes << it.key();
    }
    std::vector<Annotation> result;
    if (hashes.isEmpty()) {
        m_lastLoaded.clear();
        return result;
    }
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.setForwardOnly(true);
    query.prepare(QLatin1String(selectColumns) +
                  QStringLiteral(" WHERE document_sha256 = ANY (?::text[])"));
    query.addBindValue(QLatin1Char('{') + hashes.join(QLatin1Char(',')) + QLatin1Char('}'));
    if (!query.exec()) {
        const QString detail = detailOf(query.lastError());
        if (!connectionAlive()) {
            goOffline(detail);
            return m_lastLoaded;
        }
        fail(QStringLiteral("the notes could not be read"), detail);
        return m_lastLoaded;
    }
    while (query.next()) {
        Annotation a = fromRow(query);
        a.documentPath = m_pathOf.value(a.documentSha256, a.documentPath);
        result.push_back(std::move(a));
    }
    m_lastLoaded = result;
    overlayPending(result); // edits the server refused are not shown as saved
    return result;
}

void PostgresAnnotationStore::overlayPending(std::vector<Annotation> &annotations)
{
    for (const PendingEdits::Edit &edit : m_pending.all()) {
        if (!edit.refusal.isEmpty())
            continue;
        const auto it =
            std::find_if(annotations.begin(), annotations.end(),
                         [&edit](const Annotation &a) { return a.id == edit.annotation.id; });
        if (edit.removed) {
            if (it != annotations.end())
                annotations.erase(it);
        } else if (it != annotations.end()) {
            *it = edit.annotation;
        } else if (m_pathOf.contains(edit.annotation.documentSha256)) {
            annotations.push_back(edit.annotation);
            annotations.back().documentPath = m_pathOf.value(edit.annotation.documentSha256);
        }
    }
}

void PostgresAnnotationStore::documentSeen(const QString &path, const QString &sha256)
{
    const auto it = m_pathOf.constFind(sha256);
    if (it == m_pathOf.constEnd())
        m_needsLoad = true;
    m_pathOf.insert(sha256, path);
}

bool PostgresAnnotationStore::hasExternalChanges()
{
    const bool changed = m_changed;
    m_changed = false;
    return changed;
}

bool PostgresAnnotationStore::save(Annotation &annotation)
{
    return saveInTransaction({&annotation});
}

bool PostgresAnnotationStore::saveAll(std::vector<Annotation> &annotations)
{
    std::vector<Annotation *> all;
    for (Annotation &annotation : annotations)
        all.push_back(&annotation);
    return saveInTransaction(std::move(all));
}

bool PostgresAnnotationStore::queue(std::vector<Annotation *> annotations)
{
    for (Annotation *annotation : annotations) {
        if (!m_role.isEmpty())
            annotation->author = m_role;
        if (!m_pending.add(*annotation))
            return fail(QStringLiteral("the server cannot be reached and the edit could not be "
                                       "kept"),
                        m_pending.error());
    }
    reportStatus();
    return true;
}

// What was last read, kept in step with this store's own saves: it is what is shown while
// the server is away.
void PostgresAnnotationStore::remember(const std::vector<Annotation *> &annotations)
{
    for (const Annotation *annotation : annotations) {
        const auto it = std::find_if(m_lastLoaded.begin(), m_lastLoaded.end(),
                                     [&](const Annotation &a) { return a.id == annotation->id; });
        if (it != m_lastLoaded.end())
            *it = *annotation;
        else if (m_pathOf.contains(annotation->documentSha256))
            m_lastLoaded.push_back(*annotation);
    }
}

bool PostgresAnnotationStore::saveInTransaction(std::vector<Annotation *> annotations)
{
    if (annotations.empty())
        return true;
    if (!usable())
        return queue(std::move(annotations));
    m_error.clear();
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    const auto lost = [&] {
        goOffline(m_error);
        return queue(annotations);
    };
    if (!run(db, QStringLiteral("BEGIN")))
        return connectionAlive() ? false : lost();
    std::vector<int> revisions;
    for (const Annotation *annotation : annotations) {
        const int revision = write(db, *annotation);
        if (revision < 0)
            return lost();
        if (revision == 0) {
            const QString why = m_error;
            run(db, QStringLiteral("ROLLBACK"));
            m_error = why;
            return false;
        }
        revisions.push_back(revision);
    }
    if (!run(db, QStringLiteral("COMMIT")))
        return connectionAlive() ? false : lost();
    for (size_t i = 0; i < annotations.size(); ++i) {
        annotations[i]->revision = revisions[i];
        annotations[i]->author = m_role;
    }
    remember(annotations);
    return true;
}

int PostgresAnnotationStore::write(QSqlDatabase &db, const Annotation &a)
{
    const auto broken = [this, &db](const QSqlQuery &query) {
        const QString detail = detailOf(query.lastError());
        QSqlQuery probe(db);
        // Inside a failed transaction every statement fails: the connection is judged by
        // whether the server still answers at all.
        if (probe.exec(QStringLiteral("ROLLBACK")) && probe.exec(QStringLiteral("BEGIN"))) {
            fail(QStringLiteral("the note could not be saved"), detail);
            return 0;
        }
        fail(QStringLiteral("the connection to the notes server was lost"), detail);
        return -1;
    };
    QSqlQuery current(db);
    current.prepare(QStringLiteral(
        "SELECT revision, author = current_user, author FROM readout.annotations WHERE id = ?"));
    current.addBindValue(a.id);
    if (!current.exec())
        return broken(current);
    const QFileInfo file(a.documentPath);
    const QList<QVariant> values{text(a.documentSha256),
                                 text(file.fileName()),
                                 text(targetKindName(a.targetKind)),
                                 a.target.position.start,
                                 a.target.position.end,
                                 text(a.target.quote.exact),
                                 text(a.target.quote.prefix),
                                 text(a.target.quote.suffix),
                                 text(a.target.sha256),
                                 text(a.colour),
                                 text(a.note),
                                 tagsJson(a.tags),
                                 a.shared,
                                 a.created.toMSecsSinceEpoch(),
                                 a.modified.toMSecsSinceEpoch()};
    QSqlQuery change(db);
    if (current.next()) {
        if (!current.value(1).toBool()) {
            fail(QStringLiteral("this note was written by %1; only its author can change it")
                     .arg(current.value(2).toString()));
            return 0;
        }
        if (current.value(0).toInt() > a.revision) {
            fail(QStringLiteral("this note was changed elsewhere in the meantime; reload to see "
                                "it"));
            return 0;
        }
        change.prepare(QStringLiteral(
            "UPDATE readout.annotations SET document_sha256 = ?, document_name = ?,"
            " target_kind = ?, position_start = ?, position_end = ?, quote_exact = ?,"
            " quote_prefix = ?, quote_suffix = ?, target_sha256 = ?, colour = ?, note = ?,"
            " tags = ARRAY(SELECT json_array_elements_text(?::json)), shared = ?,"
            " created = to_timestamp(?::bigint / 1000.0),"
            " modified = to_timestamp(?::bigint / 1000.0), revision = revision + 1"
            " WHERE id = ? AND revision <= ? RETURNING revision"));
        for (const QVariant &value : values)
            change.addBindValue(value);
        change.addBindValue(a.id);
        change.addBindValue(a.revision);
    } else {
        change.prepare(QStringLiteral(
            "INSERT INTO readout.annotations (document_sha256, document_name, target_kind,"
            " position_start, position_end, quote_exact, quote_prefix, quote_suffix,"
            " target_sha256, colour, note, tags, shared, created, modified, id)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
            " ARRAY(SELECT json_array_elements_text(?::json)), ?,"
            " to_timestamp(?::bigint / 1000.0), to_timestamp(?::bigint / 1000.0), ?)"
            " RETURNING revision"));
        for (const QVariant &value : values)
            change.addBindValue(value);
        change.addBindValue(a.id);
    }
    if (!change.exec()) {
        const QString state = change.lastError().nativeErrorCode();
        if (state == QLatin1String("23505")) { // unique_violation: someone's private note
            fail(QStringLiteral("another author's note has this id; it was not changed"));
            return 0;
        }
        return broken(change);
    }
    if (!change.next()) { // saved by someone else between the check and the update
        fail(QStringLiteral("this note was changed elsewhere in the meantime; reload to see it"));
        return 0;
    }
    return change.value(0).toInt();
}

bool PostgresAnnotationStore::remove(const QString &id)
{
    m_error.clear();
    if (!usable()) {
        Annotation gone;
        gone.id = id;
        for (const Annotation &a : m_lastLoaded) {
            if (a.id == id)
                gone = a;
        }
        if (!m_pending.addRemoval(gone))
            return fail(QStringLiteral("the server cannot be reached and the deletion could not "
                                       "be kept"),
                        m_pending.error());
        m_lastLoaded.erase(std::remove_if(m_lastLoaded.begin(), m_lastLoaded.end(),
                                          [&id](const Annotation &a) { return a.id == id; }),
                           m_lastLoaded.end());
        reportStatus();
        return true;
    }
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery query(db);
    query.prepare(QStringLiteral("DELETE FROM readout.annotations WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec()) {
        const QString detail = detailOf(query.lastError());
        if (!connectionAlive()) {
            goOffline(detail);
            return remove(id);
        }
        return fail(QStringLiteral("the note could not be deleted"), detail);
    }
    if (query.numRowsAffected() > 0) {
        m_lastLoaded.erase(std::remove_if(m_lastLoaded.begin(), m_lastLoaded.end(),
                                          [&id](const Annotation &a) { return a.id == id; }),
                           m_lastLoaded.end());
        return true;
    }
    // Nothing deleted: gone already, or a colleague's (the policies hide it from DELETE).
    QSqlQuery owner(db);
    owner.prepare(QStringLiteral("SELECT author FROM readout.annotations WHERE id = ?"));
    owner.addBindValue(id);
    if (owner.exec() && owner.next())
        return fail(QStringLiteral("this note was written by %1; only its author can delete it")
                        .arg(owner.value(0).toString()));
    return true;
}

} // namespace Readout
