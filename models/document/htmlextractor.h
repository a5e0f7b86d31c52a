#pragma once

#include <QByteArray>
#include <QString>
#include <QStringView>

namespace Readout {

/// Turns an HTML page saved from a ministry website into the plain text of its content.
///
/// - One line per block element (p, div, li, h1-h6, tr, dt, dd, blockquote, br, ...); `pre`
///   keeps its lines. Whitespace inside a block is collapsed (a line break between two CJK
///   characters disappears, as browsers render it), entities are decoded and a no-break space
///   becomes a plain space. No leading or trailing blank lines, never two blank lines in a
///   row; blank lines come only from `<br><br>` and `<hr>`. Lines are joined by "\n", without
///   a final newline.
/// - Dropped: head, script, style, noscript, template, form controls, embedded objects, nav,
///   aside, hidden elements, the page-level header (unless it holds the <h1>) and footer
///   (inside article, main or section they are content), elements whose id/class/role name
///   navigation (nav, menu, breadcrumb, footer, sidebar, skip links, page-top links), and
///   links that only say "Back to Index", "Page Top", "目次へ戻る" and the like. Should the
///   id/class rules leave nothing, they are ignored (a page may wrap all in "has-sidebar").
/// - List items keep a visible marker: "- " in an unordered list, "1. ", "2. "... in an ordered
///   one (honouring start, value, reversed and type a/A/i/I); an item whose text already
///   starts with a label ("(1)", "2.", "-", "・", ...) gets none. Nested lists are indented by
///   two spaces per level.
/// - Table cells of a row on one line, separated by " | " (empty cells skipped); block
///   elements inside a cell still start lines, as layout tables need.
///
/// Uses libxml2's HTML parser, which tolerates the broken markup of real pages; the walk over
/// the tree is iterative, so any nesting depth is fine. Thread-safe.
class HtmlExtractor
{
public:
    /// True when the text looks like HTML (doctype, <html>, <head>, <body>, or at least three
    /// block-level or head tags) within its first 8 KB, for files without an .html extension.
    static bool looksLikeHtml(QStringView head);

    /// Extracts the content text from an already decoded HTML document.
    static QString toPlainText(const QString &html);
};

} // namespace Readout
