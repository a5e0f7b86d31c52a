#pragma once

#include "export/exportentry.h"
#include "export/exportfilter.h"

#include <QDialog>

#include <cstdint>
#include <vector>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace Readout {

class AnnotationModel;
class Corpus;
struct Document;

/// Exports the reader's notes: of the current document, of the statements the table shows, or
/// of every open document; narrowed by speaker, topic, tag, colour and author; as Markdown,
/// HTML, CSV, W3C Web Annotation JSON or PDF. A live preview shows the first entries (as
/// Markdown) and how many there are.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    enum Scope
    {
        CurrentDocument,
        ShownStatements,
        AllDocuments
    };

    /// @p shownRows: per Corpus row, 1 for the statements the table shows.
    ExportDialog(const AnnotationModel &annotations, const Corpus &corpus, const Document *current,
                 std::vector<std::uint8_t> shownRows, QWidget *parent = nullptr);

    void setScope(Scope scope);
    void setFilter(const ExportFilter &filter);
    void setFormat(const QString &format);
    /// The notes the export would hold now.
    int count() const;
    QString preview() const;
    /// Writes the export to @p path; false, with a message naming the file, when it could not.
    bool exportTo(const QString &path, QString *error);

private:
    void updatePreview();
    ExportFilter currentFilter() const;
    std::vector<ExportEntry> selected() const;
    void chooseFileAndExport();

    const AnnotationModel &m_annotations;
    const Corpus &m_corpus;
    const Document *m_current;
    std::vector<std::uint8_t> m_shownRows;
    QComboBox *m_scope;
    QComboBox *m_format;
    QLineEdit *m_speaker;
    QLineEdit *m_topic;
    QComboBox *m_tag;
    QComboBox *m_colour;
    QLineEdit *m_author;
    QCheckBox *m_bom;
    QLabel *m_count;
    QPlainTextEdit *m_preview;
};

} // namespace Readout
