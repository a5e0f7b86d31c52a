#include "sourceview.h"

#include "highlightcolours.h"
#include "summaryhighlighter.h"

#include <QEvent>
#include <QHash>
#include <QHelpEvent>
#include <QPainter>
#include <QTextBlock>
#include <QToolTip>

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
    m_highlights.clear();
    m_searchMatches.clear();
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

void SourceView::setHighlights(std::vector<SourceHighlight> highlights)
{
    m_highlights = std::move(highlights);
    updateMark();
    viewport()->update();
}

const SourceHighlight *SourceView::highlightAt(int offset) const
{
    for (const SourceHighlight &h : m_highlights) {
        if (offset >= h.start && offset < h.end)
            return &h;
    }
    return nullptr;
}

QPair<int, int> SourceView::selectedRange() const
{
    const QTextCursor cursor = textCursor();
    if (!cursor.hasSelection())
        return {-1, -1};
    return {cursor.selectionStart(), cursor.selectionEnd()};
}

QColor SourceView::highlightColour(const QString &name) const
{
    return HighlightColours::screenColour(name, palette());
}

void SourceView::setSearchMatches(std::vector<std::pair<int, int>> matches)
{
    if (matches == m_searchMatches)
        return;
    m_searchMatches = std::move(matches);
    updateMark();
}

void SourceView::updateMark()
{
    QList<QTextEdit::ExtraSelection> selections;
    // The current statement first: the reader's own colours are painted over it.
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
    for (const SourceHighlight &h : m_highlights) {
        QTextEdit::ExtraSelection mark;
        mark.cursor = QTextCursor(QPlainTextEdit::document());
        mark.cursor.setPosition(h.start);
        mark.cursor.setPosition(h.end, QTextCursor::KeepAnchor);
        if (h.colour.isValid())
            mark.format.setBackground(h.colour);
        if (!h.note.isEmpty()) {
            mark.format.setUnderlineStyle(QTextCharFormat::DashUnderline);
            mark.format.setUnderlineColor(palette().color(QPalette::Link));
        }
        selections.append(mark);
    }
    // Found words last, so they show on top of everything (the table marks them alike).
    const int length = QPlainTextEdit::document()->characterCount() - 1;
    for (const auto &m : m_searchMatches) {
        if (m.second > length)
            break;
        QTextEdit::ExtraSelection found;
        found.cursor = QTextCursor(QPlainTextEdit::document());
        found.cursor.setPosition(m.first);
        found.cursor.setPosition(m.second, QTextCursor::KeepAnchor);
        found.format.setBackground(HighlightColours::foundBackground());
        found.format.setForeground(HighlightColours::foundForeground());
        selections.append(found);
    }
    setExtraSelections(selections);
}

bool SourceView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QPoint inViewport = viewport()->mapFromGlobal(help->globalPos());
        const SourceHighlight *h = highlightAt(cursorForPosition(inViewport).position());
        if (h && !h->note.isEmpty())
            QToolTip::showText(help->globalPos(), h->note, this);
        else
            QToolTip::hideText();
        return true;
    }
    return QPlainTextEdit::event(event);
}

// A small flag at the end of every passage that carries a note, so notes are seen at a glance.
void SourceView::paintEvent(QPaintEvent *event)
{
    QPlainTextEdit::paintEvent(event);
    QPainter painter(viewport());
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor flag = palette().color(QPalette::Link);
    for (const SourceHighlight &h : m_highlights) {
        if (h.note.isEmpty())
            continue;
        QTextCursor cursor(QPlainTextEdit::document());
        cursor.setPosition(h.end);
        const QRect r = cursorRect(cursor);
        if (!viewport()->rect().intersects(r))
            continue;
        const int size = qMax(4, r.height() / 3);
        const QPointF tip(r.right() + 1, r.top());
        const QPointF points[3] = {tip, tip + QPointF(size, 0), tip + QPointF(0, size)};
        painter.setPen(Qt::NoPen);
        painter.setBrush(flag);
        painter.drawPolygon(points, 3);
    }
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
