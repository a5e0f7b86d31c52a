#pragma once

#include "document/document.h"

#include <QPlainTextEdit>

namespace Readout {

class SummaryHighlighter;

/// The decoded text of one summary, read-only and coloured by SummaryHighlighter. Every offset
/// a Document holds (UTF-16) is a position here. showRange() scrolls to a statement or heading
/// and marks it; when the reader moves the cursor, cursorOffsetChanged() says where.
class SourceView : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit SourceView(QWidget *parent = nullptr);

    void setSummary(const DocumentPtr &document);
    DocumentPtr summary() const { return m_document; }

    /// Scrolls to [start, end) and marks it with the highlight colour; the cursor goes to
    /// @p start without emitting cursorOffsetChanged().
    void showRange(int start, int end);
    /// The marked range, or (-1, -1).
    QPair<int, int> markedRange() const { return m_marked; }

    SummaryHighlighter *highlighter() const { return m_highlighter; }

Q_SIGNALS:
    /// The reader moved the cursor (click, keys, selection) to UTF-16 offset @p offset.
    void cursorOffsetChanged(int offset);

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateMark();

    DocumentPtr m_document;
    SummaryHighlighter *m_highlighter = nullptr;
    QPair<int, int> m_marked{-1, -1};
    bool m_movingCursor = false;
};

} // namespace Readout
