#include "htmlextractor.h"
// placeholder: being written
namespace Readout {
bool HtmlExtractor::looksLikeHtml(QStringView head)
{
    return head.contains(QLatin1String("<html"), Qt::CaseInsensitive);
}
QString HtmlExtractor::toPlainText(const QString &html)
{
    return html;
}
} // namespace Readout
