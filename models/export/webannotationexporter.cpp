#include "webannotationexporter.h"

#include "contenthashuri.h"
#include "reportgroups.h"
#include "webannotationterms.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Readout {

namespace {

namespace Terms = WebAnnotationTerms;

QString timestamp(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QJsonObject textualBody(const QString &value, const char *purpose)
{
    QJsonObject body{{QStringLiteral("type"), QLatin1String(Terms::textualBody)},
                     {QStringLiteral("purpose"), QLatin1String(purpose)},
                     {QStringLiteral("value"), value}};
    if (QLatin1String(purpose) == QLatin1String(Terms::commenting))
        body.insert(QStringLiteral("format"), QStringLiteral("text/plain"));
    return body;
}

QJsonArray selectors(const TextTarget &target)
{
    QJsonArray result;
    if (!target.quote.exact.isEmpty())
        result.append(QJsonObject{{QStringLiteral("type"), QLatin1String(Terms::quoteSelector)},
                                  {QStringLiteral("exact"), target.quote.exact},
                                  {QStringLiteral("prefix"), target.quote.prefix},
                                  {QStringLiteral("suffix"), target.quote.suffix}});
    if (target.position.start >= 0 && target.position.end >= target.position.start)
        result.append(QJsonObject{{QStringLiteral("type"), QLatin1String(Terms::positionSelector)},
                                  {QStringLiteral("start"), target.position.start},
                                  {QStringLiteral("end"), target.position.end}});
    return result;
}

QJsonObject targetOf(const Annotation &annotation, const QString &source)
{
    QJsonObject target{{QStringLiteral("type"), QStringLiteral("SpecificResource")},
                       {QStringLiteral("source"), source},
                       {QStringLiteral("selector"), selectors(annotation.target)}};
    // The version the note was made on: a TimeState's cached copy, named by its hash.
    if (!annotation.target.sha256.isEmpty())
        target.insert(QStringLiteral("state"),
                      QJsonObject{{QStringLiteral("type"), QStringLiteral("TimeState")},
                                  {QStringLiteral("sourceDate"), timestamp(annotation.created)},
                                  {QStringLiteral("cached"),
                                   ContentHashUri::fromSha256(annotation.target.sha256)}});
    if (!Annotation::highlightHex(annotation.colour).isEmpty())
        target.insert(QStringLiteral("styleClass"), annotation.colour);
    return target;
}

// The collection's id is made from its annotations' ids: the same notes, the same file.
QString collectionId(const std::vector<ExportEntry> &entries)
{
    QByteArray ids;
    for (const ExportEntry &entry : entries)
        ids += entry.annotation.id.toUtf8() + '\n';
    return QLatin1String(Terms::uuidPrefix) +
           QUuid::createUuidV5(Terms::uuidNamespace(), ids).toString(QUuid::WithoutBraces);
}

} // namespace

QJsonObject WebAnnotationExporter::toJson(const Annotation &annotation, const QString &source)
{
    QJsonArray bodies;
    if (annotation.hasNote())
        bodies.append(textualBody(annotation.note, Terms::commenting));
    for (const QString &tag : annotation.tags)
        bodies.append(textualBody(tag, Terms::tagging));
    const char *motivation = annotation.hasNote()         ? Terms::commenting
                             : !annotation.tags.isEmpty() ? Terms::tagging
                                                          : Terms::highlighting;
    QJsonObject json{{QStringLiteral("id"), QLatin1String(Terms::uuidPrefix) + annotation.id},
                     {QStringLiteral("type"), QLatin1String(Terms::annotation)},
                     {QStringLiteral("motivation"), QLatin1String(motivation)},
                     {QStringLiteral("created"), timestamp(annotation.created)},
                     {QStringLiteral("modified"), timestamp(annotation.modified)},
                     {QStringLiteral("target"), targetOf(annotation, source)}};
    if (!annotation.author.isEmpty())
        json.insert(QStringLiteral("creator"),
                    QJsonObject{{QStringLiteral("type"), QStringLiteral("Person")},
                                {QStringLiteral("name"), annotation.author}});
    if (!bodies.isEmpty())
        json.insert(QStringLiteral("body"), bodies);
    const QString colour = Annotation::highlightHex(annotation.colour);
    if (!colour.isEmpty())
        json.insert(
            QStringLiteral("stylesheet"),
            QJsonObject{
                {QStringLiteral("type"), QStringLiteral("CssStylesheet")},
                {QStringLiteral("value"),
                 QStringLiteral(".%1 { background-color: %2; }").arg(annotation.colour, colour)}});
    return json;
}

bool WebAnnotationExporter::write(const std::vector<ExportEntry> &entries, QIODevice *device)
{
    QJsonArray items;
    const int total = int(entries.size());
    for (int i = 0; i < total; ++i) {
        items.append(toJson(entries[size_t(i)].annotation, entries[size_t(i)].file));
        if ((i + 1) % 100 == 0 && !progressed(i + 1, total))
            return false;
    }
    if (!progressed(total, total))
        return false;
    const QString id = collectionId(entries);
    const QJsonObject page{{QStringLiteral("id"), id + QStringLiteral("#page-1")},
                           {QStringLiteral("type"), QLatin1String(Terms::page)},
                           {QStringLiteral("startIndex"), 0},
                           {QStringLiteral("items"), items}};
    const QJsonObject collection{{QStringLiteral("@context"), QLatin1String(Terms::context)},
                                 {QStringLiteral("id"), id},
                                 {QStringLiteral("type"), QLatin1String(Terms::collection)},
                                 {QStringLiteral("label"), ReportGroups::title()},
                                 {QStringLiteral("total"), int(items.size())},
                                 {QStringLiteral("first"), page}};
    return writeBytes(device, QJsonDocument(collection).toJson(QJsonDocument::Indented));
}

} // namespace Readout
