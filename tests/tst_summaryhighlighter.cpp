#include "summaryhighlighter.h"

#include <QAbstractTextDocumentLayout>
#include <QPalette>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

#ifdef READOUT_HAVE_SYNTAX_HIGHLIGHTING
#include "syntaxrepository.h"

#include <KSyntaxHighlighting/AbstractHighlighter>
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/State>
#include <KSyntaxHighlighting/Theme>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#endif

using Readout::SummaryHighlighter;

namespace {

// A fictional summary in the style the highlighter is written for.
const char snippet[] =
    "Nakara-Veloria Foreign Ministers' Meeting (Summary)\n"
    "On March 3, 2024, a meeting was held in Port Sarel between Minister for Foreign Affairs "
    "Haruka Sonoda and Velorian Foreign Minister Arlen Castellan.\n"
    "1.Bilateral Relations\n"
    "(1) Economic relations\n"
    "(a) Foreign Minister Castellan made the following statements:\n"
    "- Trade between the two countries increased by 40% last year.\n";

QPalette paletteWithBase(const QColor &base, const QColor &text)
{
    QPalette palette;
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::Text, text);
    return palette;
}

// The format the highlighter left on @p fragment, where it first occurs in @p document: an
// empty format where it left none. False, with @p error set, when the fragment is missing or
// its format changes inside it.
bool formatOf(const QTextDocument &document, const QString &fragment, QTextCharFormat *format,
              QString *error)
{
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        const int start = block.text().indexOf(fragment);
        if (start < 0) {
            continue;
        }
        const int end = start + int(fragment.size());
        *format = QTextCharFormat();
        const auto ranges = block.layout()->formats();
        for (const auto &range : ranges) {
            const int rangeEnd = range.start + range.length;
            if (range.start <= start && end <= rangeEnd) {
                *format = range.format;
            } else if (range.start < end && start < rangeEnd) {
                *error = QStringLiteral("formats change inside \"%1\"").arg(fragment);
                return false;
            }
        }
        return true;
    }
    *error = QStringLiteral("\"%1\" is not in the document").arg(fragment);
    return false;
}

bool hasFormats(const QTextDocument &document)
{
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        if (!block.layout()->formats().isEmpty()) {
            return true;
        }
    }
    return false;
}

#ifdef READOUT_HAVE_SYNTAX_HIGHLIGHTING
// Records the style name the definition gives each character of one line, without a document
// or a theme getting in the way.
class StyleRecorder : public KSyntaxHighlighting::AbstractHighlighter
{
public:
    explicit StyleRecorder(const KSyntaxHighlighting::Definition &definition)
    {
        setDefinition(definition);
    }

    QStringList stylesOf(const QString &line)
    {
        m_styles = QStringList();
        for (int i = 0; i < line.size(); ++i) {
            m_styles.append(QStringLiteral("Normal Text"));
        }
        highlightLine(QStringView(line), KSyntaxHighlighting::State());
        return m_styles;
    }

protected:
    void applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format) override
    {
        for (int i = offset; i < offset + length && i < m_styles.size(); ++i) {
            m_styles[i] = format.name();
        }
    }

private:
    QStringList m_styles;
};
#endif

} // namespace

class TestSummaryHighlighter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void plainTextWithoutEngine();
    void definitionFromResource();
    void definitionFromSourceTree();
    void styles_data();
    void styles();
    void documentFormatsDiffer();
    void themeFollowsPalette();
};

void TestSummaryHighlighter::initTestCase()
{
#ifdef READOUT_HAVE_SYNTAX_HIGHLIGHTING
    // Keep definitions and themes installed for the user out of the test.
    QStandardPaths::setTestModeEnabled(true);
#endif
}

#ifdef READOUT_HAVE_SYNTAX_HIGHLIGHTING

void TestSummaryHighlighter::plainTextWithoutEngine()
{
    QSKIP("Readout was built with KSyntaxHighlighting");
}

void TestSummaryHighlighter::definitionFromResource()
{
    QVERIFY(SummaryHighlighter::isAvailable());
    QVERIFY(SummaryHighlighter::unavailableReason().isEmpty());
    QCOMPARE(&Readout::SyntaxRepository::repository(), &Readout::SyntaxRepository::repository());

    const KSyntaxHighlighting::Definition definition =
        Readout::SyntaxRepository::summaryDefinition();
    QVERIFY(definition.isValid());
    QCOMPARE(definition.name(), QStringLiteral("Readout Diplomatic Summary"));
    QVERIFY2(definition.filePath().startsWith(Readout::SyntaxRepository::searchPath()),
             qPrintable(definition.filePath()));
}

void TestSummaryHighlighter::definitionFromSourceTree()
{
    // A repository of its own, so the file in resources/ is what gets loaded, not the copy
    // compiled into the library.
    const QString file = QFINDTESTDATA("../resources/syntax/diplomatic-summary.xml");
    QVERIFY(!file.isEmpty());
    QDir resources = QFileInfo(file).dir();
    QVERIFY(resources.cdUp());

    KSyntaxHighlighting::Repository repository;
    repository.addCustomSearchPath(resources.absolutePath());
    const KSyntaxHighlighting::Definition definition =
        repository.definitionForName(QStringLiteral("Readout Diplomatic Summary"));
    QVERIFY(definition.isValid());
    QCOMPARE(QFileInfo(definition.filePath()).canonicalFilePath(),
             QFileInfo(file).canonicalFilePath());

    QStringList styles;
    const auto formats = definition.formats();
    for (const auto &format : formats) {
        styles.append(format.name());
    }
    for (const char *expected :
         {"Normal Text", "Title", "Section Label", "Heading", "Lead-in", "Speaker", "Side",
          "Joint Subject", "Date", "Figure", "Quoted Term"}) {
        QVERIFY2(styles.contains(QLatin1String(expected)), expected);
    }
}

#else // without KSyntaxHighlighting

void TestSummaryHighlighter::plainTextWithoutEngine()
{
    QVERIFY(!SummaryHighlighter::isAvailable());
    QVERIFY(SummaryHighlighter::unavailableReason().contains(
        QStringLiteral("KF%1SyntaxHighlighting").arg(QT_VERSION >> 16)));

    QTextDocument document;
    auto *highlighter = new SummaryHighlighter(&document);
    highlighter->setPalette(paletteWithBase(Qt::black, Qt::white));
    document.setPlainText(QString::fromUtf8(snippet));
    highlighter->rehighlight();
    QVERIFY(highlighter->themeName().isEmpty());
    QVERIFY(!hasFormats(document));
}

void TestSummaryHighlighter::definitionFromResource()
{
    QSKIP("KSyntaxHighlighting was not found when Readout was built");
}

void TestSummaryHighlighter::definitionFromSourceTree()
{
    QSKIP("KSyntaxHighlighting was not found when Readout was built");
}

#endif

void TestSummaryHighlighter::styles_data()
{
#ifndef READOUT_HAVE_SYNTAX_HIGHLIGHTING
    QSKIP("KSyntaxHighlighting was not found when Readout was built");
#endif
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("fragment");
    QTest::addColumn<QString>("style");

    const auto row = [](const char *name, const char *line, const char *fragment,
                        const char *style) {
        QTest::newRow(name) << QString::fromUtf8(line) << QString::fromUtf8(fragment)
                            << QString::fromUtf8(style);
    };

    row("title", "Nakara-Veloria Foreign Ministers' Meeting (Summary)",
        "Nakara-Veloria Foreign Ministers' Meeting (Summary)", "Title");
    row("overview title", "(Overview)", "(Overview)", "Title");

    row("label 1.", "1.Bilateral Relations", "1.", "Section Label");
    row("heading after 1.", "1.Bilateral Relations", "Bilateral Relations", "Heading");
    row("label 1. with space", "2. Regional Situation", "2.", "Section Label");
    row("label (1)", "(1) Economic relations", "(1)", "Section Label");
    row("label (a)", "(a) Trade in fish products", "(a)", "Section Label");
    row("label (i)", "  (i) maritime security, including joint exercises;", "(i)", "Section Label");
    row("label (iii)", "(iii) defense equipment;", "(iii)", "Section Label");
    row("label I.", "I. Overview", "I.", "Section Label");
    row("label A.", "A. Trade and U.S. Forces", "A.", "Section Label");
    row("heading with initials", "A. Trade and U.S. Forces", "Trade and U.S. Forces", "Heading");
    row("label a.", "a. Fisheries", "a.", "Section Label");
    row("label 1)", "1) Energy", "1)", "Section Label");
    row("label dash", "- Deepening of political dialogue;", "-", "Section Label");
    row("label bullet", "\u2022 Security", "\u2022", "Section Label");
    row("label nakaguro", "\u30fbCooperation on water", "\u30fb", "Section Label");
    row("label star", "* Other matters", "*", "Section Label");
    row("no label: sentence", "Minister Sonoda said so.", "M", "Speaker");
    row("no label: U.S.", "U.S. Secretary of State Miriam Oduya arrived.", "U.", "Normal Text");
    row("heading after bullet", "- Cooperation on economic matters",
        "Cooperation on economic matters", "Heading");
    row("no heading: long list item",
        "- Nakara welcomes the visit and will work with Veloria to make it a success",
        "Nakara welcomes", "Normal Text");
    row("no heading: sentence", "(2) The two sides agreed on this. It was noted.", "agreed",
        "Normal Text");

    row("lead-in", "(a) Foreign Minister Castellan made the following statements:",
        "made the following statements:", "Lead-in");
    row("speaker in lead-in", "(a) Foreign Minister Castellan made the following statements:",
        "Foreign Minister Castellan", "Speaker");
    row("lead-in without label",
        "In response, Minister Sonoda made the following statements:", "In response,", "Lead-in");
    row("lead-in as follows", "The overview of the meeting is as follows.",
        "The overview of the meeting is as follows.", "Lead-in");
    row("lead-in last sentence",
        "The two ministers exchanged views. The main points are as follows:",
        "The main points are as follows:", "Lead-in");
    row("no lead-in: colon inside",
        "- Veloria wants cooperation in three areas: trade, energy and culture.", "three areas",
        "Normal Text");

    row("speaker full title", "Minister for Foreign Affairs Haruka Sonoda arrived.",
        "Minister for Foreign Affairs Haruka Sonoda", "Speaker");
    row("speaker foreign minister", "Velorian Foreign Minister Arlen Castellan stated",
        "Foreign Minister Arlen Castellan", "Speaker");
    row("speaker secretary of state", "with Secretary of State Miriam Oduya.",
        "Secretary of State Miriam Oduya", "Speaker");
    row("speaker surname first", "Ms. SONODA Haruka, Minister for Foreign Affairs, held",
        "Ms. SONODA Haruka", "Speaker");
    row("speaker possessive", "Prime Minister Tomoe Arakawa's visit",
        "Prime Minister Tomoe Arakawa", "Speaker");
    row("possessive not speaker", "Prime Minister Tomoe Arakawa's visit", "'s visit",
        "Normal Text");
    row("speaker deputy", "Deputy Foreign Minister Lenz will attend.",
        "Deputy Foreign Minister Lenz", "Speaker");
    row("speaker h.e. dr.", "with H.E. Dr. Ilse Varga, Minister of Foreign Affairs",
        "H.E. Dr. Ilse Varga", "Speaker");
    row("office no speaker", "with H.E. Dr. Ilse Varga, Minister of Foreign Affairs",
        "Minister of Foreign Affairs", "Normal Text");
    row("side", "In response, the Velorian side explained", "the Velorian side", "Side");
    row("two sides", "The two sides agreed that", "The two sides", "Joint Subject");
    row("both ministers", "Both ministers concurred.", "Both ministers", "Joint Subject");
    row("three ministers", "the three ministers confirmed", "the three ministers", "Joint Subject");
    row("they agreed", "They also agreed to meet again.", "They", "Joint Subject");
    row("they other", "They said nothing.", "They", "Normal Text");

    row("date month day year", "On October 12, 2002, talks were held", "October 12, 2002", "Date");
    row("date day month", "will open on 12 June with", "12 June", "Date");
    row("date iso", "Published 2019-09-16 in", "2019-09-16", "Date");
    row("date weekday", "On Friday, March 1, for approximately", "Friday, March 1", "Date");
    row("date range", "on November 13 and 14.", "November 13 and 14", "Date");
    row("date month year", "concluded in November 2024.", "November 2024", "Date");
    row("time", "from 10:30 a.m. (EST), the", "10:30 a.m. (EST)", "Date");
    row("year", "since 1993 and", "1993", "Date");
    row("may is a verb", "Veloria May consider it.", "May", "Normal Text");

    row("percent", "increased by 40% last year", "40%", "Figure");
    row("dollars", "cooperation of $2 million for", "$2 million", "Figure");
    row("usd", "a loan of USD 200 million to", "USD 200 million", "Figure");
    row("minutes", "for approximately 30 minutes from", "30 minutes", "Figure");
    row("yen", "assistance of 500 million yen through", "500 million yen", "Figure");
    row("years adjective", "the 15-year time limit", "15-year", "Figure");
    row("plain number", "Sakhalin 1 and", "1", "Figure");
    row("no figure in name", "the G7 members", "G7", "Normal Text");

    row("quoted", "the \"Year of Velorian Culture in Nakara\" opens",
        "\"Year of Velorian Culture in Nakara\"", "Quoted Term");
    row("curly quoted", "the \u201cBlue Corridor\u201d plan", "\u201cBlue Corridor\u201d",
        "Quoted Term");
    row("plain", "a meeting was held in Port Sarel", "a meeting was held", "Normal Text");
}

void TestSummaryHighlighter::styles()
{
#ifdef READOUT_HAVE_SYNTAX_HIGHLIGHTING
    QFETCH(QString, line);
    QFETCH(QString, fragment);
    QFETCH(QString, style);

    const int start = line.indexOf(fragment);
    QVERIFY2(start >= 0, "fragment not in line");
    StyleRecorder recorder(Readout::SyntaxRepository::summaryDefinition());
    const QStringList styles = recorder.stylesOf(line);
    for (int i = start; i < start + fragment.size(); ++i) {
        if (line.at(i).isSpace() && style != QLatin1String("Normal Text")) {
            continue; // spaces around a mark may go either way
        }
        QVERIFY2(styles.at(i) == style,
                 qPrintable(QStringLiteral("character %1 ('%2'): %3, expected %4")
                                .arg(i)
                                .arg(line.at(i))
                                .arg(styles.at(i), style)));
    }
#else
    QSKIP("KSyntaxHighlighting was not found when Readout was built");
#endif
}

void TestSummaryHighlighter::documentFormatsDiffer()
{
    if (!SummaryHighlighter::isAvailable()) {
        QSKIP("KSyntaxHighlighting was not found when Readout was built");
    }
    // Highlighted as soon as the highlighter is attached: no event loop, no view needed.
    QTextDocument document(QString::fromUtf8(snippet));
    auto *highlighter = new SummaryHighlighter(&document); // owned by the document
    QCOMPARE(highlighter->document(), &document);

    QVERIFY(hasFormats(document));
    QTextCharFormat label, speaker, figure, plain;
    QString error;
    QVERIFY2(formatOf(document, QStringLiteral("(1)"), &label, &error), qPrintable(error));
    QVERIFY2(formatOf(document, QStringLiteral("Arlen Castellan"), &speaker, &error),
             qPrintable(error));
    QVERIFY2(formatOf(document, QStringLiteral("40%"), &figure, &error), qPrintable(error));
    QVERIFY2(formatOf(document, QStringLiteral("was held in"), &plain, &error), qPrintable(error));
    QVERIFY(label != plain);
    QVERIFY(speaker != plain);
    QVERIFY(figure != plain);
    QVERIFY(label != speaker);
    QVERIFY(label != figure);
    QVERIFY(speaker != figure);
}

void TestSummaryHighlighter::themeFollowsPalette()
{
    if (!SummaryHighlighter::isAvailable()) {
        QSKIP("KSyntaxHighlighting was not found when Readout was built");
    }
    QTextDocument document;
    // A view gives the document its layout, and only then do edits reach the highlighter.
    document.documentLayout();
    auto *highlighter = new SummaryHighlighter(&document);
    highlighter->setPalette(paletteWithBase(Qt::white, Qt::black));
    document.setPlainText(QString::fromUtf8(snippet));
    QCOMPARE(highlighter->themeName(), QStringLiteral("Breeze Light"));
    QTextCharFormat lightSpeaker, darkSpeaker;
    QString error;
    QVERIFY2(formatOf(document, QStringLiteral("Arlen Castellan"), &lightSpeaker, &error),
             qPrintable(error));

    highlighter->setPalette(paletteWithBase(QColor(0x23, 0x26, 0x29), QColor(0xfc, 0xfc, 0xfc)));
    QCOMPARE(highlighter->themeName(), QStringLiteral("Breeze Dark"));
    QVERIFY2(formatOf(document, QStringLiteral("Arlen Castellan"), &darkSpeaker, &error),
             qPrintable(error));
    // Rehighlighted with the new theme, not left with the old colours.
    QVERIFY(darkSpeaker.foreground().color() != lightSpeaker.foreground().color());
}

QTEST_MAIN(TestSummaryHighlighter)
#include "tst_summaryhighlighter.moc"
