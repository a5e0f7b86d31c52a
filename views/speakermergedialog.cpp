#include "speakermergedialog.h"

#include "corpus/corpus.h"
#include "items/statementmodel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace Readout {

SpeakerMergeDialog::SpeakerMergeDialog(Corpus *corpus, QWidget *parent)
    : QDialog(parent), m_corpus(corpus), m_from(new QComboBox(this)), m_into(new QComboBox(this)),
      m_merges(new QListWidget(this))
{
    setWindowTitle(tr("Merge Speakers"));
    setObjectName(QStringLiteral("speakerMergeDialog"));
    m_from->setObjectName(QStringLiteral("mergeFrom"));
    m_into->setObjectName(QStringLiteral("mergeInto"));
    m_merges->setObjectName(QStringLiteral("mergeList"));
    m_from->setAccessibleName(tr("Speaker to merge"));
    m_into->setAccessibleName(tr("Speaker to merge into"));
    m_merges->setAccessibleName(tr("Merged speakers"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Speaker:"), m_from);
    form->addRow(tr("&Is the same as:"), m_into);
    auto *merge = new QPushButton(tr("&Merge"), this);
    auto *unmerge = new QPushButton(tr("&Undo Selected Merge"), this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(merge, 0, Qt::AlignRight);
    layout->addWidget(new QLabel(tr("Merged speakers:"), this));
    layout->addWidget(m_merges);
    layout->addWidget(unmerge, 0, Qt::AlignRight);
    layout->addWidget(buttons);

    connect(merge, &QPushButton::clicked, this, [this] {
        m_corpus->mergeSpeakers(m_from->currentData().toInt(), m_into->currentData().toInt());
        fill();
    });
    connect(unmerge, &QPushButton::clicked, this, [this] {
        if (QListWidgetItem *item = m_merges->currentItem()) {
            m_corpus->unmergeSpeaker(item->data(Qt::UserRole).toInt());
            fill();
        }
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    fill();
}

void SpeakerMergeDialog::fill()
{
    const SpeakerRegistry &speakers = m_corpus->speakers();
    m_from->clear();
    m_into->clear();
    m_merges->clear();
    for (int id = 0; id < speakers.size(); ++id) {
        const SpeakerEntry &entry = speakers.entry(id);
        if (entry.kind != SpeakerKind::Person && entry.kind != SpeakerKind::Side)
            continue;
        const QString name = StatementModel::speakerName(*m_corpus, id);
        if (speakers.canonical(id) != id) {
            auto *item = new QListWidgetItem(
                tr("%1 \u2192 %2")
                    .arg(entry.name,
                         StatementModel::speakerName(*m_corpus, speakers.canonical(id))),
                m_merges);
            item->setData(Qt::UserRole, id);
            continue;
        }
        if (entry.statementCount == 0)
            continue;
        const QString label = entry.country.isEmpty() || entry.kind == SpeakerKind::Side
                                  ? name
                                  : tr("%1 (%2)").arg(name, entry.country);
        m_from->addItem(label, id);
        m_into->addItem(label, id);
    }
    if (m_into->count() > 1)
        m_into->setCurrentIndex(1);
}

} // namespace Readout
