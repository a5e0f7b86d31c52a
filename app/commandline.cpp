#include "commandline.h"

#include "document/documentjson.h"
#include "document/documentloader.h"
#include "exportcommand.h"
#include "importcommand.h"
#include "storeoption.h"
#include "teamsetupcommand.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QTextStream>

namespace Readout {

namespace {

const char *const usage =
    "Usage:\n"
    "  readout [FILE|FOLDER ...]          open the reader (bundled samples when none given)\n"
    "  readout parse [--json] FILE...     print the parsed summaries: outline and speakers,\n"
    "                                     or JSON with --json\n"
    "  readout export --format md|html|csv|json|pdf [--output FILE] [--speaker S]\n"
    "                 [--topic T] [--tag T] [--colour C] [--author A] [--bom] PATH...\n"
    "                                     export the notes of files and folders, to FILE or\n"
    "                                     standard output (PDF needs --output); --bom puts a\n"
    "                                     byte order mark before CSV for spreadsheets\n"
    "  readout import ANNOTATIONS.json PATH...\n"
    "                                     import W3C Web Annotations into the notes of the\n"
    "                                     files and folders\n"
    "  readout team-setup postgresql://host/database\n"
    "                                     create the notes tables of a team's server\n"
    "  readout --help | --version\n"
    "\n"
    "Options of the reader, export and import:\n"
    "  --store postgresql://host/database  notes on a team's PostgreSQL server (the password\n"
    "                                     comes from ~/.pgpass or PGPASSWORD); --store local:\n"
    "                                     notes in the folders\n"
    "\n"
    "Exit codes: 0 success, 1 some files failed, 2 usage or input error.\n";

int parseCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    bool json = false;
    QStringList files;
    bool optionsDone = false;
    for (const QString &a : args) {
        if (!optionsDone && a == QLatin1String("--json")) {
            json = true;
        } else if (!optionsDone && a == QLatin1String("--")) {
            optionsDone = true;
        } else if (!optionsDone && a.startsWith(u'-') && a.size() > 1) {
            err << "readout parse: unknown option " << a << "\n" << usage;
            return 2;
        } else {
            files << a;
        }
    }
    if (files.isEmpty()) {
        err << "readout parse: no files given\n" << usage;
        return 2;
    }
    std::vector<DocumentPtr> documents;
    std::vector<DocumentJson::Failure> failures;
    for (const QString &file : files) {
        LoadResult r = DocumentLoader::load(file);
        if (!r.document) {
            err << "readout: " << r.error << "\n";
            failures.push_back({file, r.error.mid(file.size() + 2)});
            continue;
        }
        for (const QString &w : r.document->warnings)
            err << "readout: " << file << ": warning: " << w << "\n";
        documents.push_back(std::move(r.document));
    }
    if (json) {
        out.flush();
        if (QIODevice *device = out.device()) // streamed: flat memory for any size
            DocumentJson::writeReport(device, documents, failures);
        else
            out << QString::fromUtf8(DocumentJson::report(documents, failures));
    } else {
        for (const DocumentPtr &d : documents)
            out << DocumentJson::toText(*d) << "\n";
    }
    out.flush();
    if (failures.empty())
        return 0;
    return documents.empty() ? 2 : 1;
}

} // namespace

bool isCommandLine(const QStringList &arguments)
{
    if (arguments.size() < 2)
        return false;
    const QString &first = arguments.at(1);
    return first.startsWith(u'-') || first == QLatin1String("parse") ||
           first == QLatin1String("export") || first == QLatin1String("import") ||
           first == QLatin1String("team-setup") || first == QLatin1String("help");
}

bool commandNeedsFonts(const QStringList &arguments)
{
    return arguments.size() > 1 && arguments.at(1) == QLatin1String("export") &&
           exportNeedsFonts(arguments.mid(2));
}

int runCommandLine(const QStringList &givenArguments, QTextStream &out, QTextStream &err)
{
    QStringList arguments = givenArguments;
    const QString store = takeStoreOption(arguments);
    if (arguments.size() < 2)
        return -1;
    QString storeProblem;
    if (!store.isEmpty() && !useStore(store, storeProblem)) {
        err << "readout: " << storeProblem << "\n";
        return 2;
    }
    if (!storeProblem.isEmpty())
        err << "readout: warning: " << storeProblem << "\n";
    const QString command = arguments.at(1);
    const QStringList rest = arguments.mid(2);
    if (command == QLatin1String("--help") || command == QLatin1String("-h") ||
        command == QLatin1String("help")) {
        out << "Readout " << READOUT_VERSION
            << " - read diplomatic meeting summaries: outline, speakers, notes.\n\n"
            << usage;
        return 0;
    }
    if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        out << "readout " << READOUT_VERSION << "\n";
        return 0;
    }
    if (command == QLatin1String("parse"))
        return parseCommand(rest, out, err);
    if (command == QLatin1String("export"))
        return exportCommand(rest, out, err);
    if (command == QLatin1String("import"))
        return importCommand(rest, out, err);
    if (command == QLatin1String("team-setup"))
        return teamSetupCommand(rest, out, err);
    if (command.startsWith(u'-')) {
        err << "readout: unknown option " << command << "\n" << usage;
        return 2;
    }
    return -1; // files or folders for the reader
}

} // namespace Readout
