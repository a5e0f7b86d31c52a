#include "inputdocuments.h"

#include "corpus/corpusloader.h"
#include "document/documentloader.h"

#include <QFileInfo>
#include <QSet>
#include <QtConcurrent/QtConcurrentMap>

namespace Readout {

InputDocuments InputDocuments::load(const QStringList &paths)
{
    InputDocuments input;
    QStringList files;
    QSet<QString> seen;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.exists()) {
            input.errors << QStringLiteral("%1: no such file or folder").arg(path);
            continue;
        }
        const QStringList found =
            info.isDir() ? CorpusLoader::summaryFiles(path) : QStringList{path};
        if (found.isEmpty())
            input.errors << QStringLiteral("%1: no summary files in this folder").arg(path);
        for (const QString &file : found) {
            const QString absolute = QFileInfo(file).absoluteFilePath();
            if (!seen.contains(absolute)) {
                seen.insert(absolute);
                files << absolute;
            }
        }
    }
    // A plain function: Qt 5's QtConcurrent cannot map lambdas.
    const QList<LoadResult> results =
        QtConcurrent::blockingMapped<QList<LoadResult>>(files, &DocumentLoader::load);
    for (const LoadResult &result : results) {
        if (result.document)
            input.documents.push_back(result.document);
        else
            input.errors << result.error;
    }
    return input;
}

} // namespace Readout
