#pragma once

#include <QTableView>

namespace Readout {

/// The statement table: one fixed-height row per statement (fast at a million rows), sortable
/// by every column, with a context menu to filter by the statement's speaker or topic and to
/// copy statements with their citation (also Ctrl+C).
class StatementView : public QTableView
{
    Q_OBJECT

public:
    explicit StatementView(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model) override;

    /// Shows or hides the Document and Date columns (hidden while the table shows one
    /// document: they would repeat the same value on every row).
    void setDocumentColumnsShown(bool shown);
    /// The citations of the selected statements, one per line.
    QString selectedCitations() const;
    /// Makes row @p row current and selected, and scrolls to it.
    void selectRow(int row);
    /// Moves the current row by @p delta (Alt+Up/Down), staying within the table.
    void moveCurrentRow(int delta);

public Q_SLOTS:
    void copyWithCitation() const;

Q_SIGNALS:
    void filterBySpeakerRequested(int speakerId);
    void filterByTopicRequested(int topicId);
    /// The reader wants to annotate the statement at view row @p row.
    void noteRequested(int row);
    /// The current statement changed; @p row is the view's row, -1 for none.
    void currentStatementChanged(int row);

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
};

} // namespace Readout
