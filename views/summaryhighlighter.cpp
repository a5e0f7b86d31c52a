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

// The base colour is what the text is drawn on; its lightness tells a dark palette apart.
bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

KSyntaxHighlighting::Theme themeFor(bool dark, const QString &chosen)
{
    if (!chosen.isEmpty()) {
        const KSyntaxHighlighting::Theme theme = SyntaxRepository::repository().theme(chosen);
        if (theme.isValid())
            return theme;
    }
    return SyntaxRepository::repository().defaultTheme(
        dark ? KSyntaxHighlighting::Repository::DarkTheme
             : KSyntaxHighlighting::Repository::LightTheme);
}

} // namespace

SummaryHighlighter::SummaryHighlighter(QTextDocument *document)
    : detail::SummaryHighlighterBase(document)
{
    // The theme first: setDefinition() rehighlights, and that pass should already be coloured.
    m_darkPalette = isDark(QGuiApplication::palette());
    setTheme(themeFor(m_darkPalette, QString()));
    setDefinition(SyntaxRepository::summaryDefinition());
}

SummaryHighlighter::~SummaryHighlighter() = default;

void SummaryHighlighter::setPalette(const QPalette &palette)
{
    m_darkPalette = isDark(palette);
    const KSyntaxHighlighting::Theme theme = themeFor(m_darkPalette, m_chosenTheme);
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

void SummaryHighlighter::setThemeName(const QString &name)
{
    m_chosenTheme = SyntaxRepository::repository().theme(name).isValid() ? name : QString();
    const KSyntaxHighlighting::Theme theme = themeFor(m_darkPalette, m_chosenTheme);
    if (theme.name() == this->theme().name())
        return;
    setTheme(theme);
    rehighlight();
}

QStringList SummaryHighlighter::themeNames()
{
    QStringList names;
    if (!isAvailable())
        return names;
    const auto themes = SyntaxRepository::repository().themes();
    for (const KSyntaxHighlighting::Theme &theme : themes)
        names.append(theme.name());
    names.sort(Qt::CaseInsensitive);
    return names;
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

void SummaryHighlighter::setThemeName(const QString &) {}

QStringList SummaryHighlighter::themeNames()
{
    return QStringList();
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
