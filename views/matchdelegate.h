#pragma once

#include <QStyledItemDelegate>

namespace Readout {

class StatementFilterModel;

/// Paints the statement text with the words the text filter matched marked, so a reader sees
/// why a row is shown. When the first match lies beyond what the column shows, the text is
/// shown from a little before it ("…context match…").
class MatchDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    MatchDelegate(const StatementFilterModel *filter, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

    /// The stretch of @p text shown in @p width pixels of @p font and the matches in it,
    /// relative to the shown string (which may start and end with an ellipsis).
    struct Shown
    {
        QString text;
        std::vector<std::pair<int, int>> matches;
    };
    static Shown shownText(const QString &text, const std::vector<std::pair<int, int>> &matches,
                           const QFontMetrics &metrics, int width);

private:
    const StatementFilterModel *m_filter;
};

} // namespace Readout
