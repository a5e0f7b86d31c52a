// The scanners the parser reads every character with: they take shortcuts (eight characters
// at a time), so each is checked here against the plain definition of what it finds.

#include "document/documentloader.h"
#include "document/linescanner.h"
#include "document/wordtokenizer.h"

#include <QDirIterator>
#include <QTest>

using Readout::LineScanner;
using Readout::ScannedLine;
using Readout::Token;
using Readout::WordTokenizer;

namespace {

// A line as "text|translation" (the flag as "+" when set), for readable comparisons.
QStringList scan(const QString &text)
{
    QStringList lines;
    LineScanner scanner(text);
    ScannedLine line;
    while (scanner.next(line)) {
        lines << text.mid(line.begin, line.end - line.begin) +
                     (line.mentionsTranslation ? QStringLiteral("|+") : QStringLiteral("|"));
    }
    return lines;
}

// The definition: breaks are "\r\n", "\n", "\r" and U+2028; a line mentions translation when
// it holds "ranslation".
QStringList scanPlainly(const QString &text)
{
    QStringList lines;
    QString line;
    const auto close = [&] {
        lines << line + (line.contains(QStringLiteral("ranslation")) ? QStringLiteral("|+")
                                                                     : QStringLiteral("|"));
        line.clear();
    };
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n')
            continue; // the "\n" closes the line
        if (c == u'\n' || c == u'\r' || c == u'\u2028')
            close();
        else
            line += c;
    }
    close();
    return lines;
}

// A token as "text/kind", kind being w (word), W (capitalised), C (all capitals) or m (mark),
// with its offsets and, when looked up already, its word classes.
QString describe(const Token &t)
{
    const QString kind = !t.isWord       ? QStringLiteral("m")
                         : t.allCaps     ? QStringLiteral("C")
                         : t.capitalized ? QStringLiteral("W")
                                         : QStringLiteral("w");
    return QStringLiteral("%1/%2@%3-%4%5")
        .arg(t.text.toString(), kind)
        .arg(t.start)
        .arg(t.end)
        .arg(t.lexReady ? QStringLiteral(" lex %1").arg(t.lexCache) : QString());
}

QStringList tokensOf(const QString &text, bool oneByOne)
{
    std::vector<Token> tokens;
    if (oneByOne)
        WordTokenizer::tokenizeOneByOne(text, tokens);
    else
        WordTokenizer::tokenize(text, tokens);
    QStringList out;
    for (const Token &t : tokens) {
        if (t.text.data() != text.constData() + t.start || t.text.size() != t.end - t.start)
            out << QStringLiteral("token view and offsets disagree at %1").arg(t.start);
        out << describe(t);
    }
    return out;
}

// Where the two tokenizations first differ, for a readable failure.
QString firstDifference(const QStringList &fast, const QStringList &plain)
{
    for (qsizetype i = 0; i < qMin(fast.size(), plain.size()); ++i) {
        if (fast[i] != plain[i])
            return QStringLiteral("token %1: %2, one by one %3").arg(i).arg(fast[i], plain[i]);
    }
    return QStringLiteral("%1 tokens, one by one %2").arg(fast.size()).arg(plain.size());
}

} // namespace

class TestTextScanning : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lines_data();
    void lines();
    void linesAtEveryOffset_data();
    void linesAtEveryOffset();
    void tokens_data();
    void tokens();
    void tokensAtEveryOffset_data();
    void tokensAtEveryOffset();
    void tokensOfRealSummaries();
};

void TestTextScanning::lines_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("lines");

    const auto l = [](const char *s) { return QString::fromUtf8(s); };
    QTest::newRow("empty") << QString() << QStringList{l("|")};
    QTest::newRow("no break") << l("One line") << QStringList{l("One line|")};
    QTest::newRow("final break") << l("a\nb\n") << QStringList{l("a|"), l("b|"), l("|")};
    QTest::newRow("blank lines") << l("a\n\n\nb") << QStringList{l("a|"), l("|"), l("|"), l("b|")};
    QTest::newRow("windows") << l("first\r\nsecond\r\n")
                             << QStringList{l("first|"), l("second|"), l("|")};
    QTest::newRow("old mac") << l("first\rsecond") << QStringList{l("first|"), l("second|")};
    QTest::newRow("CR CR LF is two breaks")
        << l("a\r\r\nb") << QStringList{l("a|"), l("|"), l("b|")};
    QTest::newRow("line separator")
        << QStringLiteral("first\u2028second") << QStringList{l("first|"), l("second|")};
    QTest::newRow("translation note")
        << l("Title\n(Provisional translation)\nThe ministers met in Tarvel.")
        << QStringList{l("Title|"), l("(Provisional translation)|+"),
                       l("The ministers met in Tarvel.|")};
    QTest::newRow("other words with sl")
        << l("The island's legislation\nTranslations") // capital T: "ranslation" all the same
        << QStringList{l("The island's legislation|"), l("Translations|+")};
    QTest::newRow("word cut by a break")
        << l("transl\nation") << QStringList{l("transl|"), l("ation|")};
    QTest::newRow("word at the very end")
        << l("tentative translation") << QStringList{l("tentative translation|+")};
}

void TestTextScanning::lines()
{
    QFETCH(QString, text);
    QFETCH(QStringList, lines);
    QCOMPARE(scan(text), lines);
    QCOMPARE(scanPlainly(text), lines); // the definition agrees with the expectation
}

void TestTextScanning::linesAtEveryOffset_data()
{
    QTest::addColumn<QString>("text");

    // Each piece at every offset from a block of eight characters, and near the text's end.
    const QStringList pieces{QStringLiteral("\n"),         QStringLiteral("\r\n"),
                             QStringLiteral("\r"),         QStringLiteral("\u2028"),
                             QStringLiteral("ranslation"), QStringLiteral("sl"),
                             QStringLiteral("s\nl"),       QStringLiteral("ranslation\n")};
    for (const QString &piece : pieces) {
        for (int before = 0; before < 20; ++before) {
            for (int after : {0, 1, 7, 8, 9, 17}) {
                const QString text =
                    QString(before, u'x') + piece + QString(after, u'y') + piece + QLatin1Char('z');
                QTest::addRow("%s at %d, %d after",
                              qPrintable(QString(piece)
                                             .replace(u'\n', QStringLiteral("\\n"))
                                             .replace(u'\r', QStringLiteral("\\r"))
                                             .replace(QChar(0x2028), QStringLiteral("LS"))),
                              before, after)
                    << text;
            }
        }
    }
}

void TestTextScanning::linesAtEveryOffset()
{
    QFETCH(QString, text);
    QCOMPARE(scan(text), scanPlainly(text));
}

void TestTextScanning::tokens_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("words"); // the tokens' texts, kinds as in describe()

    const auto l = [](const char *s) { return QString::fromUtf8(s); };
    QTest::newRow("sentence") << l("Minister Sonoda met Mr. KISHIDA Fumio's U.S.-Japan team.")
                              << QStringList{l("Minister/W"), l("Sonoda/W"),  l("met/w"),
                                             l("Mr./W"),      l("KISHIDA/C"), l("Fumio's/W"),
                                             l("U.S./C"),     l("-/m"),       l("Japan/W"),
                                             l("team/w"),     l("./m")};
    QTest::newRow("marks and joiners")
        << l("the HR/VP (EU) -- a well-known \"x\" R&D, e.g. 3.5%")
        << QStringList{l("the/w"), l("HR/VP/C"), l("(/m"),          l("EU/C"),  l(")/m"), l("-/m"),
                       l("-/m"),   l("a/w"),     l("well-known/w"), l("\"/m"),  l("x/w"), l("\"/m"),
                       l("R&D/C"), l(",/m"),     l("e.g./w"),       l("3.5/w"), l("%/m")};
    QTest::newRow("beyond ASCII") << l("Herr Müller’s Ki‐Moon 外務大臣 «oui»")
                                  << QStringList{l("Herr/W"),     l("Müller’s/W"), l("Ki‐Moon/W"),
                                                 l("外務大臣/w"), l("«/m"),        l("oui/w"),
                                                 l("»/m")};
    QTest::newRow("a word longer than 64 characters")
        << QString(70, u'a') + l(" b") << QStringList{QString(70, u'a') + l("/w"), l("b/w")};
    QTest::newRow("empty") << QString() << QStringList();
    QTest::newRow("spaces only") << l(" \t\r\n  ") << QStringList();
}

void TestTextScanning::tokens()
{
    QFETCH(QString, text);
    QFETCH(QStringList, words);
    QStringList found;
    for (const QString &t : tokensOf(text, false))
        found << t.section(u'@', 0, 0);
    QCOMPARE(found, words);
    QCOMPARE(tokensOf(text, false), tokensOf(text, true));
}

void TestTextScanning::tokensAtEveryOffset_data()
{
    QTest::addColumn<QString>("text");

    // Each piece at every offset from a block of 64 characters (the tokenizer reads that many
    // at once), near the end of the text, and against the piece before it.
    const QStringList pieces{
        QStringLiteral("Mr. Sonoda"), QStringLiteral("U.S.-Japan"),   QStringLiteral("HR/VP"),
        QStringLiteral("KISHIDA's"),  QStringLiteral("e.g."),         QStringLiteral("R."),
        QStringLiteral("a-b-c"),      QStringLiteral("x--y"),         QStringLiteral("3.5"),
        QStringLiteral("Müller"),     QStringLiteral("Ki\u2010Moon"), QStringLiteral("“No.”"),
        QStringLiteral("end."),       QStringLiteral("A/b"),          QStringLiteral("it’s"),
        QStringLiteral("\t(1)\r\n")};
    for (const QString &piece : pieces) {
        for (int before = 50; before < 70; ++before) {
            for (int after : {0, 1, 2, 40}) {
                QString text = QString(before, u'x');
                text[before - 10] = u' '; // a word ends a little before the piece
                text += piece + QString(after, u'y');
                QTest::addRow("%s at %d, %d after", qPrintable(piece.simplified()), before, after)
                    << text;
                QTest::addRow("%s joined at %d, %d after", qPrintable(piece.simplified()), before,
                              after)
                    << text.replace(before - 10, 1, u'.');
            }
        }
    }
}

void TestTextScanning::tokensAtEveryOffset()
{
    QFETCH(QString, text);
    const QStringList fast = tokensOf(text, false);
    const QStringList plain = tokensOf(text, true);
    QVERIFY2(fast == plain, qPrintable(firstDifference(fast, plain)));
}

void TestTextScanning::tokensOfRealSummaries()
{
    // Every summary of the shared corpus and every fixture, whole and paragraph by paragraph.
    QStringList files;
    for (const QString &root :
         {QStringLiteral(READOUT_CORPUS_DIR), QStringLiteral(READOUT_FIXTURES_DIR)}) {
        QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            files << it.next();
    }
    if (!QDir(QStringLiteral(READOUT_CORPUS_DIR)).exists())
        QSKIP("the shared corpus is not here (it is on developer machines only)");
    int compared = 0;
    for (const QString &file : files) {
        const auto loaded = Readout::DocumentLoader::load(file);
        if (!loaded.document)
            continue; // the fixtures of bad input
        const QString &text = loaded.document->text;
        QStringList parts = text.split(u'\n');
        parts << text;
        for (const QString &part : std::as_const(parts)) {
            const QStringList fast = tokensOf(part, false);
            const QStringList plain = tokensOf(part, true);
            QVERIFY2(fast == plain,
                     qPrintable(QStringLiteral("%1: %2 in \"%3\"")
                                    .arg(file, firstDifference(fast, plain), part.left(120))));
            ++compared;
        }
    }
    QVERIFY(compared > 100);
}

QTEST_APPLESS_MAIN(TestTextScanning)
#include "tst_textscanning.moc"
