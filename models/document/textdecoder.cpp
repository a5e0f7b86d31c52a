#include "textdecoder.h"
// placeholder: being written
namespace Readout {
DecodedText TextDecoder::decode(const QByteArray &bytes)
{
    DecodedText r;
    r.ok = true;
    r.text = QString::fromUtf8(bytes);
    r.encoding = QStringLiteral("UTF-8");
    return r;
}
} // namespace Readout
