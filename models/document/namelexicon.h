#pragma once

#include <QString>
#include <QStringView>

namespace Readout {

/// Word lists the summary parser needs: titles and honorifics that introduce a person,
/// countries and their adjectives, verbs that report speech, and page furniture.
/// All lookups are case-insensitive and allocation-free for the caller.
class NameLexicon
{
public:
    /// Word classes, combined in one lookup so a tokenizer can classify each word once.
    enum Flag : quint32
    {
        Title = 1u << 0,     ///< a word of an office: "Minister", "Foreign", "Affairs"
        Honorific = 1u << 1, ///< "Mr.", "H.E.", "Hon", "Senator"
        NonName = 1u << 2,   ///< capitalised but never a name: "The", "Regarding", months
        Speech = 1u << 3,    ///< reports speech or thought: "stated", "agreed", "says"
        Reporting = 1u << 4, ///< what follows is the subject's words: "said", "explained"
        Adverb = 1u << 5,    ///< may stand between subject and verb: "also", "once"
        Auxiliary = 1u << 6, ///< "will", "would", "has", "were"
        Country = 1u << 7,   ///< a one-word country name or adjective
        CountryPrefix = 1u << 8,
        Abbreviation = 1u << 9, ///< "Mr", "e.g", "approx": a period after it ends no sentence
        CoreTitle = 1u << 10,   ///< an office by itself: "Minister", "Secretary"
        IrregularPast = 1u << 11,
    };
    /// All classes of a word (case-insensitive); 0 for an ordinary word.
    static quint32 flags(QStringView word);

    /// Canonical country for a country name or adjective ("Russian" → "Russia",
    /// "ROK" → "Republic of Korea"); empty when the word is not a known country.
    static QString countryOf(QStringView phrase);
    /// Month number 1..12 for "January", "Jan.", "Sept", ...; 0 otherwise.
    static int monthNumber(QStringView word);
    /// A line that is page furniture, never content: "Back to Index", "Page Top",
    /// "Related Links", breadcrumbs, photo captions, translation notes, "(END)".
    static bool isFurniture(QStringView line);
    /// "(* This is a provisional translation ...)" in any wording.
    static bool isTranslationNote(QStringView line);
    /// isFurniture() or isTranslationNote().
    static bool isFurnitureLine(QStringView line);
};

} // namespace Readout
