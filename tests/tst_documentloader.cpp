// Loads files the way the program does (bytes → decoding → HTML → parse) and checks what a
// reader sees: the right text, encoding and format, and an outline and statements from
// pages in other encodings and from HTML.

#include "document/documentjson.h"
#include "document/documentloader.h"
#include "document/summaryparser.h"

#include "fixturefile.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Readout;

namespace {

DocumentPtr loadFixture(const QString &relativePath)
{
    const LoadResult r =
        DocumentLoader::load(QStringLiteral(READOUT_FIXTURES_DIR "/") + relativePath);
    if (!r.document)
        qWarning("%s", qPrintable(r.error));
    return r.document;
}

QStringList headings(const Document &doc, const std::vector<int> &nodes)
{
    QStringList out;
    for (int n : nodes)
        out << doc.headingText(doc.outline[size_t(n)]);
    return out;
}

const Statement *statementWith(const Document &doc, const QString &quote)
{
    for (const Statement &s : doc.statements) {
        if (doc.statementText(s).contains(quote))
            return &s;
    }
    return nullptr;
}

} // namespace

class TestDocumentLoader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Compacting (the loader does it) changes no value of the parse.
    void compactingKeepsEveryValue()
    {
        const QString text = QString::fromUtf8(
            readFixture(QStringLiteral("parser/veloria-fm-bullets-2022-06-27.txt")));
        auto plain = std::make_shared<Document>(SummaryParser::parse(text));
        auto compacted = std::make_shared<Document>(*plain);
        compacted->compact();
        QCOMPARE(DocumentJson::report({compacted}, {}), DocumentJson::report({plain}, {}));
        QCOMPARE(compacted->statements.capacity(), compacted->statements.size());
        int offsets = 0;
        for (size_t n = 0; n < plain->outline.size(); ++n) {
            QCOMPARE(compacted->headingText(compacted->outline[n]),
                     plain->headingText(plain->outline[n]));
            offsets += compacted->outline[n].headingStart >= 0;
        }
        QVERIFY2(offsets > 0, "list items keep their headings as offsets");
        // A meeting's speakers are kept once, not once per statement.
        QVERIFY(compacted->speakers.size() < compacted->statements.size());
        for (const Statement &s : compacted->statements)
            QVERIFY(compacted->speakerOf(s) == plain->speakerOf(s));
    }

    void htmlPage()
    {
        const DocumentPtr doc = loadFixture(QStringLiteral("html/summary.html"));
        QVERIFY(doc);
        QCOMPARE(doc->format, QStringLiteral("html"));
        QCOMPARE(doc->sha256,
                 QString::fromLatin1(
                     QCryptographicHash::hash(readFixture(QStringLiteral("html/summary.html")),
                                              QCryptographicHash::Sha256)
                         .toHex()));
        QVERIFY(!doc->text.contains(QLatin1String("<p")));
        QCOMPARE(doc->date, QDate(2031, 3, 12));
        QCOMPARE(int(doc->participants.size()), 2);
        QCOMPARE(doc->participants[0].country, QStringLiteral("Veloria"));
        QCOMPARE(doc->participants[1].name, QStringLiteral("Ilya Markov"));
        QCOMPARE(doc->participants[1].country, QStringLiteral("Carstenia"));
        // The nested <ol> under "Regional Affairs" stays under it.
        QCOMPARE(headings(*doc, doc->roots), (QStringList{QStringLiteral("Bilateral Relations"),
                                                          QStringLiteral("Regional Affairs"),
                                                          QStringLiteral("Economic Cooperation")}));
        const OutlineNode &regional = doc->outline[size_t(doc->roots[1])];
        QVERIFY(regional.isHeading);
        QCOMPARE(regional.children.size(), size_t(2));
        const Statement *markov = statementWith(*doc, QStringLiteral("expressed his gratitude"));
        QVERIFY(markov);
        QCOMPARE(doc->speakerOf(*markov).name, QStringLiteral("Ilya Markov"));
        QCOMPARE(doc->topicPath(markov->node), QStringList{QStringLiteral("Bilateral Relations")});
    }

    void legacyEncodings_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("encoding");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QStringList>("sections");
        QTest::newRow("Shift_JIS")
            << "encodings/summary-shiftjis.txt"
            << "Shift_JIS" << QStringLiteral("日・ヴェロリア外相会談（概要）")
            << QStringList{QStringLiteral("二国間関係"), QStringLiteral("地域情勢")};
        QTest::newRow("windows-1251")
            << "encodings/summary-windows1251.txt"
            << "windows-1251"
            << QStringLiteral(
                   "Встреча министров иностранных дел Велории и Карстении (краткое изложение)")
            << QStringList{QStringLiteral("Двусторонние отношения"),
                           QStringLiteral("Региональные вопросы")};
    }
    void legacyEncodings()
    {
        QFETCH(QString, file);
        QFETCH(QString, encoding);
        QFETCH(QString, title);
        QFETCH(QStringList, sections);
        const DocumentPtr doc = loadFixture(file);
        QVERIFY(doc);
        QCOMPARE(doc->encoding, encoding);
        QCOMPARE(doc->title, title);
        QStringList headingTexts;
        for (const OutlineNode &node : doc->outline) {
            if (node.isHeading)
                headingTexts << doc->headingText(node);
        }
        QCOMPARE(headingTexts, sections);
        QVERIFY(doc->statements.size() >= 4);
        for (const Statement &s : doc->statements)
            QVERIFY(!doc->statementText(s).trimmed().isEmpty());
    }

    void htmlSavedAsText()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("page.txt"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(readFixture(QStringLiteral("html/summary.html")));
        f.close();
        const LoadResult r = DocumentLoader::load(path);
        QVERIFY(r.document);
        QCOMPARE(r.document->format, QStringLiteral("html"));
        QVERIFY(!r.document->text.contains(QLatin1String("</")));
        QCOMPARE(int(r.document->roots.size()), 3);
    }

    void japaneseSpeakers_data()
    {
        QTest::addColumn<QString>("quote");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("name");
        QTest::newRow("both ministers") << QStringLiteral("両大臣は、経済") << "both" << QString();
        QTest::newRow("minister by surname")
            << QStringLiteral("東山大臣から、ヴェロリア") << "person" << QStringLiteral("東山");
        QTest::newRow("after an opening phrase")
            << QStringLiteral("前向きに検討したい") << "person" << QStringLiteral("カステラン");
    }
    void japaneseSpeakers()
    {
        QFETCH(QString, quote);
        QFETCH(QString, kind);
        QFETCH(QString, name);
        const DocumentPtr doc = loadFixture(QStringLiteral("encodings/summary-shiftjis.txt"));
        QVERIFY(doc);
        const Statement *s = statementWith(*doc, quote);
        QVERIFY(s);
        QCOMPARE(speakerKindName(doc->speakerOf(*s).kind), kind);
        QCOMPARE(doc->speakerOf(*s).name, name);
    }

    void dateFromFileName()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("2031-05-17-veloria-readout.txt"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Foreign Minister Castellan visited Port Elan today.\n"
                "Foreign Minister Castellan said that the visit had been fruitful.\n");
        f.close();
        const LoadResult r = DocumentLoader::load(path);
        QVERIFY(r.document);
        QCOMPARE(r.document->date, QDate(2031, 5, 17));
        QVERIFY(r.document->warnings.join(u' ').contains(QLatin1String("file name")));
    }

    void refusals_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << QByteArray() << "empty file";
        QTest::newRow("binary") << QByteArray("\x7f"
                                              "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0",
                                              16)
                                << "binary";
        QTest::newRow("only blank lines") << QByteArray("\n \n\t\n") << "no text";
    }
    void refusals()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        const LoadResult r = DocumentLoader::loadBytes(QStringLiteral("notes/report.txt"), bytes);
        QVERIFY(!r.document);
        QVERIFY2(r.error.startsWith(QLatin1String("notes/report.txt: ")), qPrintable(r.error));
        QVERIFY2(r.error.contains(message), qPrintable(r.error));
    }
};

QTEST_GUILESS_MAIN(TestDocumentLoader)
#include "tst_documentloader.moc"
