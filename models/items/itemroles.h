#pragma once

#include <Qt>

namespace Readout {

/// The custom roles of Readout's item models, in one place so views and tests agree.
enum ItemRole : int
{
    DocumentIndexRole = Qt::UserRole + 1, ///< int: index of the document in the Corpus
    StatementRowRole,                     ///< int: the statement's row in the Corpus
    OutlineNodeRole,                      ///< int: index into Document::outline
    SpeakerIdRole,                        ///< int: SpeakerRegistry id (after merges)
    TopicIdRole,                          ///< int: TopicRegistry id
    SourceStartRole,                      ///< int: UTF-16 offset into Document::text
    SourceEndRole,                        ///< int: end offset, exclusive
    LineRole,                             ///< int: 1-based line
    LabelRole,                            ///< QString: outline label ("1.", "(a)")
    HeadingRole,                          ///< QString: outline heading without its label
    StatementCountRole,                   ///< int: statements below (outline, topic, speaker)
    SpeakerKindRole,                      ///< int: SpeakerKind
    DateRole,                             ///< QDate of the meeting
    FileRole,                             ///< QString: the document's file
    SortRole,                             ///< a value that sorts the column as a reader expects
    CitationRole, ///< QString: "Title (date), line N — Speaker: “text”" for the clipboard
};

} // namespace Readout
