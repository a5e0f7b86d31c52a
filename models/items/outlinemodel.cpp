#include "outlinemodel.h"

#include "itemroles.h"

#include <algorithm>

namespace Readout {

OutlineModel::OutlineModel(QObject *parent) : QAbstractItemModel(parent) {}

void OutlineModel::setDocument(const DocumentPtr &document)
{
    beginResetModel();
    m_document = document;
    m_rowInParent.clear();
    m_statementCounts.clear();
    if (m_document) {
        const auto &outline = m_document->outline;
        m_rowInParent.assign(outline.size(), 0);
        for (size_t n = 0; n < outline.size(); ++n) {
            const std::vector<int> &siblings = children(outline[n].parent);
            m_rowInParent[n] =
                int(std::find(siblings.begin(), siblings.end(), int(n)) - siblings.begin());
        }
        m_statementCounts.assign(outline.size(), 0);
        for (const Statement &s : m_document->statements) {
            if (s.node >= 0)
                ++m_statementCounts[size_t(s.node)];
        }
        // Pre-order: every child comes after its parent, so one backward pass sums subtrees.
        for (size_t n = outline.size(); n-- > 0;) {
            if (outline[n].parent >= 0)
                m_statementCounts[size_t(outline[n].parent)] += m_statementCounts[n];
        }
    }
    endResetModel();
}

const std::vector<int> &OutlineModel::children(int node) const
{
    return node < 0 ? m_document->roots : m_document->outline[size_t(node)].children;
}

QModelIndex OutlineModel::indexOfNode(int node) const
{
    if (!m_document || node < 0 || node >= int(m_document->outline.size()))
        return {};
    return createIndex(m_rowInParent[size_t(node)], 0, quintptr(node));
}

int OutlineModel::nodeAt(int offset) const
{
    if (!m_document)
        return -1;
    const auto &statements = m_document->statements;
    auto s = std::upper_bound(statements.begin(), statements.end(), offset,
                              [](int o, const Statement &st) { return o < st.start; });
    if (s != statements.begin() && offset < std::prev(s)->end && std::prev(s)->node >= 0)
        return std::prev(s)->node;
    const auto &outline = m_document->outline;
    auto n = std::upper_bound(outline.begin(), outline.end(), offset,
                              [](int o, const OutlineNode &node) { return o < node.start; });
    return n == outline.begin() ? -1 : int(std::prev(n) - outline.begin());
}

QModelIndex OutlineModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!m_document || row < 0 || column < 0 || column >= ColumnCount)
        return {};
    const std::vector<int> &nodes = children(parent.isValid() ? int(parent.internalId()) : -1);
    if (row >= int(nodes.size()))
        return {};
    return createIndex(row, column, quintptr(nodes[size_t(row)]));
}

QModelIndex OutlineModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || !m_document)
        return {};
    const int parentNode = m_document->outline[size_t(child.internalId())].parent;
    return parentNode < 0 ? QModelIndex()
                          : createIndex(m_rowInParent[size_t(parentNode)], 0, quintptr(parentNode));
}

int OutlineModel::rowCount(const QModelIndex &parent) const
{
    if (!m_document || (parent.isValid() && parent.column() != 0))
        return 0;
    return int(children(parent.isValid() ? int(parent.internalId()) : -1).size());
}

int OutlineModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant OutlineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const int n = int(index.internalId());
    const OutlineNode &node = m_document->outline[size_t(n)];
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == StatementsColumn)
            return m_statementCounts[size_t(n)];
        return node.label.isEmpty() ? m_document->headingText(node)
                                    : node.label + QLatin1Char(' ') + m_document->headingText(node);
    case Qt::ToolTipRole:
        return tr("Line %1: %2 statements").arg(node.line).arg(m_statementCounts[size_t(n)]);
    case Qt::TextAlignmentRole:
        if (index.column() == StatementsColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case LabelRole:
        return node.label;
    case HeadingRole:
        return m_document->headingText(node);
    case OutlineNodeRole:
        return n;
    case SourceStartRole:
        return node.start;
    case SourceEndRole:
        return node.end;
    case LineRole:
        return node.line;
    case StatementCountRole:
        return m_statementCounts[size_t(n)];
    }
    return {};
}

QVariant OutlineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == HeadingColumn ? tr("Outline") : tr("Statements");
}

} // namespace Readout
