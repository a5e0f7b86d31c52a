#include "document/textdecoder.h"

#include "fixturefile.h"
#include <QFile>

#include <QTest>

using Readout::DecodedText;
using Readout::TextDecoder;

namespace {

QByteArray fixtureBytes(const QString &name)
{
    return ::readFixture(QStringLiteral("encodings/") + name);
}

QString fixtureText(const QString &name)
{
    return QString::fromUtf8(fixtureBytes(name));
}

QByteArray encodeUtf16(const QString &text, bool bigEndian)
{
    QByteArray bytes;
    for (const QChar ch : text) {
        const ushort u = ch.unicode();
        const char high = char(u >> 8);
        const char low = char(u & 0xFF);
        bytes.append(bigEndian ? high : low);
        bytes.append(bigEndian ? low : high);
    }
    return bytes;
}

QByteArray encodeUtf32(const QString &text, bool bigEndian)
{
    QByteArray bytes;
    const auto codePoints = text.toUcs4();
    for (const uint cp : codePoints) {
        const char b[4] = {char(cp >> 24), char((cp >> 16) & 0xFF), char((cp >> 8) & 0xFF),
                           char(cp & 0xFF)};
        for (int i = 0; i < 4; ++i)
            bytes.append(b[bigEndian ? i : 3 - i]);
    }
    return bytes;
}

// A fictional line mixing scripts, so every Unicode encoding has work to do.
QString mixedLine()
{
    return QString::fromUtf8("Foreign Minister Arlen Castellan of Veloria — 外務大臣 — "
                             "министр Кастеллан — ministre Castellan à Tokyo 🌏\n");
}

} // namespace

class TestTextDecoder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fixtures_data();
    void fixtures();
    void shortTexts_data();
    void shortTexts();
    void lateNonAscii_data();
    void lateNonAscii();
    void byteOrderMarks_data();
    void byteOrderMarks();
    void wideWithoutBom_data();
    void wideWithoutBom();
    void invalidSequences_data();
    void invalidSequences();
    void refused_data();
    void refused();
    void asciiIsUtf8();
    void htmlDeclarations_data();
    void htmlDeclarations();
    void largeSingleLine_data();
    void largeSingleLine();
    void decodeAs();
    void canonicalName_data();
    void canonicalName();
};

void TestTextDecoder::fixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("expectedFile");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<bool>("guessed");

    const QString ja = QStringLiteral("summary-ja.utf8.txt");
    const QString ru = QStringLiteral("summary-ru.utf8.txt");
    QTest::newRow("Shift_JIS") << QStringLiteral("summary-shiftjis.txt") << ja
                               << QStringLiteral("Shift_JIS") << true;
    QTest::newRow("EUC-JP") << QStringLiteral("summary-eucjp.txt") << ja << QStringLiteral("EUC-JP")
                            << true;
    QTest::newRow("ISO-2022-JP") << QStringLiteral("summary-iso2022jp.txt") << ja
                                 << QStringLiteral("ISO-2022-JP") << true;
    QTest::newRow("windows-1251") << QStringLiteral("summary-windows1251.txt") << ru
                                  << QStringLiteral("windows-1251") << true;
    QTest::newRow("KOI8-R") << QStringLiteral("summary-koi8r.txt") << ru << QStringLiteral("KOI8-R")
                            << true;
    QTest::newRow("windows-1252") << QStringLiteral("summary-windows1252.txt")
                                  << QStringLiteral("summary-fr.utf8.txt")
                                  << QStringLiteral("windows-1252") << true;
    QTest::newRow("ISO-8859-1 read as windows-1252")
        << QStringLiteral("summary-latin1.txt") << QStringLiteral("summary-fr-latin1.utf8.txt")
        << QStringLiteral("windows-1252") << true;
    QTest::newRow("short windows-1251")
        << QStringLiteral("short-windows1251.txt") << QStringLiteral("short-ru.utf8.txt")
        << QStringLiteral("windows-1251") << true;
    QTest::newRow("short KOI8-R") << QStringLiteral("short-koi8r.txt")
                                  << QStringLiteral("short-ru.utf8.txt") << QStringLiteral("KOI8-R")
                                  << true;
    QTest::newRow("UTF-8 Japanese") << ja << ja << QStringLiteral("UTF-8") << false;
    QTest::newRow("UTF-8 Russian") << ru << ru << QStringLiteral("UTF-8") << false;
    QTest::newRow("UTF-8 French") << QStringLiteral("summary-fr.utf8.txt")
                                  << QStringLiteral("summary-fr.utf8.txt")
                                  << QStringLiteral("UTF-8") << false;
    QTest::newRow("HTML meta charset")
        << QStringLiteral("meta-shiftjis.html") << QStringLiteral("meta-ja.utf8.html")
        << QStringLiteral("Shift_JIS") << false;
    QTest::newRow("HTML meta http-equiv")
        << QStringLiteral("meta-windows1251.html") << QStringLiteral("meta-ru.utf8.html")
        << QStringLiteral("windows-1251") << false;
    QTest::newRow("XHTML XML declaration")
        << QStringLiteral("xmldecl-eucjp.xhtml") << QStringLiteral("xmldecl-ja.utf8.xhtml")
        << QStringLiteral("EUC-JP") << false;
}

void TestTextDecoder::fixtures()
{
    QFETCH(QString, file);
    QFETCH(QString, expectedFile);
    QFETCH(QString, encoding);
    QFETCH(bool, guessed);

    const DecodedText decoded = TextDecoder::decode(fixtureBytes(file));
    QVERIFY2(decoded.ok, qPrintable(decoded.error));
    QCOMPARE(decoded.encoding, encoding);
    QCOMPARE(decoded.text, fixtureText(expectedFile));
    QCOMPARE(decoded.warnings, QStringList());
    QCOMPARE(decoded.guessed, guessed);
}

// Inputs of a few words, where ICU's detector alone picks the wrong table.
void TestTextDecoder::shortTexts_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("encoding");

    const QString negotiations = QString::fromUtf8("Переговоры");
    const QString declared = QString::fromUtf8("Министр заявил:");
    const QString capitals = QString::fromUtf8("ВСТРЕЧА МИНИСТРОВ");
    QTest::newRow("one word, windows-1251")
        << QByteArray("\xcf\xe5\xf0\xe5\xe3\xee\xe2\xee\xf0\xfb") << negotiations
        << QStringLiteral("windows-1251");
    QTest::newRow("one word, KOI8-R") << QByteArray("\xf0\xc5\xd2\xc5\xc7\xcf\xd7\xcf\xd2\xd9")
                                      << negotiations << QStringLiteral("KOI8-R");
    QTest::newRow("two words, windows-1251")
        << QByteArray("\xcc\xe8\xed\xe8\xf1\xf2\xf0\x20\xe7\xe0\xff\xe2\xe8\xeb\x3a") << declared
        << QStringLiteral("windows-1251");
    QTest::newRow("two words, KOI8-R")
        << QByteArray("\xed\xc9\xce\xc9\xd3\xd4\xd2\x20\xda\xc1\xd1\xd7\xc9\xcc\x3a") << declared
        << QStringLiteral("KOI8-R");
    QTest::newRow("capitals, windows-1251")
        << QByteArray("\xc2\xd1\xd2\xd0\xc5\xd7\xc0\x20\xcc\xc8\xcd\xc8\xd1\xd2\xd0\xce\xc2")
        << capitals << QStringLiteral("windows-1251");
    QTest::newRow("capitals, KOI8-R")
        << QByteArray("\xf7\xf3\xf4\xf2\xe5\xfe\xe1\x20\xed\xe9\xee\xe9\xf3\xf4\xf2\xef\xf7")
        << capitals << QStringLiteral("KOI8-R");
    QTest::newRow("Japanese, Shift_JIS")
        << QByteArray("\x89\xef\x92\x6b\x82\xcc\x8a\x54\x97\x76") << QString::fromUtf8("会談の概要")
        << QStringLiteral("Shift_JIS");
    QTest::newRow("Japanese, EUC-JP")
        << QByteArray("\xc6\xfc\xcb\xdc\xa4\xc8\xc3\xe6\xb9\xf1") << QString::fromUtf8("日本と中国")
        << QStringLiteral("EUC-JP");
    QTest::newRow("French word, Latin-1")
        << QByteArray("Caf\xe9") << QString::fromUtf8("Café") << QStringLiteral("windows-1252");
    QTest::newRow("French fragment, Latin-1")
        << QByteArray("ve caf\xe9 cr\xe8me b") << QString::fromUtf8("ve café crème b")
        << QStringLiteral("windows-1252");
    QTest::newRow("French phrase, Latin-1")
        << QByteArray("Voil\xe0 le r\xe9sum\xe9") << QString::fromUtf8("Voilà le résumé")
        << QStringLiteral("windows-1252");
}

void TestTextDecoder::shortTexts()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    QFETCH(QString, encoding);

    const DecodedText decoded = TextDecoder::decode(bytes);
    QVERIFY2(decoded.ok, qPrintable(decoded.error));
    QCOMPARE(decoded.encoding, encoding);
    QCOMPARE(decoded.text, expected);
    QVERIFY(decoded.guessed);
}

void TestTextDecoder::lateNonAscii_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("expectedFile");
    QTest::addColumn<QString>("encoding");

    QTest::newRow("windows-1251") << QStringLiteral("summary-windows1251.txt")
                                  << QStringLiteral("summary-ru.utf8.txt")
                                  << QStringLiteral("windows-1251");
    QTest::newRow("KOI8-R") << QStringLiteral("summary-koi8r.txt")
                            << QStringLiteral("summary-ru.utf8.txt") << QStringLiteral("KOI8-R");
    QTest::newRow("Shift_JIS") << QStringLiteral("summary-shiftjis.txt")
                               << QStringLiteral("summary-ja.utf8.txt")
                               << QStringLiteral("Shift_JIS");
    QTest::newRow("ISO-2022-JP") << QStringLiteral("summary-iso2022jp.txt")
                                 << QStringLiteral("summary-ja.utf8.txt")
                                 << QStringLiteral("ISO-2022-JP");
}

// Detection samples the file, but from where its non-ASCII text starts: a long English
// preamble must not make a Russian or Japanese summary look like windows-1252 or ASCII.
void TestTextDecoder::lateNonAscii()
{
    QFETCH(QString, file);
    QFETCH(QString, expectedFile);
    QFETCH(QString, encoding);

    const QByteArray preamble =
        QByteArray("Foreign Minister Arlen Castellan of Veloria met the press.\n").repeated(2000);
    const DecodedText decoded = TextDecoder::decode(preamble + fixtureBytes(file));
    QVERIFY2(decoded.ok, qPrintable(decoded.error));
    QCOMPARE(decoded.encoding, encoding);
    QCOMPARE(decoded.text, QString::fromLatin1(preamble) + fixtureText(expectedFile));
}

void TestTextDecoder::byteOrderMarks_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("encoding");

    const QString text = mixedLine() + QString::fromUtf8("second line\n");
    QTest::newRow("UTF-8") << QByteArray("\xEF\xBB\xBF") + text.toUtf8() << QStringLiteral("UTF-8");
    QTest::newRow("UTF-16LE") << QByteArray("\xFF\xFE") + encodeUtf16(text, false)
                              << QStringLiteral("UTF-16LE");
    QTest::newRow("UTF-16BE") << QByteArray("\xFE\xFF") + encodeUtf16(text, true)
                              << QStringLiteral("UTF-16BE");
    QTest::newRow("UTF-32LE") << QByteArray("\xFF\xFE\x00\x00", 4) + encodeUtf32(text, false)
                              << QStringLiteral("UTF-32LE");
    QTest::newRow("UTF-32BE") << QByteArray("\x00\x00\xFE\xFF", 4) + encodeUtf32(text, true)
                              << QStringLiteral("UTF-32BE");
    // The BOM says UTF-8 even though the rest would also be plain ASCII.
    QTest::newRow("UTF-8, ASCII content")
        << QByteArray("\xEF\xBB\xBF") + QByteArray("Veloria\n") << QStringLiteral("UTF-8");
}

void TestTextDecoder::byteOrderMarks()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, encoding);

    const DecodedText decoded = TextDecoder::decode(bytes);
    QVERIFY2(decoded.ok, qPrintable(decoded.error));
    QCOMPARE(decoded.encoding, encoding);
    QVERIFY(!decoded.text.startsWith(QChar(0xFEFF)));
    if (decoded.text != QLatin1String("Veloria\n"))
        QCOMPARE(decoded.text, mixedLine() + QString::fromUtf8("second line\n"));
    QCOMPARE(decoded.warnings, QStringList());
    QVERIFY(!decoded.guessed);
}

void TestTextDecoder::wideWithoutBom_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("encoding");

    const QString text = mixedLine().repeated(3);
    QTest::newRow("UTF-16LE") << encodeUtf16(text, false) << QStringLiteral("UTF-16LE");
    QTest::newRow("UTF-16BE") << encodeUtf16(text, true) << QStringLiteral("UTF-16BE");
    QTest::newRow("UTF-32LE") << encodeUtf32(text, false) << QStringLiteral("UTF-32LE");
    QTest::newRow("UTF-32BE") << encodeUtf32(text, true) << QStringLiteral("UTF-32BE");
}

void TestTextDecoder::wideWithoutBom()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, encoding);

    const DecodedText decoded = TextDecoder::decode(bytes);
    QVERIFY2(decoded.ok, qPrintable(decoded.error));
    QCOMPARE(decoded.encoding, encoding);
    QCOMPARE(decoded.text, mixedLine().repeated(3));
    QVERIFY(decoded.guessed);
}

void TestTextDecoder::invalidSequences_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("warning");

    const QByteArray ja = fixtureBytes(QStringLiteral("summary-ja.utf8.txt"));
    const QString jaText = QString::fromUtf8(ja);
    const QString fffd(QChar(0xFFFD));

    // Two stray bytes in a Japanese UTF-8 file: still UTF-8, not some legacy encoding.
    QByteArray damaged = ja;
    damaged.insert(ja.indexOf('\n') + 1, '\xFF');
    damaged.insert(damaged.lastIndexOf('\n'), "\xC3(");
    QString damagedText = jaText;
    damagedText.insert(jaText.indexOf(QLatin1Char('\n')) + 1, fffd);
    damagedText.insert(damagedText.lastIndexOf(QLatin1Char('\n')), fffd + QLatin1Char('('));
    QTest::newRow("UTF-8 with stray bytes") << damaged << QStringLiteral("UTF-8") << damagedText
                                            << QStringLiteral("2 invalid byte sequences replaced");

    // A file cut in the middle of its last character.
    QTest::newRow("UTF-8 truncated")
        << ja + QByteArray("\xE6\x97") << QStringLiteral("UTF-8") << jaText + fffd
        << QStringLiteral("1 invalid byte sequence replaced");

    // Overlong and surrogate forms are not UTF-8, even though lax decoders accept them.
    QTest::newRow("UTF-8 overlong and surrogate")
        << ja + QByteArray("\xC0\xAF|\xED\xA0\x80") << QStringLiteral("UTF-8")
        << jaText + fffd + fffd + QLatin1Char('|') + fffd + fffd + fffd
        << QStringLiteral("5 invalid byte sequences replaced");

    // A lead byte without its trail byte at the end of a Shift_JIS file.
    const QByteArray sjis = fixtureBytes(QStringLiteral("summary-shiftjis.txt"));
    QTest::newRow("Shift_JIS truncated")
        << sjis + QByteArray("\x82") << QStringLiteral("Shift_JIS") << jaText + fffd
        << QStringLiteral("1 invalid byte sequence replaced");
}

void TestTextDecoder::invalidSequences()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, encoding);
    QFETCH(QString, expected);
    QFETCH(QString, warning);

    const DecodedText decoded = TextDecoder::decode(bytes);
    QVERIFY2(decoded.ok, qPrintable(decoded.error));
    QCOMPARE(decoded.encoding, encoding);
    QCOMPARE(decoded.text, expected);
    QCOMPARE(decoded.warnings, QStringList{warning});
}

void TestTextDecoder::refused_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("error");

    const QString binary = QStringLiteral("binary file (not text)");
    const QString empty = QStringLiteral("empty file");

    QTest::newRow("empty") << QByteArray() << empty;
    QTest::newRow("UTF-8 BOM only") << QByteArray("\xEF\xBB\xBF") << empty;
    QTest::newRow("UTF-16LE BOM only") << QByteArray("\xFF\xFE") << empty;
    QTest::newRow("NUL in text") << QByteArray("Veloria\0Carstenia", 17) << binary;
    QTest::newRow("image header") << QByteArray("\x89PNG\r\n\x1A\n\0\0\0\rIHDR\0\0\x01\0", 20)
                                  << binary;

    QByteArray controls;
    for (int i = 0; i < 200; ++i)
        controls.append(i % 4 == 0 ? '\x01' : 'a');
    QTest::newRow("control characters") << controls << binary;

    // Deterministic noise that happens to contain no NUL byte.
    QByteArray noise;
    quint32 state = 12345;
    while (noise.size() < 4096) {
        state = state * 1103515245u + 12345u;
        const char c = char((state >> 16) & 0xFF);
        if (c != 0)
            noise.append(c);
    }
    QTest::newRow("random bytes") << noise << binary;

    // A BOM does not make binary content text.
    QTest::newRow("UTF-16 BOM, binary")
        << QByteArray("\xFF\xFE") + QByteArray(64, '\0') + QByteArray("ab") << binary;
}

void TestTextDecoder::refused()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, error);

    const DecodedText decoded = TextDecoder::decode(bytes);
    QVERIFY(!decoded.ok);
    QCOMPARE(decoded.error, error);
}

void TestTextDecoder::asciiIsUtf8()
{
    const DecodedText decoded = TextDecoder::decode(QByteArray(
        "Foreign Minister Arlen Castellan of Veloria\r\n\tmet \x1b[1mthe press\x1b[0m.\f"));
    QVERIFY(decoded.ok);
    QCOMPARE(decoded.encoding, QStringLiteral("UTF-8"));
    QVERIFY(!decoded.guessed);
    QVERIFY(decoded.warnings.isEmpty());
}

void TestTextDecoder::htmlDeclarations_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("warning");

    const QByteArray sjis = fixtureBytes(QStringLiteral("summary-shiftjis.txt"));
    const QString jaText = fixtureText(QStringLiteral("summary-ja.utf8.txt"));
    const auto page = [](const QByteArray &meta, const QByteArray &body) {
        return QByteArray("<!DOCTYPE html>\n<html><head>") + meta +
               QByteArray("<title>Veloria</title></head>\n<body><p>") + body +
               QByteArray("</p></body></html>\n");
    };
    const auto pageText = [](const QString &meta, const QString &body) {
        return QStringLiteral("<!DOCTYPE html>\n<html><head>") + meta +
               QStringLiteral("<title>Veloria</title></head>\n<body><p>") + body +
               QStringLiteral("</p></body></html>\n");
    };

    // A page re-saved as UTF-8 that kept its old declaration.
    const QString fr = QString::fromUtf8("Le ministre s’est exprimé.");
    QTest::newRow("declared windows-1252, valid UTF-8")
        << page("<meta charset=\"windows-1252\">", fr.toUtf8()) << QStringLiteral("UTF-8")
        << pageText(QStringLiteral("<meta charset=\"windows-1252\">"), fr)
        << QStringLiteral("declared charset windows-1252 ignored: the file is valid UTF-8");

    QTest::newRow("declared UTF-8, Shift_JIS bytes")
        << page("<META HTTP-EQUIV='Content-Type' CONTENT='text/html;charset=UTF-8'>", sjis)
        << QStringLiteral("Shift_JIS")
        << pageText(
               QStringLiteral("<META HTTP-EQUIV='Content-Type' CONTENT='text/html;charset=UTF-8'>"),
               jaText)
        << QStringLiteral(
               "declared charset UTF-8 does not match the bytes; detected the encoding instead");

    // Look-alike encodings decode without errors, but into nonsense.
    const QByteArray eucjp = fixtureBytes(QStringLiteral("summary-eucjp.txt"));
    QTest::newRow("declared Shift_JIS, EUC-JP bytes")
        << page("<meta charset=\"shift_jis\">", eucjp) << QStringLiteral("EUC-JP")
        << pageText(QStringLiteral("<meta charset=\"shift_jis\">"), jaText)
        << QStringLiteral("declared charset Shift_JIS does not match the bytes; detected the "
                          "encoding instead");
    const QByteArray koi8 = fixtureBytes(QStringLiteral("summary-koi8r.txt"));
    const QString ruText = fixtureText(QStringLiteral("summary-ru.utf8.txt"));
    QTest::newRow("declared windows-1251, KOI8-R bytes")
        << page("<meta charset=\"windows-1251\">", koi8) << QStringLiteral("KOI8-R")
        << pageText(QStringLiteral("<meta charset=\"windows-1251\">"), ruText)
        << QStringLiteral("declared charset windows-1251 does not match the bytes; detected the "
                          "encoding instead");

    QTest::newRow("unknown charset")
        << page("<meta charset=x-veloria>", sjis) << QStringLiteral("Shift_JIS")
        << pageText(QStringLiteral("<meta charset=x-veloria>"), jaText)
        << QStringLiteral("unknown charset \"x-veloria\" declared; detected the encoding instead");

    // Plain text that merely mentions a charset is not HTML; detection decides.
    const QByteArray ru = fixtureBytes(QStringLiteral("summary-windows1251.txt"));
    QTest::newRow("not HTML") << QByteArray("charset=koi8-r\n") + ru
                              << QStringLiteral("windows-1251")
                              << QStringLiteral("charset=koi8-r\n") +
                                     fixtureText(QStringLiteral("summary-ru.utf8.txt"))
                              << QString();
}

void TestTextDecoder::htmlDeclarations()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, encoding);
    QFETCH(QString, expected);
    QFETCH(QString, warning);

    const DecodedText decoded = TextDecoder::decode(bytes);
    QVERIFY2(decoded.ok, qPrintable(decoded.error));
    QCOMPARE(decoded.encoding, encoding);
    QCOMPARE(decoded.text, expected);
    QCOMPARE(decoded.warnings, warning.isEmpty() ? QStringList() : QStringList{warning});
}

void TestTextDecoder::largeSingleLine_data()
{
    QTest::addColumn<QByteArray>("unit");
    QTest::addColumn<QString>("unitText");
    QTest::addColumn<QString>("encoding");

    const QString ja = fixtureText(QStringLiteral("summary-ja.utf8.txt"));
    const QString jaLine = QString(ja).replace(QLatin1Char('\n'), QLatin1Char(' '));
    QTest::newRow("UTF-8") << mixedLine().trimmed().toUtf8() + ' '
                           << mixedLine().trimmed() + QLatin1Char(' ') << QStringLiteral("UTF-8");
    QTest::newRow("Shift_JIS")
        << fixtureBytes(QStringLiteral("summary-shiftjis.txt")).replace('\n', ' ') << jaLine
        << QStringLiteral("Shift_JIS");
}

// 10 MB without a line break: decoding stays linear and detection looks at a sample only.
void TestTextDecoder::largeSingleLine()
{
    QFETCH(QByteArray, unit);
    QFETCH(QString, unitText);
    QFETCH(QString, encoding);

    const int copies = 10 * 1024 * 1024 / unit.size() + 1;
    const QByteArray bytes = unit.repeated(copies);
    QVERIFY(bytes.size() >= 10 * 1024 * 1024);

    const DecodedText decoded = TextDecoder::decode(bytes);
    QVERIFY2(decoded.ok, qPrintable(decoded.error));
    QCOMPARE(decoded.encoding, encoding);
    QCOMPARE(decoded.text.size(), unitText.size() * copies);
    QVERIFY(decoded.text == unitText.repeated(copies));
    QVERIFY(decoded.warnings.isEmpty());
}

void TestTextDecoder::decodeAs()
{
    const QByteArray sjis = fixtureBytes(QStringLiteral("summary-shiftjis.txt"));
    DecodedText decoded = TextDecoder::decodeAs(sjis, QStringLiteral("sjis"));
    QVERIFY(decoded.ok);
    QCOMPARE(decoded.encoding, QStringLiteral("Shift_JIS"));
    QCOMPARE(decoded.text, fixtureText(QStringLiteral("summary-ja.utf8.txt")));
    QVERIFY(!decoded.guessed);

    // The user's choice wins over detection, even when it produces replacements.
    decoded = TextDecoder::decodeAs(sjis, QStringLiteral("UTF-8"));
    QVERIFY(decoded.ok);
    QCOMPARE(decoded.encoding, QStringLiteral("UTF-8"));
    QCOMPARE(decoded.warnings.size(), 1);
    QVERIFY(decoded.warnings.first().endsWith(QLatin1String("invalid byte sequences replaced")));

    decoded = TextDecoder::decodeAs(QByteArray("\xEF\xBB\xBFVeloria"), QStringLiteral("utf8"));
    QVERIFY(decoded.ok);
    QCOMPARE(decoded.text, QStringLiteral("Veloria"));

    decoded = TextDecoder::decodeAs(sjis, QStringLiteral("x-veloria"));
    QVERIFY(!decoded.ok);
    QCOMPARE(decoded.error, QStringLiteral("unknown encoding: x-veloria"));
}

void TestTextDecoder::canonicalName_data()
{
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("canonical");

    QTest::newRow("sjis") << QStringLiteral("sjis") << QStringLiteral("Shift_JIS");
    QTest::newRow("Windows-31J") << QStringLiteral("Windows-31J") << QStringLiteral("Shift_JIS");
    QTest::newRow("euc-jp") << QStringLiteral("euc-jp") << QStringLiteral("EUC-JP");
    QTest::newRow("iso-2022-jp") << QStringLiteral("iso-2022-jp") << QStringLiteral("ISO-2022-JP");
    QTest::newRow("CP1251") << QStringLiteral("CP1251") << QStringLiteral("windows-1251");
    QTest::newRow("koi8-r") << QStringLiteral("koi8-r") << QStringLiteral("KOI8-R");
    QTest::newRow("ISO-8859-1") << QStringLiteral("ISO-8859-1") << QStringLiteral("windows-1252");
    QTest::newRow("utf8") << QStringLiteral(" utf8 ") << QStringLiteral("UTF-8");
    QTest::newRow("windows-1250") << QStringLiteral("windows-1250")
                                  << QStringLiteral("windows-1250");
    QTest::newRow("unknown") << QStringLiteral("x-veloria") << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TestTextDecoder::canonicalName()
{
    QFETCH(QString, label);
    QFETCH(QString, canonical);
    QCOMPARE(TextDecoder::canonicalName(label), canonical);
}

QTEST_GUILESS_MAIN(TestTextDecoder)
#include "tst_textdecoder.moc"
