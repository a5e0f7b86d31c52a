#include "importcommand.h"

#include "annotations/annotationstores.h"
#include "export/annotationimporter.h"
#include "export/inputdocuments.h"

#include <QTextStream>

namespace Readout {

int importCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QStringList files;
    bool optionsDone = false;
    for (const QString &a : args) {
        if (!optionsDone && a == QLatin1String("--")) {
            optionsDone = true;
        } else if (!optionsDone && a.startsWith(QLatin1Char('-')) && a.size() > 1) {
            err << "readout import: unknown option " << a << "\n";
            return 2;
        } else {
            files << a;
        }
    }
    if (files.size() < 2) {
        err << "readout import: give the annotations file and the files or folders they belong "
               "to\n";
        return 2;
    }
    // Every document must load: an annotation whose document failed would be reported missing.
    const InputDocuments input = InputDocuments::load(files.mid(1));
    for (const QString &error : input.errors)
        err << "readout: " << error << "\n";
    if (!input.errors.isEmpty())
        return 2;
    AnnotationStores stores;
    const AnnotationImporter::Result result =
        AnnotationImporter(stores).import(files.first(), input.documents);
    for (const QString &error : result.errors)
        err << "readout: " << error << "\n";
    const int saved = result.anchored + result.orphaned;
    if (!result.errors.isEmpty() && saved == 0)
        return 2;
    out << files.first() << ": " << result.anchored << " anchored, " << result.orphaned
        << " orphaned (kept, to attach by hand), " << result.skipped
        << " skipped as already there\n";
    out.flush();
    return result.errors.isEmpty() ? 0 : 1;
}

} // namespace Readout
