#pragma once

#include "annotationstore.h"

#include <QSqlDatabase>

namespace Readout {

/// The AnnotationStore of one folder in an SQLite file (Qt Sql, QSQLITE). The file is created
/// on the first save, not when annotations are merely read. WAL journal, foreign keys, a busy
/// timeout so two Readout processes can write at once, synchronous=FULL so a committed save
/// survives a crash. The schema is versioned with PRAGMA user_version and migrated forward.
///
/// A file that is not an SQLite database, or a corrupt one, is never written to: the store
/// reports it in error() and stays empty.
class SqliteAnnotationStore : public AnnotationStore
{
public:
    /// The store kept in @p databasePath; nothing is opened or created yet.
    explicit SqliteAnnotationStore(const QString &databasePath);
    ~SqliteAnnotationStore() override;

    /// The file name of a folder's store.
    static QString fileName();
    /// The schema version this build writes.
    static int schemaVersion();

    QString location() const override { return m_path; }
    QString error() const override { return m_error; }
    std::vector<Annotation> load() override;
    bool save(Annotation &annotation) override;
    bool saveAll(std::vector<Annotation> &annotations) override;
    bool remove(const QString &id) override;
    void documentSeen(const QString &path, const QString &sha256) override;
    bool hasExternalChanges() override;

private:
    enum class Open
    {
        IfExists,
        Create
    };
    bool open(Open mode);
    bool checkExistingFile();
    bool verifyBeforeWriting();
    bool migrate();
    bool exec(const QString &sql);
    qint64 dataVersion();
    bool fail(const QString &what, const QString &detail);
    int documentId(const QString &path, const QString &sha256);
    bool saveTags(const QString &id, const QStringList &tags);
    bool saveInTransaction(std::vector<Annotation *> annotations);
    int upsert(const Annotation &annotation);

    QString m_path;
    QString m_connection;
    QString m_error;
    qint64 m_dataVersion = -1;
    bool m_broken = false;   ///< not a database, or corrupt: never touched again
    bool m_verified = false; ///< quick_check passed since opening
};

} // namespace Readout
