#pragma once

#include <QString>

namespace KSyntaxHighlighting {
class Definition;
class Repository;
} // namespace KSyntaxHighlighting

namespace Readout {

/// The program's one KSyntaxHighlighting::Repository, with Readout's own definitions in it.
///
/// Exists only in builds with KSyntaxHighlighting (READOUT_HAVE_SYNTAX_HIGHLIGHTING); the rest of
/// the program goes through SummaryHighlighter, which works either way.
///
/// The repository is created on first use, which must come after the QApplication and be on the
/// GUI thread, and destroyed when the QCoreApplication is, so it outlives every highlighter owned
/// by the program's widgets. Besides the definitions that come with KSyntaxHighlighting it finds
/// ours under searchPath(), a Qt resource compiled into this library.
class SyntaxRepository
{
public:
    SyntaxRepository() = delete;

    /// The shared repository. Loading takes a few milliseconds the first time.
    static KSyntaxHighlighting::Repository &repository();

    /// Readout's definition for plain-text summaries (resources/syntax/diplomatic-summary.xml);
    /// Definition::isValid() is false only when the resource could not be loaded.
    static KSyntaxHighlighting::Definition summaryDefinition();

    /// The unique name of that definition: "Readout Diplomatic Summary".
    static QString summaryDefinitionName();

    /// The custom search path added to the repository; it contains syntax/.
    static QString searchPath();
};

} // namespace Readout
