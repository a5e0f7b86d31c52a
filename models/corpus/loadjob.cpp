#include "loadjob.h"

#include "backgroundpriority.h"
#include "corpusloader.h"
#include "document/documentloader.h"
#include "indexwriter.h"

#include <QFileInfo>
#include <QtConcurrent/QtConcurrentMap>

namespace Readout {

namespace {

// Files parsed between two hand-overs: big enough to keep every core busy, small enough that
// the first documents show at once.
constexpr int ParseChunk = 48;
// Cached documents read between two hand-overs.
constexpr int ReadChunk = 256;

struct Parsed
{
    LoadedDocument loaded;
    QString error;
};

// A plain function: Qt 5's QtConcurrent cannot map lambdas.
Parsed parseFile(const QString &path)
{
    BackgroundPriority::applyToThisThread();
    Parsed parsed;
    // Stamped before reading: a file changing meanwhile is stale next time, never wrongly fresh.
    const FileStamp stamp = FileStamp::of(path);
    LoadResult result = DocumentLoader::load(path);
    if (!result.document) {
        parsed.error = result.error;
        return parsed;
    }
    parsed.loaded.folded = foldStatements(*result.document);
    parsed.loaded.headingKeys = headingKeys(*result.document);
    parsed.loaded.document = std::move(result.document);
    parsed.loaded.stamp = stamp;
    return parsed;
}

// A cached document: its row as read, then what it decodes to.
struct Decoding
{
    IndexCache::Row row;
    LoadedDocument loaded;
    QString file;
    FileStamp stamp;
};

// A plain function: Qt 5's QtConcurrent cannot map lambdas.
void decode(Decoding &decoding)
{
    BackgroundPriority::applyToThisThread();
    decoding.loaded = IndexCache::decode(decoding.row);
    decoding.row = IndexCache::Row(); // (its bytes are not needed any more)
    if (decoding.loaded.document)
        decoding.loaded.headingKeys = headingKeys(*decoding.loaded.document);
}

QString absolute(const QString &path)
{
    return path.startsWith(QLatin1Char(':')) ? path : QFileInfo(path).absoluteFilePath();
}

} // namespace

LoadJob::LoadJob(const QStringList &paths, const QSet<QString> &alreadyOpen, IndexWriter *writer,
                 Callbacks callbacks)
    : m_paths(paths), m_alreadyOpen(alreadyOpen), m_writer(writer),
      m_callbacks(std::move(callbacks))
{}

std::vector<LoadJob::Group> LoadJob::groups() const
{
    std::vector<Group> groups;
    QSet<QString> seen = m_alreadyOpen;
    for (const QString &path : m_paths) {
        const QString full = absolute(path);
        const bool folder = QFileInfo(full).isDir();
        Group group;
        group.root = folder ? full : IndexCache::rootOf(full);
        group.wholeFolder = folder;
        const QStringList found = folder ? CorpusLoader::summaryFiles(full) : QStringList{full};
        if (folder)
            group.listed = found;
        for (const QString &file : found) {
            const QString f = absolute(file);
            if (!seen.contains(f)) {
                seen.insert(f);
                group.files.append(f);
            }
        }
        // Single files of one folder share its cache.
        if (!folder && !groups.empty() && !groups.back().wholeFolder &&
            groups.back().root == group.root) {
            groups.back().files.append(group.files);
        } else {
            groups.push_back(std::move(group));
        }
    }
    return groups;
}

void LoadJob::run()
{
    BackgroundPriority::applyToThisThread("readout-load");
    std::vector<Group> all = groups();
    for (Group &group : all) {
        stamp(group);
        m_total += int(group.files.size());
    }
    m_callbacks.progress(0, m_total);
    for (const Group &group : all) {
        if (m_cancelled)
            return;
        loadGroup(group);
    }
}

void LoadJob::stamp(Group &group)
{
    group.stamps.reserve(size_t(group.files.size()));
    for (const QString &file : qAsConst(group.files))
        group.stamps.push_back(FileStamp::of(file));
}

void LoadJob::loadGroup(const Group &group)
{
    IndexCache cache(group.root);
    QString warning;
    const bool cached = m_writer && cache.open(&warning);
    if (!warning.isEmpty())
        m_callbacks.warning(warning);
    const QHash<QString, IndexCache::Entry> entries =
        cached ? cache.entries() : QHash<QString, IndexCache::Entry>();

    // Unchanged files come from the cache, the others are parsed.
    struct Hit
    {
        QString file;
        qint64 id;
        FileStamp stamp;
    };
    std::vector<Hit> hits;
    QStringList misses;
    for (int i = 0; i < group.files.size(); ++i) {
        const QString &file = group.files[i];
        const QString relative = cache.relativePath(file);
        const auto entry = entries.constFind(relative);
        if (entry != entries.constEnd() && entry->stamp.mtime != -1 &&
            entry->stamp == group.stamps[size_t(i)])
            hits.push_back({file, entry->id, entry->stamp});
        else
            misses.append(file);
    }
    if (cached && group.wholeFolder) {
        QSet<QString> present; // in the folder now, whether open already or not
        for (const QString &file : group.listed)
            present.insert(cache.relativePath(absolute(file)));
        for (auto it = entries.constBegin(); it != entries.constEnd(); ++it) {
            if (!present.contains(it.key()))
                m_writer->remove(group.root, cache.absolutePath(it.key()));
        }
    }

    // Rows are read here, one after another (one connection), while the rows read before are
    // decoded on all cores.
    std::vector<Decoding> reading;
    std::vector<Decoding> decoding;
    QFuture<void> decoded;
    const auto handOver = [&] {
        decoded.waitForFinished();
        std::vector<LoadedDocument> batch;
        for (Decoding &d : decoding) {
            if (!d.loaded.document) { // a damaged row: parse the file instead
                misses.append(d.file);
                continue;
            }
            std::const_pointer_cast<Document>(d.loaded.document)->file = d.file;
            d.loaded.stamp = d.stamp;
            batch.push_back(std::move(d.loaded));
        }
        decoding.clear();
        m_done += int(batch.size());
        if (!batch.empty())
            m_callbacks.batch(std::move(batch), QStringList());
        m_callbacks.progress(m_done, m_total);
    };
    for (size_t first = 0; first < hits.size() && !m_cancelled; first += ReadChunk) {
        for (size_t i = first; i < std::min(hits.size(), first + ReadChunk); ++i) {
            Decoding d;
            if (cache.readRow(hits[i].id, d.row)) {
                d.file = hits[i].file;
                d.stamp = hits[i].stamp;
                reading.push_back(std::move(d));
            } else {
                misses.append(hits[i].file);
            }
        }
        handOver();
        std::swap(reading, decoding);
        decoded = QtConcurrent::map(decoding, &decode);
    }
    handOver();
    if (m_cancelled)
        return;
    cache.close(); // the writer takes over
    parse(cached ? group.root : QString(), misses);
}

void LoadJob::parse(const QString &root, const QStringList &files)
{
    for (int first = 0; first < files.size(); first += ParseChunk) {
        if (m_cancelled)
            return;
        const QStringList chunk = files.mid(first, ParseChunk);
        QList<Parsed> parsed = QtConcurrent::blockingMapped(chunk, &parseFile);
        std::vector<LoadedDocument> batch;
        QStringList errors;
        for (Parsed &p : parsed) {
            if (p.loaded.document) {
                if (!root.isEmpty())
                    m_writer->store(root, p.loaded.document->file, p.loaded);
                batch.push_back(std::move(p.loaded));
            } else {
                errors.append(p.error);
            }
        }
        m_done += int(chunk.size());
        m_callbacks.batch(std::move(batch), errors);
        m_callbacks.progress(m_done, m_total);
    }
}

} // namespace Readout
