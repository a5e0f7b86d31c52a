#pragma once

#include "annotationstore.h"

#include <QHash>
#include <QString>

#include <memory>

namespace Readout {

/// Finds the AnnotationStore of a document's folder. The store of a folder lives in that folder
/// (SqliteAnnotationStore::fileName()); a document uses the nearest folder above it that has
/// one, else its own folder. When that folder cannot be written, a per-user store under
/// QStandardPaths::AppDataLocation, named after the folder's path, stands in for it.
///
/// Team mode: given a server (a PostgresAddress text), every document's notes are on that
/// server instead (one PostgresAnnotationStore; documents known by their hash, under their
/// absolute path here).
class AnnotationStores
{
public:
    struct Place
    {
        AnnotationStore *store = nullptr; ///< null for documents that are not files
        QString folder;                   ///< the folder the relative path starts from
        QString relativePath;             ///< the document's path in the store
        bool standIn = false;             ///< the per-user stand-in for a read-only folder
    };

    /// Uses defaultServer().
    AnnotationStores();
    /// Uses the server @p server; empty: the folders' own stores.
    explicit AnnotationStores(const QString &server);
    ~AnnotationStores();

    /// The server new AnnotationStores use (the command line's --store, or the settings);
    /// empty: none. Set once at start-up.
    static void setDefaultServer(const QString &server);
    static QString defaultServer();
    /// The server of these stores; empty when notes are kept in the folders.
    QString server() const { return m_server; }

    /// The store and relative path of the document read from @p file. When no folder above
    /// keeps notes yet, the new store goes to @p newStoreFolder (a folder above the file: an
    /// import puts a folder's notes back where they came from), else to the file's folder.
    Place placeOf(const QString &file, const QString &newStoreFolder = QString());
    /// Every store opened so far, by folder.
    QList<AnnotationStore *> stores() const;
    QString folderOf(const AnnotationStore *store) const;

    /// Where the stand-in for @p folder is kept.
    static QString standInPath(const QString &folder);

private:
    AnnotationStore *storeFor(const QString &folder, bool &standIn);
    Place serverPlaceOf(const QString &file);

    QString m_server;

    QHash<QString, std::shared_ptr<AnnotationStore>> m_stores; ///< by folder
    QHash<QString, bool> m_standIn;
    QHash<QString, QString> m_storeFolderOf; ///< a file's folder → the folder of its store
};

} // namespace Readout
