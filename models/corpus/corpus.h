#pragma once

#include "document/document.h"
#include "foldedtexts.h"
#include "loadeddocument.h"
#include "speakerregistry.h"
#include "topicregistry.h"

#include <QHash>
#include <QObject>

#include <vector>

namespace Readout {

/// The open documents and every statement of them as one sequence of rows (documents in the
/// order they were added, each document's statements in text order), with what the models
/// need per row in compact columns: document, speaker id, topic id, folded text. Speakers and
/// topics are identified across documents (SpeakerRegistry, TopicRegistry).
///
/// Lives on the GUI thread; documents are parsed elsewhere and handed over as DocumentPtr.
class Corpus : public QObject
{
    Q_OBJECT

public:
    explicit Corpus(QObject *parent = nullptr);
    ~Corpus() override;

    void addDocuments(const std::vector<DocumentPtr> &documents);
    /// Adds documents whose statements were folded on a worker thread (or not: then here). Their
    /// folded text is kept, not copied.
    void addLoaded(std::vector<LoadedDocument> documents);
    void addDocument(const DocumentPtr &document) { addDocuments({document}); }
    void removeDocument(int index);
    /// Replaces a document by a newer parse of it (a file that changed on disk): the old one
    /// leaves, the new one is added at the end.
    void replaceDocument(int index, LoadedDocument document);
    void clear();
    /// Documents arrive in pieces (an archive is loading) until this is set false again:
    /// summaries of the whole corpus may catch up now and then rather than after each piece.
    void setStreaming(bool streaming);
    bool isStreaming() const { return m_streaming; }

    int documentCount() const { return int(m_documents.size()); }
    const DocumentPtr &document(int index) const { return m_documents[size_t(index)]; }
    /// The index of the document read from @p file, or -1.
    int indexOfFile(const QString &file) const;

    int rowCount() const { return int(m_rowDocument.size()); }
    int firstRow(int document) const { return m_firstRow[size_t(document)]; }
    int rowDocument(int row) const { return int(m_rowDocument[size_t(row)]); }
    int rowSpeaker(int row) const { return m_rowSpeaker[size_t(row)]; }
    int rowTopic(int row) const { return m_rowTopic[size_t(row)]; }
    const Statement &statement(int row) const;
    QStringView statementText(int row) const;
    /// The row of statement @p statement of document @p document.
    int row(int document, int statement) const { return firstRow(document) + statement; }

    /// Speaker ids of the people and sides that take part in a document (who speak in it or
    /// are named as its participants, and the sides of their countries).
    const std::vector<int> &documentSpeakers(int document) const
    {
        return m_documentSpeakers[size_t(document)];
    }

    const SpeakerRegistry &speakers() const { return m_speakers; }
    const TopicRegistry &topics() const { return m_topics; }
    const FoldedTexts &foldedTexts() const { return m_folded; }

    /// User merges of speaker entries (see SpeakerRegistry); emit speakersChanged().
    bool mergeSpeakers(int from, int into);
    void unmergeSpeaker(int id);
    void setSpeakerMerges(const QVector<QPair<QString, QString>> &merges);

    /// Bytes held for the rows (columns and folded text), for the memory figures.
    size_t rowBytes() const;

Q_SIGNALS:
    /// Documents [first, last] and rows [firstRow, lastRow] are about to be appended.
    void documentsAboutToBeAdded(int first, int last, int firstRow, int lastRow);
    void documentsAdded(int first, int last, int firstRow, int lastRow);
    void documentAboutToBeRemoved(int index, int firstRow, int lastRow);
    void documentRemoved(int index, int firstRow, int lastRow);
    void aboutToBeCleared();
    void cleared();
    void streamingChanged(bool streaming);
    /// Speaker merges changed: names, counts and the speaker of rows may read differently.
    void speakersChanged();

private:
    void appendRows(LoadedDocument &loaded, int index);
    void indexFiles();

    std::vector<DocumentPtr> m_documents;
    QHash<QString, int> m_fileIndex; ///< Document::file → index (10,000 files are opened)
    std::vector<int> m_firstRow{0};  ///< one more than documents: the end of the last
    std::vector<std::vector<int>> m_documentSpeakers;
    std::vector<std::uint32_t> m_rowDocument;
    std::vector<std::int32_t> m_rowSpeaker;
    std::vector<std::int32_t> m_rowTopic;
    FoldedTexts m_folded;
    SpeakerRegistry m_speakers;
    TopicRegistry m_topics;
    bool m_streaming = false;
};

} // namespace Readout
