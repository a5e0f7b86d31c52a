// Runs the real `readout` executable the way a user or a script does: `parse` in text and
// JSON, `export` and `import` of notes, --help/--version, and every kind of bad input with its
// message and exit code.

#include "exportfixture.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int code = -1;
    QByteArray out;
    QString err;
};

Run readout(const QStringList &args)
{
    QProcess p;
    p.setProgram(QStringLiteral(READOUT_EXECUTABLE));
    p.setArguments(args);
    p.start();
    Run r;
    if (!p.waitForFinished(120000))
        return r;
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = p.readAllStandardOutput();
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

const char summary[] =
    "Veloria-Ostrava Foreign Ministers' Meeting (Summary)\n"
    "On March 4, 2024, a Foreign Ministers' Meeting was held in Port Alden between Minister for "
    "Foreign Affairs of Veloria Arlen Castellan and Ostravan Foreign Minister Mira Dobrev. The "
    "following is a summary of the meeting.\n"
    "1.Bilateral Relations\n"
    "(1) Foreign Minister Castellan stated that relations had never been better. Foreign "
    "Minister Dobrev pointed out that trade had grown by 12% last year.\n"
    "(2) The two sides agreed to open a consulate in Lindqvist.\n"
    "Back to Index\n";

QString write(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        return QString();
    return path;
}

} // namespace

class TestCommandLine : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_good;
    QString m_archive; ///< the fictional archive with notes (exportfixture.h)

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_good = write(m_dir, QStringLiteral("meeting.txt"), summary);
        QVERIFY(!m_good.isEmpty());
        m_archive = m_dir.filePath(QStringLiteral("archive"));
        const QString problem = writeExportFixture(m_archive);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void helpAndVersion()
    {
        Run help = readout({QStringLiteral("--help")});
        QCOMPARE(help.code, 0);
        QVERIFY(help.out.contains("readout parse [--json] FILE..."));
        Run version = readout({QStringLiteral("--version")});
        QCOMPARE(version.code, 0);
        QVERIFY(version.out.startsWith("readout " READOUT_VERSION));
    }

    void parseText()
    {
        Run r = readout({QStringLiteral("parse"), m_good});
        QCOMPARE(r.code, 0);
        QVERIFY(r.err.isEmpty());
        const QString out = QString::fromUtf8(r.out);
        QVERIFY(out.contains(
            QLatin1String("Title: Veloria-Ostrava Foreign Ministers' Meeting (Summary)")));
        QVERIFY(out.contains(QLatin1String("Date: 2024-03-04")));
        QVERIFY(out.contains(QLatin1String("1. Bilateral Relations")));
        QVERIFY(out.contains(QLatin1String("Mira Dobrev: Foreign Minister Dobrev pointed out")));
        QVERIFY(!out.contains(QLatin1String("Back to Index")));
    }

    void parseJson()
    {
        Run r = readout({QStringLiteral("parse"), QStringLiteral("--json"), m_good});
        QCOMPARE(r.code, 0);
        QJsonParseError error;
        const QJsonObject root = QJsonDocument::fromJson(r.out, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(root.value(QStringLiteral("readout")).toInt(), 1);
        QCOMPARE(root.value(QStringLiteral("errors")).toArray().size(), 0);
        const QJsonObject doc = root.value(QStringLiteral("documents")).toArray().at(0).toObject();
        QCOMPARE(doc.value(QStringLiteral("file")).toString(), m_good);
        QCOMPARE(doc.value(QStringLiteral("sha256")).toString().size(), 64);
        QCOMPARE(doc.value(QStringLiteral("encoding")).toString(), QStringLiteral("UTF-8"));
        QCOMPARE(doc.value(QStringLiteral("format")).toString(), QStringLiteral("text"));
        QCOMPARE(doc.value(QStringLiteral("date")).toString(), QStringLiteral("2024-03-04"));
        QCOMPARE(doc.value(QStringLiteral("place")).toString(), QStringLiteral("Port Alden"));
        const QJsonArray participants = doc.value(QStringLiteral("participants")).toArray();
        QCOMPARE(participants.size(), 2);
        QCOMPARE(participants.at(1).toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("Mira Dobrev"));
        QCOMPARE(participants.at(1).toObject().value(QStringLiteral("id")).toString(),
                 QStringLiteral("dobrev"));

        const QJsonArray outline = doc.value(QStringLiteral("outline")).toArray();
        QCOMPARE(outline.size(), 1);
        const QJsonObject section = outline.at(0).toObject();
        QCOMPARE(section.value(QStringLiteral("label")).toString(), QStringLiteral("1."));
        QCOMPARE(section.value(QStringLiteral("heading")).toString(),
                 QStringLiteral("Bilateral Relations"));
        QCOMPARE(section.value(QStringLiteral("line")).toInt(), 3);

        // Offsets are code points into the text; line numbers are 1-based.
        const QString text = QString::fromUtf8(summary);
        bool sawDobrev = false;
        for (const QJsonValue &v : doc.value(QStringLiteral("statements")).toArray()) {
            const QJsonObject s = v.toObject();
            const int start = s.value(QStringLiteral("start")).toInt();
            const int end = s.value(QStringLiteral("end")).toInt();
            QCOMPARE(text.mid(start, end - start), s.value(QStringLiteral("text")).toString());
            const QJsonObject speaker = s.value(QStringLiteral("speaker")).toObject();
            if (s.value(QStringLiteral("text"))
                    .toString()
                    .contains(QLatin1String("trade had grown"))) {
                sawDobrev = true;
                QCOMPARE(speaker.value(QStringLiteral("kind")).toString(),
                         QStringLiteral("person"));
                QCOMPARE(speaker.value(QStringLiteral("participant")).toString(),
                         QStringLiteral("dobrev"));
                QCOMPARE(s.value(QStringLiteral("line")).toInt(), 4);
                QCOMPARE(s.value(QStringLiteral("topic")).toArray().at(0).toString(),
                         QStringLiteral("Bilateral Relations"));
            }
        }
        QVERIFY(sawDobrev);
    }

    void badInput_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << "empty.txt" << QByteArray() << "empty file";
        QTest::newRow("binary") << "image.txt"
                                << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10", 24)
                                << "binary";
        QTest::newRow("blank lines") << "blank.txt" << QByteArray("\n\n   \n") << "no text";
    }
    void badInput()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        const QString path = write(m_dir, name, bytes);
        QVERIFY(!path.isEmpty());
        Run r = readout({QStringLiteral("parse"), path});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(path) && r.err.contains(message), qPrintable(r.err));
        QCOMPARE(r.err.count(u'\n'), 1); // one line per problem
    }

    void missingFolderAndHugeFiles()
    {
        Run missing =
            readout({QStringLiteral("parse"), m_dir.filePath(QStringLiteral("nope.txt"))});
        QCOMPARE(missing.code, 2);
        QVERIFY(missing.err.contains(QLatin1String("nope.txt: no such file")));

        Run folder = readout({QStringLiteral("parse"), m_dir.path()});
        QCOMPARE(folder.code, 2);
        QVERIFY(folder.err.contains(QLatin1String("is a folder")));

        // A 300 MB file is refused before it is read (sparse, so the test stays cheap).
        QFile huge(m_dir.filePath(QStringLiteral("huge.txt")));
        QVERIFY(huge.open(QIODevice::WriteOnly));
        QVERIFY(huge.resize(300LL * 1024 * 1024));
        huge.close();
        Run big = readout({QStringLiteral("parse"), huge.fileName()});
        QCOMPARE(big.code, 2);
        QVERIFY2(big.err.contains(QLatin1String("file too large (300 MB")), qPrintable(big.err));
        QFile::remove(huge.fileName());
    }

    void partialFailure()
    {
        Run r = readout({QStringLiteral("parse"), QStringLiteral("--json"), m_good,
                         m_dir.filePath(QStringLiteral("missing.txt"))});
        QCOMPARE(r.code, 1);
        const QJsonObject root = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(root.value(QStringLiteral("documents")).toArray().size(), 1);
        const QJsonArray errors = root.value(QStringLiteral("errors")).toArray();
        QCOMPARE(errors.size(), 1);
        QVERIFY(errors.at(0)
                    .toObject()
                    .value(QStringLiteral("file"))
                    .toString()
                    .endsWith(QLatin1String("missing.txt")));
        QCOMPARE(errors.at(0).toObject().value(QStringLiteral("message")).toString(),
                 QStringLiteral("no such file"));
    }

    void exportFilteredBySpeaker()
    {
        Run json =
            readout({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json"),
                     QStringLiteral("--speaker"), QStringLiteral("Arlen Castellan"), m_archive});
        QCOMPARE(json.code, 0);
        QVERIFY2(json.err.isEmpty(), qPrintable(json.err));
        const QJsonArray items = QJsonDocument::fromJson(json.out)
                                     .object()
                                     .value(QStringLiteral("first"))
                                     .toObject()
                                     .value(QStringLiteral("items"))
                                     .toArray();
        QCOMPARE(items.size(), 1);
        QVERIFY(QJsonDocument(items.at(0).toObject())
                    .toJson()
                    .contains("negotiations on the peace treaty should resume without delay"));

        Run csv = readout({QStringLiteral("export"), QStringLiteral("--format=csv"),
                           QStringLiteral("--speaker=sonoda"), m_archive});
        QCOMPARE(csv.code, 0);
        QCOMPARE(csv.out.count("\r\n"), 4); // the header and Haruka Sonoda's three
        QVERIFY(!csv.out.contains("negotiations on the peace treaty"));
    }

    void exportToFiles()
    {
        Run pdfToStdout = readout({QStringLiteral("export"), QStringLiteral("--format"),
                                   QStringLiteral("pdf"), m_archive});
        QCOMPARE(pdfToStdout.code, 2);
        QVERIFY(pdfToStdout.err.contains(QLatin1String("PDF needs --output FILE")));
        QVERIFY(pdfToStdout.out.isEmpty());

        const QString pdf = m_dir.filePath(QStringLiteral("notes.pdf"));
        Run toPdf = readout({QStringLiteral("export"), QStringLiteral("--format"),
                             QStringLiteral("pdf"), QStringLiteral("--output"), pdf, m_archive});
        QCOMPARE(toPdf.code, 0);
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().startsWith("%PDF-"));

        const QString md = m_dir.filePath(QStringLiteral("notes.md"));
        Run toMd = readout({QStringLiteral("export"), QStringLiteral("--format"),
                            QStringLiteral("md"), QStringLiteral("--output"), md, m_archive});
        QCOMPARE(toMd.code, 0);
        QVERIFY(toMd.out.isEmpty());
        QFile markdown(md);
        QVERIFY(markdown.open(QIODevice::ReadOnly));
        QVERIFY(markdown.readAll().startsWith("# Notes from Readout\n"));

        const QString nowhere = m_dir.filePath(QStringLiteral("no-such-folder/notes.html"));
        Run cannot =
            readout({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("html"),
                     QStringLiteral("--output"), nowhere, m_archive});
        QCOMPARE(cannot.code, 2);
        QVERIFY2(cannot.err.startsWith(QStringLiteral("readout: ") + nowhere),
                 qPrintable(cannot.err));
    }

    void exportErrors()
    {
        const QString missing = m_dir.filePath(QStringLiteral("missing-folder"));
        QCOMPARE(readout({QStringLiteral("export"), m_archive}).code, 2);
        Run unknown =
            readout({QStringLiteral("export"), QStringLiteral("--format=docx"), m_archive});
        QCOMPARE(unknown.code, 2);
        QVERIFY(unknown.err.contains(QLatin1String("unknown format docx")));
        QCOMPARE(readout({QStringLiteral("export"), QStringLiteral("--format=md"),
                          QStringLiteral("--frobnicate"), m_archive})
                     .code,
                 2);
        QCOMPARE(readout({QStringLiteral("export"), QStringLiteral("--format=md")}).code, 2);
        // One path missing, one there: the notes of the one, the other named.
        Run partial =
            readout({QStringLiteral("export"), QStringLiteral("--format=md"), missing, m_archive});
        QCOMPARE(partial.code, 1);
        QCOMPARE(partial.err, QStringLiteral("readout: %1: no such file or folder\n").arg(missing));
        QVERIFY(partial.out.contains("Nakara-Veloria"));
        QCOMPARE(readout({QStringLiteral("export"), QStringLiteral("--format=md"), missing}).code,
                 2);
    }

    void importCommand()
    {
        const QString annotations = m_dir.filePath(QStringLiteral("notes.json"));
        QCOMPARE(readout({QStringLiteral("export"), QStringLiteral("--format=json"),
                          QStringLiteral("--output"), annotations, m_archive})
                     .code,
                 0);
        const QString copy = m_dir.filePath(QStringLiteral("copy"));
        QVERIFY(writeFixtureDocuments(copy));
        Run first = readout({QStringLiteral("import"), annotations, copy});
        QCOMPARE(first.code, 0);
        QCOMPARE(QString::fromUtf8(first.out),
                 annotations + QStringLiteral(": 5 anchored, 0 orphaned (kept, to attach by "
                                              "hand), 0 skipped as already there\n"));
        Run again = readout({QStringLiteral("import"), annotations, copy});
        QCOMPARE(again.code, 0);
        QVERIFY(again.out.contains(": 0 anchored, 0 orphaned (kept, to attach by hand), 5 "
                                   "skipped as already there\n"));

        const QString bad = m_dir.filePath(QStringLiteral("bad.json"));
        QFile badFile(bad);
        QVERIFY(badFile.open(QIODevice::WriteOnly));
        badFile.write("[{\"type\": \"Annotation\",");
        badFile.close();
        const QString untouched = m_dir.filePath(QStringLiteral("untouched"));
        QVERIFY(writeFixtureDocuments(untouched));
        Run broken = readout({QStringLiteral("import"), bad, untouched});
        QCOMPARE(broken.code, 2);
        QVERIFY2(broken.err.startsWith(QStringLiteral("readout: %1: not valid JSON").arg(bad)),
                 qPrintable(broken.err));
        QVERIFY(QDir(untouched).entryList({QStringLiteral("*.sqlite*")}, QDir::Files).isEmpty());
        QCOMPARE(readout({QStringLiteral("import"), annotations}).code, 2);
    }

    void helpNamesExportAndImport()
    {
        const QByteArray help = readout({QStringLiteral("--help")}).out;
        QVERIFY(help.contains("readout export --format md|html|csv|json|pdf [--output FILE]"));
        QVERIFY(help.contains("readout import ANNOTATIONS.json PATH..."));
    }

    void usageErrors()
    {
        QCOMPARE(readout({QStringLiteral("parse")}).code, 2);
        QCOMPARE(readout({QStringLiteral("parse"), QStringLiteral("--frobnicate"), m_good}).code,
                 2);
        QCOMPARE(readout({QStringLiteral("--frobnicate")}).code, 2);
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
