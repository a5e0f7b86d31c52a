#include "annotationstores.h"

#include "postgresannotationstore.h"
#include "sqliteannotationstore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryFile>

namespace Readout {

namespace {

// Whether a new file can be made in @p folder (QFileInfo::isWritable says yes to root on a
// read-only mount; trying is the only sure answer).
bool canCreateFilesIn(const QString &folder)
{
    QTemporaryFile probe(QDir(folder).filePath(QStringLiteral(".readout-probe-XXXXXX")));
    return probe.open();
}

QString &defaultServerAddress()
{
    static QString address;
    return address;
}

// @p file as an absolute, clean path. Documents' paths are so already (an archive's thousands
// of files are placed as they arrive): those are only checked.
QString absoluteClean(const QString &file)
{
    if (QDir::isAbsolutePath(file) && QDir::cleanPath(file) == file)
        return file;
    return QFileInfo(file).absoluteFilePath();
}

} // namespace

AnnotationStores::AnnotationStores() : m_server(defaultServer()) {}

AnnotationStores::AnnotationStores(const QString &server) : m_server(server) {}

void AnnotationStores::setDefaultServer(const QString &server)
{
    defaultServerAddress() = server;
}

QString AnnotationStores::defaultServer()
{
    return defaultServerAddress();
}

// On a server, a document is known by its hash: its path here is only this user's name for it.
AnnotationStores::Place AnnotationStores::serverPlaceOf(const QString &file)
{
    Place place;
    const QFileInfo info(file);
    place.folder = info.absolutePath();
    place.relativePath = info.absoluteFilePath();
    auto it = m_stores.find(QString());
    if (it == m_stores.end()) {
        it = m_stores.insert(
            QString(), std::make_shared<PostgresAnnotationStore>(PostgresAddress::parse(m_server)));
    }
    place.store = it->get();
    return place;
}

AnnotationStores::~AnnotationStores() = default;

QString AnnotationStores::standInPath(const QString &folder)
{
    const QByteArray key =
        QCryptographicHash::hash(QDir::cleanPath(folder).toUtf8(), QCryptographicHash::Sha1)
            .toHex()
            .left(16);
    const QString base = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(base).filePath(QStringLiteral("stand-in-notes/%1-%2")
                                   .arg(QFileInfo(folder).fileName(), QString::fromLatin1(key)));
}

AnnotationStores::Place AnnotationStores::placeOf(const QString &file,
                                                  const QString &newStoreFolder)
{
    Place place;
    if (file.isEmpty() || file.startsWith(QLatin1Char(':')))
        return place;
    if (!m_server.isEmpty())
        return serverPlaceOf(file);
    const QString path = absoluteClean(file);
    const QString fileFolder =
        path.left(std::max<qsizetype>(path.lastIndexOf(QLatin1Char('/')), 1));
    QString folder = m_storeFolderOf.value(fileFolder);
    // The nearest folder above that already keeps notes (an archive opened from its top),
    // looked up once per folder: an archive has thousands of files in a few folders.
    if (folder.isEmpty()) {
        for (QDir dir(fileFolder); folder.isEmpty();) {
            if (QFileInfo::exists(dir.filePath(SqliteAnnotationStore::fileName())) ||
                QFileInfo::exists(standInPath(dir.absolutePath()) + QLatin1Char('/') +
                                  SqliteAnnotationStore::fileName())) {
                folder = dir.absolutePath();
            } else if (!dir.cdUp()) {
                folder =
                    newStoreFolder.isEmpty() ? fileFolder : QDir(newStoreFolder).absolutePath();
            }
        }
        m_storeFolderOf.insert(fileFolder, folder);
    }
    place.folder = folder;
    place.relativePath = path.startsWith(folder + QLatin1Char('/'))
                             ? path.mid(folder.size() + 1)
                             : QDir(folder).relativeFilePath(path);
    place.store = storeFor(folder, place.standIn);
    return place;
}

AnnotationStore *AnnotationStores::storeFor(const QString &folder, bool &standIn)
{
    const auto it = m_stores.constFind(folder);
    if (it != m_stores.constEnd()) {
        standIn = m_standIn.value(folder);
        return it->get();
    }
    QString path = QDir(folder).filePath(SqliteAnnotationStore::fileName());
    standIn = !QFileInfo::exists(path) && !canCreateFilesIn(folder);
    if (standIn) {
        const QString dir = standInPath(folder);
        QDir().mkpath(dir);
        path = QDir(dir).filePath(SqliteAnnotationStore::fileName());
    }
    auto store = std::make_shared<SqliteAnnotationStore>(path);
    m_stores.insert(folder, store);
    m_standIn.insert(folder, standIn);
    return store.get();
}

QList<AnnotationStore *> AnnotationStores::stores() const
{
    QList<AnnotationStore *> result;
    for (const auto &store : m_stores)
        result.append(store.get());
    return result;
}

QString AnnotationStores::folderOf(const AnnotationStore *store) const
{
    for (auto it = m_stores.constBegin(); it != m_stores.constEnd(); ++it) {
        if (it->get() == store)
            return it.key();
    }
    return QString();
}

} // namespace Readout
