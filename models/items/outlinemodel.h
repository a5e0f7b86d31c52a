#pragma once

#include "document/document.h"

#include <QAbstractItemModel>

namespace Readout {

/// The outline of one Document as a tree: column 0 shows "label heading", column 1 the number
/// of statements in the node and below it. Roles: LabelRole, HeadingRole, OutlineNodeRole,
/// SourceStartRole/SourceEndRole (the heading line), LineRole, StatementCountRole.
class OutlineModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column
    {
        HeadingColumn,
        StatementsColumn,
        ColumnCount
    };

    explicit OutlineModel(QObject *parent = nullptr);

    void setDocument(const DocumentPtr &document);
    DocumentPtr document() const { return m_document; }

    /// The index (column 0) of outline node @p node, invalid for -1.
    QModelIndex indexOfNode(int node) const;
    /// The innermost node around UTF-16 offset @p offset of the text: the node of the
    /// statement there, else the last node that starts at or before it; -1 before the outline.
    int nodeAt(int offset) const;

    QModelIndex index(int row, int column,
                      const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    const std::vector<int> &children(int node) const;

    DocumentPtr m_document;
    std::vector<int> m_rowInParent;     ///< per node
    std::vector<int> m_statementCounts; ///< per node, its subtree included
};

} // namespace Readout
