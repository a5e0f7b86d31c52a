#include "highlightcolours.h"

#include "annotations/annotation.h"

#include <QComboBox>
#include <QHash>
#include <QIcon>
#include <QPalette>
#include <QPixmap>

namespace Readout {

QString HighlightColours::displayName(const QString &colour)
{
    if (colour == QLatin1String("yellow"))
        return tr("Yellow");
    if (colour == QLatin1String("green"))
        return tr("Green");
    if (colour == QLatin1String("blue"))
        return tr("Blue");
    if (colour == QLatin1String("pink"))
        return tr("Pink");
    if (colour == QLatin1String("orange"))
        return tr("Orange");
    return colour;
}

QColor HighlightColours::screenColour(const QString &colour, const QPalette &palette)
{
    static const QHash<QString, QColor> light = {
        {QStringLiteral("yellow"), QColor(0xff, 0xe9, 0x7a)},
        {QStringLiteral("green"), QColor(0xb5, 0xe8, 0xa5)},
        {QStringLiteral("blue"), QColor(0xa9, 0xd3, 0xff)},
        {QStringLiteral("pink"), QColor(0xff, 0xc0, 0xde)},
        {QStringLiteral("orange"), QColor(0xff, 0xcf, 0x99)}};
    QColor result = light.value(colour);
    // On a dark background the same hue, darker, keeps light text readable.
    if (result.isValid() && palette.color(QPalette::Base).lightness() < 128)
        result = result.darker(260);
    return result;
}

void HighlightColours::addTo(QComboBox *combo)
{
    const QStringList colours = Annotation::highlightColours();
    for (const QString &colour : colours) {
        QPixmap swatch(12, 12);
        swatch.fill(screenColour(colour, combo->palette()));
        combo->addItem(QIcon(swatch), displayName(colour), colour);
    }
}

} // namespace Readout
