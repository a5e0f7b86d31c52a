#include "exportdialog.h"

#include "highlightcolours.h"

#include "export/exporter.h"
#include "export/exportselection.h"
#include "items/annotationmodel.h"

#include <QBuffer>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QSaveFile>
#include <QVBoxLayout>

namespace Readout {

namespace {

const int previewEntries = 5;

} // namespace

ExportDialog::ExportDialog(const AnnotationModel &annotations, const Corpus &corpus,
                           const Document *current, std::vector<std::uint8_t> shownRows,
                           QWidget *parent)
    : QDialog(parent), m_annotations(annotations), m_corpus(corpus), m_current(current),
      m_shownRows(std::move(shownRows)), m_scope(new QComboBox(this)),
      m_format(new QComboBox(this)), m_speaker(new QLineEdit(this)), m_topic(new QLineEdit(this)),
      m_tag(new QComboBox(this)), m_colour(new QComboBox(this)), m_author(new QLineEdit(this)),
      m_bom(new QCheckBox(tr("Byte order mark (for spreadsheet programs)"), this)),
      m_count(new QLabel(this)), m_preview(new QPlainTextEdit(this))
{
    setWindowTitle(tr("Export Notes"));
    setObjectName(QStringLiteral("exportDialog"));
    m_scope->addItems(
        {tr("This document"), tr("Statements shown in the table"), tr("All open documents")});
    m_scope->setCurrentIndex(current ? CurrentDocument : AllDocuments);
    const QStringList formats = {tr("Markdown"), tr("HTML"), tr("CSV"),
                                 tr("W3C Web Annotations (JSON)"), tr("PDF")};
    const QStringList keys = Exporter::formats();
    for (int i = 0; i < keys.size(); ++i)
        m_format->addItem(formats.value(i, keys[i]), keys[i]);
    m_tag->addItem(tr("Any tag"), QString());
    const QStringList tags = annotations.tags();
    for (const QString &tag : tags)
        m_tag->addItem(tag, tag);
    m_colour->addItem(tr("Any colour"), QString());
    m_colour->addItem(tr("No highlight"), QStringLiteral("none"));
    HighlightColours::addTo(m_colour);
    m_preview->setReadOnly(true);
    m_preview->setObjectName(QStringLiteral("exportPreview"));
    m_count->setObjectName(QStringLiteral("exportCount"));
    m_speaker->setPlaceholderText(tr("Any speaker"));
    m_topic->setPlaceholderText(tr("Any topic"));
    m_author->setPlaceholderText(tr("Any author"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Notes of:"), m_scope);
    form->addRow(tr("&Format:"), m_format);
    form->addRow(tr("&Speaker:"), m_speaker);
    form->addRow(tr("T&opic:"), m_topic);
    form->addRow(tr("Ta&g:"), m_tag);
    form->addRow(tr("Co&lour:"), m_colour);
    form->addRow(tr("&Author:"), m_author);
    form->addRow(m_bom);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *save = buttons->addButton(tr("&Export\u2026"), QDialogButtonBox::AcceptRole);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_count);
    layout->addWidget(m_preview, 1);
    layout->addWidget(buttons);
    resize(640, 620);

    for (QLineEdit *edit : {m_speaker, m_topic, m_author})
        connect(edit, &QLineEdit::textChanged, this, &ExportDialog::updatePreview);
    for (QComboBox *combo : {m_scope, m_format, m_tag, m_colour})
        connect(combo, QOverload<int>::of(&QComboBox::currentIndexChanged), this,
                &ExportDialog::updatePreview);
    connect(save, &QPushButton::clicked, this, &ExportDialog::chooseFileAndExport);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updatePreview();
}

void ExportDialog::setScope(Scope scope)
{
    m_scope->setCurrentIndex(scope);
}

void ExportDialog::setFilter(const ExportFilter &filter)
{
    m_speaker->setText(filter.speaker);
    m_topic->setText(filter.topic);
    m_author->setText(filter.author);
    m_tag->setCurrentIndex(qMax(0, m_tag->findData(filter.tag)));
    m_colour->setCurrentIndex(qMax(0, m_colour->findData(filter.colour)));
}

void ExportDialog::setFormat(const QString &format)
{
    m_format->setCurrentIndex(qMax(0, m_format->findData(format)));
}

ExportFilter ExportDialog::currentFilter() const
{
    ExportFilter filter;
    filter.speaker = m_speaker->text().trimmed();
    filter.topic = m_topic->text().trimmed();
    filter.author = m_author->text().trimmed();
    filter.tag = m_tag->currentData().toString();
    filter.colour = m_colour->currentData().toString();
    return filter;
}

std::vector<ExportEntry> ExportDialog::selected() const
{
    ExportSelection selection(m_annotations, m_corpus);
    selection.setFilter(currentFilter());
    if (m_scope->currentIndex() == CurrentDocument)
        selection.setDocument(m_current);
    else if (m_scope->currentIndex() == ShownStatements)
        selection.setStatementRows(m_shownRows);
    return selection.entries();
}

int ExportDialog::count() const
{
    return int(selected().size());
}

QString ExportDialog::preview() const
{
    return m_preview->toPlainText();
}

void ExportDialog::updatePreview()
{
    m_bom->setEnabled(m_format->currentData().toString() == QLatin1String("csv"));
    std::vector<ExportEntry> entries = selected();
    m_count->setText(tr("%n notes", nullptr, int(entries.size())));
    if (entries.size() > size_t(previewEntries))
        entries.resize(size_t(previewEntries));
    // Markdown reads well as plain text whatever the chosen format.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    Exporter::create(QStringLiteral("md"))->write(entries, &buffer);
    m_preview->setPlainText(QString::fromUtf8(buffer.data()));
}

bool ExportDialog::exportTo(const QString &path, QString *error)
{
    ExportOptions options;
    options.byteOrderMark = m_bom->isChecked() && m_bom->isEnabled();
    const auto exporter = Exporter::create(m_format->currentData().toString(), options);
    // A long export shows its progress after a moment and can be cancelled; a cancelled one
    // leaves no file behind (QSaveFile commits only a complete export).
    QProgressDialog progress(tr("Exporting notes\u2026"), tr("Cancel"), 0, 100, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    if (exporter) {
        exporter->setProgress([&progress](int done, int total) {
            progress.setMaximum(qMax(1, total));
            progress.setValue(done);
            return !progress.wasCanceled();
        });
    }
    // Written whole or not at all: an existing file is replaced only by a complete export.
    QSaveFile file(path);
    if (!exporter || !file.open(QIODevice::WriteOnly) || !exporter->write(selected(), &file) ||
        !file.commit()) {
        *error = QStringLiteral("%1: %2").arg(
            QDir::toNativeSeparators(path),
            exporter && !exporter->error().isEmpty() ? exporter->error() : file.errorString());
        return false;
    }
    return true;
}

void ExportDialog::chooseFileAndExport()
{
    const QString format = m_format->currentData().toString();
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Notes"), QDir::home().filePath(QStringLiteral("notes.") + format),
        tr("%1 files (*.%2)").arg(m_format->currentText(), format));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportTo(path, &error)) {
        QMessageBox::warning(this, tr("Export Notes"),
                             tr("The notes could not be exported: %1").arg(error));
        return;
    }
    accept();
}

} // namespace Readout
