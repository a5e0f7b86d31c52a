#include "notespanel.h"

#include "highlightcolours.h"

#include "annotations/annotation.h"
#include "items/annotationfiltermodel.h"
#include "items/annotationmodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMenu>
#include <QTableView>
#include <QVBoxLayout>

namespace Readout {

NotesPanel::NotesPanel(AnnotationModel *annotations, QWidget *parent)
    : QWidget(parent), m_annotations(annotations), m_filter(new AnnotationFilterModel(this)),
      m_scope(new QComboBox(this)), m_tag(new QComboBox(this)), m_colour(new QComboBox(this)),
      m_text(new QLineEdit(this)), m_view(new QTableView(this))
{
    setObjectName(QStringLiteral("notesPanel"));
    m_filter->setSourceModel(annotations);
    m_scope->setObjectName(QStringLiteral("notesScope"));
    m_scope->setAccessibleName(tr("Which notes"));
    m_scope->addItems({tr("This document"), tr("All documents"), tr("Passage not found")});
    m_tag->setObjectName(QStringLiteral("notesTag"));
    m_tag->setAccessibleName(tr("Tag"));
    m_colour->setObjectName(QStringLiteral("notesColour"));
    m_colour->setAccessibleName(tr("Colour"));
    m_colour->addItem(tr("Any colour"), QString());
    m_colour->addItem(tr("No highlight"), QStringLiteral("none"));
    HighlightColours::addTo(m_colour);
    m_text->setObjectName(QStringLiteral("notesText"));
    m_text->setAccessibleName(tr("Find in notes"));
    m_text->setPlaceholderText(tr("Find in notes"));
    m_text->setClearButtonEnabled(true);
    m_view->setObjectName(QStringLiteral("notesView"));
    m_view->setAccessibleName(tr("Notes"));
    m_view->setModel(m_filter);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSortingEnabled(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnHidden(AnnotationModel::ColourColumn, true);
    m_view->setColumnHidden(AnnotationModel::ModifiedColumn, true);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);

    // The panel shares its side with the source text: its filters may shrink.
    for (QComboBox *combo : {m_scope, m_tag, m_colour}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(6);
    }
    m_text->setMinimumWidth(m_text->fontMetrics().averageCharWidth() * 6);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_scope);
    filters->addWidget(m_tag);
    filters->addWidget(m_colour);
    filters->addWidget(m_text, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);

    connect(m_scope, QOverload<int>::of(&QComboBox::currentIndexChanged), this,
            &NotesPanel::applyScope);
    connect(m_tag, QOverload<int>::of(&QComboBox::currentIndexChanged), this,
            [this] { m_filter->setTag(m_tag->currentData().toString()); });
    connect(m_colour, QOverload<int>::of(&QComboBox::currentIndexChanged), this,
            [this] { m_filter->setColour(m_colour->currentData().toString()); });
    connect(m_text, &QLineEdit::textChanged, m_filter, &AnnotationFilterModel::setText);
    connect(m_view, &QTableView::activated, this,
            [this](const QModelIndex &index) { Q_EMIT annotationActivated(idAt(index.row())); });
    connect(m_view, &QTableView::clicked, this,
            [this](const QModelIndex &index) { Q_EMIT annotationActivated(idAt(index.row())); });
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        const QModelIndex index = m_view->indexAt(pos);
        if (!index.isValid())
            return;
        QMenu menu(this);
        QAction *go = menu.addAction(tr("Go to Passage"));
        QAction *attach = menu.addAction(tr("Attach to the Selected Passage"));
        QAction *remove = menu.addAction(tr("Delete Note"));
        QAction *chosen = menu.exec(m_view->viewport()->mapToGlobal(pos));
        if (chosen == go)
            Q_EMIT annotationActivated(idAt(index.row()));
        else if (chosen == attach)
            Q_EMIT reattachRequested(idAt(index.row()));
        else if (chosen == remove)
            Q_EMIT deleteRequested(idAt(index.row()));
    });
    connect(annotations, &QAbstractItemModel::modelReset, this, &NotesPanel::refreshTags);
    connect(annotations, &QAbstractItemModel::rowsInserted, this, &NotesPanel::refreshTags);
    connect(annotations, &QAbstractItemModel::dataChanged, this, &NotesPanel::refreshTags);
    refreshTags();
    applyScope();
}

void NotesPanel::setCurrentDocument(const Document *document)
{
    m_document = document;
    applyScope();
}

void NotesPanel::applyScope()
{
    m_filter->setOrphanedOnly(m_scope->currentIndex() == 2);
    m_filter->setDocument(m_scope->currentIndex() == 0 ? m_document : nullptr);
}

void NotesPanel::refreshTags()
{
    const QString current = m_tag->currentData().toString();
    const QSignalBlocker blocker(m_tag);
    m_tag->clear();
    m_tag->addItem(tr("Any tag"), QString());
    const QStringList tags = m_annotations->tags();
    for (const QString &tag : tags)
        m_tag->addItem(tag, tag);
    m_tag->setCurrentIndex(qMax(0, m_tag->findData(current)));
}

QString NotesPanel::idAt(int row) const
{
    const QModelIndex source = m_filter->mapToSource(m_filter->index(row, 0));
    return source.isValid() ? m_annotations->at(source.row()).annotation.id : QString();
}

QStringList NotesPanel::shownIds() const
{
    QStringList ids;
    for (int row = 0; row < m_filter->rowCount(); ++row)
        ids.append(idAt(row));
    return ids;
}

} // namespace Readout
