#pragma once

#include <QDialog>

class QComboBox;
class QListWidget;

namespace Readout {

class Corpus;

/// Lets the reader join two speaker entries the program kept apart ("A. Castelan", a misspelt
/// "Arlen Castellan") and undo such merges. Changes apply at once through the Corpus.
class SpeakerMergeDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SpeakerMergeDialog(Corpus *corpus, QWidget *parent = nullptr);

private:
    void fill();

    Corpus *m_corpus;
    QComboBox *m_from;
    QComboBox *m_into;
    QListWidget *m_merges;
};

} // namespace Readout
