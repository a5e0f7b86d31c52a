#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Readout {

/// The result of turning a file's bytes into text.
struct DecodedText
{
    bool ok = false;
    QString text;     ///< decoded text (BOM removed), valid when ok
    QString encoding; ///< canonical name of the encoding used: "UTF-8", "UTF-16LE", "Shift_JIS", ...
    QString error;    ///< one-line reason when !ok ("binary file", ...), without the file name
    QStringList warnings; ///< e.g. "invalid byte sequences replaced (3)"
};

/// Detects the encoding of a summary's bytes and converts them to a QString.
/// BOMs (UTF-8, UTF-16LE/BE, UTF-32) win; valid UTF-8 is UTF-8; otherwise ICU's detector picks
/// among legacy encodings (Shift_JIS, EUC-JP, ISO-2022-JP, Windows-1251, KOI8-R, Windows-1252,
/// ...); for HTML a <meta charset> declaration in the first bytes is honoured.
/// Binary data (NUL bytes outside UTF-16/32, many control characters) is refused.
class TextDecoder
{
public:
    static DecodedText decode(const QByteArray &bytes);
};

} // namespace Readout
