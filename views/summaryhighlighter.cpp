#include "summaryhighlighter.h"

#include <QGuiApplication>
#include <QPalette>
#include <QTextDocument>

#ifdef READOUT_HAVE_SYNTAX_HIGHLIGHTING
#include "syntaxrepository.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>
#endif

namespace Readout {

#ifdef READOUT_HAVE_SYNTAX_HIGHLIGHTING

namespace {

KSyntaxHighlighting::Theme themeFor(const QPalette &palette)
{
    // The base colour is what the text is drawn on; its lightness tells a dark palette apart.
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    return SyntaxRepository::repository().defaultTheme(
        dark ? KSyntaxHighlighting::Repository::DarkTheme
             : KSyntaxHighlighting::Repository::LightTheme);
}

} // namespace

SummaryHighlighter::SummaryHighlighter(QTextDocument *document)
    : detail::SummaryHighlighterBase(document)
{
    // The theme first: setDefinition() rehighlights, and that pass should already be coloured.
    setTheme(themeFor(QGuiApplication::palette()));
    setDefinition(SyntaxRepository::summaryDefinition());
}

SummaryHighlighter::~SummaryHighlighter() = default;

void SummaryHighlighter::setPalette(const QPalette &palette)
{
    const KSyntaxHighlighting::Theme theme = themeFor(palette);
    if (theme.name() == this->theme().name()) {
        return;
    }
    setTheme(theme);
    // The formats already applied to the blocks belong to the old theme.
    rehighlight();
}

QString SummaryHighlighter::themeName() const
{
    return theme().name();
}

bool SummaryHighlighter::isAvailable()
{
    return SyntaxRepository::summaryDefinition().isValid();
}

QString SummaryHighlighter::unavailableReason()
{
    if (isAvailable()) {
        return QString();
    }
    return tr("The syntax definition \"%1\" could not be loaded.")
        .arg(SyntaxRepository::summaryDefinitionName());
}

void SummaryHighlighter::highlightBlock(const QString &text)
{
    detail::SummaryHighlighterBase::highlightBlock(text);
}

#else // without KSyntaxHighlighting

SummaryHighlighter::SummaryHighlighter(QTextDocument *document)
    : detail::SummaryHighlighterBase(document)
{}

SummaryHighlighter::~SummaryHighlighter() = default;

void SummaryHighlighter::setPalette(const QPalette &) {}

QString SummaryHighlighter::themeName() const
{
    return QString();
}

bool SummaryHighlighter::isAvailable()
{
    return false;
}

QString SummaryHighlighter::unavailableReason()
{
    return tr("KF%1SyntaxHighlighting was not found when Readout was built.").arg(QT_VERSION >> 16);
}

void SummaryHighlighter::highlightBlock(const QString &) {}

#endif

} // namespace Readout
