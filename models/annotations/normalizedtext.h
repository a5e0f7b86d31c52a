#pragma once

#include <QString>
#include <QStringView>

#include <vector>

namespace Readout {

/// A text with white space and typographic punctuation normalised, and the way back to the
/// original offsets. Every run of white space (spaces, tabs, CR/LF, NBSP, the ideographic
/// space, ...) becomes one ASCII space; typographic single and double quotes become ' and ";
/// hyphens and dashes become -. Everything else is kept as it is, code unit for code unit, so
/// surrogate pairs stay whole.
///
/// A quote found in the normalised text maps back to the original text with toOriginal():
/// a normalised space stands for its whole run of white space.
class NormalizedText
{
public:
    NormalizedText() = default;
    explicit NormalizedText(const QString &text);

    /// The normalised text (shares the original's data when nothing needed normalising).
    const QString &text() const { return m_text; }
    /// Whether normalising changed anything.
    bool isChanged() const { return m_changed; }

    /// Original offset of normalised offset @p offset (0..text().size()); the offset just past
    /// a normalised range is the end of that range in the original.
    int toOriginal(int offset) const;
    /// Normalised offset of the character that original offset @p offset lies in.
    int fromOriginal(int offset) const;

    /// The normalised form of @p text, without the offset map.
    static QString normalize(QStringView text);

private:
    struct Run
    {
        int normalized;    // offset of the space standing for the run
        int originalStart; // the run in the original text
        int originalEnd;
    };
    QString m_text;
    std::vector<Run> m_runs; // runs longer than one code unit, ascending
    bool m_changed = false;
};

} // namespace Readout
