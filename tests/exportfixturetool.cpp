// export-fixture FOLDER: writes the fictional archive with its notes (exportfixture.h) into
// FOLDER and prints the notes as JSON, for test scripts that check exports with other tools.

#include "exportfixture.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (app.arguments().size() != 2) {
        std::fprintf(stderr, "usage: export-fixture FOLDER\n");
        return 2;
    }
    const QString problem = writeExportFixture(app.arguments().at(1));
    if (!problem.isEmpty()) {
        std::fprintf(stderr, "export-fixture: %s\n", qPrintable(problem));
        return 1;
    }
    QJsonArray notes;
    for (const FixtureNote &n : fixtureNotes())
        notes.append(QJsonObject{{QStringLiteral("file"), n.file},
                                 {QStringLiteral("quote"), n.quote},
                                 {QStringLiteral("note"), n.note},
                                 {QStringLiteral("tags"), QJsonArray::fromStringList(n.tags)},
                                 {QStringLiteral("colour"), n.colour},
                                 {QStringLiteral("author"), n.author}});
    std::fputs(QJsonDocument(notes).toJson().constData(), stdout);
    return 0;
}
