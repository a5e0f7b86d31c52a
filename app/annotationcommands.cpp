#include "annotationcommands.h"

#include "items/annotationmodel.h"

namespace Readout {

AnnotationCommand::AnnotationCommand(AnnotationModel *model, std::optional<Annotation> before,
                                     std::optional<Annotation> after, const QString &text)
    : QUndoCommand(text), m_model(model), m_before(std::move(before)), m_after(std::move(after))
{}

void AnnotationCommand::redo()
{
    if (m_done) {
        m_done = false; // pushed after the change was made
        return;
    }
    apply(m_after);
}

void AnnotationCommand::undo()
{
    apply(m_before);
}

// Brings the stored annotation to @p state (absent: deleted), over whatever revision the store
// has now.
void AnnotationCommand::apply(const std::optional<Annotation> &state)
{
    const QString id = m_before ? m_before->id : m_after->id;
    const int row = m_model->rowOf(id);
    if (!state) {
        if (row >= 0)
            m_model->remove(id);
        return;
    }
    Annotation annotation = *state;
    annotation.revision = row >= 0 ? m_model->at(row).annotation.revision : 0;
    if (!m_model->save(annotation))
        setObsolete(true);
}

bool AnnotationCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = dynamic_cast<const AnnotationCommand *>(other);
    // Only edits of the same annotation (both before and after present) merge.
    if (!next || !m_before || !m_after || !next->m_before || !next->m_after ||
        next->m_after->id != m_after->id)
        return false;
    m_after = next->m_after;
    return true;
}

} // namespace Readout
