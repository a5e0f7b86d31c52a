#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListView;
class QSortFilterProxyModel;
class QTimer;
class QToolButton;
class QTreeView;

namespace Readout {

class AnnotationModel;
class SpeakerListModel;
class StatementFilterModel;
class TopicTreeModel;

/// The bar above the statement table: a speaker selector (each speaker with its number of
/// statements, a search field, and whether joint statements come along), a topic selector (the
/// topic tree), a date range, annotated statements (by tag and colour), the text filter with
/// toggles for regular expressions and full-text search (the index's query syntax) and a clear
/// button, and the "N of M statements" count. It drives a StatementFilterModel.
class FilterBar : public QWidget
{
    Q_OBJECT

public:
    FilterBar(StatementFilterModel *filter, SpeakerListModel *speakers, TopicTreeModel *topics,
              AnnotationModel *annotations, QWidget *parent = nullptr);

    QLineEdit *textField() const { return m_text; }
    /// Puts the keyboard focus in the text field and selects its text (Ctrl+F).
    void focusTextField();

public Q_SLOTS:
    /// Clears every filter: speakers, topics, text (Escape).
    void clearFilters();
    void filterBySpeaker(int speakerId);
    void filterByTopic(int topicId);

private:
    QWidget *createSpeakerPopup();
    QWidget *createTopicPopup();
    QWidget *createDatePopup();
    QWidget *createNotesPopup();
    void applyNotes();
    void applyDates();
    void updateDateButton();
    void applyText();
    void textModeToggled(QToolButton *toggle, bool checked);
    void updateSpeakerButton();
    void updateTopicButton();
    void updateCount(int shown, int total);

    StatementFilterModel *m_filter;
    SpeakerListModel *m_speakers;
    TopicTreeModel *m_topics;
    QToolButton *m_speakerButton = nullptr;
    QToolButton *m_topicButton = nullptr;
    QToolButton *m_dateButton = nullptr;
    QToolButton *m_notesButton = nullptr;
    QCheckBox *m_annotatedOnly = nullptr;
    QComboBox *m_noteTag = nullptr;
    QComboBox *m_noteColour = nullptr;
    AnnotationModel *m_annotations;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QListView *m_speakerList = nullptr;
    QSortFilterProxyModel *m_speakerSearch = nullptr;
    QCheckBox *m_joint = nullptr;
    QTreeView *m_topicTree = nullptr;
    QLineEdit *m_text = nullptr;
    QToolButton *m_regex = nullptr;
    QToolButton *m_fullText = nullptr;
    QLabel *m_count = nullptr;
    QTimer *m_regexDelay = nullptr;
};

} // namespace Readout
