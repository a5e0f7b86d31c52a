#pragma once

#include "annotations/annotation.h"
#include "document/document.h"

#include <QString>
#include <QStringList>

namespace Readout {

class Corpus;
struct AnchoredAnnotation;

/// One annotation to export, with the citation a reader can check: where the passage is (file,
/// line, outline labels, the hash of the version the note was made on), who said it and on
/// what topic. The meeting's title, date, place and participants come from @c document.
struct ExportEntry
{
    Annotation annotation;
    DocumentPtr document;
    QString file;        ///< relative to the folder of the notes store, '/' separated
    int line = 0;        ///< 1-based line of the passage start; 0 when orphaned
    QString outlinePath; ///< labels of the enclosing outline nodes, outermost first: "1.(3)(b)"
    QStringList topic;   ///< enclosing topic headings, outermost first
    QString speaker;     ///< as the statement table names it; empty outside statements
    QString side;        ///< the speaker's country or side
    QString quote;       ///< the passage as the document has it now (stored quote if orphaned)
    bool orphaned = false;

    /// The title, else the file name.
    QString documentName() const;
    /// "2025/ostrel.txt:5, sha256 3f2a9b1c0d4e" (the hash shortened to 12 digits).
    QString reference() const;

    /// The entry of @p anchored, an annotation of a document of @p corpus; @p statementRow is
    /// the Corpus row of the statement at the passage start, or -1.
    static ExportEntry describe(const AnchoredAnnotation &anchored, const Corpus &corpus,
                                int statementRow);
};

} // namespace Readout
