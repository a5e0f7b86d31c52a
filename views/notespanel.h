#pragma once

#include <QWidget>

class QComboBox;
class QLineEdit;
class QTableView;

namespace Readout {

class AnnotationFilterModel;
class AnnotationModel;
struct Document;

/// Lists the reader's annotations, of the current document or of all open ones, and those whose
/// passage was not found again; narrowed by tag, colour and text. Choosing one goes to it.
class NotesPanel : public QWidget
{
    Q_OBJECT

public:
    explicit NotesPanel(AnnotationModel *annotations, QWidget *parent = nullptr);

    void setCurrentDocument(const Document *document);
    /// The annotation ids in the order shown.
    QStringList shownIds() const;
    QTableView *view() const { return m_view; }

Q_SIGNALS:
    void annotationActivated(const QString &id);
    void deleteRequested(const QString &id);
    /// Attach annotation @p id to the passage selected in the source (an orphaned one, mostly).
    void reattachRequested(const QString &id);

private:
    void applyScope();
    void refreshTags();
    QString idAt(int row) const;

    AnnotationModel *m_annotations;
    AnnotationFilterModel *m_filter;
    const Document *m_document = nullptr;
    QComboBox *m_scope;
    QComboBox *m_tag;
    QComboBox *m_colour;
    QLineEdit *m_text;
    QTableView *m_view;
};

} // namespace Readout
