#include "document/htmlextractor.h"
#include "document/textdecoder.h"

#include "fixturefile.h"
#include <QFile>

#include <QTest>

#include <thread>
#include <vector>

using Readout::HtmlExtractor;

namespace {

QByteArray fixtureBytes(const QString &name)
{
    return ::readFixture(QStringLiteral("html/") + name);
}

QStringList lines(const QString &text)
{
    return text.split(QLatin1Char('\n'));
}

} // namespace

class TestHtmlExtractor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ministryPage();
    void legacyShiftJisPage();
    void toPlainText_data();
    void toPlainText();
    void brokenMarkup_data();
    void brokenMarkup();
    void deepNesting_data();
    void deepNesting();
    void hugePage();
    void hugeTextNode();
    void concurrentUse();
    void looksLikeHtml_data();
    void looksLikeHtml();
};

void TestHtmlExtractor::ministryPage()
{
    const QString text =
        HtmlExtractor::toPlainText(QString::fromUtf8(fixtureBytes(QStringLiteral("summary.html"))));
    const QStringList l = lines(text);

    QCOMPARE(l.value(0),
             QString::fromUtf8("Veloria-Carstenia Foreign Ministers’ Meeting (Summary)"));
    QCOMPARE(l.value(1), QStringLiteral("March 12, 2031"));
    QVERIFY(l.value(2).startsWith(QLatin1String("On March 12, commencing at 3:00 p.m. for "
                                                "approximately 70 minutes, Foreign Minister")));
    QVERIFY(l.value(2).contains(QLatin1String("who was visiting Port Elan. The overview")));

    // The numbered summary keeps its numbers, nested items are indented.
    QVERIFY(l.contains(QStringLiteral("1. Bilateral Relations")));
    QVERIFY(l.contains(QString::fromUtf8(
        "  - Foreign Minister Castellan welcomed Foreign Minister Markov’s visit and stated that "
        "Veloria wished to deepen cooperation in Trade & Investment.")));
    QVERIFY(l.contains(QStringLiteral("2. Regional Affairs")));
    QVERIFY(l.contains(QStringLiteral(
        "  1. The two ministers exchanged views on the situation in the North Sea.")));
    QVERIFY(l.contains(QStringLiteral("  2. They concurred to continue close coordination.")));
    QVERIFY(l.contains(QStringLiteral("3. Economic Cooperation")));
    QCOMPARE(l.last(), QStringLiteral("The two sides agreed to hold the next round of economic "
                                      "consultations in autumn."));

    // Navigation, scripts, header and footer are gone.
    for (const char *absent :
         {"Home", "Press Releases", "Skip to", "Search", "Basic Data", "Carstenia\n",
          "Back to Index", "Page Top", "dataLayer", "trackPage", "JavaScript",
          "Ministry of Foreign Affairs", "font-family", "&amp;", "&nbsp;", "&#"}) {
        QVERIFY2(!text.contains(QLatin1String(absent)), absent);
    }
    QVERIFY(!text.contains(QChar(0x00A0)));
    QVERIFY(!text.contains(QLatin1String("\n\n")));
    QCOMPARE(text.trimmed(), text);
    QCOMPARE(l.size(), 11);
}

// An old page: Shift_JIS, upper-case tags, layout tables, unclosed <P> and <FONT>.
void TestHtmlExtractor::legacyShiftJisPage()
{
    const Readout::DecodedText decoded =
        Readout::TextDecoder::decode(fixtureBytes(QStringLiteral("legacy-shiftjis.html")));
    QVERIFY(decoded.ok);
    QCOMPARE(decoded.encoding, QStringLiteral("Shift_JIS"));
    QVERIFY(HtmlExtractor::looksLikeHtml(decoded.text));

    const QString text = HtmlExtractor::toPlainText(decoded.text);
    const QStringList expected = {
        QString::fromUtf8("日・カルステニア外相会談（概要）"),
        QString::fromUtf8("平成４３年３月１２日"),
        // The source line break between two Japanese characters is not a space.
        QString::fromUtf8("１．３月１２日午後、東山陽子外務大臣は、カルステニアのマルコフ外務大臣と"
                          "会談を行ったところ、概要以下のとおり。"),
        QString(),
        QString::fromUtf8("２．二国間関係"),
        QString::fromUtf8("（１）東山大臣より、経済分野での協力を強化したい旨述べた。"),
        QString::fromUtf8("（２）マルコフ大臣より、これに賛意が示された。"),
        QString::fromUtf8("３．地域情勢"),
        QString::fromUtf8("　両大臣は、北海情勢について意見交換を行った。"),
        QString::fromUtf8("報道官 | 西村 健"),
    };
    QCOMPARE(lines(text), expected);
}

void TestHtmlExtractor::toPlainText_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("expected");

    const auto row = [](const char *name, const char *html, const char *expected) {
        QTest::newRow(name) << QString::fromUtf8(html) << QString::fromUtf8(expected);
    };
    row("empty", "", "");
    row("empty document", "<html><body></body></html>", "");
    row("plain text", "Foreign Minister Castellan", "Foreign Minister Castellan");
    row("paragraphs", "<p>One</p><p>Two</p>", "One\nTwo");
    row("divs and headings", "<div><h1>Title</h1><div>Body <span>text</span></div></div>",
        "Title\nBody text");
    row("whitespace collapsed", "<p>  Foreign\n   Minister\t<b>Castellan</b>  said . </p>",
        "Foreign Minister Castellan said .");
    row("inline elements join", "<p>Port<b>Elan</b> <i>and</i>Veloria</p>", "PortElan andVeloria");
    row("upper-case tags", "<P>A<BR>B</P>", "A\nB");
    row("br", "<p>a<br>b<br><br>c</p>", "a\nb\n\nc");
    row("at most one blank line", "<p>a</p><br><br><br><br><hr><br><p>b</p>", "a\n\nb");
    row("no blank lines at the ends", "<br><br><hr><p>a</p><br><br><hr>", "a");
    row("entities",
        "<p>Trade &amp; Investment &#8217;&#x2019; &nbsp;x&nbsp;&nbsp;y &lt;tag&gt; &eacute;</p>",
        "Trade & Investment ’’ x y <tag> é");
    row("unordered list", "<ul><li>Veloria</li><li>Carstenia</li></ul>", "- Veloria\n- Carstenia");
    row("ordered list", "<ol><li>Bilateral</li><li>Regional</li></ol>",
        "1. Bilateral\n2. Regional");
    row("ordered list start", "<ol start=\"3\"><li>x</li><li>y</li></ol>", "3. x\n4. y");
    row("ordered list value and type", "<ol type=\"a\"><li>x</li><li value=\"5\">y</li></ol>",
        "a. x\ne. y");
    row("roman numerals", "<ol type=\"I\"><li>x</li><li>y</li><li>z</li><li>w</li></ol>",
        "I. x\nII. y\nIII. z\nIV. w");
    row("reversed", "<ol reversed><li>x</li><li>y</li><li>z</li></ol>", "3. x\n2. y\n1. z");
    row("nested lists",
        "<ol><li>Bilateral<ul><li>trade</li><li>energy<ol><li>gas</li></ol></li></ul></li>"
        "<li>Regional</li></ol>",
        "1. Bilateral\n  - trade\n  - energy\n    1. gas\n2. Regional");
    row("item with its own label",
        "<ol style=\"list-style:none\"><li>(1) First</li><li>(2) Second</li><li>3.Third</li>"
        "<li>（４）第四</li><li>・点</li><li>- dash</li></ol>",
        "(1) First\n(2) Second\n3.Third\n（４）第四\n・点\n- dash");
    row("number that is not a label", "<ol><li>1.5 million visitors</li></ol>",
        "1. 1.5 million visitors");
    row("item with paragraphs", "<ol><li><p>First para</p><p>Second para</p></li></ol>",
        "1. First para\nSecond para");
    row("empty item keeps numbering", "<ol><li></li><li>y</li></ol>", "2. y");
    row("list item outside a list", "<li>stray</li>", "- stray");
    row("line break between CJK characters",
        "<p>両大臣は\n協力で一致した。</p><p>Veloria\n外相</p>",
        "両大臣は協力で一致した。\nVeloria 外相");
    row("table",
        "<table><tr><th>Date</th><td>12 March</td></tr>"
        "<tr><td>Place</td><td></td><td>Port Elan</td></tr></table>",
        "Date | 12 March\nPlace | Port Elan");
    row("definition list", "<dl><dt>Venue</dt><dd>Port Elan</dd></dl>", "Venue\nPort Elan");
    row("blockquote", "<p>He said:</p><blockquote>We agree.</blockquote>", "He said:\nWe agree.");
    row("pre", "<p>x</p><pre>line one\n  indented\n\n\n\nafter blanks  </pre><p>y</p>",
        "x\nline one\n  indented\n\nafter blanks\ny");
    row("dropped elements",
        "<head><title>T</title></head><p>keep</p><script>bad()</script><style>p{}</style>"
        "<noscript>ns</noscript><template><p>t</p></template><nav>n</nav><aside>a</aside>"
        "<select><option>o</option></select><button>b</button><iframe>i</iframe>",
        "keep");
    row("page header and footer dropped, article's kept",
        "<header>Site</header><article><header><h1>Title</h1></header><p>Body</p>"
        "<footer>Posted</footer></article><footer>Copyright</footer>",
        "Title\nBody\nPosted");
    row("page header holding the title",
        "<header><p>Site</p><nav>Home</nav><h1>Title</h1></header><div><p>Body</p></div>",
        "Site\nTitle\nBody");
    row("banner holding the title",
        "<div role=\"banner\"><h1>Title</h1></div><div role=\"banner\">Logo</div><p>Body</p>",
        "Title\nBody");
    row("navigation by id, class and role",
        "<div id=\"globalNav\">g</div><div class=\"breadcrumb\">b</div>"
        "<div class=\"side-menu\">m</div><div role=\"navigation\">r</div>"
        "<p class=\"skip-link\">s</p><div id=\"sidebar\">sb</div><ul "
        "class=\"gnavi\"><li>x</li></ul>"
        "<div id=\"footer\">f</div><div class=\"unavailable canvas navy\">content</div>",
        "content");
    row("navigation links",
        "<p>Text</p><p><a href=\"index.html\">Back to Index</a></p>"
        "<div><a href=\"#top\">▲ Page Top</a></div>"
        "<p><a href=\"i.html\">目次へ戻る</a></p><p><a href=\"x\">Index</a></p>",
        "Text\nIndex");
    row("hidden elements",
        "<p hidden>h</p><p style=\"display: none\">d</p><span "
        "aria-hidden=\"true\">a</span><p>v</p>",
        "v");
    row("navigation rules that would leave nothing are ignored",
        "<body><div class=\"has-sidebar\"><p>Only content</p></div></body>", "Only content");
    row("byte order mark", "\xEF\xBB\xBF<p>a</p>", "a");
    row("comments", "<p>a<!-- hidden --> b</p><!-- <p>c</p> -->", "a b");
}

void TestHtmlExtractor::toPlainText()
{
    QFETCH(QString, html);
    QFETCH(QString, expected);
    QCOMPARE(HtmlExtractor::toPlainText(html), expected);
}

void TestHtmlExtractor::brokenMarkup_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("expectedPart");

    QTest::newRow("unclosed tags") << QStringLiteral("<p>unclosed <b>bold <i>both</p><li>item<p>x")
                                   << QStringLiteral("unclosed bold both");
    QTest::newRow("angle brackets") << QStringLiteral("<<<>>> a < b > c") << QStringLiteral("c");
    QTest::newRow("truncated tag")
        << QStringLiteral("<p>text</p><p class=\"a") << QStringLiteral("text");
    QTest::newRow("stray end tags")
        << QStringLiteral("</p></div>text</html></body>") << QStringLiteral("text");
    QTest::newRow("unclosed comment")
        << QStringLiteral("<p>before</p><!-- never closed <p>after") << QStringLiteral("before");
    QTest::newRow("unclosed script")
        << QStringLiteral("<p>before</p><script>var x = '<p>';") << QStringLiteral("before");
    QTest::newRow("NUL character")
        << QStringLiteral("<p>a") + QChar(0) + QStringLiteral("b</p>") << QStringLiteral("a");
    QTest::newRow("lone surrogate")
        << QStringLiteral("<p>a") + QChar(0xD800) + QStringLiteral("b</p>") << QStringLiteral("a");
    QTest::newRow("misnested table")
        << QStringLiteral("<table><p>in table<td>cell</p></tr><tr>x</table>after")
        << QStringLiteral("after");
    QTest::newRow("bad entities") << QStringLiteral("<p>&bogus; &#xZZ; &#99999999; &amp</p>")
                                  << QStringLiteral("&bogus;");
}

// Broken pages give their text back, whatever the parser makes of the structure.
void TestHtmlExtractor::brokenMarkup()
{
    QFETCH(QString, html);
    QFETCH(QString, expectedPart);
    const QString text = HtmlExtractor::toPlainText(html);
    QVERIFY2(text.contains(expectedPart), qPrintable(text));
}

void TestHtmlExtractor::deepNesting_data()
{
    QTest::addColumn<QString>("open");
    QTest::addColumn<QString>("close");
    QTest::addColumn<int>("depth");

    QTest::newRow("100000 div") << QStringLiteral("<div>") << QStringLiteral("</div>") << 100000;
    QTest::newRow("100000 unclosed font") << QStringLiteral("<font>") << QString() << 100000;
    QTest::newRow("20000 span in div")
        << QStringLiteral("<div><span>") << QStringLiteral("</span></div>") << 20000;
}

// libxml2 would stop at depth 256 by default and drop the rest of the page.
void TestHtmlExtractor::deepNesting()
{
    QFETCH(QString, open);
    QFETCH(QString, close);
    QFETCH(int, depth);

    const QString html = QStringLiteral("<html><body><p>before</p>") + open.repeated(depth) +
                         QStringLiteral("deep") + close.repeated(depth) +
                         QStringLiteral("<p>after</p></body></html>");
    QCOMPARE(HtmlExtractor::toPlainText(html), QStringLiteral("before\ndeep\nafter"));
}

void TestHtmlExtractor::hugePage()
{
    constexpr int paragraphs = 200000;
    const QString paragraph = QStringLiteral(
        "<p class=\"text\">Foreign Minister Castellan of <b>Veloria</b> stated that the two "
        "countries would cooperate.</p>\n");
    const QString html = QStringLiteral("<html><body>") + paragraph.repeated(paragraphs) +
                         QStringLiteral("</body></html>");
    QVERIFY(html.size() > 20 * 1000 * 1000);
    const QString text = HtmlExtractor::toPlainText(html);
    QCOMPARE(text.count(QLatin1Char('\n')), paragraphs - 1);
    QVERIFY(text.endsWith(QLatin1String("the two countries would cooperate.")));
}

// libxml2 truncates a text node above 10 MB unless told otherwise.
void TestHtmlExtractor::hugeTextNode()
{
    const QString words = QStringLiteral("Veloria Carstenia ").repeated(700000);
    const QString text = HtmlExtractor::toPlainText(QStringLiteral("<p>") + words +
                                                    QStringLiteral("</p><p>end</p>"));
    QCOMPARE(text, words.trimmed() + QStringLiteral("\nend"));
}

// Documents are decoded and extracted on worker threads while a corpus loads.
void TestHtmlExtractor::concurrentUse()
{
    const QByteArray page = fixtureBytes(QStringLiteral("legacy-shiftjis.html"));
    const QString expected = HtmlExtractor::toPlainText(Readout::TextDecoder::decode(page).text);
    QVERIFY(!expected.isEmpty());
    std::vector<QString> results(4);
    std::vector<std::thread> threads;
    for (std::size_t t = 0; t < results.size(); ++t) {
        threads.emplace_back([&page, &results, t] {
            for (int i = 0; i < 200; ++i)
                results[t] = HtmlExtractor::toPlainText(Readout::TextDecoder::decode(page).text);
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    for (const QString &result : results)
        QCOMPARE(result, expected);
}

void TestHtmlExtractor::looksLikeHtml_data()
{
    QTest::addColumn<QString>("head");
    QTest::addColumn<bool>("html");

    QTest::newRow("doctype") << QStringLiteral("\n  <!DOCTYPE html>\n<p>x") << true;
    QTest::newRow("doctype, old")
        << QStringLiteral("<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.01 Transitional//EN\">")
        << true;
    QTest::newRow("xml declaration and html")
        << QStringLiteral("<?xml version=\"1.0\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\">")
        << true;
    QTest::newRow("html tag") << QStringLiteral("<HTML>\n<HEAD>") << true;
    QTest::newRow("head tag") << QStringLiteral("<head><meta charset=utf-8>") << true;
    QTest::newRow("body tag") << QStringLiteral("<body bgcolor=white>") << true;
    QTest::newRow("fragment with blocks")
        << QStringLiteral("<h1>Title</h1>\n<p>One</p>\n<p>Two</p>") << true;
    QTest::newRow("byte order mark") << QString(QChar(0xFEFF)) + QStringLiteral("<html>") << true;
    QTest::newRow("plain summary")
        << QStringLiteral("Veloria-Carstenia Foreign Ministers' Meeting (Summary)\n1. Bilateral "
                          "Relations\n(1) Foreign Minister Castellan stated: trade > 5% < 10%")
        << false;
    QTest::newRow("one tag mentioned")
        << QStringLiteral("Use the <p> tag for paragraphs and <b> for emphasis.") << false;
    QTest::newRow("tag-like words") << QStringLiteral("<htmlx> <bodyguard> <header2>") << false;
    QTest::newRow("empty") << QString() << false;
}

void TestHtmlExtractor::looksLikeHtml()
{
    QFETCH(QString, head);
    QFETCH(bool, html);
    QCOMPARE(HtmlExtractor::looksLikeHtml(head), html);
}

QTEST_GUILESS_MAIN(TestHtmlExtractor)
#include "tst_htmlextractor.moc"
