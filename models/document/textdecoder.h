#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Readout {

/// The result of turning a file's bytes into text.
struct DecodedText
{
    bool ok = false;
    QString text; ///< decoded text (BOM removed), valid when ok
    QString
        encoding; ///< canonical name of the encoding used: "UTF-8", "UTF-16LE", "Shift_JIS", ...
    QString
        error; ///< one-line reason when !ok ("binary file (not text)", ...), without the file name
    QStringList warnings; ///< e.g. "3 invalid byte sequences replaced"
    /// True when the encoding was inferred statistically (no BOM, no declaration, not UTF-8),
    /// so a user may want to pick another one with TextDecoder::decodeAs().
    bool guessed = false;
};

/// Detects the encoding of a summary's bytes and converts them to a QString.
/// BOMs (UTF-8, UTF-16LE/BE, UTF-32LE/BE) win; valid UTF-8 (and pure ASCII) is "UTF-8", and so
/// is UTF-8 with a small share of invalid sequences; otherwise ICU's detector, checked by simple
/// Japanese (kana) and Russian (letter frequency) plausibility tests, picks among legacy
/// encodings (Shift_JIS, EUC-JP, ISO-2022-JP, windows-1251, KOI8-R, windows-1252, ...). For HTML,
/// a <meta charset> or <meta http-equiv> declaration in the first 4 KB is honoured unless the
/// bytes plainly contradict it. Invalid byte sequences become U+FFFD with a warning. Binary data
/// (NUL bytes outside UTF-16/32, many control characters) and empty input are refused.
/// Linear time; detection looks at the first 64 KB only. Thread-safe (no shared state).
class TextDecoder
{
public:
    static DecodedText decode(const QByteArray &bytes);

    /// Decodes with a given encoding (any name or alias ICU knows, e.g. chosen by the user),
    /// skipping a matching BOM. Fails with "unknown encoding: NAME" when there is no converter.
    static DecodedText decodeAs(const QByteArray &bytes, const QString &encoding);

    /// The canonical name for an encoding label ("sjis" → "Shift_JIS", "latin1" →
    /// "windows-1252"), or an empty string when no converter exists for it.
    static QString canonicalName(const QString &label);
};

} // namespace Readout
