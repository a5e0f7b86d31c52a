// Each export format on the fictional archive: what a reader finds in it, and that nothing a
// note or a document holds can act as markup (HTML in a real browser when one is installed).

#include "exportfixture.h"

#include "export/csvexporter.h"
#include "export/exporter.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Readout;

namespace {

const QString hostileNote =
    QStringLiteral("<script>alert(\"x\")</script> and \"><img src=x onerror=alert(1)>");

// Runs @p program; its standard output, or a null array when it did not finish well.
QByteArray run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0)
        return QByteArray();
    return process.readAllStandardOutput();
}

// The tags of @p html: only those the report writes, so no note or title became markup.
QSet<QString> tagNames(const QString &html)
{
    QSet<QString> names;
    static const QRegularExpression tag(QStringLiteral("<\\s*/?\\s*([A-Za-z][A-Za-z0-9]*)"));
    for (auto it = tag.globalMatch(html); it.hasNext();)
        names.insert(it.next().captured(1).toLower());
    return names;
}

} // namespace

class TestExporters : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::vector<ExportEntry> m_entries;
    std::unique_ptr<ExportSession> m_session;

    QByteArray exported(const QString &format, const ExportOptions &options = {})
    {
        const auto exporter = Exporter::create(format, options);
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        if (!exporter || !exporter->write(m_entries, &buffer))
            return QByteArray();
        return buffer.data();
    }

    QString saved(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() ? path
                                                                                    : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        const QString problem = writeExportFixture(m_dir.filePath(QStringLiteral("archive")));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        m_session =
            std::make_unique<ExportSession>(QStringList{m_dir.filePath(QStringLiteral("archive"))});
        m_entries = m_session->entries();
        QCOMPARE(m_entries.size(), size_t(5));
    }

    // Every format reports its progress up to the whole, and stops when told to.
    void progressAndCancel_data()
    {
        QTest::addColumn<QString>("format");
        for (const QString &format : Exporter::formats())
            QTest::newRow(qPrintable(format)) << format;
    }

    void progressAndCancel()
    {
        QFETCH(QString, format);
        const auto exporter = Exporter::create(format);
        int last = -1;
        exporter->setProgress([&last](int done, int total) {
            last = total > 0 ? done * 100 / total : 100;
            return true;
        });
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QVERIFY2(exporter->write(m_entries, &buffer), qPrintable(exporter->error()));
        QCOMPARE(last, 100);
        const auto cancelled = Exporter::create(format);
        cancelled->setProgress([](int, int) { return false; });
        QBuffer other;
        other.open(QIODevice::WriteOnly);
        QVERIFY(!cancelled->write(m_entries, &other));
        QVERIFY(cancelled->error().contains(QLatin1String("cancelled")));
    }

    void markdown()
    {
        const QString md = QString::fromUtf8(exported(QStringLiteral("md")));
        QVERIFY(md.startsWith(QLatin1String("# Notes from Readout\n")));
        QVERIFY(md.contains(QLatin1String("## Nakara-Veloria Foreign Ministers' Meeting (Summary)\n"
                                          "\n2002-09-18, Port Sarel\n\nParticipants: Haruka Sonoda "
                                          "(Minister for Foreign Affairs, Nakara); Arlen "
                                          "Castellan (Foreign Minister, Veloria)\n")));
        QVERIFY(md.contains(QStringLiteral("### Bilateral Relations \u203A Peace Treaty\n")));
        QVERIFY(md.contains(QStringLiteral(
            "> negotiations on the peace treaty should resume without delay\n>\n"
            "> \u2014 Arlen Castellan (Veloria), 1.(1)\n\n"
            "He said \"soon\", then, later: \"without delay\".\nSecond line, with a comma.\n\n"
            "Tags: treaty, Veloria \u00B7 Colour: yellow  \n2002/nakara-veloria.txt:5, sha256 ")));
        // A highlight without a note: the passage and the reference, no empty note.
        QVERIFY(md.contains(QStringLiteral("> would open a consulate in Lindau\n>\n> \u2014 Haruka "
                                           "Sonoda (Nakara), 1.\n\nColour: orange  \n")));
        // Markup in notes and tags is escaped, never raw HTML.
        QVERIFY(!md.contains(QRegularExpression(QStringLiteral("(?<!\\\\)<"))));
        QVERIFY(md.contains(QLatin1String("\\<script>alert(\"x\")\\</script>")));
        QVERIFY(md.contains(QLatin1String("Tags: \\<b\\>bold\\</b\\>")));
    }

    void htmlShowsMarkupAsText()
    {
        const QString html = QString::fromUtf8(exported(QStringLiteral("html")));
        QVERIFY(html.startsWith(QLatin1String("<!DOCTYPE html>")));
        const QSet<QString> allowed{
            QStringLiteral("html"),       QStringLiteral("head"),  QStringLiteral("meta"),
            QStringLiteral("title"),      QStringLiteral("style"), QStringLiteral("body"),
            QStringLiteral("h1"),         QStringLiteral("h2"),    QStringLiteral("h3"),
            QStringLiteral("p"),          QStringLiteral("br"),    QStringLiteral("div"),
            QStringLiteral("blockquote"), QStringLiteral("span")};
        const QSet<QString> tags = tagNames(html);
        QVERIFY2((tags - allowed).isEmpty(),
                 qPrintable(QStringList((tags - allowed).values()).join(QLatin1Char(' '))));
        QVERIFY(!html.contains(QLatin1String("<script"), Qt::CaseInsensitive));
        QVERIFY(html.contains(QLatin1String("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; and "
                                            "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;")));
        QVERIFY(html.contains(QLatin1String("&lt;b&gt;bold&lt;/b&gt;")));
        // Nothing from elsewhere: no URLs to load, no scripts.
        QVERIFY(!html.contains(QLatin1String("src=\"")) && !html.contains(QLatin1String("href")));
        QVERIFY(html.contains(QLatin1String("default-src 'none'")));
        // Passages on their highlight colour.
        QVERIFY(
            html.contains(QLatin1String("<span style=\"background-color: #ffe97a\">negotiations "
                                        "on the peace treaty should resume without delay</span>")));
        QVERIFY(html.contains(QStringLiteral("\u6F01\u7372\u67A0")));
    }

    void htmlInABrowser()
    {
        const QString chromium = QStandardPaths::findExecutable(QStringLiteral("chromium"));
        if (chromium.isEmpty())
            QSKIP("chromium is not installed (setup.sh installs it)");
        const QString page = saved(QStringLiteral("notes.html"), exported(QStringLiteral("html")));
        QTemporaryDir profile;
        const QString dom = QString::fromUtf8(
            run(chromium, {QStringLiteral("--headless"), QStringLiteral("--no-sandbox"),
                           QStringLiteral("--disable-gpu"),
                           QStringLiteral("--user-data-dir=") + profile.path(),
                           QStringLiteral("--dump-dom"), QUrl::fromLocalFile(page).toString()}));
        QVERIFY2(dom.contains(QLatin1String("<h1>Notes from Readout</h1>")),
                 qPrintable(dom.left(300)));
        // The browser made elements of none of it: the hostile note is text in a paragraph.
        QVERIFY(!dom.contains(QLatin1String("<script"), Qt::CaseInsensitive));
        QVERIFY(!dom.contains(QLatin1String("<img"), Qt::CaseInsensitive));
        QVERIFY(!dom.contains(QLatin1String("<b>")));
        QVERIFY(dom.contains(QLatin1String("&lt;script&gt;alert(\"x\")&lt;/script&gt; and "
                                           "\"&gt;&lt;img src=x onerror=alert(1)&gt;")));
    }

    void csvFollowsRfc4180()
    {
        const QByteArray plain = exported(QStringLiteral("csv"));
        ExportOptions bom;
        bom.byteOrderMark = true;
        const QByteArray marked = exported(QStringLiteral("csv"), bom);
        QVERIFY(!plain.startsWith("\xEF\xBB\xBF"));
        QCOMPARE(marked, QByteArray("\xEF\xBB\xBF") + plain);
        QVERIFY(plain.startsWith("document,title,date,speaker,side,topic,quote,note,tags,colour,"
                                 "author,created,modified,file,line,outline,sha256\r\n"));
        // A record per note; the line break inside a note stays a bare LF inside its quotes.
        QCOMPARE(plain.count("\r\n"), 6);
        QVERIFY(plain.contains(
            "\"He said \"\"soon\"\", then, later: \"\"without delay\"\".\nSecond line, with a "
            "comma.\""));
        QVERIFY(plain.contains(",\"the catch quotas, \"\"as agreed in 1998\"\", would stay "
                               "unchanged\","));
        QCOMPARE(CsvExporter::quoted(QStringLiteral("plain")), QStringLiteral("plain"));
        QCOMPARE(CsvExporter::quoted(QStringLiteral("a\rb")), QStringLiteral("\"a\rb\""));
    }

    // A note that looks like a spreadsheet formula stays text when the CSV is opened.
    void csvCellsNeverBecomeFormulas()
    {
        ExportEntry entry = m_entries.front();
        entry.annotation.note = QStringLiteral("=HYPERLINK(\"http://example.invalid\",\"x\")");
        entry.annotation.tags = QStringList{QStringLiteral("+1"), QStringLiteral("@desk")};
        CsvExporter exporter(false);
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(exporter.write({entry}, &buffer));
        const QString csv = QString::fromUtf8(buffer.data());
        QVERIFY2(csv.contains(QLatin1String("\"'=HYPERLINK(")), qPrintable(csv));
        QVERIFY(csv.contains(QLatin1String(",'+1; @desk,")));
        QVERIFY(!csv.contains(QLatin1String(",=")));
    }

    void jsonIsAWebAnnotationCollection()
    {
        const QJsonObject collection =
            QJsonDocument::fromJson(exported(QStringLiteral("json"))).object();
        QCOMPARE(collection.value(QStringLiteral("@context")).toString(),
                 QStringLiteral("http://www.w3.org/ns/anno.jsonld"));
        QCOMPARE(collection.value(QStringLiteral("type")).toString(),
                 QStringLiteral("AnnotationCollection"));
        QCOMPARE(collection.value(QStringLiteral("total")).toInt(), 5);
        const QJsonObject page = collection.value(QStringLiteral("first")).toObject();
        QCOMPARE(page.value(QStringLiteral("type")).toString(), QStringLiteral("AnnotationPage"));
        const QJsonArray items = page.value(QStringLiteral("items")).toArray();
        QCOMPARE(items.size(), 5);

        const QJsonObject first = items.at(0).toObject(); // Castellan's, the first in 2002
        QCOMPARE(first.value(QStringLiteral("type")).toString(), QStringLiteral("Annotation"));
        QCOMPARE(first.value(QStringLiteral("id")).toString(),
                 QStringLiteral("urn:uuid:") + m_entries[0].annotation.id);
        QCOMPARE(first.value(QStringLiteral("motivation")).toString(),
                 QStringLiteral("commenting"));
        QCOMPARE(first.value(QStringLiteral("creator")).toObject().value(QStringLiteral("name")),
                 QJsonValue(QStringLiteral("analyst")));
        QVERIFY(first.value(QStringLiteral("created")).toString().endsWith(QLatin1Char('Z')));
        const QJsonObject target = first.value(QStringLiteral("target")).toObject();
        QCOMPARE(target.value(QStringLiteral("source")).toString(),
                 QStringLiteral("2002/nakara-veloria.txt"));
        QCOMPARE(target.value(QStringLiteral("styleClass")).toString(), QStringLiteral("yellow"));
        const QJsonObject state = target.value(QStringLiteral("state")).toObject();
        QCOMPARE(state.value(QStringLiteral("type")).toString(), QStringLiteral("TimeState"));
        QCOMPARE(state.value(QStringLiteral("cached")).toString(),
                 QStringLiteral("nih:sha-256;") + m_entries[0].document->sha256);
        const QJsonArray selectors = target.value(QStringLiteral("selector")).toArray();
        QCOMPARE(selectors.size(), 2);
        const QJsonObject quote = selectors.at(0).toObject();
        QCOMPARE(quote.value(QStringLiteral("type")).toString(),
                 QStringLiteral("TextQuoteSelector"));
        QCOMPARE(quote.value(QStringLiteral("exact")).toString(), m_entries[0].quote);
        QVERIFY(quote.value(QStringLiteral("prefix"))
                    .toString()
                    .endsWith(QLatin1String("stated that ")));
        const QJsonObject position = selectors.at(1).toObject();
        QCOMPARE(position.value(QStringLiteral("type")).toString(),
                 QStringLiteral("TextPositionSelector"));
        const int start = position.value(QStringLiteral("start")).toInt();
        QCOMPARE(m_entries[0].document->text.mid(
                     start, position.value(QStringLiteral("end")).toInt() - start),
                 m_entries[0].quote); // plain ASCII before it: code points = UTF-16 units
        const QJsonArray bodies = first.value(QStringLiteral("body")).toArray();
        QCOMPARE(bodies.size(), 3);
        QCOMPARE(bodies.at(0).toObject().value(QStringLiteral("purpose")).toString(),
                 QStringLiteral("commenting"));
        QCOMPARE(bodies.at(0).toObject().value(QStringLiteral("value")).toString(),
                 m_entries[0].annotation.note);
        QCOMPARE(bodies.at(1).toObject().value(QStringLiteral("purpose")).toString(),
                 QStringLiteral("tagging"));
        QCOMPARE(bodies.at(1).toObject().value(QStringLiteral("value")).toString(),
                 QStringLiteral("treaty"));

        // A highlight alone is "highlighting", without bodies.
        const QJsonObject highlight = items.at(4).toObject();
        QCOMPARE(highlight.value(QStringLiteral("motivation")).toString(),
                 QStringLiteral("highlighting"));
        QVERIFY(!highlight.contains(QStringLiteral("body")));
        // The same notes, the same bytes.
        QCOMPARE(exported(QStringLiteral("json")), exported(QStringLiteral("json")));
    }

    void pdfHoldsTheNotes()
    {
        const QByteArray pdf = exported(QStringLiteral("pdf"));
        QVERIFY(pdf.startsWith("%PDF-"));
        QVERIFY(pdf.trimmed().endsWith("%%EOF"));
        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        if (pdftotext.isEmpty())
            QSKIP("pdftotext is not installed (setup.sh installs poppler-utils)");
        const QString file = saved(QStringLiteral("notes.pdf"), pdf);
        const QString text = QString::fromUtf8(run(pdftotext, {QStringLiteral("-layout"), file,
                                                               QStringLiteral("-")}))
                                 .simplified();
        for (const QString &expected :
             {QStringLiteral("Nakara-Veloria Foreign Ministers' Meeting (Summary)"),
              QStringLiteral("Second line, with a comma."),
              QStringLiteral("<script>alert(\"x\")</script>"),
              QStringLiteral("\u041F\u0440\u043E\u0432\u0435\u0440\u0438\u0442\u044C \u0434\u0430"
                             "\u0442\u0443"),
              QStringLiteral("2002/nakara-veloria.txt:5, sha256")}) {
            QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" in ") + text));
        }
    }
};

QTEST_MAIN(TestExporters)
#include "tst_exporters.moc"
