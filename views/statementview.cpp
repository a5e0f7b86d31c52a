#include "statementview.h"

#include "items/itemroles.h"
#include "items/statementmodel.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QMenu>

#include <algorithm>

namespace Readout {

StatementView::StatementView(QWidget *parent) : QTableView(parent)
{
    setObjectName(QStringLiteral("statementView"));
    setAccessibleName(tr("Statements"));
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setWordWrap(false);
    setAlternatingRowColors(true);
    setSortingEnabled(true);
    // Fixed row heights: the view never measures a million rows.
    verticalHeader()->hide();
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setSectionsMovable(true);
    horizontalHeader()->setSortIndicatorShown(true);
}

void StatementView::setDocumentColumnsShown(bool shown)
{
    setColumnHidden(StatementModel::DocumentColumn, !shown);
    setColumnHidden(StatementModel::DateColumn, !shown);
}

void StatementView::setModel(QAbstractItemModel *model)
{
    QTableView::setModel(model);
    if (!model)
        return;
    // Widths in characters of the font, so they scale with it; the text takes the rest.
    const int character = fontMetrics().averageCharWidth();
    horizontalHeader()->resizeSection(StatementModel::DocumentColumn, 24 * character);
    horizontalHeader()->resizeSection(StatementModel::DateColumn, 12 * character);
    horizontalHeader()->resizeSection(StatementModel::SpeakerColumn, 15 * character);
    horizontalHeader()->resizeSection(StatementModel::CountryColumn, 10 * character);
    horizontalHeader()->resizeSection(StatementModel::TopicColumn, 16 * character);
    horizontalHeader()->resizeSection(StatementModel::NotesColumn, 8 * character);
    connect(selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                Q_EMIT currentStatementChanged(current.isValid() ? current.row() : -1);
            });
}

QString StatementView::selectedCitations() const
{
    QModelIndexList rows = selectionModel() ? selectionModel()->selectedRows() : QModelIndexList();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QStringList citations;
    for (const QModelIndex &index : qAsConst(rows))
        citations.append(index.data(CitationRole).toString());
    return citations.join(QLatin1Char('\n'));
}

void StatementView::copyWithCitation() const
{
    const QString text = selectedCitations();
    if (!text.isEmpty())
        QApplication::clipboard()->setText(text);
}

void StatementView::selectRow(int row)
{
    if (!model() || row < 0 || row >= model()->rowCount())
        return;
    const QModelIndex index = model()->index(row, StatementModel::TextColumn);
    selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                 QItemSelectionModel::Rows);
    scrollTo(index);
}

void StatementView::moveCurrentRow(int delta)
{
    if (!model() || model()->rowCount() == 0)
        return;
    const int current =
        currentIndex().isValid() ? currentIndex().row() : (delta > 0 ? -1 : model()->rowCount());
    selectRow(qBound(0, current + delta, model()->rowCount() - 1));
}

void StatementView::contextMenuEvent(QContextMenuEvent *event)
{
    const QModelIndex index = indexAt(event->pos());
    if (!index.isValid())
        return;
    if (!selectionModel()->isRowSelected(index.row(), QModelIndex()))
        selectRow(index.row());
    QMenu menu(this);
    const QModelIndex speaker = index.sibling(index.row(), StatementModel::SpeakerColumn);
    const QModelIndex topic = index.sibling(index.row(), StatementModel::TopicColumn);
    const int speakerId = speaker.data(SpeakerIdRole).toInt();
    const int topicId = topic.data(TopicIdRole).toInt();
    QAction *bySpeaker =
        menu.addAction(tr("Filter by Speaker \u201C%1\u201D").arg(speaker.data().toString()));
    QAction *byTopic = menu.addAction(tr("Filter by This Topic"));
    byTopic->setEnabled(!topic.data().toString().isEmpty());
    menu.addSeparator();
    QAction *note = menu.addAction(tr("Add Note to Statement"));
    QAction *copy = menu.addAction(tr("Copy with Citation"));
    copy->setShortcut(QKeySequence::Copy);
    QAction *chosen = menu.exec(event->globalPos());
    if (chosen == bySpeaker)
        Q_EMIT filterBySpeakerRequested(speakerId);
    else if (chosen == byTopic)
        Q_EMIT filterByTopicRequested(topicId);
    else if (chosen == copy)
        copyWithCitation();
    else if (chosen == note)
        Q_EMIT noteRequested(index.row());
}

void StatementView::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Copy)) {
        copyWithCitation();
        event->accept();
        return;
    }
    QTableView::keyPressEvent(event);
}

} // namespace Readout
