#pragma once

#include "annotation.h"
#include "annotationstoreevents.h"

#include <QString>

#include <vector>

namespace Readout {

/// Where a folder's annotations are kept. One store per folder of source files; documents are
/// named by their path relative to that folder and by the SHA-256 of their bytes.
///
/// Every call is one transaction: when save() returns true, the annotation is committed.
/// Nothing is ever deleted except by remove().
class AnnotationStore
{
public:
    virtual ~AnnotationStore() = default;

    /// What to show the user about where annotations are kept (a file path, a server).
    virtual QString location() const = 0;
    /// Empty while the store works; otherwise one line naming the file and the problem.
    virtual QString error() const = 0;

    /// Every annotation of the folder.
    virtual std::vector<Annotation> load() = 0;
    /// Inserts or updates by id. Refused (false, error() says why) when the stored revision is
    /// newer than @p annotation's: someone saved it in between and nothing of theirs is
    /// overwritten. On success @p annotation.revision is the stored one.
    virtual bool save(Annotation &annotation) = 0;
    /// Saves every one of @p annotations in one transaction (an import): all are committed or
    /// none is. The same rules as save() apply to each.
    virtual bool saveAll(std::vector<Annotation> &annotations) = 0;
    /// Deletes one annotation (the user asked for it).
    virtual bool remove(const QString &id) = 0;

    /// Tells the store a document is at @p path with hash @p sha256 now: a file renamed or
    /// moved within the folder keeps its annotations (found by hash), a changed file keeps
    /// them at its path (they are re-anchored). Writes only when the store already exists.
    virtual void documentSeen(const QString &path, const QString &sha256) = 0;

    /// Whether another process changed the store since the last call (cheap; poll it).
    virtual bool hasExternalChanges() = 0;

    /// A store that hears of changes by itself (a server's notifications) signals them here;
    /// null for one that is polled with hasExternalChanges().
    virtual AnnotationStoreEvents *events() { return nullptr; }
    /// Whether load() must be called again because documentSeen() named documents the last
    /// load() did not cover (a server store loads the documents seen, not a whole folder).
    virtual bool needsLoad() const { return false; }
};

} // namespace Readout
