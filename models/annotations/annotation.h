#pragma once

#include "textanchor.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace Readout {

/// What an annotation is attached to. Every kind is anchored through text selectors (the
/// range of the statement, the heading line, or the document's first line), so it survives
/// a new parse of a changed file.
enum class TargetKind : quint8
{
    TextRange,
    Statement,
    OutlineNode,
    Document,
};

QString targetKindName(TargetKind kind);
TargetKind targetKindFromName(const QString &name);

/// A highlight, a note, or both, on a passage of one document.
struct Annotation
{
    QString id;             ///< UUID, without braces
    QString documentPath;   ///< relative to the folder of the store, '/' separated
    QString documentSha256; ///< the document as it is now (may differ from target.sha256)
    TargetKind targetKind = TargetKind::TextRange;
    TextTarget target; ///< selectors, and the hash of the version it was made on
    QString colour;    ///< a name of highlightColours(); empty: no highlight
    QString note;      ///< plain text with light Markdown; empty: no note
    QStringList tags;  ///< sorted, no duplicates
    QString author;
    /// Seen by the whole team (a server store); false: only by its author.
    bool shared = true;
    QDateTime created;  ///< UTC
    QDateTime modified; ///< UTC
    int revision = 0;   ///< increases with every save; guards against lost updates

    bool isHighlight() const { return !colour.isEmpty(); }
    bool hasNote() const { return !note.trimmed().isEmpty(); }

    bool operator==(const Annotation &other) const;
    bool operator!=(const Annotation &other) const { return !(*this == other); }

    /// A new annotation: fresh UUID, the OS user as author, created = modified = now.
    static Annotation create(const QString &documentPath, const QString &documentSha256);
    /// The small named palette of highlight colours, in menu order (keys 1–5).
    static QStringList highlightColours();
    /// "#rrggbb" of a highlight colour on a light page (empty for a name not in the palette):
    /// what exports and printouts show.
    static QString highlightHex(const QString &colour);
    /// Tags as the store keeps them: trimmed, without empties and duplicates, sorted.
    static QStringList normalizedTags(const QStringList &tags);
    /// The user name of the operating system account.
    static QString systemUserName();
};

} // namespace Readout
