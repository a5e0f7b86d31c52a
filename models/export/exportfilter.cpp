#include "exportfilter.h"

#include "exportentry.h"

#include <QRegularExpression>

#include <algorithm>

namespace Readout {

namespace {

bool same(const QString &a, const QString &b)
{
    return a.simplified().compare(b.simplified(), Qt::CaseInsensitive) == 0;
}

bool anySame(const QStringList &list, const QString &value)
{
    return std::any_of(list.begin(), list.end(), [&](const QString &s) { return same(s, value); });
}

// "Sonoda" finds "Haruka Sonoda", "Nakara" finds "Nakara (side)"; "Sono" finds neither.
bool containsWords(const QString &text, const QString &words)
{
    const QRegularExpression pattern(
        QStringLiteral("(?<!\\w)%1(?!\\w)").arg(QRegularExpression::escape(words.simplified())),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return pattern.match(text.simplified()).hasMatch();
}

} // namespace

bool ExportFilter::accepts(const ExportEntry &entry) const
{
    const Annotation &a = entry.annotation;
    if (!speaker.trimmed().isEmpty() && !containsWords(entry.speaker, speaker))
        return false;
    if (!topic.trimmed().isEmpty() && !anySame(entry.topic, topic))
        return false;
    if (!tag.trimmed().isEmpty() && !anySame(a.tags, tag))
        return false;
    if (!author.trimmed().isEmpty() && !same(a.author, author))
        return false;
    if (colour.trimmed().isEmpty())
        return true;
    return same(colour, QStringLiteral("none")) ? !a.isHighlight() : same(a.colour, colour);
}

} // namespace Readout
