#pragma once

#include "annotationstore.h"
#include "pendingedits.h"
#include "postgresaddress.h"

#include <QHash>
#include <QSet>

#include <memory>

class QSqlDatabase;
class QTimer;

namespace Readout {

/// The AnnotationStore of a team: every annotation on one PostgreSQL server (Qt Sql, QPSQL),
/// schema and policies from PostgresSchema. Documents are known by their SHA-256, so
/// teammates who keep the archive at different paths share notes; load() returns the
/// annotations of the documents named by documentSeen(), under the path given there.
///
/// The author of an annotation is the database role that wrote it; the server lets only the
/// author change or delete it, and hides private ones (Annotation::shared false) from others.
/// Changes by others arrive as notifications (events()->changed()) within moments.
///
/// When the server cannot be reached, browsing goes on with what was loaded last, and saves
/// and removals are kept in a PendingEdits file (save() then returns true: the edit is safe on
/// this computer) and sent when the server is back; events()->statusChanged() says so. An edit
/// the server refuses then (a colleague changed the note meanwhile) stays in that file and is
/// reported in error().
///
/// Must be used in the thread that made it; reconnecting needs that thread's event loop.
class PostgresAnnotationStore : public AnnotationStore
{
public:
    /// The store on @p address; nothing is connected yet. Edits made offline are kept in
    /// @p pendingPath (default: PendingEdits::defaultPath()).
    explicit PostgresAnnotationStore(const PostgresAddress &address,
                                     const QString &pendingPath = QString());
    ~PostgresAnnotationStore() override;

    /// Whether Qt's PostgreSQL driver (QPSQL) is installed.
    static bool driverAvailable();

    QString location() const override { return m_address.uri(); }
    QString error() const override { return m_error; }
    std::vector<Annotation> load() override;
    bool save(Annotation &annotation) override;
    bool saveAll(std::vector<Annotation> &annotations) override;
    bool remove(const QString &id) override;
    void documentSeen(const QString &path, const QString &sha256) override;
    bool hasExternalChanges() override;
    AnnotationStoreEvents *events() override { return m_events.get(); }
    bool needsLoad() const override { return m_needsLoad; }

    /// Connects (once) and sets up the schema; false with error() when the server cannot be
    /// reached or refuses.
    bool connectToServer();
    bool isOnline() const { return m_state == State::Online; }
    /// Edits waiting for the server.
    int pendingCount() { return m_pending.pendingCount(); }
    QString pendingPath() const { return m_pending.path(); }
    /// The database role this store writes as (empty before the first connection).
    QString role() const { return m_role; }
    /// The Qt Sql connection (tests run SQL of their own through it).
    QString connectionName() const { return m_connection; }

private:
    enum class State
    {
        NotConnected,
        Online,
        Offline
    };
    bool usable();
    void goOffline(const QString &detail);
    void tryReconnect();
    void checkConnection();
    bool connectionAlive();
    void subscribe();
    void sendPending();
    bool fail(const QString &what, const QString &detail = QString());
    bool run(QSqlDatabase &db, const QString &sql);
    /// Writes @p annotation inside the open transaction: its new revision; 0 when the server
    /// refused it (m_error says why), -1 when the connection failed.
    int write(QSqlDatabase &db, const Annotation &annotation);
    bool sameAsStored(QSqlDatabase &db, const Annotation &annotation);
    bool queue(std::vector<Annotation *> annotations);
    bool saveInTransaction(std::vector<Annotation *> annotations);
    void remember(const std::vector<Annotation *> &annotations);
    void overlayPending(std::vector<Annotation> &annotations);
    void reportStatus();

    PostgresAddress m_address;
    QString m_connection;
    QString m_error;
    QString m_role;
    State m_state = State::NotConnected;
    PendingEdits m_pending;
    std::unique_ptr<AnnotationStoreEvents> m_events;
    QTimer *m_timer;                      ///< heartbeat while online, reconnection while offline
    QHash<QString, QString> m_pathOf;     ///< local path of each document seen, by hash
    std::vector<Annotation> m_lastLoaded; ///< shown while the server is away
    bool m_needsLoad = false;
    bool m_changed = false;
    bool m_listening = false;
};

} // namespace Readout
