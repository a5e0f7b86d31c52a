#include "textdecoder.h"

#include "htmlextractor.h"

#include <unicode/ucnv.h>
#include <unicode/ucnv_cb.h>
#include <unicode/ucsdet.h>

#include <algorithm>
#include <cstring>
#include <iterator>
#include <memory>
#include <vector>

namespace Readout {

namespace {

// Detection looks at 64 KB only (from where the non-ASCII text starts), so huge inputs cost
// little more than one linear conversion.
constexpr qsizetype kSampleBytes = 64 * 1024;
// Where a <meta charset> may appear. Browsers look at 1 KB; saved pages are often looser.
constexpr qsizetype kHeadBytes = 4 * 1024;
// ICU gives 10 to encodings it merely cannot rule out; that is no evidence at all.
constexpr int kNoEvidenceConfidence = 10;
// Below this, ICU's verdict on a single-byte text is weak and our own checks may overrule it.
constexpr int kWeakConfidence = 50;

struct ConverterCloser
{
    void operator()(UConverter *c) const { ucnv_close(c); }
};
using ConverterPtr = std::unique_ptr<UConverter, ConverterCloser>;

struct DetectorCloser
{
    void operator()(UCharsetDetector *d) const { ucsdet_close(d); }
};
using DetectorPtr = std::unique_ptr<UCharsetDetector, DetectorCloser>;

// ICU's own substitute callback writes U+001A for some single-byte converters and does not
// count; we want U+FFFD everywhere and the number of replacements for the warning.
void U_CALLCONV replaceAndCount(const void *context, UConverterToUnicodeArgs *args, const char *,
                                int32_t, UConverterCallbackReason reason, UErrorCode *err)
{
    if (reason > UCNV_IRREGULAR)
        return; // reset/close/clone notifications, not errors
    ++*static_cast<qint64 *>(const_cast<void *>(context));
    *err = U_ZERO_ERROR;
    const UChar replacement = 0xFFFD;
    ucnv_cbToUWriteUChars(args, &replacement, 1, 0, err);
}

struct Conversion
{
    bool ok = false;
    QString text;
    qint64 invalid = 0;
};

// Converts through a fixed buffer so nothing but the result grows with the input. A sample is
// converted without flushing, so a character cut at its end does not count as invalid.
Conversion convert(const QByteArray &icuName, const char *data, qsizetype size, bool wholeInput)
{
    Conversion result;
    UErrorCode err = U_ZERO_ERROR;
    ConverterPtr conv(ucnv_open(icuName.constData(), &err));
    if (U_FAILURE(err) || !conv)
        return result;
    ucnv_setToUCallBack(conv.get(), replaceAndCount, &result.invalid, nullptr, nullptr, &err);
    if (U_FAILURE(err))
        return result;

    const int minCharSize = std::max<int>(1, ucnv_getMinCharSize(conv.get()));
    result.text.reserve(static_cast<int>(size / minCharSize) + 16);
    constexpr int kBufferSize = 8192;
    UChar buffer[kBufferSize];
    const char *source = data;
    const char *const sourceEnd = data + size;
    for (;;) {
        UChar *target = buffer;
        err = U_ZERO_ERROR;
        ucnv_toUnicode(conv.get(), &target, buffer + kBufferSize, &source, sourceEnd, nullptr,
                       wholeInput, &err);
        result.text.append(reinterpret_cast<const QChar *>(buffer),
                           static_cast<int>(target - buffer));
        if (err != U_BUFFER_OVERFLOW_ERROR)
            break;
    }
    result.ok = U_SUCCESS(err);
    // Double-byte text needs about half the reserved room; give the rest back.
    if (result.text.capacity() > result.text.size() + result.text.size() / 4 + 1024)
        result.text.squeeze();
    return result;
}

qsizetype countNonAscii(QStringView text)
{
    qsizetype n = 0;
    for (const QChar ch : text)
        n += ch.unicode() >= 0x80;
    return n;
}

// A declared or guessed encoding fits when at most a tenth of the non-ASCII characters it
// produces are replacements.
bool fitsWell(const Conversion &c)
{
    return c.ok && c.invalid * 10 <= countNonAscii(c.text);
}

struct Utf8Stats
{
    qint64 invalid = 0;   ///< maximal invalid subsequences (each becomes one U+FFFD)
    qint64 multiByte = 0; ///< well-formed sequences of 2-4 bytes
    qsizetype firstNonAscii = -1;
};

// Strict UTF-8 well-formedness (Unicode Table 3-7: no overlongs, surrogates or values above
// U+10FFFF), counting invalid subsequences the way converters replace them.
Utf8Stats scanUtf8(const char *data, qsizetype size)
{
    Utf8Stats stats;
    const auto *p = reinterpret_cast<const uchar *>(data);
    qsizetype i = 0;
    while (i < size) {
        // Most summaries are largely ASCII: skip it eight bytes at a time.
        while (i + 8 <= size) {
            quint64 word;
            std::memcpy(&word, p + i, 8);
            if (word & Q_UINT64_C(0x8080808080808080))
                break;
            i += 8;
        }
        if (i >= size)
            break;
        const uchar c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        if (stats.firstNonAscii < 0)
            stats.firstNonAscii = i;
        int trailing = 0;
        uchar low = 0x80;
        uchar high = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
            trailing = 1;
        } else if (c == 0xE0) {
            trailing = 2;
            low = 0xA0;
        } else if (c == 0xED) {
            trailing = 2;
            high = 0x9F;
        } else if (c >= 0xE1 && c <= 0xEF) {
            trailing = 2;
        } else if (c == 0xF0) {
            trailing = 3;
            low = 0x90;
        } else if (c >= 0xF1 && c <= 0xF3) {
            trailing = 3;
        } else if (c == 0xF4) {
            trailing = 3;
            high = 0x8F;
        } else {
            ++stats.invalid;
            ++i;
            continue;
        }
        qsizetype j = i + 1;
        bool wellFormed = true;
        for (int k = 0; k < trailing; ++k, ++j) {
            if (j >= size || p[j] < low || p[j] > high) {
                wellFormed = false;
                break;
            }
            low = 0x80;
            high = 0xBF;
        }
        if (wellFormed)
            ++stats.multiByte;
        else
            ++stats.invalid;
        i = j; // an invalid byte that ended the sequence starts the next one
    }
    return stats;
}

struct Bom
{
    const char *encoding = nullptr;
    int length = 0;
};

Bom findBom(const QByteArray &bytes)
{
    const auto *p = reinterpret_cast<const uchar *>(bytes.constData());
    const auto n = bytes.size();
    // UTF-32LE first: its BOM begins with the UTF-16LE one.
    if (n >= 4 && p[0] == 0xFF && p[1] == 0xFE && p[2] == 0 && p[3] == 0)
        return {"UTF-32LE", 4};
    if (n >= 4 && p[0] == 0 && p[1] == 0 && p[2] == 0xFE && p[3] == 0xFF)
        return {"UTF-32BE", 4};
    if (n >= 3 && p[0] == 0xEF && p[1] == 0xBB && p[2] == 0xBF)
        return {"UTF-8", 3};
    if (n >= 2 && p[0] == 0xFF && p[1] == 0xFE)
        return {"UTF-16LE", 2};
    if (n >= 2 && p[0] == 0xFE && p[1] == 0xFF)
        return {"UTF-16BE", 2};
    return {};
}

// Text without a BOM in UTF-16/32 is recognisable only when mostly Latin: the high bytes of
// its code units are zero.
const char *guessWideEncoding(const char *data, qsizetype size)
{
    const auto *p = reinterpret_cast<const uchar *>(data);
    size &= ~qsizetype(3);
    if (size < 4)
        return nullptr;
    qsizetype zeros[4] = {0, 0, 0, 0};
    for (qsizetype i = 0; i < size; ++i)
        zeros[i & 3] += p[i] == 0;
    const qsizetype quads = size / 4;
    const auto mostly = [quads](qsizetype n) { return n * 20 >= quads * 19; };
    if (mostly(zeros[2]) && mostly(zeros[3]) && zeros[0] * 2 < quads)
        return "UTF-32LE";
    if (mostly(zeros[0]) && mostly(zeros[1]) && zeros[3] * 2 < quads)
        return "UTF-32BE";
    const qsizetype units = size / 2;
    const qsizetype even = zeros[0] + zeros[2];
    const qsizetype odd = zeros[1] + zeros[3];
    if (odd * 2 >= units && even * 10 < units)
        return "UTF-16LE";
    if (even * 2 >= units && odd * 10 < units)
        return "UTF-16BE";
    return nullptr;
}

bool isControl(uint c)
{
    // Tab, line feed, form feed, carriage return and escape (ISO-2022) occur in text.
    return (c < 0x20 && c != 0x09 && c != 0x0A && c != 0x0C && c != 0x0D && c != 0x1B) || c == 0x7F;
}

// NUL never occurs in 8-bit text; other control characters do, rarely.
template<typename Unit> bool looksBinary(const Unit *units, qsizetype size)
{
    qsizetype controls = 0;
    for (qsizetype i = 0; i < size; ++i) {
        const uint c = units[i];
        if (c == 0)
            return true;
        controls += isControl(c);
    }
    return controls * 20 > size;
}

bool hasIso2022Escape(const char *data, qsizetype size)
{
    const char *p = data;
    const char *const end = data + size;
    while ((p = static_cast<const char *>(std::memchr(p, 0x1B, end - p))) != nullptr) {
        if (end - p >= 3 &&
            (p[1] == '$' || (p[1] == '(' && (p[2] == 'B' || p[2] == 'J' || p[2] == 'I'))))
            return true;
        ++p;
    }
    return false;
}

// The charset named by <meta charset=...>, <meta http-equiv ... content="...; charset=...">
// or an XML declaration, lower-case, or empty.
QByteArray declaredCharset(const QByteArray &head)
{
    const QByteArray lower = head.toLower();
    const auto valueAfter = [&lower](qsizetype pos, qsizetype end) {
        while (pos < end && (lower.at(pos) == ' ' || lower.at(pos) == '\t' ||
                             lower.at(pos) == '\n' || lower.at(pos) == '\r'))
            ++pos;
        if (pos >= end || lower.at(pos) != '=')
            return QByteArray();
        ++pos;
        while (pos < end && (lower.at(pos) == ' ' || lower.at(pos) == '"' ||
                             lower.at(pos) == '\'' || lower.at(pos) == '\t'))
            ++pos;
        const qsizetype start = pos;
        while (pos < end) {
            const char c = lower.at(pos);
            if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' ||
                  c == '.' || c == ':'))
                break;
            ++pos;
        }
        return lower.mid(start, pos - start);
    };

    if (lower.startsWith("<?xml")) {
        const qsizetype end = lower.indexOf("?>");
        const qsizetype at = lower.indexOf("encoding");
        if (end > 0 && at > 0 && at < end) {
            const QByteArray value = valueAfter(at + 8, end);
            if (!value.isEmpty())
                return value;
        }
    }
    qsizetype pos = 0;
    while ((pos = lower.indexOf("<meta", pos)) >= 0) {
        qsizetype end = lower.indexOf('>', pos);
        if (end < 0)
            end = lower.size();
        for (qsizetype at = lower.indexOf("charset", pos); at >= 0 && at < end;
             at = lower.indexOf("charset", at + 7)) {
            const QByteArray value = valueAfter(at + 7, end);
            if (!value.isEmpty())
                return value;
        }
        pos = end;
    }
    return {};
}

// Markup would skew letter statistics; the charset detector has its own filter.
QByteArray stripMarkup(const char *data, qsizetype size)
{
    QByteArray text;
    text.reserve(static_cast<int>(size));
    bool inTag = false;
    for (qsizetype i = 0; i < size; ++i) {
        const char c = data[i];
        if (c == '<')
            inTag = true;
        else if (c == '>')
            inTag = false;
        else if (!inTag)
            text.append(c);
    }
    return text;
}

struct Candidate
{
    QByteArray name; ///< as ICU reports it
    int confidence = 0;
};

std::vector<Candidate> detectCandidates(const char *data, qsizetype size, bool html)
{
    std::vector<Candidate> result;
    UErrorCode err = U_ZERO_ERROR;
    DetectorPtr detector(ucsdet_open(&err));
    if (U_FAILURE(err))
        return result;
    ucsdet_enableInputFilter(detector.get(), html);
    ucsdet_setText(detector.get(), data, static_cast<int32_t>(size), &err);
    int32_t count = 0;
    const UCharsetMatch **matches = ucsdet_detectAll(detector.get(), &count, &err);
    if (U_FAILURE(err))
        return result;
    for (int32_t i = 0; i < count; ++i) {
        UErrorCode matchErr = U_ZERO_ERROR;
        const char *name = ucsdet_getName(matches[i], &matchErr);
        const int confidence = ucsdet_getConfidence(matches[i], &matchErr);
        if (U_SUCCESS(matchErr) && name)
            result.push_back({QByteArray(name), confidence});
    }
    return result;
}

// Candidates that the byte statistics already excluded, or that ICU guesses without evidence.
bool usableCandidate(const Candidate &c)
{
    return c.confidence > kNoEvidenceConfidence && !c.name.startsWith("UTF-") &&
           !c.name.startsWith("IBM42"); // EBCDIC Arabic/Hebrew: never a summary
}

// --- Japanese: kana occur in Japanese text only, so a clean decoding with kana is convincing.
// Shift_JIS and EUC-JP use different byte ranges, so at most one of them decodes cleanly.

struct JapaneseScore
{
    qsizetype nonAscii = 0;
    qsizetype kana = 0;
    qsizetype cjk = 0;   ///< kana, ideographs, CJK punctuation and full-width forms
    qsizetype mixed = 0; ///< CJK characters touching Latin letters, as mis-read accents do
};

bool isKana(ushort u)
{
    return u >= 0x3041 && u <= 0x30FE && u != 0x30FB;
}

bool isCjkText(ushort u)
{
    return (u >= 0x3000 && u <= 0x30FF) || (u >= 0x4E00 && u <= 0x9FFF) ||
           (u >= 0xFF01 && u <= 0xFF5E);
}

JapaneseScore scoreJapanese(QStringView text)
{
    JapaneseScore s;
    bool previousCjk = false;
    bool previousLatin = false;
    for (const QChar ch : text) {
        const ushort u = ch.unicode();
        const bool latin = (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z');
        const bool cjk = isCjkText(u);
        s.nonAscii += u >= 0x80;
        s.kana += isKana(u);
        s.cjk += cjk;
        s.mixed += (cjk && previousLatin) || (latin && previousCjk);
        previousCjk = cjk;
        previousLatin = latin;
    }
    return s;
}

bool isChineseOrKorean(const QByteArray &name)
{
    return name == "GB18030" || name == "Big5" || name == "EUC-KR" ||
           name.startsWith("ISO-2022-CN") || name.startsWith("ISO-2022-KR");
}

// Japanese text with kana wins whatever ICU says. Kanji alone (a short title) is accepted only
// when asked (after the Russian check: Cyrillic bytes read as EUC-JP make clean kanji), and
// when ICU has no confident answer and does not think it Chinese or Korean.
QByteArray japaneseEncoding(const QByteArray &sample, const Candidate *top, bool acceptKanjiOnly)
{
    const bool kanjiOnlyAllowed =
        acceptKanjiOnly &&
        (!top || (top->confidence < kWeakConfidence && !isChineseOrKorean(top->name)));
    QByteArray best;
    qsizetype bestCount = 0;
    for (const char *name : {"Shift_JIS", "EUC-JP"}) {
        const Conversion c = convert(name, sample.constData(), sample.size(), false);
        if (!c.ok)
            continue;
        const JapaneseScore s = scoreJapanese(c.text);
        const bool withKana =
            s.kana > 0 && c.invalid * 100 <= s.nonAscii && s.kana * 10 >= s.nonAscii;
        const bool kanjiOnly = kanjiOnlyAllowed && c.invalid == 0 && s.cjk >= 2 &&
                               s.cjk == s.nonAscii && s.mixed * 10 <= s.cjk;
        const qsizetype count = withKana ? s.kana + s.cjk : (kanjiOnly ? s.cjk : 0);
        if (count > bestCount) {
            best = name;
            bestCount = count;
        }
    }
    return best;
}

// --- Russian: windows-1251 and KOI8-R put the same letters at different bytes, so a text in
// one read as the other is a plausible-looking jumble that ICU mistakes on short inputs.

struct CyrillicScore
{
    double score = 0;
    qsizetype letters = 0; ///< Russian letters
    qsizetype mixed = 0;   ///< Russian letters touching Latin ones, as accents in "résumé" do
    qsizetype strange = 0; ///< other non-ASCII characters, unlikely in Russian text
};

// Approximate frequency of а..я in Russian text, per mille.
constexpr int kRussianFrequency[32] = {80, 16, 45, 17,  30, 85, 9,  16, 74, 12, 35,
                                       44, 32, 67, 110, 28, 47, 55, 63, 26, 3,  10,
                                       5,  14, 7,  4,   1,  19, 17, 3,  6,  20};

bool isNeutralInRussian(ushort u)
{
    switch (u) {
    case 0x00A0: // no-break space
    case 0x00A7: // section sign
    case 0x00A9: // copyright
    case 0x00AB: // guillemets
    case 0x00BB:
    case 0x00B0: // degree
    case 0x2013: // dashes
    case 0x2014:
    case 0x2018: // quotation marks
    case 0x2019:
    case 0x201C:
    case 0x201D:
    case 0x201E:
    case 0x2022: // bullet
    case 0x2026: // ellipsis
    case 0x2116: // numero
        return true;
    default:
        return false;
    }
}

CyrillicScore scoreCyrillic(QStringView text)
{
    enum Previous
    {
        Other,
        Latin,
        Lower,
        Upper
    };
    Previous previous = Other;
    CyrillicScore s;
    for (const QChar ch : text) {
        const ushort u = ch.unicode();
        const bool lower = (u >= 0x0430 && u <= 0x044F) || u == 0x0451;
        const bool upper = (u >= 0x0410 && u <= 0x042F) || u == 0x0401;
        const bool latin = (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z');
        if (lower || upper) {
            const ushort index = lower ? ushort(u - 0x0430) : ushort(u - 0x0410);
            s.score += (u == 0x0451 || u == 0x0401) ? 1 : kRussianFrequency[index];
            // A capital right after a small letter is what a wrong table makes of a capital
            // at the start of a word.
            if (upper && previous == Lower)
                s.score -= 200;
            s.mixed += previous == Latin;
            ++s.letters;
            previous = lower ? Lower : Upper;
            continue;
        }
        if (latin) {
            s.mixed += previous == Lower || previous == Upper;
            previous = Latin;
            continue;
        }
        if (u >= 0x80 && !isNeutralInRussian(u)) {
            ++s.strange;
            s.score -= 50;
        }
        previous = Other;
    }
    return s;
}

// A decoding reads as Russian when its letters form Russian words (not accents inside Latin
// ones), with few stray symbols and a Russian letter mix.
bool plausiblyRussian(const CyrillicScore &s)
{
    return s.letters >= 4 && s.mixed * 10 <= s.letters && s.strange * 10 <= s.letters &&
           s.score >= 35.0 * double(s.letters);
}

bool isCyrillicCharset(const QByteArray &name)
{
    return name == "windows-1251" || name == "KOI8-R" || name == "ISO-8859-5";
}

// Alphabets other than Latin and Cyrillic, which a Cyrillic table would also turn into letters.
bool isOtherAlphabet(const QByteArray &name)
{
    for (const char *other : {"ISO-8859-6", "ISO-8859-7", "ISO-8859-8", "windows-1253",
                              "windows-1255", "windows-1256"}) {
        if (name.startsWith(other))
            return true;
    }
    return false;
}

// Picks between the Cyrillic tables when ICU points at one, or when the text reads as Russian
// in one of them and ICU has no confident, clean answer for Greek, Hebrew or Arabic: ICU's
// statistics are easily swayed by short inputs or a long English preamble. Returns an empty
// name when the text does not look Russian.
QByteArray cyrillicEncoding(const QByteArray &sample, const Candidate *top, bool topIsClean)
{
    const bool icuSaysCyrillic = top && isCyrillicCharset(top->name);
    std::vector<QByteArray> names = {"windows-1251", "KOI8-R"};
    if (icuSaysCyrillic && top->name == "ISO-8859-5")
        names.push_back(top->name);
    QByteArray best;
    CyrillicScore bestScore;
    for (const QByteArray &name : names) {
        const Conversion c = convert(name, sample.constData(), sample.size(), false);
        const CyrillicScore s = scoreCyrillic(c.text);
        if (best.isEmpty() || s.score > bestScore.score) {
            best = name;
            bestScore = s;
        }
    }
    if (icuSaysCyrillic)
        return best;
    if (!plausiblyRussian(bestScore))
        return {};
    if (top && topIsClean && top->confidence >= kWeakConfidence && isOtherAlphabet(top->name))
        return {};
    return best;
}

// A page that declares one of two look-alike encodings (Shift_JIS/EUC-JP, windows-1251/KOI8-R)
// is sometimes written in the other, which decodes without errors into nonsense. Returns the
// other one when the text reads as Japanese or Russian only in that one.
QByteArray mislabelledSibling(const QByteArray &declared, const QByteArray &textSample)
{
    if (declared == "Shift_JIS" || declared == "EUC-JP") {
        const QByteArray japanese = japaneseEncoding(textSample, nullptr, false);
        return japanese.isEmpty() || japanese == declared ? QByteArray() : japanese;
    }
    if (declared == "windows-1251" || declared == "KOI8-R") {
        const QByteArray other = declared == "KOI8-R" ? "windows-1251" : "KOI8-R";
        const auto score = [&textSample](const QByteArray &name) {
            return scoreCyrillic(
                convert(name, textSample.constData(), textSample.size(), false).text);
        };
        if (plausiblyRussian(score(other)) && !plausiblyRussian(score(declared)))
            return other;
    }
    return {};
}

bool isWesternLatin(const QByteArray &name)
{
    return name == "windows-1252" || name == "ISO-8859-1";
}

bool isOtherLatin(const QByteArray &name)
{
    for (const char *other :
         {"ISO-8859-2", "ISO-8859-9", "ISO-8859-15", "windows-1250", "windows-1254"}) {
        if (name == other)
            return true;
    }
    return false;
}

// ICU separates Western from Central European or Turkish text by a few letters; on short
// texts a near tie is more likely Western European (French, Spanish, German...).
void preferWesternOnNearTie(std::vector<Candidate> &candidates)
{
    constexpr int kNearTie = 25;
    if (candidates.empty() || !isOtherLatin(candidates.front().name))
        return;
    const auto western = std::find_if(candidates.begin(), candidates.end(),
                                      [](const Candidate &c) { return isWesternLatin(c.name); });
    if (western != candidates.end() &&
        western->confidence + kNearTie >= candidates.front().confidence)
        std::rotate(candidates.begin(), western, western + 1);
}

QByteArray chooseLegacyEncoding(const QByteArray &sample, const QByteArray &textSample, bool html)
{
    const std::vector<Candidate> all = detectCandidates(sample.constData(), sample.size(), html);
    std::vector<Candidate> candidates;
    std::copy_if(all.begin(), all.end(), std::back_inserter(candidates), usableCandidate);
    preferWesternOnNearTie(candidates);
    const Candidate *top = candidates.empty() ? nullptr : &candidates.front();

    if (hasIso2022Escape(sample.constData(), sample.size()))
        return top && top->name.startsWith("ISO-2022") ? top->name : QByteArray("ISO-2022-JP");

    QByteArray name = japaneseEncoding(textSample, top, false);
    if (!name.isEmpty())
        return name;

    // ICU's order, but prefer a candidate that decodes the sample without replacements.
    QByteArray clean;
    QByteArray leastInvalid;
    qint64 fewestInvalid = -1;
    for (std::size_t i = 0; i < candidates.size() && i < 6 && clean.isEmpty(); ++i) {
        const Conversion c = convert(candidates[i].name, sample.constData(), sample.size(), false);
        if (!c.ok)
            continue;
        if (c.invalid == 0)
            clean = candidates[i].name;
        else if (fewestInvalid < 0 || c.invalid < fewestInvalid) {
            fewestInvalid = c.invalid;
            leastInvalid = candidates[i].name;
        }
    }
    name = cyrillicEncoding(textSample, top, top && clean == top->name);
    if (!name.isEmpty())
        return name;
    name = japaneseEncoding(textSample, top, true);
    if (!name.isEmpty())
        return name;
    if (!clean.isEmpty())
        return clean;
    // Western European is the most common legacy encoding, and decodes any byte.
    return leastInvalid.isEmpty() ? QByteArray("windows-1252") : leastInvalid;
}

struct Label
{
    const char *label;
    const char *canonical;
};

// Common labels (WHATWG Encoding Standard spellings and old aliases) and the names we report.
// ISO-8859-1 and ASCII are read as windows-1252, as browsers do: C1 controls are never meant.
constexpr Label kLabels[] = {
    {"utf-8", "UTF-8"},
    {"utf8", "UTF-8"},
    {"unicode-1-1-utf-8", "UTF-8"},
    {"utf-16", "UTF-16LE"},
    {"utf-16le", "UTF-16LE"},
    {"unicode", "UTF-16LE"},
    {"utf-16be", "UTF-16BE"},
    {"utf-32", "UTF-32LE"},
    {"utf-32le", "UTF-32LE"},
    {"utf-32be", "UTF-32BE"},
    {"shift_jis", "Shift_JIS"},
    {"shift-jis", "Shift_JIS"},
    {"sjis", "Shift_JIS"},
    {"x-sjis", "Shift_JIS"},
    {"ms_kanji", "Shift_JIS"},
    {"csshiftjis", "Shift_JIS"},
    {"windows-31j", "Shift_JIS"},
    {"ms932", "Shift_JIS"},
    {"cp932", "Shift_JIS"},
    {"euc-jp", "EUC-JP"},
    {"eucjp", "EUC-JP"},
    {"x-euc-jp", "EUC-JP"},
    {"cseucpkdfmtjapanese", "EUC-JP"},
    {"iso-2022-jp", "ISO-2022-JP"},
    {"csiso2022jp", "ISO-2022-JP"},
    {"windows-1251", "windows-1251"},
    {"cp1251", "windows-1251"},
    {"x-cp1251", "windows-1251"},
    {"koi8-r", "KOI8-R"},
    {"koi8_r", "KOI8-R"},
    {"koi8", "KOI8-R"},
    {"koi", "KOI8-R"},
    {"cskoi8r", "KOI8-R"},
    {"koi8-u", "KOI8-U"},
    {"windows-1252", "windows-1252"},
    {"cp1252", "windows-1252"},
    {"x-cp1252", "windows-1252"},
    {"iso-8859-1", "windows-1252"},
    {"iso8859-1", "windows-1252"},
    {"iso_8859-1", "windows-1252"},
    {"latin1", "windows-1252"},
    {"latin-1", "windows-1252"},
    {"l1", "windows-1252"},
    {"cp819", "windows-1252"},
    {"ibm819", "windows-1252"},
    {"csisolatin1", "windows-1252"},
    {"us-ascii", "windows-1252"},
    {"ascii", "windows-1252"},
    {"gb2312", "GBK"},
    {"gbk", "GBK"},
    {"x-gbk", "GBK"},
    {"cp936", "GBK"},
    {"gb18030", "GB18030"},
    {"big5", "Big5"},
    {"euc-kr", "EUC-KR"},
    {"cp949", "EUC-KR"},
    {"windows-949", "EUC-KR"},
    {"ks_c_5601-1987", "EUC-KR"},
};

QByteArray canonicalLabel(const QByteArray &label)
{
    const QByteArray key = label.trimmed().toLower();
    if (key.isEmpty())
        return {};
    for (const Label &l : kLabels) {
        if (key == l.label)
            return l.canonical;
    }
    UErrorCode err = U_ZERO_ERROR;
    ConverterPtr conv(ucnv_open(key.constData(), &err));
    if (U_FAILURE(err) || !conv)
        return {};
    const char *icuName = ucnv_getName(conv.get(), &err);
    if (U_FAILURE(err))
        return {};
    for (const char *standard : {"MIME", "IANA"}) {
        UErrorCode nameErr = U_ZERO_ERROR;
        const char *name = ucnv_getStandardName(icuName, standard, &nameErr);
        if (U_SUCCESS(nameErr) && name)
            return name;
    }
    return icuName;
}

bool isWide(const QByteArray &canonical)
{
    return canonical.startsWith("UTF-16") || canonical.startsWith("UTF-32");
}

DecodedText failure(const QString &error)
{
    DecodedText result;
    result.error = error;
    return result;
}

// Converts everything after the BOM and fills in warnings and refusals.
DecodedText finish(const QByteArray &bytes, int offset, const QByteArray &encoding, bool guessed)
{
    const char *data = bytes.constData() + offset;
    const qsizetype size = bytes.size() - offset;
    if (size == 0)
        return failure(QStringLiteral("empty file"));

    DecodedText result;
    result.encoding = QString::fromLatin1(encoding);
    result.guessed = guessed;
    qint64 invalid = 0;
    if (encoding == "UTF-8" && scanUtf8(data, size).invalid == 0) {
        result.text = QString::fromUtf8(data, static_cast<int>(size)); // Qt's fast path
    } else {
        Conversion c = convert(encoding, data, size, true);
        if (!c.ok)
            return failure(QStringLiteral("cannot convert from %1").arg(result.encoding));
        result.text = std::move(c.text);
        invalid = c.invalid;
    }
    if (isWide(encoding)) {
        const auto sample = std::min<qsizetype>(result.text.size(), kSampleBytes);
        if (looksBinary(reinterpret_cast<const ushort *>(result.text.constData()), sample))
            return failure(QStringLiteral("binary file (not text)"));
    }
    if (invalid == 1)
        result.warnings << QStringLiteral("1 invalid byte sequence replaced");
    else if (invalid > 1)
        result.warnings << QStringLiteral("%1 invalid byte sequences replaced").arg(invalid);
    result.ok = true;
    return result;
}

} // namespace

QString TextDecoder::canonicalName(const QString &label)
{
    return QString::fromLatin1(canonicalLabel(label.toLatin1()));
}

DecodedText TextDecoder::decodeAs(const QByteArray &bytes, const QString &encoding)
{
    const QByteArray canonical = canonicalLabel(encoding.toLatin1());
    if (canonical.isEmpty())
        return failure(QStringLiteral("unknown encoding: %1").arg(encoding));
    if (bytes.isEmpty())
        return failure(QStringLiteral("empty file"));
    const Bom bom = findBom(bytes);
    const int offset = bom.encoding && canonical == bom.encoding ? bom.length : 0;
    return finish(bytes, offset, canonical, false);
}

DecodedText TextDecoder::decode(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return failure(QStringLiteral("empty file"));

    const Bom bom = findBom(bytes);
    if (bom.encoding) {
        if (!isWide(bom.encoding)) {
            const auto sample = std::min<qsizetype>(bytes.size() - bom.length, kSampleBytes);
            if (looksBinary(reinterpret_cast<const uchar *>(bytes.constData()) + bom.length,
                            sample))
                return failure(QStringLiteral("binary file (not text)"));
        }
        return finish(bytes, bom.length, bom.encoding, false);
    }

    const QByteArray sample = QByteArray::fromRawData(
        bytes.constData(), static_cast<int>(std::min<qsizetype>(bytes.size(), kSampleBytes)));
    if (std::memchr(sample.constData(), 0, sample.size())) {
        if (const char *wide = guessWideEncoding(sample.constData(), sample.size()))
            return finish(bytes, 0, wide, true);
        return failure(QStringLiteral("binary file (not text)"));
    }
    if (looksBinary(reinterpret_cast<const uchar *>(sample.constData()), sample.size()))
        return failure(QStringLiteral("binary file (not text)"));

    const Utf8Stats utf8 = scanUtf8(bytes.constData(), bytes.size());
    // Detection needs the bytes that are not ASCII: a long English preamble must not hide them.
    qsizetype focus = utf8.firstNonAscii;
    if (const void *escape = std::memchr(bytes.constData(), 0x1B, bytes.size())) {
        const qsizetype at = static_cast<const char *>(escape) - bytes.constData();
        if (focus < 0 || at < focus)
            focus = at;
    }
    // Starting in the ASCII before it keeps some context for short texts and a boundary.
    const qsizetype start = focus > kSampleBytes / 2 ? focus - 1024 : 0;
    const QByteArray detectionSample = QByteArray::fromRawData(
        bytes.constData() + start,
        static_cast<int>(std::min<qsizetype>(bytes.size() - start, kSampleBytes)));
    const bool wholeInSample = start == 0 && detectionSample.size() == bytes.size();
    const bool iso2022 = hasIso2022Escape(detectionSample.constData(), detectionSample.size());
    const QByteArray head = sample.left(static_cast<int>(kHeadBytes));
    const bool html = HtmlExtractor::looksLikeHtml(QString::fromLatin1(head));
    QStringList notes;

    if (html) {
        const QByteArray label = declaredCharset(head);
        QByteArray declared = canonicalLabel(label);
        if (!label.isEmpty() && declared.isEmpty()) {
            notes << QStringLiteral(
                         "unknown charset \"%1\" declared; detected the encoding instead")
                         .arg(QString::fromLatin1(label));
        } else if (!declared.isEmpty()) {
            if (isWide(declared)) // a byte-oriented file cannot be UTF-16, whatever it says
                declared = "UTF-8";
            const QString name = QString::fromLatin1(declared);
            const QString mismatch = QStringLiteral(
                "declared charset %1 does not match the bytes; detected the encoding instead");
            if (declared != "UTF-8" && utf8.invalid == 0 && utf8.multiByte > 0) {
                // Typically a page re-saved as UTF-8 that kept its old declaration.
                notes << QStringLiteral("declared charset %1 ignored: the file is valid UTF-8")
                             .arg(name);
            } else if (fitsWell(convert(declared, detectionSample.constData(),
                                        detectionSample.size(), wholeInSample))) {
                const QByteArray other = mislabelledSibling(
                    declared, stripMarkup(detectionSample.constData(), detectionSample.size()));
                if (other.isEmpty())
                    return finish(bytes, 0, declared, false);
                DecodedText result = finish(bytes, 0, other, true);
                if (result.ok)
                    result.warnings.prepend(mismatch.arg(name));
                return result;
            } else {
                notes << mismatch.arg(name);
            }
        }
    }

    DecodedText result;
    if (!iso2022 && utf8.invalid == 0) {
        result = finish(bytes, 0, "UTF-8", false); // includes pure ASCII
    } else if (!iso2022 && utf8.multiByte > 0 && utf8.invalid * 10 <= utf8.multiByte) {
        // Mostly valid UTF-8 with a few damaged bytes; legacy text never looks like this.
        result = finish(bytes, 0, "UTF-8", false);
    } else {
        const QByteArray textSample =
            html ? stripMarkup(detectionSample.constData(), detectionSample.size())
                 : detectionSample;
        const QByteArray legacy =
            canonicalLabel(chooseLegacyEncoding(detectionSample, textSample, html));
        result = finish(bytes, 0, legacy.isEmpty() ? QByteArray("windows-1252") : legacy, true);
    }
    if (result.ok)
        result.warnings = notes + result.warnings;
    return result;
}

} // namespace Readout
