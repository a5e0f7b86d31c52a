#include "exportentry.h"

#include "corpus/corpus.h"
#include "items/annotationmodel.h"
#include "items/statementmodel.h"

#include <QFileInfo>

#include <algorithm>

namespace Readout {

namespace {

int lineAt(const QString &text, int offset)
{
    return int(std::count(text.begin(), text.begin() + offset, QLatin1Char('\n'))) + 1;
}

// The innermost outline node whose section holds @p offset: nodes are in text order, so it is
// the last one that starts at or before it.
int nodeAt(const Document &document, int offset)
{
    int found = -1;
    for (size_t n = 0; n < document.outline.size() && document.outline[n].start <= offset; ++n)
        found = int(n);
    return found;
}

// Bullets ("-", "•") number nothing and are left out of the path.
QString labelPath(const Document &document, int node)
{
    QString path;
    for (int n = node; n >= 0; n = document.outline[size_t(n)].parent) {
        const QString label = document.outline[size_t(n)].label.trimmed();
        if (std::any_of(label.begin(), label.end(), [](QChar c) { return c.isLetterOrNumber(); }))
            path.prepend(label);
    }
    return path;
}

} // namespace

QString ExportEntry::documentName() const
{
    return document->title.isEmpty() ? QFileInfo(document->file).fileName() : document->title;
}

QString ExportEntry::reference() const
{
    const QString place =
        line > 0 ? QStringLiteral("%1:%2").arg(file, QString::number(line)) : file;
    return QStringLiteral("%1, sha256 %2").arg(place, annotation.target.sha256.left(12));
}

ExportEntry ExportEntry::describe(const AnchoredAnnotation &anchored, const Corpus &corpus,
                                  int statementRow)
{
    ExportEntry entry;
    entry.annotation = anchored.annotation;
    entry.document = anchored.document;
    entry.file = anchored.annotation.documentPath;
    entry.orphaned = anchored.isOrphaned();
    const Document &document = *anchored.document;
    if (entry.orphaned) {
        entry.quote = anchored.annotation.target.quote.exact;
        return entry;
    }
    entry.quote = document.text.mid(anchored.start, anchored.end - anchored.start);
    entry.line = lineAt(document.text, anchored.start);
    int node = nodeAt(document, anchored.start);
    if (statementRow >= 0) {
        node = corpus.statement(statementRow).node;
        const int speaker = corpus.rowSpeaker(statementRow);
        entry.speaker = StatementModel::speakerName(corpus, speaker);
        entry.side = corpus.speakers().entry(corpus.speakers().canonical(speaker)).country;
    }
    if (node >= 0) {
        entry.outlinePath = labelPath(document, node);
        entry.topic = document.topicPath(node);
    }
    return entry;
}

} // namespace Readout
