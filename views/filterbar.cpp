#include "filterbar.h"

#include "highlightcolours.h"

#include "annotations/annotation.h"
#include "corpus/corpus.h"
#include "items/annotationmodel.h"
#include "items/itemroles.h"
#include "items/speakerlistmodel.h"
#include "items/statementfiltermodel.h"
#include "items/topictreemodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>
#include <QWidgetAction>

namespace Readout {

namespace {

QToolButton *popupButton(QWidget *popup, const QString &objectName, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setObjectName(objectName);
    button->setPopupMode(QToolButton::InstantPopup);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *menu = new QMenu(button);
    auto *action = new QWidgetAction(menu);
    action->setDefaultWidget(popup);
    menu->addAction(action);
    button->setMenu(menu);
    return button;
}

} // namespace

FilterBar::FilterBar(StatementFilterModel *filter, SpeakerListModel *speakers,
                     TopicTreeModel *topics, AnnotationModel *annotations, QWidget *parent)
    : QWidget(parent), m_filter(filter), m_speakers(speakers), m_topics(topics),
      m_annotations(annotations)
{
    setObjectName(QStringLiteral("filterBar"));
    // Two rows: the text filter on top, the selectors and the count below, so the bar fits
    // beside the side panels on a small screen.
    auto *rows = new QVBoxLayout(this);
    rows->setContentsMargins(0, 0, 0, 0);
    auto *textRow = new QHBoxLayout;
    auto *layout = new QHBoxLayout;
    rows->addLayout(textRow);
    rows->addLayout(layout);

    m_speakerButton =
        popupButton(createSpeakerPopup(), QStringLiteral("speakerFilterButton"), this);
    m_speakerButton->setAccessibleName(tr("Speaker filter"));
    m_topicButton = popupButton(createTopicPopup(), QStringLiteral("topicFilterButton"), this);
    m_topicButton->setAccessibleName(tr("Topic filter"));
    m_dateButton = popupButton(createDatePopup(), QStringLiteral("dateFilterButton"), this);
    m_dateButton->setAccessibleName(tr("Date filter"));
    m_notesButton = popupButton(createNotesPopup(), QStringLiteral("notesFilterButton"), this);
    m_notesButton->setAccessibleName(tr("Notes filter"));
    m_notesButton->setText(tr("Notes"));

    m_text = new QLineEdit(this);
    m_text->setObjectName(QStringLiteral("filterText"));
    m_text->setAccessibleName(tr("Text filter"));
    m_text->setPlaceholderText(tr("Filter statements by text (Ctrl+F)"));
    m_text->setClearButtonEnabled(true);
    m_text->setMinimumWidth(m_text->fontMetrics().averageCharWidth() * 18);
    m_regex = new QToolButton(this);
    m_regex->setObjectName(QStringLiteral("regexToggle"));
    m_regex->setText(QStringLiteral(".*"));
    m_regex->setCheckable(true);
    m_regex->setToolTip(tr("Use a regular expression"));
    m_regex->setAccessibleName(tr("Regular expression"));
    m_fullText = new QToolButton(this);
    m_fullText->setObjectName(QStringLiteral("fullTextToggle"));
    m_fullText->setText(tr("Full text"));
    m_fullText->setCheckable(true);
    m_fullText->setToolTip(
        tr("Search the full-text index: words, \"exact phrases\", prefix*, AND, OR, NOT, "
           "NEAR(word other, 10)"));
    m_fullText->setAccessibleName(tr("Full-text search"));
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("statementCount"));
    auto *clear = new QToolButton(this);
    clear->setObjectName(QStringLiteral("clearFilters"));
    clear->setText(tr("Clear"));
    clear->setToolTip(tr("Clear all filters (Esc)"));

    textRow->addWidget(m_text, 1);
    textRow->addWidget(m_regex);
    textRow->addWidget(m_fullText);
    textRow->addWidget(clear);
    layout->addWidget(m_speakerButton);
    layout->addWidget(m_topicButton);
    layout->addWidget(m_dateButton);
    layout->addWidget(m_notesButton);
    layout->addStretch(1);
    layout->addWidget(m_count);

    // Plain text is filtered at every keystroke; a regular expression or a full-text query
    // waits for a pause in typing, since it cannot narrow within the last result.
    m_regexDelay = new QTimer(this);
    m_regexDelay->setSingleShot(true);
    m_regexDelay->setInterval(250);
    connect(m_regexDelay, &QTimer::timeout, this, &FilterBar::applyText);
    connect(m_text, &QLineEdit::textChanged, this, [this] {
        if (m_regex->isChecked() || m_fullText->isChecked())
            m_regexDelay->start();
        else
            applyText();
    });
    connect(m_regex, &QToolButton::toggled, this,
            [this](bool checked) { textModeToggled(m_regex, checked); });
    connect(m_fullText, &QToolButton::toggled, this,
            [this](bool checked) { textModeToggled(m_fullText, checked); });
    connect(clear, &QToolButton::clicked, this, &FilterBar::clearFilters);
    connect(m_speakers, &SpeakerListModel::checkedSpeakersChanged, this,
            [this](const QSet<int> &ids) {
                m_filter->setSpeakers(ids);
                updateSpeakerButton();
            });
    connect(m_topics, &TopicTreeModel::checkedTopicsChanged, this, [this](const QSet<int> &ids) {
        m_filter->setTopics(ids);
        updateTopicButton();
    });
    connect(m_filter, &StatementFilterModel::countChanged, this, &FilterBar::updateCount);
    connect(m_speakers, &QAbstractItemModel::modelReset, this, &FilterBar::updateSpeakerButton);
    connect(m_topics, &QAbstractItemModel::modelReset, this, &FilterBar::updateTopicButton);
    updateSpeakerButton();
    updateTopicButton();
    updateDateButton();
    updateCount(m_filter->rowCount(), m_filter->totalCount());
}

QWidget *FilterBar::createSpeakerPopup()
{
    auto *popup = new QWidget(this);
    auto *layout = new QVBoxLayout(popup);
    auto *search = new QLineEdit(popup);
    search->setObjectName(QStringLiteral("speakerSearch"));
    search->setPlaceholderText(tr("Find a speaker"));
    search->setClearButtonEnabled(true);
    search->setAccessibleName(tr("Find a speaker"));
    m_speakerSearch = new QSortFilterProxyModel(popup);
    m_speakerSearch->setSourceModel(m_speakers);
    m_speakerSearch->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_speakerSearch->setFilterRole(Qt::EditRole);
    m_speakerList = new QListView(popup);
    m_speakerList->setObjectName(QStringLiteral("speakerList"));
    m_speakerList->setAccessibleName(tr("Speakers"));
    m_speakerList->setModel(m_speakerSearch);
    m_speakerList->setUniformItemSizes(true); // thousands of one-line rows
    m_speakerList->setMinimumSize(320, 280);
    m_joint = new QCheckBox(tr("Include joint statements of their meetings"), popup);
    m_joint->setObjectName(QStringLiteral("jointToggle"));
    m_joint->setChecked(m_filter->includeJoint());
    auto *none = new QPushButton(tr("All speakers"), popup);
    layout->addWidget(search);
    layout->addWidget(m_speakerList);
    layout->addWidget(m_joint);
    layout->addWidget(none);
    connect(search, &QLineEdit::textChanged, m_speakerSearch,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_joint, &QCheckBox::toggled, m_filter, &StatementFilterModel::setIncludeJoint);
    connect(none, &QPushButton::clicked, this, [this] { m_speakers->setCheckedSpeakers({}); });
    // Enter or a double click toggles the speaker under the cursor, as a click on its box does.
    connect(m_speakerList, &QListView::activated, this, [this](const QModelIndex &index) {
        const bool checked = index.data(Qt::CheckStateRole).toInt() == Qt::Checked;
        m_speakerSearch->setData(index, checked ? Qt::Unchecked : Qt::Checked, Qt::CheckStateRole);
    });
    return popup;
}

QWidget *FilterBar::createTopicPopup()
{
    auto *popup = new QWidget(this);
    auto *layout = new QVBoxLayout(popup);
    m_topicTree = new QTreeView(popup);
    m_topicTree->setObjectName(QStringLiteral("topicTree"));
    m_topicTree->setAccessibleName(tr("Topics"));
    m_topicTree->setModel(m_topics);
    m_topicTree->setUniformRowHeights(true);
    m_topicTree->setHeaderHidden(true);
    m_topicTree->setMinimumSize(420, 320);
    auto *none = new QPushButton(tr("All topics"), popup);
    layout->addWidget(m_topicTree);
    layout->addWidget(none);
    connect(none, &QPushButton::clicked, this, [this] { m_topics->setCheckedTopics({}); });
    connect(m_topicTree, &QTreeView::activated, this, [this](const QModelIndex &index) {
        const bool checked = index.data(Qt::CheckStateRole).toInt() == Qt::Checked;
        m_topics->setData(index, checked ? Qt::Unchecked : Qt::Checked, Qt::CheckStateRole);
    });
    return popup;
}

QWidget *FilterBar::createDatePopup()
{
    auto *popup = new QWidget(this);
    auto *form = new QFormLayout(popup);
    m_from = new QDateEdit(popup);
    m_to = new QDateEdit(popup);
    m_from->setObjectName(QStringLiteral("dateFrom"));
    m_to->setObjectName(QStringLiteral("dateTo"));
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        // The minimum stands for "open": the edit shows it as "any".
        edit->setMinimumDate(QDate(1900, 1, 1));
        edit->setSpecialValueText(tr("any"));
        edit->setDate(edit->minimumDate());
        connect(edit, &QDateEdit::dateChanged, this, &FilterBar::applyDates);
    }
    m_from->setAccessibleName(tr("From date"));
    m_to->setAccessibleName(tr("To date"));
    auto *any = new QPushButton(tr("Any date"), popup);
    form->addRow(tr("&From:"), m_from);
    form->addRow(tr("&To:"), m_to);
    form->addRow(any);
    connect(any, &QPushButton::clicked, this, [this] {
        m_from->setDate(m_from->minimumDate());
        m_to->setDate(m_to->minimumDate());
    });
    return popup;
}

QWidget *FilterBar::createNotesPopup()
{
    auto *popup = new QWidget(this);
    auto *form = new QFormLayout(popup);
    m_annotatedOnly = new QCheckBox(tr("Only statements with my highlights or notes"), popup);
    m_annotatedOnly->setObjectName(QStringLiteral("annotatedOnly"));
    m_noteTag = new QComboBox(popup);
    m_noteTag->setObjectName(QStringLiteral("annotatedTag"));
    m_noteColour = new QComboBox(popup);
    m_noteColour->setObjectName(QStringLiteral("annotatedColour"));
    m_noteColour->addItem(tr("Any colour"), QString());
    m_noteColour->addItem(tr("No highlight"), QStringLiteral("none"));
    HighlightColours::addTo(m_noteColour);
    form->addRow(m_annotatedOnly);
    form->addRow(tr("Ta&g:"), m_noteTag);
    form->addRow(tr("C&olour:"), m_noteColour);
    const auto refreshTags = [this] {
        const QString current = m_noteTag->currentData().toString();
        const QSignalBlocker blocker(m_noteTag);
        m_noteTag->clear();
        m_noteTag->addItem(tr("Any tag"), QString());
        const QStringList tags = m_annotations->tags();
        for (const QString &tag : tags)
            m_noteTag->addItem(tag, tag);
        m_noteTag->setCurrentIndex(qMax(0, m_noteTag->findData(current)));
    };
    refreshTags();
    connect(m_annotatedOnly, &QCheckBox::toggled, this, &FilterBar::applyNotes);
    // Choosing a tag or colour means "annotated with it".
    const auto choose = [this] {
        const bool narrowed = !m_noteTag->currentData().toString().isEmpty() ||
                              !m_noteColour->currentData().toString().isEmpty();
        if (narrowed && !m_annotatedOnly->isChecked())
            m_annotatedOnly->setChecked(true); // applies through toggled()
        else
            applyNotes();
    };
    connect(m_noteTag, QOverload<int>::of(&QComboBox::currentIndexChanged), this, choose);
    connect(m_noteColour, QOverload<int>::of(&QComboBox::currentIndexChanged), this, choose);
    connect(m_annotations, &AnnotationModel::statementAnnotationsChanged, this,
            [this, refreshTags] {
                refreshTags();
                if (m_annotatedOnly->isChecked())
                    applyNotes();
            });
    return popup;
}

void FilterBar::applyNotes()
{
    if (!m_annotatedOnly->isChecked()) {
        m_filter->setRowMask({});
        m_notesButton->setText(tr("Notes"));
        return;
    }
    const QString tag = m_noteTag->currentData().toString();
    const QString colour = m_noteColour->currentData().toString();
    m_filter->setRowMask(m_annotations->statementMask(tag, colour));
    m_notesButton->setText(tag.isEmpty() ? tr("Annotated") : tr("Tagged \u201C%1\u201D").arg(tag));
}

void FilterBar::applyDates()
{
    const QDate from = m_from->date() == m_from->minimumDate() ? QDate() : m_from->date();
    const QDate to = m_to->date() == m_to->minimumDate() ? QDate() : m_to->date();
    m_filter->setDateRange(from, to);
    updateDateButton();
}

void FilterBar::updateDateButton()
{
    const bool from = m_from->date() != m_from->minimumDate();
    const bool to = m_to->date() != m_to->minimumDate();
    const QString format = QStringLiteral("yyyy-MM-dd");
    if (!from && !to)
        m_dateButton->setText(tr("Any date"));
    else if (!to)
        m_dateButton->setText(tr("From %1").arg(m_from->date().toString(format)));
    else if (!from)
        m_dateButton->setText(tr("Until %1").arg(m_to->date().toString(format)));
    else
        m_dateButton->setText(
            tr("%1 \u2013 %2").arg(m_from->date().toString(format), m_to->date().toString(format)));
}

void FilterBar::focusTextField()
{
    m_text->setFocus(Qt::ShortcutFocusReason);
    m_text->selectAll();
}

void FilterBar::clearFilters()
{
    m_regexDelay->stop();
    m_text->clear();
    m_speakers->setCheckedSpeakers({});
    m_topics->setCheckedTopics({});
    m_from->setDate(m_from->minimumDate());
    m_to->setDate(m_to->minimumDate());
    {
        const QSignalBlocker tag(m_noteTag);
        const QSignalBlocker colour(m_noteColour);
        m_noteTag->setCurrentIndex(0);
        m_noteColour->setCurrentIndex(0);
    }
    m_annotatedOnly->setChecked(false);
    m_filter->clearFilters();
}

void FilterBar::filterBySpeaker(int speakerId)
{
    m_speakers->setCheckedSpeakers({speakerId});
}

void FilterBar::filterByTopic(int topicId)
{
    m_topics->setCheckedTopics({topicId});
}

void FilterBar::textModeToggled(QToolButton *toggle, bool checked)
{
    // One mode at a time; neither checked is plain text.
    QToolButton *other = toggle == m_regex ? m_fullText : m_regex;
    if (checked && other->isChecked()) {
        const QSignalBlocker block(other);
        other->setChecked(false);
    }
    m_text->setPlaceholderText(m_fullText->isChecked()
                                   ? tr("Search words, \"phrases\", prefix*, AND, OR, NOT (Ctrl+F)")
                                   : tr("Filter statements by text (Ctrl+F)"));
    applyText();
}

void FilterBar::applyText()
{
    m_regexDelay->stop();
    const auto mode = m_regex->isChecked()      ? StatementFilterModel::TextMode::RegularExpression
                      : m_fullText->isChecked() ? StatementFilterModel::TextMode::FullText
                                                : StatementFilterModel::TextMode::Plain;
    m_filter->setTextFilter(m_text->text(), mode);
    const QString error = m_filter->textFilterError();
    m_text->setToolTip(error);
    // A broken expression shows in the field itself, not only as an empty table.
    QPalette palette = m_text->parentWidget()->palette();
    if (!error.isEmpty())
        palette.setColor(QPalette::Text, QColor(0xc0, 0x1c, 0x28));
    m_text->setPalette(palette);
}

void FilterBar::updateSpeakerButton()
{
    const QSet<int> checked = m_speakers->checkedSpeakers();
    if (checked.isEmpty()) {
        m_speakerButton->setText(tr("All speakers"));
    } else if (checked.size() == 1) {
        const int row = m_speakers->rowOfSpeaker(*checked.begin());
        m_speakerButton->setText(row < 0 ? tr("1 speaker")
                                         : m_speakers->index(row).data(Qt::EditRole).toString());
    } else {
        m_speakerButton->setText(tr("%n speakers", nullptr, int(checked.size())));
    }
}

void FilterBar::updateTopicButton()
{
    const QSet<int> checked = m_topics->checkedTopics();
    if (checked.isEmpty()) {
        m_topicButton->setText(tr("All topics"));
    } else if (checked.size() == 1) {
        m_topicButton->setText(
            m_topics->indexOfTopic(*checked.begin()).data(Qt::EditRole).toString());
    } else {
        m_topicButton->setText(tr("%n topics", nullptr, int(checked.size())));
    }
}

void FilterBar::updateCount(int shown, int total)
{
    QString text =
        tr("%1 of %2 statements").arg(QLocale().toString(shown), QLocale().toString(total));
    const int unindexed = m_filter->unsearchedDocuments();
    if (unindexed > 0)
        text += QLatin1Char(' ') + tr("(%n documents not indexed yet)", nullptr, unindexed);
    m_count->setText(text);
}

} // namespace Readout
