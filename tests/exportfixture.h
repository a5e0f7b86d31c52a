#pragma once

// A fictional archive with notes for the export and import tests: a meeting of Nakara and
// Marenthia at the top of the folder (whose notes store the folder's notes) and one of Nakara
// and Veloria in 2002/, with notes that hold quotes, commas, line breaks, Japanese and Russian
// text, and markup that must never come alive.

#include "corpus/corpus.h"
#include "corpus/corpusloader.h"
#include "export/exportselection.h"
#include "export/inputdocuments.h"
#include "items/annotationmodel.h"

#include <QDir>
#include <QFile>
#include <QString>
#include <QStringList>

#include <vector>

struct FixtureNote
{
    QString file; ///< relative to the archive folder
    QString quote;
    QString note;
    QStringList tags;
    QString colour;
    QString author;
};

inline QString fixtureMarenthia()
{
    return QStringLiteral(
        "Nakara-Marenthia Foreign Ministers' Meeting (Summary)\n"
        "On June 5, 2004, Minister for Foreign Affairs Haruka Sonoda held a meeting with Foreign "
        "Minister Ilse Varga of Marenthia in Lindau.\n"
        "1. Bilateral Relations\n"
        "Minister Varga stated that the motto \u00AB\u0414\u0440\u0443\u0436\u0431\u0430 "
        "\u043D\u0430\u0432\u0441\u0435\u0433\u0434\u0430\u00BB and \u300C\u53CB\u597D\u306E"
        "\u5E74\u300D would mark the anniversary, as Mayor \U00020BB7\u7530 of Lindau "
        "proposed.\n"
        "Minister Sonoda said that Nakara would open a consulate in Lindau.\n");
}

inline QString fixtureVeloria()
{
    return QStringLiteral(
        "Nakara-Veloria Foreign Ministers' Meeting (Summary)\n"
        "On September 18, 2002, Minister for Foreign Affairs Haruka Sonoda held talks with "
        "Foreign Minister Arlen Castellan of Veloria in Port Sarel.\n"
        "1. Bilateral Relations\n"
        "(1) Peace Treaty\n"
        "Foreign Minister Castellan stated that negotiations on the peace treaty should resume "
        "without delay.\n"
        "Minister Sonoda replied that Nakara would prepare the next round of talks.\n"
        "(2) Economy\n"
        "(a) Fisheries\n"
        "Minister Sonoda stated that the catch quotas, \"as agreed in 1998\", would stay "
        "unchanged.\n"
        "2. Regional Affairs\n"
        "The two sides agreed to meet again in Veloria before the end of the year.\n");
}

/// The notes, the top meeting's first (its store then serves the whole folder).
inline std::vector<FixtureNote> fixtureNotes()
{
    const QString marenthia = QStringLiteral("nakara-marenthia-2004.txt");
    const QString veloria = QStringLiteral("2002/nakara-veloria.txt");
    return {
        {marenthia,
         QStringLiteral("the motto \u00AB\u0414\u0440\u0443\u0436\u0431\u0430 "
                        "\u043D\u0430\u0432\u0441\u0435\u0433\u0434\u0430\u00BB and \u300C\u53CB"
                        "\u597D\u306E\u5E74\u300D"),
         QStringLiteral("\u041F\u0440\u043E\u0432\u0435\u0440\u0438\u0442\u044C \u0434\u0430"
                        "\u0442\u0443, \u00AB\u044E\u0431\u0438\u043B\u0435\u0439\u00BB\n\u0438 "
                        "\u043F\u043E\u0434\u043F\u0438\u0441\u044C."),
         QStringList{QStringLiteral("Marenthia")}, QStringLiteral("blue"),
         QStringLiteral("desk-officer")},
        {marenthia, QStringLiteral("would open a consulate in Lindau"), QString(), QStringList(),
         QStringLiteral("orange"), QStringLiteral("analyst")},
        {veloria, QStringLiteral("negotiations on the peace treaty should resume without delay"),
         QStringLiteral("He said \"soon\", then, later: \"without delay\".\nSecond line, with a "
                        "comma."),
         QStringList{QStringLiteral("treaty"), QStringLiteral("Veloria")}, QStringLiteral("yellow"),
         QStringLiteral("analyst")},
        {veloria, QStringLiteral("would prepare the next round of talks"),
         QStringLiteral("<script>alert(\"x\")</script> and \"><img src=x onerror=alert(1)>"),
         QStringList{QStringLiteral("<b>bold</b>")}, QStringLiteral("pink"),
         QStringLiteral("analyst")},
        {veloria, QStringLiteral("the catch quotas, \"as agreed in 1998\", would stay unchanged"),
         QStringLiteral("\u6F01\u7372\u67A0\u306F\u636E\u3048\u7F6E\u304D\u3002\u78BA\u8A8D"
                        "\u3059\u308B\u3053\u3068\u3002"),
         QStringList{QStringLiteral("\u6F01\u696D")}, QStringLiteral("green"),
         QStringLiteral("analyst")},
    };
}

/// Writes the two meetings into @p folder (without notes).
inline bool writeFixtureDocuments(const QString &folder)
{
    const QDir dir(folder);
    if (!dir.mkpath(QStringLiteral("2002")))
        return false;
    for (const auto &[name, text] :
         {std::make_pair(QStringLiteral("nakara-marenthia-2004.txt"), fixtureMarenthia()),
          std::make_pair(QStringLiteral("2002/nakara-veloria.txt"), fixtureVeloria())}) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0)
            return false;
    }
    return true;
}

/// Writes the meetings and their notes into @p folder; an empty string, else what failed.
inline QString writeExportFixture(const QString &folder)
{
    if (!writeFixtureDocuments(folder))
        return QStringLiteral("cannot write the fixture into %1").arg(folder);
    Readout::Corpus corpus;
    Readout::CorpusLoader loader(&corpus);
    Readout::AnnotationModel notes(&corpus);
    for (const FixtureNote &n : fixtureNotes()) {
        // Opened one by one: the top meeting's store exists before the 2002 one looks for it.
        const Readout::DocumentPtr doc = loader.openNow(QDir(folder).filePath(n.file)).document;
        const int start = doc ? int(doc->text.indexOf(n.quote)) : -1;
        if (start < 0)
            return QStringLiteral("fixture passage not found: %1").arg(n.quote);
        Readout::Annotation a =
            notes.make(doc, Readout::TargetKind::TextRange, start, start + int(n.quote.size()));
        a.note = n.note;
        a.tags = Readout::Annotation::normalizedTags(n.tags);
        a.colour = n.colour;
        a.author = n.author;
        if (!notes.save(a))
            return notes.error();
    }
    return QString();
}

/// The notes of files and folders, as `readout export` selects them.
struct ExportSession
{
    Readout::Corpus corpus;
    Readout::AnnotationModel notes{&corpus};

    explicit ExportSession(const QStringList &paths)
    {
        corpus.addDocuments(Readout::InputDocuments::load(paths).documents);
    }

    std::vector<Readout::ExportEntry> entries(const Readout::ExportFilter &filter = {}) const
    {
        Readout::ExportSelection selection(notes, corpus);
        selection.setFilter(filter);
        return selection.entries();
    }
};
