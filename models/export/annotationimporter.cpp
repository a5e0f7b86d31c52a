#include "annotationimporter.h"

#include "annotations/annotationstores.h"
#include "annotations/codepointindex.h"
#include "annotations/textanchor.h"
#include "webannotationreader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QUrl>
#include <QUuid>

#include <algorithm>
#include <memory>
#include <unordered_map>

namespace Readout {

namespace {

// The folder that the relative path @p source starts from, when @p file is at that path below
// it; else empty.
QString rootOf(const QString &source, const QString &file)
{
    if (source.isEmpty() || source.contains(QLatin1String("://")) || QDir::isAbsolutePath(source))
        return QString();
    const QString absolute = QFileInfo(file).absoluteFilePath();
    const QString tail = QLatin1Char('/') + QDir::cleanPath(source);
    return absolute.endsWith(tail) ? absolute.left(absolute.size() - tail.size()) : QString();
}

// The documents given, by hash and by file name.
class DocumentIndex
{
public:
    explicit DocumentIndex(const std::vector<DocumentPtr> &documents)
    {
        for (const DocumentPtr &d : documents) {
            m_bySha256.insert(d->sha256, d);
            m_byName[QFileInfo(d->file).fileName()].push_back(d);
        }
    }

    // By the version's hash; else by file name, preferring the same relative path.
    DocumentPtr find(const ImportedAnnotation &imported) const
    {
        const DocumentPtr same = m_bySha256.value(imported.annotation.target.sha256);
        if (same && !imported.annotation.target.sha256.isEmpty())
            return same;
        const QString source = imported.source.contains(QLatin1String("://"))
                                   ? QUrl(imported.source).path()
                                   : imported.source;
        const auto named = m_byName.constFind(source.section(QLatin1Char('/'), -1));
        if (named == m_byName.constEnd())
            return nullptr;
        for (const DocumentPtr &d : *named) {
            if (!rootOf(source, d->file).isEmpty())
                return d;
        }
        return named->front();
    }

private:
    QHash<QString, DocumentPtr> m_bySha256;
    QHash<QString, std::vector<DocumentPtr>> m_byName;
};

// What makes two annotations the same note on the same passage.
QString passageKey(const Annotation &a)
{
    return a.documentPath + QChar(0) + a.target.quote.exact + QChar(0) + a.note;
}

// What is imported into one store, and what it holds already.
struct Batch
{
    AnnotationStore *store = nullptr;
    std::vector<Annotation> add;
    QSet<QString> ids;
    QSet<QString> passages;
    int anchored = 0;
    int orphaned = 0;
};

} // namespace

AnnotationImporter::Result AnnotationImporter::import(const QString &file,
                                                      const std::vector<DocumentPtr> &documents)
{
    Result result;
    const auto problem = [&](const QString &what) {
        result.errors << QStringLiteral("%1: %2").arg(file, what);
    };
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly)) {
        problem(QStringLiteral("cannot be read (%1)").arg(in.errorString()));
        return result;
    }
    QString error;
    const std::vector<ImportedAnnotation> imported =
        WebAnnotationReader::read(in.readAll(), &error);
    if (!error.isEmpty()) {
        problem(error);
        return result;
    }
    // Every annotation's document first: one that is missing stops the import unwritten.
    const DocumentIndex index(documents);
    std::vector<DocumentPtr> targets;
    for (size_t i = 0; i < imported.size(); ++i) {
        targets.push_back(index.find(imported[i]));
        if (!targets.back())
            problem(QStringLiteral("annotation %1: its document %2 (sha256 %3) is not among the "
                                   "given files and folders")
                        .arg(QString::number(i + 1), imported[i].source,
                             imported[i].annotation.target.sha256.left(12)));
    }
    if (!result.errors.isEmpty())
        return result;

    // A server's store reads only the notes of the documents named to it.
    for (size_t i = 0; i < imported.size(); ++i) {
        const AnnotationStores::Place place =
            m_stores.placeOf(targets[i]->file, rootOf(imported[i].source, targets[i]->file));
        if (place.store)
            place.store->documentSeen(place.relativePath, targets[i]->sha256);
    }
    std::vector<Batch> batches;
    std::unordered_map<const Document *, std::unique_ptr<TextAnchor>> anchors;
    for (size_t i = 0; i < imported.size(); ++i) {
        const DocumentPtr &document = targets[i];
        // A folder's notes go back to a store in that folder unless one nearer keeps notes.
        const AnnotationStores::Place place =
            m_stores.placeOf(document->file, rootOf(imported[i].source, document->file));
        if (!place.store) {
            problem(QStringLiteral("%1 keeps no notes").arg(document->file));
            return result;
        }
        auto batch = std::find_if(batches.begin(), batches.end(),
                                  [&](const Batch &b) { return b.store == place.store; });
        if (batch == batches.end()) {
            Batch fresh;
            fresh.store = place.store;
            for (const Annotation &a : place.store->load()) {
                fresh.ids.insert(a.id);
                fresh.passages.insert(passageKey(a));
            }
            if (!place.store->error().isEmpty())
                result.errors << place.store->error();
            batches.push_back(std::move(fresh));
            batch = batches.end() - 1;
        }
        std::unique_ptr<TextAnchor> &anchor = anchors[document.get()];
        if (!anchor)
            anchor = std::make_unique<TextAnchor>(document->text, document->sha256);

        Annotation a = imported[i].annotation;
        a.documentPath = place.relativePath;
        a.documentSha256 = document->sha256;
        a.revision = 0;
        if (a.id.isEmpty())
            a.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        // A position without a quote is trusted only on the very version it was made on.
        if (a.target.quote.exact.isEmpty() && a.target.sha256 == document->sha256) {
            const int start = CodePointIndex::toUtf16(document->text, a.target.position.start);
            const int end = CodePointIndex::toUtf16(document->text, a.target.position.end);
            if (start >= 0 && end > start)
                a.target = anchor->describe(start, end);
        }
        const TextAnchor::Result found = anchor->anchor(a.target);
        // Another tool's target lacks the version or the position: the found passage gives
        // both. Readout's own keeps the version it was made on, as the store does.
        if (found.start >= 0 && (a.target.sha256.isEmpty() || a.target.position.start < 0))
            a.target = anchor->describe(found.start, found.end);
        if (batch->ids.contains(a.id) || batch->passages.contains(passageKey(a))) {
            ++result.skipped;
            continue;
        }
        batch->ids.insert(a.id);
        batch->passages.insert(passageKey(a));
        ++(found.start >= 0 ? batch->anchored : batch->orphaned);
        batch->add.push_back(std::move(a));
    }
    if (!result.errors.isEmpty())
        return result;
    for (Batch &batch : batches) {
        if (!batch.store->saveAll(batch.add)) {
            result.errors << batch.store->error();
            continue;
        }
        result.anchored += batch.anchored;
        result.orphaned += batch.orphaned;
    }
    return result;
}

} // namespace Readout
