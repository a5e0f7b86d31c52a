#include "contenthashuri.h"

#include <QByteArray>
#include <QRegularExpression>

namespace Readout {

namespace {

bool isSha256Hex(const QString &hex)
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9a-f]{64}$"));
    return pattern.match(hex).hasMatch();
}

} // namespace

QString ContentHashUri::fromSha256(const QString &hex)
{
    return hex.isEmpty() ? QString() : QStringLiteral("nih:sha-256;") + hex.toLower();
}

QString ContentHashUri::sha256Of(const QString &uri)
{
    // nih:sha-256;<hex, dashes allowed>[;<check digit>]
    static const QRegularExpression nih(QStringLiteral("^nih:sha-256;([0-9A-Fa-f-]+)(;.*)?$"));
    // ni://[authority]/sha-256;<base64url, no padding>[?query]
    static const QRegularExpression ni(QStringLiteral("^ni://[^/]*/sha-256;([A-Za-z0-9_-]+)"));
    QString hex;
    const auto human = nih.match(uri);
    if (human.hasMatch()) {
        hex = human.captured(1).remove(QLatin1Char('-')).toLower();
    } else {
        const auto binary = ni.match(uri);
        if (binary.hasMatch())
            hex = QString::fromLatin1(
                QByteArray::fromBase64(binary.captured(1).toLatin1(), QByteArray::Base64UrlEncoding)
                    .toHex());
    }
    return isSha256Hex(hex) ? hex : QString();
}

} // namespace Readout
