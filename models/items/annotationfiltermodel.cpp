#include "annotationfiltermodel.h"

#include "annotationmodel.h"

namespace Readout {

AnnotationFilterModel::AnnotationFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void AnnotationFilterModel::setDocument(const Document *document)
{
    m_document = document;
    invalidateFilter();
}

void AnnotationFilterModel::setTag(const QString &tag)
{
    m_tag = tag;
    invalidateFilter();
}

void AnnotationFilterModel::setColour(const QString &colour)
{
    m_colour = colour;
    invalidateFilter();
}

void AnnotationFilterModel::setText(const QString &text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

void AnnotationFilterModel::setOrphanedOnly(bool orphaned)
{
    m_orphanedOnly = orphaned;
    invalidateFilter();
}

bool AnnotationFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    const auto *annotations = qobject_cast<const AnnotationModel *>(sourceModel());
    if (!annotations)
        return true;
    const AnchoredAnnotation &entry = annotations->at(sourceRow);
    const Annotation &a = entry.annotation;
    if (m_document && entry.document.get() != m_document)
        return false;
    if (m_orphanedOnly && !entry.isOrphaned())
        return false;
    if (!m_tag.isEmpty() && !a.tags.contains(m_tag))
        return false;
    if (m_colour == QLatin1String("none") ? a.isHighlight()
                                          : (!m_colour.isEmpty() && a.colour != m_colour))
        return false;
    if (m_text.isEmpty())
        return true;
    const QString passage =
        annotations->index(sourceRow, AnnotationModel::QuoteColumn).data().toString();
    return a.note.contains(m_text, Qt::CaseInsensitive) ||
           passage.contains(m_text, Qt::CaseInsensitive) ||
           a.tags.join(QLatin1Char(' ')).contains(m_text, Qt::CaseInsensitive);
}

} // namespace Readout
