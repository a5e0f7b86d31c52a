#pragma once

#include <QString>
#include <QStringView>

#include <string>
#include <utility>
#include <vector>

namespace Readout {

/// The words a full-text query (SQLite FTS5 syntax) looks for, to mark them where they were
/// found: every phrase of the query except those under NOT, as sequences of folded words
/// (TextFolder, as the index's unicode61 tokenizer with remove_diacritics folds them), the
/// last one possibly a prefix. NEAR groups, parentheses, AND/OR, column filters and `^` only
/// combine phrases; they add no words.
class SearchTerms
{
public:
    SearchTerms() = default;
    explicit SearchTerms(const QString &query);

    /// The stretches of @p text (UTF-16 offsets, end exclusive, in order, not overlapping)
    /// where a phrase of the query occurs word by word.
    std::vector<std::pair<int, int>> find(QStringView text) const;

    /// A word of text as the full-text index sees it: a run of letters, digits and marks.
    struct Word
    {
        int start = 0;
        int end = 0;
        std::string folded;
    };
    static std::vector<Word> words(QStringView text);

private:
    struct Phrase
    {
        std::vector<std::string> words;
        bool prefix = false; ///< the last word may be the start of a longer one
    };
    void addPhrase(QStringView text, bool prefix);

    std::vector<Phrase> m_phrases;
};

} // namespace Readout
