#pragma once

#include "document/document.h"

#include <QColor>
#include <QPlainTextEdit>

#include <vector>

namespace Readout {

class SummaryHighlighter;

/// A passage the reader marked: painted over the syntax colours, with a mark where a note is.
struct SourceHighlight
{
    int start = 0; ///< UTF-16 offsets into the text
    int end = 0;
    QColor colour; ///< invalid: a note without highlight (underlined)
    QString note;  ///< shown when the pointer rests on the passage
    QString id;
};

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

    /// The reader's highlights and notes on this text (replaces the previous ones).
    void setHighlights(std::vector<SourceHighlight> highlights);
    const std::vector<SourceHighlight> &highlights() const { return m_highlights; }
    /// The highlight around UTF-16 offset @p offset, or null.
    const SourceHighlight *highlightAt(int offset) const;
    /// Where the text filter matched (UTF-16 ranges): marked so the reader sees the words.
    void setSearchMatches(std::vector<std::pair<int, int>> matches);
    const std::vector<std::pair<int, int>> &searchMatches() const { return m_searchMatches; }
    /// The selected range (start, end), or (-1, -1) when nothing is selected.
    QPair<int, int> selectedRange() const;

    /// The screen colour of a palette colour name ("yellow"), light or dark to suit the text.
    QColor highlightColour(const QString &name) const;

Q_SIGNALS:
    /// The reader moved the cursor (click, keys, selection) to UTF-16 offset @p offset.
    void cursorOffsetChanged(int offset);

protected:
    void changeEvent(QEvent *event) override;
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void updateMark();

    DocumentPtr m_document;
    SummaryHighlighter *m_highlighter = nullptr;
    QPair<int, int> m_marked{-1, -1};
    std::vector<SourceHighlight> m_highlights;
    std::vector<std::pair<int, int>> m_searchMatches;
    bool m_movingCursor = false;
};

} // namespace Readout
