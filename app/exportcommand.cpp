#include "exportcommand.h"

#include "corpus/corpus.h"
#include "export/exporter.h"
#include "export/exportselection.h"
#include "export/inputdocuments.h"
#include "items/annotationmodel.h"

#include <QBuffer>
#include <QSaveFile>
#include <QTextStream>

namespace Readout {

namespace {

struct ExportArguments
{
    QString format;
    QString output;
    ExportFilter filter;
    ExportOptions options;
    QStringList paths;
};

// Options take their value as the next argument or after '='. False, with @p problem, on a
// usage error.
bool parse(const QStringList &args, ExportArguments &parsed, QString &problem)
{
    const QHash<QString, QString *> valued{{QStringLiteral("--format"), &parsed.format},
                                           {QStringLiteral("--output"), &parsed.output},
                                           {QStringLiteral("--speaker"), &parsed.filter.speaker},
                                           {QStringLiteral("--topic"), &parsed.filter.topic},
                                           {QStringLiteral("--tag"), &parsed.filter.tag},
                                           {QStringLiteral("--colour"), &parsed.filter.colour},
                                           {QStringLiteral("--color"), &parsed.filter.colour},
                                           {QStringLiteral("--author"), &parsed.filter.author}};
    bool optionsDone = false;
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        const QString name = a.section(QLatin1Char('='), 0, 0);
        if (optionsDone || !a.startsWith(QLatin1Char('-')) || a == QLatin1String("-")) {
            parsed.paths << a;
        } else if (a == QLatin1String("--")) {
            optionsDone = true;
        } else if (a == QLatin1String("--bom")) {
            parsed.options.byteOrderMark = true;
        } else if (valued.contains(name)) {
            if (a.contains(QLatin1Char('='))) {
                *valued.value(name) = a.section(QLatin1Char('='), 1);
            } else if (i + 1 < args.size()) {
                *valued.value(name) = args.at(++i);
            } else {
                problem = QStringLiteral("%1 needs a value").arg(a);
                return false;
            }
        } else {
            problem = QStringLiteral("unknown option %1").arg(a);
            return false;
        }
    }
    if (!Exporter::formats().contains(parsed.format))
        problem = parsed.format.isEmpty()
                      ? QStringLiteral("--format is required (md, html, csv, json or pdf)")
                      : QStringLiteral("unknown format %1 (md, html, csv, json or pdf)")
                            .arg(parsed.format);
    else if (parsed.format == QLatin1String("pdf") && parsed.output.isEmpty())
        problem = QStringLiteral("PDF needs --output FILE");
    else if (parsed.paths.isEmpty())
        problem = QStringLiteral("no files or folders given");
    return problem.isEmpty();
}

// To standard output, or to the file all at once: a failed export leaves no half-file.
bool writeOut(Exporter &exporter, const std::vector<ExportEntry> &entries, const QString &output,
              QTextStream &out, QString &problem)
{
    if (output.isEmpty()) {
        out.flush();
        if (QIODevice *device = out.device()) {
            if (exporter.write(entries, device))
                return true;
        } else {
            QBuffer buffer;
            buffer.open(QIODevice::WriteOnly);
            if (exporter.write(entries, &buffer)) {
                out << QString::fromUtf8(buffer.data());
                return true;
            }
        }
        problem = QStringLiteral("standard output: %1").arg(exporter.error());
        return false;
    }
    QSaveFile file(output);
    if (!file.open(QIODevice::WriteOnly)) {
        problem = QStringLiteral("%1: cannot be written (%2)").arg(output, file.errorString());
        return false;
    }
    if (!exporter.write(entries, &file)) {
        file.cancelWriting();
        problem = QStringLiteral("%1: %2").arg(output, exporter.error());
        return false;
    }
    if (!file.commit()) {
        problem = QStringLiteral("%1: cannot be written (%2)").arg(output, file.errorString());
        return false;
    }
    return true;
}

} // namespace

bool exportNeedsFonts(const QStringList &args)
{
    ExportArguments parsed;
    QString problem;
    parse(args, parsed, problem);
    return parsed.format == QLatin1String("pdf");
}

int exportCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    ExportArguments parsed;
    QString problem;
    if (!parse(args, parsed, problem)) {
        err << "readout export: " << problem << "\n";
        return 2;
    }
    const InputDocuments input = InputDocuments::load(parsed.paths);
    for (const QString &error : input.errors)
        err << "readout: " << error << "\n";
    if (input.documents.empty())
        return 2;
    Corpus corpus;
    AnnotationModel notes(&corpus);
    bool storeFailed = false;
    QObject::connect(&notes, &AnnotationModel::storeProblem, [&](const QString &message) {
        err << "readout: " << message << "\n";
        storeFailed = true;
    });
    corpus.addDocuments(input.documents);
    ExportSelection selection(notes, corpus);
    selection.setFilter(parsed.filter);
    const std::unique_ptr<Exporter> exporter = Exporter::create(parsed.format, parsed.options);
    if (!writeOut(*exporter, selection.entries(), parsed.output, out, problem)) {
        err << "readout: " << problem << "\n";
        return 2;
    }
    out.flush();
    return input.errors.isEmpty() && !storeFailed ? 0 : 1;
}

} // namespace Readout
