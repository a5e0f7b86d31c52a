#include "corpus.h"

#include <algorithm>

namespace Readout {

Corpus::Corpus(QObject *parent) : QObject(parent) {}

Corpus::~Corpus() = default;

void Corpus::addDocuments(const std::vector<DocumentPtr> &documents)
{
    std::vector<LoadedDocument> loaded;
    loaded.reserve(documents.size());
    for (const DocumentPtr &doc : documents)
        loaded.push_back({doc, std::string()});
    addLoaded(loaded);
}

void Corpus::addLoaded(std::vector<LoadedDocument> documents)
{
    if (documents.empty())
        return;
    int rows = 0;
    for (const LoadedDocument &loaded : documents)
        rows += int(loaded.document->statements.size());
    const int first = documentCount();
    const int last = first + int(documents.size()) - 1;
    const int firstRow = rowCount();
    const int lastRow = firstRow + rows - 1;
    Q_EMIT documentsAboutToBeAdded(first, last, firstRow, lastRow);
    // Room for the new rows, growing by half at least: an archive arrives in many pieces.
    const auto makeRoom = [rows](auto &column) {
        const size_t wanted = column.size() + size_t(rows);
        if (wanted > column.capacity())
            column.reserve(std::max(wanted, column.capacity() + column.capacity() / 2));
    };
    makeRoom(m_rowDocument);
    makeRoom(m_rowSpeaker);
    makeRoom(m_rowTopic);
    for (LoadedDocument &loaded : documents) {
        m_documents.push_back(loaded.document);
        m_fileIndex.insert(loaded.document->file, documentCount() - 1); // (files are unique)
        appendRows(loaded, documentCount() - 1);
        m_firstRow.push_back(rowCount());
    }
    Q_EMIT documentsAdded(first, last, firstRow, lastRow);
}

void Corpus::appendRows(LoadedDocument &loaded, int index)
{
    const Document &document = *loaded.document;
    // Topic of each outline node, computed once per node rather than per statement; in
    // pre-order a node's parent is done before it.
    std::vector<int> nodeTopic(document.outline.size(), m_topics.noTopicId());
    for (size_t n = 0; n < document.outline.size(); ++n) {
        const OutlineNode &node = document.outline[n];
        const int parentTopic =
            node.parent >= 0 ? nodeTopic[size_t(node.parent)] : m_topics.noTopicId();
        if (!node.isHeading) {
            nodeTopic[n] = parentTopic;
            continue;
        }
        // The heading's text is made only for a topic not seen before.
        const int parent = parentTopic == m_topics.noTopicId() ? -1 : parentTopic;
        const quint64 key = n < loaded.headingKeys.size()
                                ? loaded.headingKeys[n]
                                : TopicRegistry::headingKey(document.headingText(node));
        const int known = m_topics.findChild(parent, key);
        nodeTopic[n] =
            known >= 0 ? known : m_topics.childId(parent, document.headingText(node), key);
    }
    std::vector<int> speakers;
    for (const Participant &p : document.participants) {
        speakers.push_back(m_speakers.idForParticipant(p));
        if (!p.country.isEmpty())
            speakers.push_back(m_speakers.idForSide(p.country));
    }
    // A meeting has a handful of speakers: each is resolved once, not once per statement.
    std::vector<int> speakerIds;
    for (const Speaker &speaker : document.speakers) {
        speakerIds.push_back(m_speakers.idFor(speaker, document));
        if (speaker.kind == SpeakerKind::Person || speaker.kind == SpeakerKind::Side) {
            speakers.push_back(speakerIds.back());
            if (!speaker.country.isEmpty())
                speakers.push_back(m_speakers.idForSide(speaker.country));
        }
    }
    for (const Statement &s : document.statements) {
        const int speaker = s.speaker >= 0 ? speakerIds[size_t(s.speaker)] : m_speakers.unknownId();
        const int topic = s.node >= 0 ? nodeTopic[size_t(s.node)] : m_topics.noTopicId();
        m_speakers.addStatements(speaker, 1);
        m_topics.addStatements(topic, 1);
        m_rowDocument.push_back(std::uint32_t(index));
        m_rowSpeaker.push_back(speaker);
        m_rowTopic.push_back(topic);
    }
    m_folded.appendFolded(loaded.folded.empty() ? foldStatements(document)
                                                : std::move(loaded.folded));
    std::sort(speakers.begin(), speakers.end());
    speakers.erase(std::unique(speakers.begin(), speakers.end()), speakers.end());
    m_documentSpeakers.push_back(std::move(speakers));
}

void Corpus::removeDocument(int index)
{
    if (index < 0 || index >= documentCount())
        return;
    const int first = firstRow(index);
    const int count = firstRow(index + 1) - first;
    Q_EMIT documentAboutToBeRemoved(index, first, first + count - 1);
    for (int r = first; r < first + count; ++r) {
        m_speakers.addStatements(rowSpeaker(r), -1);
        m_topics.addStatements(rowTopic(r), -1);
    }
    m_rowDocument.erase(m_rowDocument.begin() + first, m_rowDocument.begin() + first + count);
    m_rowSpeaker.erase(m_rowSpeaker.begin() + first, m_rowSpeaker.begin() + first + count);
    m_rowTopic.erase(m_rowTopic.begin() + first, m_rowTopic.begin() + first + count);
    m_folded.remove(first, count);
    for (size_t r = size_t(first); r < m_rowDocument.size(); ++r)
        --m_rowDocument[r];
    m_documents.erase(m_documents.begin() + index);
    indexFiles();
    m_documentSpeakers.erase(m_documentSpeakers.begin() + index);
    m_firstRow.erase(m_firstRow.begin() + index + 1);
    for (size_t d = size_t(index) + 1; d < m_firstRow.size(); ++d)
        m_firstRow[d] -= count;
    Q_EMIT documentRemoved(index, first, first + count - 1);
}

void Corpus::replaceDocument(int index, LoadedDocument document)
{
    removeDocument(index);
    addLoaded({std::move(document)});
}

void Corpus::clear()
{
    Q_EMIT aboutToBeCleared();
    m_documents.clear();
    m_fileIndex.clear();
    m_documentSpeakers.clear();
    m_firstRow.assign(1, 0);
    m_rowDocument.clear();
    m_rowSpeaker.clear();
    m_rowTopic.clear();
    m_folded.clear();
    // Ids stay valid for the session (merges refer to them); only the counts go.
    for (int id = 0; id < m_speakers.size(); ++id)
        m_speakers.addStatements(id, -m_speakers.entry(id).statementCount);
    for (int id = 0; id < m_topics.size(); ++id)
        m_topics.addStatements(id, -m_topics.entry(id).statementCount);
    Q_EMIT cleared();
}

void Corpus::setStreaming(bool streaming)
{
    if (streaming == m_streaming)
        return;
    m_streaming = streaming;
    Q_EMIT streamingChanged(streaming);
}

int Corpus::indexOfFile(const QString &file) const
{
    return m_fileIndex.value(file, -1);
}

void Corpus::indexFiles()
{
    m_fileIndex.clear();
    for (int i = 0; i < documentCount(); ++i)
        m_fileIndex.insert(m_documents[size_t(i)]->file, i);
}

const Statement &Corpus::statement(int row) const
{
    const int doc = rowDocument(row);
    return m_documents[size_t(doc)]->statements[size_t(row - firstRow(doc))];
}

QStringView Corpus::statementText(int row) const
{
    return m_documents[size_t(rowDocument(row))]->statementText(statement(row));
}

bool Corpus::mergeSpeakers(int from, int into)
{
    if (!m_speakers.merge(from, into))
        return false;
    Q_EMIT speakersChanged();
    return true;
}

void Corpus::unmergeSpeaker(int id)
{
    m_speakers.unmerge(id);
    Q_EMIT speakersChanged();
}

void Corpus::setSpeakerMerges(const QVector<QPair<QString, QString>> &merges)
{
    m_speakers.setMergeKeys(merges);
    Q_EMIT speakersChanged();
}

size_t Corpus::rowBytes() const
{
    return m_rowDocument.capacity() * sizeof(std::uint32_t) +
           m_rowSpeaker.capacity() * sizeof(std::int32_t) +
           m_rowTopic.capacity() * sizeof(std::int32_t) + m_folded.byteSize();
}

} // namespace Readout
