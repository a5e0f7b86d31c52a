#pragma once

#include <QSortFilterProxyModel>

namespace Readout {

struct Document;

/// The annotations the Notes panel shows: of one document or all, narrowed by tag, colour and
/// text (in the note, the passage and the tags, case-insensitively). Source: AnnotationModel.
class AnnotationFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit AnnotationFilterModel(QObject *parent = nullptr);

    /// Only the annotations of @p document; null shows those of every open document.
    void setDocument(const Document *document);
    void setTag(const QString &tag);
    /// A colour name, "none" for notes without highlight, empty for any.
    void setColour(const QString &colour);
    void setText(const QString &text);
    /// Only annotations whose passage was not found (orphaned ones).
    void setOrphanedOnly(bool orphaned);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    const Document *m_document = nullptr;
    QString m_tag;
    QString m_colour;
    QString m_text;
    bool m_orphanedOnly = false;
};

} // namespace Readout
