#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QString>

class QComboBox;
class QPalette;

namespace Readout {

/// How the named highlight colours of Annotation::highlightColours() look and are called on
/// screen, in one place for the source view, the note editor and the filters.
class HighlightColours
{
    Q_DECLARE_TR_FUNCTIONS(Readout::HighlightColours)

public:
    /// "Yellow" for "yellow", translated.
    static QString displayName(const QString &colour);
    /// The colour to paint under text, lighter or darker to suit the palette's background.
    static QColor screenColour(const QString &colour, const QPalette &palette);
    /// Adds every colour to @p combo: its name, a swatch, and the colour's key as item data.
    static void addTo(QComboBox *combo);
    /// Words the text filter found, in the table and the source: orange with black
    /// text, readable on light and dark palettes alike, and unlike the reader's highlights.
    static QColor foundBackground() { return QColor(255, 167, 38); }
    static QColor foundForeground() { return QColor(Qt::black); }
};

} // namespace Readout
