#pragma once

#include "annotations/annotation.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTimer;

namespace Readout {

/// Edits the note, tags and colour of one annotation. Changes are offered for saving as the
/// reader types (saveRequested(), after a short pause) and at once when the editor is flushed:
/// when another annotation is shown, when it loses focus, and when the window closes, so no
/// keystroke is lost.
class NoteEditor : public QWidget
{
    Q_OBJECT

public:
    explicit NoteEditor(QWidget *parent = nullptr);

    /// Edits @p annotation, showing @p passage as what it is attached to. Pending changes of
    /// the annotation shown before are flushed first.
    void setAnnotation(const Annotation &annotation, const QString &passage);
    /// Shows nothing (flushes first).
    void clear();
    bool isEditing() const { return !m_annotation.id.isEmpty(); }
    /// The annotation with the reader's edits.
    Annotation annotation() const;
    QString editedId() const { return m_annotation.id; }
    /// Takes the revision and times of a save, leaving the text as the reader has it.
    void saved(const Annotation &stored);
    void setTagCompletions(const QStringList &tags);
    /// Puts the cursor in the note text.
    void focusNote();
    bool hasPendingChanges() const { return m_pending; }
    /// The last save was refused: the reader's text stays, still marked unsaved.
    void saveFailed() { m_pending = true; }

public Q_SLOTS:
    /// Emits saveRequested() now when there are unsaved edits.
    void flush();

Q_SIGNALS:
    void saveRequested(const Readout::Annotation &edited);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void edited();

    Annotation m_annotation;
    QLabel *m_passage;
    QPlainTextEdit *m_note;
    QLineEdit *m_tags;
    QComboBox *m_colour;
    QCheckBox *m_private;
    QTimer *m_delay;
    bool m_pending = false;
    bool m_loading = false;
};

} // namespace Readout
