#include "corpussearch.h"

#include "corpus.h"
#include "corpusloader.h"
#include "indexcache.h"
#include "indexwriter.h"

#include <QSet>

namespace Readout {

CorpusSearch::CorpusSearch(const Corpus *corpus, CorpusLoader *loader, QObject *parent)
    : QObject(parent), m_corpus(corpus), m_loader(loader)
{
    connect(loader->indexWriter(), &IndexWriter::indexed, this, [this](const QString &folder) {
        auto found = m_roots.find(folder);
        if (found != m_roots.end())
            found->second.stale = true;
        Q_EMIT indexChanged();
    });
}

CorpusSearch::~CorpusSearch() = default;

CorpusSearch::Root &CorpusSearch::root(const QString &folder)
{
    Root &r = m_roots[folder];
    if (!r.cache)
        r.cache = std::make_unique<IndexCache>(folder);
    return r;
}

void CorpusSearch::refresh(Root &r)
{
    // The writer may have made the cache (or rebuilt it) since: open it again.
    r.cache->close();
    r.sha256.clear();
    r.file.clear();
    if (!r.cache->openForSearch())
        return;
    const QHash<QString, IndexCache::Entry> entries = r.cache->entries();
    for (auto it = entries.constBegin(); it != entries.constEnd(); ++it) {
        r.sha256.insert(it->id, it->sha256);
        r.file.insert(it->id, r.cache->absolutePath(it.key()));
    }
    r.stale = false;
}

bool CorpusSearch::search(const QString &query, std::vector<std::uint8_t> &matches, QString *error)
{
    matches.assign(size_t(m_corpus->rowCount()), 0);
    QSet<int> covered; // documents looked into
    std::vector<IndexCache::Hit> hits;
    for (const QString &folder : m_loader->cacheRoots()) {
        Root &r = root(folder);
        if (r.stale)
            refresh(r);
        if (!r.cache->isOpen())
            continue;
        if (!r.cache->search(query, hits)) {
            if (error)
                *error = r.cache->error();
            matches.assign(matches.size(), 0);
            return false;
        }
        // Which open document each cache document is, when it is the same version.
        QHash<qint64, int> documentOf;
        for (auto it = r.file.constBegin(); it != r.file.constEnd(); ++it) {
            const int index = m_corpus->indexOfFile(it.value());
            if (index >= 0 && m_corpus->document(index)->sha256 == r.sha256.value(it.key())) {
                documentOf.insert(it.key(), index);
                covered.insert(index);
            }
        }
        for (const IndexCache::Hit &hit : hits) {
            const int index = documentOf.value(hit.document, -1);
            if (index < 0)
                continue;
            const int row = m_corpus->firstRow(index) + hit.statement;
            if (row < m_corpus->firstRow(index + 1))
                matches[size_t(row)] = 1;
        }
    }
    m_unindexed = m_corpus->documentCount() - int(covered.size());
    return true;
}

} // namespace Readout
