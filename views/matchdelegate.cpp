#include "matchdelegate.h"

#include "highlightcolours.h"
#include "items/statementfiltermodel.h"

#include <QApplication>
#include <QPainter>
#include <QTextLayout>

namespace Readout {

namespace {

// Characters of context kept before a match that is scrolled into view.
constexpr int ContextBefore = 24;
const QChar Ellipsis(0x2026);

} // namespace

MatchDelegate::MatchDelegate(const StatementFilterModel *filter, QObject *parent)
    : QStyledItemDelegate(parent), m_filter(filter)
{}

MatchDelegate::Shown MatchDelegate::shownText(const QString &text,
                                              const std::vector<std::pair<int, int>> &matches,
                                              const QFontMetrics &metrics, int width)
{
    Shown shown;
    QString line = text;
    line.replace(QLatin1Char('\n'), QLatin1Char(' '));
    int offset = 0;
    if (!matches.empty()) {
        const QString head = metrics.elidedText(line, Qt::ElideRight, width);
        const int visible = int(head.size()) - (head.endsWith(Ellipsis) ? 1 : 0);
        const auto &first = matches.front();
        if (first.second > visible && first.first > 0) {
            // As much context as leaves the found words in view.
            int context = std::min(ContextBefore, first.first);
            while (context > 0 && metrics.horizontalAdvance(
                                      Ellipsis + line.mid(first.first - context,
                                                          context + first.second - first.first)) >
                                      width - metrics.horizontalAdvance(Ellipsis))
                --context;
            offset = first.first - context;
            line = Ellipsis + line.mid(offset);
            offset -= 1; // the ellipsis takes one character
        }
    }
    shown.text = metrics.elidedText(line, Qt::ElideRight, width);
    const int limit = int(shown.text.size()) - (shown.text.endsWith(Ellipsis) ? 1 : 0);
    for (const auto &m : matches) {
        const int start = std::max(m.first - offset, offset > 0 ? 1 : 0);
        const int end = std::min(m.second - offset, limit);
        if (start < end)
            shown.matches.emplace_back(start, end);
    }
    return shown;
}

void MatchDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const
{
    const QString text = index.data(Qt::DisplayRole).toString();
    const auto matches =
        m_filter ? m_filter->textMatchesIn(text) : std::vector<std::pair<int, int>>();
    if (matches.empty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QRect rect =
        style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget).adjusted(2, 0, -2, 0);
    const Shown shown = shownText(text, matches, opt.fontMetrics, rect.width());
    QTextLayout layout(shown.text, opt.font);
    QVector<QTextLayout::FormatRange> formats;
    const bool selected = opt.state & QStyle::State_Selected;
    for (const auto &m : shown.matches) {
        QTextLayout::FormatRange range;
        range.start = m.first;
        range.length = m.second - m.first;
        range.format.setBackground(HighlightColours::foundBackground());
        range.format.setForeground(HighlightColours::foundForeground());
        if (selected)
            range.format.setFontUnderline(true);
        formats.append(range);
    }
    layout.setFormats(formats);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    line.setLineWidth(rect.width());
    layout.endLayout();
    painter->save();
    painter->setPen(opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    const qreal y = rect.top() + (rect.height() - line.height()) / 2;
    layout.draw(painter, QPointF(rect.left(), y));
    painter->restore();
}

} // namespace Readout
