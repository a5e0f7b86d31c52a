#include "sourceview.h"

#include "summaryhighlighter.h"

#include <QEvent>
#include <QTextBlock>

namespace Readout {

SourceView::SourceView(QWidget *parent) : QPlainTextEdit(parent)
{
    setObjectName(QStringLiteral("sourceView"));
    setAccessibleName(tr("Source text"));
    setReadOnly(true);
    // Reading, not editing: a selection can still be copied, and there is nothing to undo.
    setUndoRedoEnabled(false);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setPlaceholderText(tr("No summary is open."));
    m_highlighter = new SummaryHighlighter(QPlainTextEdit::document());
    m_highlighter->setPalette(palette());
    connect(this, &QPlainTextEdit::cursorPositionChanged, this, [this] {
        if (!m_movingCursor && m_document)
            Q_EMIT cursorOffsetChanged(textCursor().position());
    });
}

void SourceView::setSummary(const DocumentPtr &document)
{
    if (document == m_document)
        return;
    m_document = document;
    m_marked = {-1, -1};
    m_movingCursor = true;
    setPlainText(document ? document->text : QString());
    m_movingCursor = false;
    updateMark();
}

void SourceView::showRange(int start, int end)
{
    if (!m_document)
        return;
    const int length = QPlainTextEdit::document()->characterCount() - 1;
    start = qBound(0, start, length);
    end = qBound(start, end, length);
    m_marked = {start, end};
    updateMark();
    QTextCursor cursor(QPlainTextEdit::document());
    cursor.setPosition(end);
    m_movingCursor = true;
    setTextCursor(cursor); // scrolls the end into view, then the start
    cursor.setPosition(start);
    setTextCursor(cursor);
    m_movingCursor = false;
    centerCursor();
}

void SourceView::updateMark()
{
    QList<QTextEdit::ExtraSelection> selections;
    if (m_marked.first >= 0 && m_marked.second > m_marked.first) {
        QTextEdit::ExtraSelection mark;
        mark.cursor = QTextCursor(QPlainTextEdit::document());
        mark.cursor.setPosition(m_marked.first);
        mark.cursor.setPosition(m_marked.second, QTextCursor::KeepAnchor);
        QColor background = palette().color(QPalette::Highlight);
        background.setAlpha(60);
        mark.format.setBackground(background);
        selections.append(mark);
    }
    setExtraSelections(selections);
}

void SourceView::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    // The highlighting theme follows the palette, so a switch to a dark palette recolours.
    if (event->type() == QEvent::PaletteChange) {
        m_highlighter->setPalette(palette());
        updateMark();
    }
}

} // namespace Readout
