#include "corpus/textfolder.h"

#include <QTest>

using Readout::TextFolder;

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
};

QTEST_GUILESS_MAIN(TestTextFolder)
#include "tst_textfolder.moc"
