#include "summarygenerator.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using Readout::SummaryGenerator;

namespace {

bool matchesLine(const QString &text, const QRegularExpression &pattern)
{
    return pattern.match(text).hasMatch();
}

QRegularExpression multiline(const QString &pattern)
{
    return QRegularExpression(pattern, QRegularExpression::MultilineOption);
}

} // namespace

class TestSummaryGenerator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameSeedSameText();
    void differentSeedsDifferentText();
    void successiveSummariesDiffer();
    void countsSummaries();
    void shape_data();
    void shape();
    void variety();
};

void TestSummaryGenerator::sameSeedSameText()
{
    SummaryGenerator a(42);
    SummaryGenerator b(42);
    for (int i = 0; i < 50; ++i)
        QCOMPARE(a.next(), b.next());
}

void TestSummaryGenerator::differentSeedsDifferentText()
{
    QSet<QString> firsts;
    for (quint64 seed : {0ULL, 1ULL, 2ULL, 3ULL, 42ULL, 0xFFFFFFFFFFFFFFFFULL})
        firsts.insert(SummaryGenerator(seed).next());
    QCOMPARE(firsts.size(), 6);
}

void TestSummaryGenerator::successiveSummariesDiffer()
{
    SummaryGenerator generator(5);
    QSet<QString> seen;
    for (int i = 0; i < 100; ++i)
        seen.insert(generator.next());
    QCOMPARE(seen.size(), 100);
}

void TestSummaryGenerator::countsSummaries()
{
    SummaryGenerator generator(9);
    QCOMPARE(generator.count(), 0);
    generator.next();
    generator.next();
    QCOMPARE(generator.count(), 2);
}

void TestSummaryGenerator::shape_data()
{
    QTest::addColumn<quint64>("seed");
    QTest::newRow("seed 1") << quint64(1);
    QTest::newRow("seed 2") << quint64(2);
    QTest::newRow("seed 1234567") << quint64(1234567);
    QTest::newRow("seed max") << quint64(0xFFFFFFFFFFFFFFFFULL);
}

// Every summary, whatever its style, has what the parser and the benchmarks rely on.
void TestSummaryGenerator::shape()
{
    QFETCH(quint64, seed);
    const QRegularExpression title(QStringLiteral(
        "\\A(?:.+ Foreign Ministers['’] (?:Meeting \\(Summary\\)|Meeting: Overview of Results|"
        "Telephone Talk)|Overview of Results of the .+ Foreign Ministers['’] Meeting|"
        ".+ Relations)\n"));
    const QRegularExpression opening(
        multiline(QStringLiteral("^On .+Minister for Foreign Affairs .+\\.$")));
    const QRegularExpression numbered(
        multiline(QStringLiteral("^ *(?:\\d+\\.|\\(\\d+\\)|\\([a-z]\\)) ?\\S")));
    const QRegularExpression leadIn(
        multiline(QStringLiteral("^.*(?:made the following statements|made the following points|"
                                 "stated as follows):$")));
    const QRegularExpression placeholder(QStringLiteral("%\\d"));
    const QRegularExpression badSpacing(
        multiline(QStringLiteral("\\S  |[ \t]$| [.,;:]|\\.\\.|\t|\r")));

    SummaryGenerator generator(seed);
    for (int i = 0; i < 150; ++i) {
        const QString text = generator.next();
        const QByteArray context = QByteArray::number(i) + ": " + text.left(200).toUtf8();
        const int bytes = int(text.toUtf8().size());
        QVERIFY2(bytes >= SummaryGenerator::MinimumBytes, context.constData());
        QVERIFY2(bytes <= SummaryGenerator::MaximumBytes, context.constData());
        QVERIFY2(matchesLine(text, title), context.constData());
        QVERIFY2(matchesLine(text, opening), context.constData());
        QVERIFY2(matchesLine(text, leadIn), context.constData());
        QVERIFY2(text.count(numbered) >= 2, context.constData());
        QVERIFY2(!matchesLine(text, placeholder), context.constData());
        const QRegularExpressionMatch spacing = badSpacing.match(text);
        QVERIFY2(
            !spacing.hasMatch(),
            (context + "\nat: " + text.mid(spacing.capturedStart() - 40, 80).toUtf8()).constData());
        QVERIFY(text.endsWith(QLatin1Char('\n')));
    }
}

// Across a few hundred summaries every style the generator promises shows up, with many
// different people and topics.
void TestSummaryGenerator::variety()
{
    SummaryGenerator generator(7);
    QString all;
    int smallest = SummaryGenerator::MaximumBytes;
    int largest = 0;
    QSet<QString> people;
    QSet<QString> headings;
    const QRegularExpression person(
        QStringLiteral("(?:Minister for Foreign Affairs|Foreign Minister) (\\w+ \\w+)"));
    const QRegularExpression heading(
        multiline(QStringLiteral("^(?:\\d+\\. ?|\\(\\d+\\) )(\\S.{0,60})$")));
    for (int i = 0; i < 400; ++i) {
        const QString text = generator.next();
        const int bytes = int(text.toUtf8().size());
        smallest = std::min(smallest, bytes);
        largest = std::max(largest, bytes);
        const QString opening = text.section(QLatin1Char('\n'), 0, 4);
        for (auto it = person.globalMatch(opening); it.hasNext();)
            people.insert(it.next().captured(1));
        for (auto it = heading.globalMatch(text); it.hasNext();)
            headings.insert(it.next().captured(1));
        all += text;
    }

    const char *const expected[] = {
        // titles
        "^.+ Foreign Ministers['’] Meeting \\(Summary\\)$",
        "^Overview of Results of the ",
        "Meeting: Overview of Results$",
        "Foreign Ministers['’] Telephone Talk$",
        "\\n\\n[^\\n]+ Relations\\n", // a breadcrumb title (the page has no meeting title)
        "’",
        // openings
        "^On \\w+ \\d+, \\d{4}, the .+ held in .+ between Minister for Foreign Affairs .+ and \\w+ "
        "Foreign Minister .+\\. The following is a summary of the meeting\\.$",
        "commencing at \\d+:\\d\\d [ap]\\.m\\.",
        "held a telephone talk with",
        "^[A-Z][a-z]+ \\d{1,2}, \\d{4}$",
        // numbering
        "^1\\.[A-Z]",
        "^1\\. [A-Z]",
        "^  1\\. ",
        "^\\(1\\) [A-Z]",
        "^\\(a\\) ",
        "^\\(i\\) ",
        "^\\(iii\\) ",
        "^- ",
        "^• ",
        "^- [^\\n]+\\n\\(1\\) ", // (1) restarting under a "-" item
        // speakers
        "made the following statements:$",
        "^\\(b\\) In response, Foreign Minister \\S+ made the following statements:$",
        "In response, Foreign Minister \\S+ stated that ",
        "The two sides agreed that ",
        "The three ministers ",
        "the \\w+ side explained that |The \\w+ side explained that ",
        "While acknowledging the significance of ",
        "agreed on the following \\w+ points",
        "^Back to Index$",
        "^Back to .+ Relations$",
    };
    for (const char *pattern : expected) {
        QVERIFY2(matchesLine(all, multiline(QString::fromUtf8(pattern))), pattern);
    }
    QVERIFY2(people.size() > 300, QByteArray::number(int(people.size())).constData());
    QVERIFY2(headings.size() > 300, QByteArray::number(int(headings.size())).constData());
    QVERIFY(smallest < 3000);
    QVERIFY(largest > 10000);
}

QTEST_GUILESS_MAIN(TestSummaryGenerator)
#include "tst_summarygenerator.moc"
