#pragma once

#include <QString>
#include <QStringList>

#ifdef READOUT_HAVE_SYNTAX_HIGHLIGHTING
#include <KSyntaxHighlighting/SyntaxHighlighter>
#else
#include <QSyntaxHighlighter>
#endif

class QPalette;
class QTextDocument;

namespace Readout {

namespace detail {
// Built without KSyntaxHighlighting, SummaryHighlighter keeps its API and leaves text plain.
#ifdef READOUT_HAVE_SYNTAX_HIGHLIGHTING
using SummaryHighlighterBase = KSyntaxHighlighting::SyntaxHighlighter;
#else
using SummaryHighlighterBase = QSyntaxHighlighter;
#endif
} // namespace detail

/// Colours a QTextDocument that holds a plain-text diplomatic summary: section labels,
/// headings, lead-ins, speakers, sides, dates, figures and quoted terms
/// (resources/syntax/diplomatic-summary.xml).
///
/// The highlighter becomes a child of the document, as every QSyntaxHighlighter does. Its theme
/// follows a palette: Breeze Dark on a dark base colour, Breeze Light otherwise. Without
/// KSyntaxHighlighting (isAvailable() is false) it changes nothing and the text stays plain.
/// Create it after the QApplication, on the GUI thread.
class SummaryHighlighter : public detail::SummaryHighlighterBase
{
    Q_OBJECT

public:
    /// Attaches to @p document and highlights it, themed for the application palette.
    explicit SummaryHighlighter(QTextDocument *document);
    ~SummaryHighlighter() override;

    /// Chooses the theme for @p palette (its Base colour) and rehighlights if the theme changed.
    /// Call it when the palette of the view showing the document changes.
    void setPalette(const QPalette &palette);

    /// The name of the theme in use, such as "Breeze Light"; empty when not available.
    QString themeName() const;

    /// Uses the installed theme named @p name; an empty or unknown name follows the palette
    /// again. Rehighlights when the theme changes.
    void setThemeName(const QString &name);
    /// The theme chosen with setThemeName(), empty when following the palette.
    QString chosenThemeName() const { return m_chosenTheme; }
    /// The names of the installed themes, sorted; empty when not available.
    static QStringList themeNames();

    /// Whether this build can highlight: KSyntaxHighlighting was found at build time and
    /// Readout's definition loads. Needs the QApplication.
    static bool isAvailable();

    /// Why isAvailable() is false, as one sentence for the user; empty when it is true.
    static QString unavailableReason();

protected:
    void highlightBlock(const QString &text) override;

private:
    QString m_chosenTheme;
    bool m_darkPalette = false; ///< of the last palette given, for following it again
};

} // namespace Readout
