#pragma once

#include "annotations/annotation.h"

#include <QUndoCommand>

#include <optional>

namespace Readout {

class AnnotationModel;

/// One annotation change on the undo stack: a new annotation (no "before"), an edit, or a
/// deletion (no "after"). The change is made before the command is pushed (so a refused save
/// never reaches the stack); undo and redo save through the model again. Consecutive edits of
/// one note merge into one step, as typing does in any editor.
class AnnotationCommand : public QUndoCommand
{
public:
    AnnotationCommand(AnnotationModel *model, std::optional<Annotation> before,
                      std::optional<Annotation> after, const QString &text);

    void undo() override;
    void redo() override;
    int id() const override { return 0x52454144; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    void apply(const std::optional<Annotation> &state);

    AnnotationModel *m_model;
    std::optional<Annotation> m_before;
    std::optional<Annotation> m_after;
    bool m_done = true; ///< the change was made before the push
};

} // namespace Readout
