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
        Title = 1u << 0,
        Honorific = 1u << 1,
        NonName = 1u << 2,
        Speech = 1u << 3,
        Reporting = 1u << 4,
        Adverb = 1u << 5,
        Auxiliary = 1u << 6,
        Country = 1u << 7, ///< a one-word country name or adjective
        CountryPrefix = 1u << 8,
        Abbreviation = 1u << 9, ///< "Mr", "e.g", "approx": a period after it ends no sentence
        CoreTitle = 1u << 10,   ///< an office by itself: "Minister", "Secretary"
        IrregularPast = 1u << 11,
    };
    /// All classes of a word (case-insensitive); 0 for an ordinary word.
    static quint32 flags(QStringView word);

    /// "Minister", "Secretary", "President", "Ambassador", ...: words that make up a title.
    static bool isTitleWord(QStringView word);
    /// "Mr.", "Ms.", "H.E.", "Dr.", "Hon", "Rt": courtesy words before a name.
    static bool isHonorific(QStringView word);
    /// Small words that may join title words: "of", "for", "and", "the".
    static bool isTitleJoiner(QStringView word);
    /// Canonical country for a country name or adjective ("Russian" → "Russia",
    /// "ROK" → "Republic of Korea"); empty when the word is not a known country.
    static QString countryOf(QStringView phrase);
    /// True for words that start a country name of several words ("United", "Republic",
    /// "People's", "European", "North", "South", "New", "Saudi").
    static bool isCountryPrefix(QStringView word);
    /// Past or present forms of verbs that report what someone said or thought
    /// ("stated", "pointed", "expressed", "agreed", "says").
    static bool isSpeechVerb(QStringView word);
    /// Speech verbs after which the rest of the sentence, and the sentences that follow,
    /// are what the subject said ("said", "stated", "explained", "noted", ...).
    static bool isReportingVerb(QStringView word);
    /// Adverbs that may stand between a subject and its verb ("also", "once", "again").
    static bool isAdverb(QStringView word);
    /// Words that cannot be part of a person's name even when capitalised
    /// ("The", "In", "On", "Regarding", month names, ...).
    static bool isNonNameWord(QStringView word);
    /// Auxiliaries and modals ("will", "would", "has", "were").
    static bool isAuxiliary(QStringView word);
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
