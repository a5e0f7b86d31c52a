// The scanners the parser reads every character with: they take shortcuts (eight characters
// at a time), so each is checked here against the plain definition of what it finds.

#include "document/linescanner.h"

#include <QTest>

using Readout::LineScanner;
using Readout::ScannedLine;

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

} // namespace

class TestTextScanning : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lines_data();
    void lines();
    void linesAtEveryOffset_data();
    void linesAtEveryOffset();
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

QTEST_APPLESS_MAIN(TestTextScanning)
#include "tst_textscanning.moc"
