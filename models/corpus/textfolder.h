#pragma once

#include <QStringView>

#include <string>

namespace Readout {

/// Folds text for case- and accent-insensitive search: the result is UTF-8 in lower case
/// (full case folding), with compatibility forms unified (full-width letters and digits are
/// ASCII), accents removed from Latin and Greek letters (and "ё" read as "е"), typographic
/// quotes and dashes as their ASCII forms, and every run of white space as one space.
/// A query folded the same way is a plain substring of the folded text exactly when it
/// matches the original text insensitively, so a byte search (memmem) does the matching.
class TextFolder
{
public:
    static std::string fold(QStringView text);
    /// Appends the folded form of @p text to @p out.
    static void appendFolded(QStringView text, std::string &out);
};

} // namespace Readout
