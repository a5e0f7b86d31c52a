#include "noteeditor.h"

#include "highlightcolours.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStringListModel>
#include <QTimer>
#include <QVBoxLayout>

namespace Readout {

namespace {

// Completes the tag being typed after the last comma.
class TagCompleter : public QCompleter
{
public:
    using QCompleter::QCompleter;
    QStringList splitPath(const QString &path) const override
    {
        return {path.section(QLatin1Char(','), -1).trimmed()};
    }
    QString pathFromIndex(const QModelIndex &index) const override
    {
        const QString text = static_cast<QLineEdit *>(widget())->text();
        const int comma = text.lastIndexOf(QLatin1Char(','));
        const QString before = comma < 0 ? QString() : text.left(comma + 1) + QLatin1Char(' ');
        return before + index.data().toString();
    }
};

} // namespace

NoteEditor::NoteEditor(QWidget *parent)
    : QWidget(parent), m_passage(new QLabel(this)), m_note(new QPlainTextEdit(this)),
      m_tags(new QLineEdit(this)), m_colour(new QComboBox(this)),
      m_private(new QCheckBox(tr("&Private: only I can see this note"), this)),
      m_delay(new QTimer(this))
{
    setObjectName(QStringLiteral("noteEditor"));
    m_passage->setObjectName(QStringLiteral("notePassage"));
    m_passage->setWordWrap(true);
    m_passage->setTextFormat(Qt::PlainText);
    m_note->setObjectName(QStringLiteral("noteText"));
    m_note->setAccessibleName(tr("Note"));
    m_note->setPlaceholderText(tr("Write a note (plain text; *emphasis*, **strong**, - lists)"));
    m_tags->setObjectName(QStringLiteral("noteTags"));
    m_tags->setAccessibleName(tr("Tags"));
    m_tags->setPlaceholderText(tr("Tags, separated by commas"));
    m_colour->setObjectName(QStringLiteral("noteColour"));
    m_colour->setAccessibleName(tr("Highlight colour"));
    m_colour->addItem(tr("No highlight"), QString());
    HighlightColours::addTo(m_colour);
    auto *completer = new TagCompleter(new QStringListModel(this), this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_tags->setCompleter(completer);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_passage);
    layout->addWidget(m_note, 1);
    auto *form = new QFormLayout;
    form->addRow(tr("&Tags:"), m_tags);
    form->addRow(tr("&Colour:"), m_colour);
    // Matters on a team's server; in a folder's own store it is kept for when notes move there.
    m_private->setObjectName(QStringLiteral("notePrivate"));
    form->addRow(QString(), m_private);
    layout->addLayout(form);

    // Saved after a pause in typing; flush() saves at once.
    m_delay->setSingleShot(true);
    m_delay->setInterval(600);
    connect(m_delay, &QTimer::timeout, this, &NoteEditor::flush);
    connect(m_note, &QPlainTextEdit::textChanged, this, &NoteEditor::edited);
    connect(m_tags, &QLineEdit::textEdited, this, &NoteEditor::edited);
    connect(m_colour, QOverload<int>::of(&QComboBox::currentIndexChanged), this, [this] {
        edited();
        flush();
    });
    connect(m_private, &QCheckBox::toggled, this, [this] {
        edited();
        flush();
    });
    m_note->installEventFilter(this);
    m_tags->installEventFilter(this);
    setEnabled(false);
}

void NoteEditor::setAnnotation(const Annotation &annotation, const QString &passage)
{
    flush();
    m_loading = true;
    m_annotation = annotation;
    m_passage->setText(passage.isEmpty() ? QString()
                                         : QStringLiteral("\u201C%1\u201D").arg(passage));
    m_note->setPlainText(annotation.note);
    m_tags->setText(annotation.tags.join(QStringLiteral(", ")));
    m_colour->setCurrentIndex(qMax(0, m_colour->findData(annotation.colour)));
    m_private->setChecked(!annotation.shared);
    m_loading = false;
    m_pending = false;
    setEnabled(true);
}

void NoteEditor::clear()
{
    flush();
    m_loading = true;
    m_annotation = Annotation();
    m_passage->clear();
    m_note->clear();
    m_tags->clear();
    m_colour->setCurrentIndex(0);
    m_private->setChecked(false);
    m_loading = false;
    setEnabled(false);
}

Annotation NoteEditor::annotation() const
{
    Annotation a = m_annotation;
    a.note = m_note->toPlainText();
    a.tags = Annotation::normalizedTags(m_tags->text().split(QLatin1Char(',')));
    a.colour = m_colour->currentData().toString();
    a.shared = !m_private->isChecked();
    return a;
}

void NoteEditor::saved(const Annotation &stored)
{
    if (stored.id != m_annotation.id)
        return;
    m_annotation.revision = stored.revision;
    m_annotation.modified = stored.modified;
    m_annotation.documentSha256 = stored.documentSha256;
    m_annotation.target = stored.target;
}

void NoteEditor::setTagCompletions(const QStringList &tags)
{
    static_cast<QStringListModel *>(m_tags->completer()->model())->setStringList(tags);
}

void NoteEditor::focusNote()
{
    m_note->setFocus(Qt::ShortcutFocusReason);
}

void NoteEditor::edited()
{
    if (m_loading || !isEditing())
        return;
    m_pending = true;
    m_delay->start();
}

void NoteEditor::flush()
{
    m_delay->stop();
    if (!m_pending || !isEditing())
        return;
    m_pending = false;
    Q_EMIT saveRequested(annotation());
}

bool NoteEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusOut)
        flush();
    return QWidget::eventFilter(watched, event);
}

} // namespace Readout
