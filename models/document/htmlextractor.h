#pragma once

#include <QByteArray>
#include <QString>

namespace Readout {

/// Turns an HTML page saved from a ministry website into the plain text of its content:
/// one line per block element (p, div, li, h1-h6, tr, br, ...), entities decoded, whitespace
/// inside blocks collapsed, script/style/noscript/template and navigation (nav, header,
/// footer, aside, elements whose id/class/role say navigation/menu/breadcrumb) dropped.
/// List items keep a visible marker ("- " or the number of an ordered list) so the outline
/// survives. Uses libxml2's HTML parser, which tolerates the broken markup of real pages.
class HtmlExtractor
{
public:
    /// True when the text looks like HTML (doctype, <html>, <head>, <body>, or several
    /// block tags near the start), for files without an .html/.htm extension.
    static bool looksLikeHtml(QStringView head);

    /// Extracts the content text from an already decoded HTML document.
    static QString toPlainText(const QString &html);
};

} // namespace Readout
