#pragma once

#include <QHash>
#include <QObject>
#include <QString>

#include <cstdint>
#include <map>
#include <memory>
#include <vector>

namespace Readout {

class Corpus;
class CorpusLoader;
class IndexCache;

/// Full-text search (SQLite FTS5) over the open documents, through the index caches their
/// loader keeps. A document is found only in a cache row made from the same bytes (same
/// SHA-256) as the open document, so a file changed on disk is never found by its old words;
/// until its new parse is written it is counted as not indexed yet.
class CorpusSearch : public QObject
{
    Q_OBJECT

public:
    CorpusSearch(const Corpus *corpus, CorpusLoader *loader, QObject *parent = nullptr);
    ~CorpusSearch() override;

    /// Runs @p query (FTS5 syntax) and sets matches[row] to 1 for every Corpus row found, 0 for
    /// the others. False when the query is not valid: @p error says why.
    bool search(const QString &query, std::vector<std::uint8_t> &matches, QString *error);
    /// Open documents that the last search could not look into (not in a cache yet).
    int unindexedDocuments() const { return m_unindexed; }

Q_SIGNALS:
    /// The caches took new documents: a search now may find more (or fewer).
    void indexChanged();

private:
    struct Root
    {
        std::unique_ptr<IndexCache> cache;
        QHash<qint64, QString> sha256; ///< cache document id → hash
        QHash<qint64, QString> file;   ///< cache document id → absolute path
        bool stale = true;
    };
    Root &root(const QString &folder);
    void refresh(Root &root);

    const Corpus *m_corpus;
    CorpusLoader *m_loader;
    std::map<QString, Root> m_roots;
    int m_unindexed = 0;
};

} // namespace Readout
