#include "annotation.h"

#include <QHash>
#include <QUuid>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

#include <algorithm>

namespace Readout {

QString targetKindName(TargetKind kind)
{
    switch (kind) {
    case TargetKind::Statement:
        return QStringLiteral("statement");
    case TargetKind::OutlineNode:
        return QStringLiteral("outline");
    case TargetKind::Document:
        return QStringLiteral("document");
    case TargetKind::TextRange:
        break;
    }
    return QStringLiteral("text");
}

TargetKind targetKindFromName(const QString &name)
{
    if (name == QLatin1String("statement"))
        return TargetKind::Statement;
    if (name == QLatin1String("outline"))
        return TargetKind::OutlineNode;
    if (name == QLatin1String("document"))
        return TargetKind::Document;
    return TargetKind::TextRange;
}

bool Annotation::operator==(const Annotation &other) const
{
    return id == other.id && documentPath == other.documentPath &&
           documentSha256 == other.documentSha256 && targetKind == other.targetKind &&
           target.position.start == other.target.position.start &&
           target.position.end == other.target.position.end &&
           target.quote.exact == other.target.quote.exact &&
           target.quote.prefix == other.target.quote.prefix &&
           target.quote.suffix == other.target.quote.suffix &&
           target.sha256 == other.target.sha256 && colour == other.colour && note == other.note &&
           tags == other.tags && author == other.author && shared == other.shared &&
           created == other.created && modified == other.modified && revision == other.revision;
}

Annotation Annotation::create(const QString &documentPath, const QString &documentSha256)
{
    Annotation a;
    a.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    a.documentPath = documentPath;
    a.documentSha256 = documentSha256;
    a.author = systemUserName();
    // Milliseconds are what the store keeps: a saved and reloaded annotation compares equal.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    a.created = a.modified = QDateTime::fromMSecsSinceEpoch(now.toMSecsSinceEpoch(), Qt::UTC);
    return a;
}

QStringList Annotation::highlightColours()
{
    return {QStringLiteral("yellow"), QStringLiteral("green"), QStringLiteral("blue"),
            QStringLiteral("pink"), QStringLiteral("orange")};
}

QString Annotation::highlightHex(const QString &colour)
{
    static const QHash<QString, QString> light = {
        {QStringLiteral("yellow"), QStringLiteral("#ffe97a")},
        {QStringLiteral("green"), QStringLiteral("#b5e8a5")},
        {QStringLiteral("blue"), QStringLiteral("#a9d3ff")},
        {QStringLiteral("pink"), QStringLiteral("#ffc0de")},
        {QStringLiteral("orange"), QStringLiteral("#ffcf99")}};
    return light.value(colour);
}

QStringList Annotation::normalizedTags(const QStringList &tags)
{
    QStringList result;
    for (const QString &tag : tags) {
        const QString t = tag.simplified();
        if (!t.isEmpty() && !result.contains(t))
            result.append(t);
    }
    // Case-insensitive and the same in every locale, so stored lists compare equal.
    std::sort(result.begin(), result.end(), [](const QString &a, const QString &b) {
        const int c = a.compare(b, Qt::CaseInsensitive);
        return c != 0 ? c < 0 : a < b;
    });
    return result;
}

QString Annotation::systemUserName()
{
#ifdef Q_OS_UNIX
    // The account itself: USER is not set everywhere (services, containers, sudo).
    if (const passwd *entry = getpwuid(getuid()))
        return QString::fromLocal8Bit(entry->pw_name);
#endif
    const QString name = qEnvironmentVariable("USERNAME");
    return name.isEmpty() ? qEnvironmentVariable("USER") : name;
}

} // namespace Readout
