#pragma once

#include "personmention.h"
#include "wordtokenizer.h"

#include <vector>

namespace Readout {

/// The person mentions found in one sentence, by token position. Registering a sentence's
/// people parses every mention in it; the analysis of its clauses then finds the subject's
/// mention here instead of parsing it a second time. An entry holds only while the
/// resolver's people are as they were when it was parsed (the same revision).
class MentionMemo
{
public:
    /// Forgets the entries; those stored next are for `tokens`.
    void reset(TokenSpan tokens)
    {
        m_tokens = tokens.begin();
        m_size = tokens.size();
        m_entries.clear();
    }
    /// Keeps the mention found at token `at` when the resolver was at `revision`.
    void store(int at, int revision, PersonMention &&mention)
    {
        // Made in place: a mention is large (its name parts are kept inline), and each move
        // copies them.
        Entry &entry = m_entries.emplace_back();
        entry.at = at;
        entry.revision = revision;
        entry.mention = std::move(mention);
    }
    /// The mention found at token `at` of `tokens` at `revision`, or null.
    const PersonMention *find(TokenSpan tokens, int at, int revision) const
    {
        if (tokens.begin() != m_tokens || tokens.size() != m_size)
            return nullptr;
        for (const Entry &e : m_entries) {
            if (e.at == at)
                return e.revision == revision ? &e.mention : nullptr;
        }
        return nullptr;
    }

private:
    struct Entry
    {
        int at = 0;
        int revision = 0;
        PersonMention mention;
    };

    const Token *m_tokens = nullptr;
    size_t m_size = 0;
    std::vector<Entry> m_entries;
};

} // namespace Readout
