#include "corpus/foldedtexts.h"
#include "corpus/textfolder.h"

#include <QTest>

using Readout::FoldedTexts;
using Readout::TextFolder;

namespace {

// The rows of several documents, folded as the loading threads fold them.
std::string foldedRows(const QStringList &rows)
{
    std::string text;
    for (const QString &row : rows) {
        TextFolder::appendFolded(row, text);
        text.push_back('\0');
    }
    return text;
}

std::vector<int> rowsWith(const FoldedTexts &texts, const char *needle)
{
    std::vector<std::uint8_t> matches;
    texts.findAll(needle, matches);
    std::vector<int> rows;
    for (size_t r = 0; r < matches.size(); ++r) {
        if (matches[r])
            rows.push_back(int(r));
    }
    return rows;
}

} // namespace

class TestTextFolder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void folds_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("case") << QStringLiteral("Peace TREATY") << QStringLiteral("peace treaty");
        QTest::newRow("accents") << QStringLiteral("Caf\u00e9 na\u00efve S\u00e3o")
                                 << QStringLiteral("cafe naive sao");
        QTest::newRow("combining accent after ASCII")
            << QStringLiteral("cafe\u0301") << QStringLiteral("cafe");
        QTest::newRow("full width")
            << QStringLiteral("\uff21\uff22\uff23\uff11\uff12") << QStringLiteral("abc12");
        QTest::newRow("typographic quotes")
            << QStringLiteral("Japan\u2019s \u201Cpartnership\u201D \u2014 now")
            << QStringLiteral("japan's \"partnership\" - now");
        QTest::newRow("white space")
            << QStringLiteral("a \n\t  b\u3000c") << QStringLiteral("a b c");
        QTest::newRow("sharp s") << QStringLiteral("Stra\u00dfe") << QStringLiteral("strasse");
        QTest::newRow("yo is ye") << QStringLiteral("\u0401\u043b\u043a\u0430")
                                  << QStringLiteral("\u0435\u043b\u043a\u0430");
        QTest::newRow("greek accents") << QStringLiteral("\u0386\u03b8\u03ae\u03bd\u03b1")
                                       << QStringLiteral("\u03b1\u03b8\u03b7\u03bd\u03b1");
    }

    void folds()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(QString::fromStdString(TextFolder::fold(text)), expected);
    }

    // Marks that change the word stay: a search for one word must not find the other.
    void keepsDistinctiveMarks()
    {
        // Japanese voiced and unvoiced kana: "ga" and "ka".
        QVERIFY(TextFolder::fold(QStringLiteral("\u304c")) !=
                TextFolder::fold(QStringLiteral("\u304b")));
        // Russian "й" and "и".
        QVERIFY(TextFolder::fold(QStringLiteral("\u0439")) !=
                TextFolder::fold(QStringLiteral("\u0438")));
        // A folded query is found in the folded text it came from.
        const std::string text =
            TextFolder::fold(QStringLiteral("\u65e5\u9732\u5e73\u548c\u6761\u7d04\u304c"));
        QVERIFY(text.find(TextFolder::fold(QStringLiteral("\u5e73\u548c\u6761\u7d04"))) !=
                std::string::npos);
    }

    void surrogatePairsSurvive()
    {
        const QString text = QStringLiteral("a\U0001F600b");
        QCOMPARE(QString::fromStdString(TextFolder::fold(text)), text);
    }

    // Rows live in one buffer per document; searching, narrowing, ordering and removing
    // treat them as one sequence of rows.
    void foldedTextsAcrossDocuments()
    {
        FoldedTexts texts;
        texts.appendFolded(
            foldedRows({QStringLiteral("The Peace Treaty"), QStringLiteral("Trade")}));
        texts.appendFolded(std::string()); // a document without statements
        texts.appendFolded(foldedRows({QStringLiteral("Fisheries"),
                                       QStringLiteral("Trad\u00e9 talks"), QStringLiteral("T")}));
        texts.appendFolded(foldedRows({QStringLiteral("Peace and trade")}));
        QCOMPARE(texts.size(), 6);
        QCOMPARE(texts.row(3), std::string_view("trade talks"));
        QCOMPARE(rowsWith(texts, "trade"), (std::vector<int>{1, 3, 5}));
        QCOMPARE(rowsWith(texts, "t"), (std::vector<int>{0, 1, 3, 4, 5}));
        QCOMPARE(rowsWith(texts, "treaty trade"), std::vector<int>());
        std::vector<std::uint8_t> matches;
        texts.findAll("a", matches);
        texts.narrow("peace", matches);
        QCOMPARE(matches, (std::vector<std::uint8_t>{1, 0, 0, 0, 0, 1}));
        // Rows appended later are searched alone; the earlier answers stay.
        matches.assign(6, 7);
        texts.appendFolded(foldedRows({QStringLiteral("More trade")}));
        texts.findFrom(6, "trade", matches);
        QCOMPARE(matches, (std::vector<std::uint8_t>{7, 7, 7, 7, 7, 7, 1}));
        QVERIFY(texts.compare(0, 1) < 0); // "the peace treaty" < "trade"
        QVERIFY(texts.compare(4, 3) < 0); // "t" < "trade talks"
        QCOMPARE(texts.compare(1, 1), 0);
        // Removing a whole document, then rows across two documents.
        texts.remove(2, 3);
        QCOMPARE(texts.size(), 4);
        QCOMPARE(rowsWith(texts, "trade"), (std::vector<int>{1, 2, 3}));
        texts.remove(1, 2);
        QCOMPARE(texts.size(), 2);
        QCOMPARE(texts.row(0), std::string_view("the peace treaty"));
        QCOMPARE(texts.row(1), std::string_view("more trade"));
        QCOMPARE(rowsWith(texts, "e"), (std::vector<int>{0, 1}));
        texts.clear();
        QCOMPARE(texts.size(), 0);
        QCOMPARE(rowsWith(texts, "e"), std::vector<int>());
    }
};

QTEST_GUILESS_MAIN(TestTextFolder)
#include "tst_textfolder.moc"
