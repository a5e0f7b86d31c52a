#include "webannotationreader.h"

#include "contenthashuri.h"
#include "webannotationterms.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Readout {

namespace {

namespace Terms = WebAnnotationTerms;

// JSON-LD lets most values be one item or a list of them.
QJsonArray many(const QJsonValue &value)
{
    if (value.isArray())
        return value.toArray();
    return value.isUndefined() || value.isNull() ? QJsonArray() : QJsonArray{value};
}

// The first of one item or a list (undefined when there is none).
QJsonValue first(const QJsonValue &value)
{
    const QJsonArray items = many(value);
    return items.isEmpty() ? QJsonValue(QJsonValue::Undefined) : items.first();
}

QJsonValue member(const QJsonObject &object, const QString &name)
{
    const QJsonValue value = object.value(name);
    return value.isUndefined() ? object.value(QLatin1Char('@') + name) : value;
}

bool hasType(const QJsonObject &object, const char *type)
{
    for (const QJsonValue &t : many(member(object, QStringLiteral("type")))) {
        if (t.toString() == QLatin1String(type))
            return true;
    }
    return false;
}

// A source or creator is an IRI, or an object with one (and maybe a name).
QString nameOf(const QJsonValue &value, const QStringList &keys)
{
    const QJsonValue one = first(value);
    if (one.isString())
        return one.toString();
    const QJsonObject object = one.toObject();
    for (const QString &key : keys) {
        const QString text = member(object, key).toString();
        if (!text.isEmpty())
            return text;
    }
    return QString();
}

QDateTime timeOf(const QJsonValue &value)
{
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::currentDateTimeUtc();
    // Milliseconds in UTC, as the store keeps them.
    return QDateTime::fromMSecsSinceEpoch(time.toMSecsSinceEpoch(), Qt::UTC);
}

QString idOf(const QString &id)
{
    if (id.isEmpty())
        return QString();
    if (id.startsWith(QLatin1String(Terms::uuidPrefix))) {
        const QUuid uuid(id.mid(int(qstrlen(Terms::uuidPrefix))));
        if (!uuid.isNull())
            return uuid.toString(QUuid::WithoutBraces);
    }
    return QUuid::createUuidV5(Terms::uuidNamespace(), id.toUtf8()).toString(QUuid::WithoutBraces);
}

void readSelectors(const QJsonValue &value, TextTarget &target)
{
    for (const QJsonValue &v : many(value)) {
        const QJsonObject selector = v.toObject();
        if (hasType(selector, Terms::quoteSelector)) {
            target.quote.exact = selector.value(QStringLiteral("exact")).toString();
            target.quote.prefix = selector.value(QStringLiteral("prefix")).toString();
            target.quote.suffix = selector.value(QStringLiteral("suffix")).toString();
        } else if (hasType(selector, Terms::positionSelector)) {
            target.position.start = selector.value(QStringLiteral("start")).toInt(-1);
            target.position.end = selector.value(QStringLiteral("end")).toInt(-1);
        }
    }
}

QString sha256OfState(const QJsonValue &value)
{
    for (const QJsonValue &v : many(value)) {
        for (const QJsonValue &cached : many(v.toObject().value(QStringLiteral("cached")))) {
            const QString hex = ContentHashUri::sha256Of(cached.toString());
            if (!hex.isEmpty())
                return hex;
        }
    }
    return QString();
}

void readBodies(const QJsonObject &item, Annotation &annotation)
{
    // A tagging annotation's bodies are tags even without a purpose of their own.
    const bool tagging = many(item.value(QStringLiteral("motivation")))
                             .contains(QJsonValue(QLatin1String(Terms::tagging)));
    QStringList notes;
    const QString bodyValue = item.value(QStringLiteral("bodyValue")).toString();
    if (!bodyValue.isEmpty())
        notes << bodyValue;
    for (const QJsonValue &v : many(item.value(QStringLiteral("body")))) {
        const QJsonObject body = v.toObject();
        const QString value = body.value(QStringLiteral("value")).toString();
        if (value.isEmpty())
            continue; // a body that is only a link: nothing Readout can keep
        const QJsonArray purposes = many(body.value(QStringLiteral("purpose")));
        const bool isTag = purposes.contains(QJsonValue(QLatin1String(Terms::tagging))) ||
                           (purposes.isEmpty() && tagging);
        if (isTag)
            annotation.tags << value;
        else
            notes << value;
    }
    annotation.note = notes.join(QStringLiteral("\n\n"));
    annotation.tags = Annotation::normalizedTags(annotation.tags);
}

// One item; false (and @p error) when it cannot name a passage.
bool readItem(const QJsonObject &item, int number, ImportedAnnotation &out, QString *error)
{
    const QString id = member(item, QStringLiteral("id")).toString();
    const QString which =
        id.isEmpty() ? QStringLiteral("annotation %1").arg(number)
                     : QStringLiteral("annotation %1 (%2)").arg(QString::number(number), id);
    const QJsonObject target = first(item.value(QStringLiteral("target"))).toObject();
    Annotation &a = out.annotation;
    readSelectors(target.value(QStringLiteral("selector")), a.target);
    if (a.target.quote.exact.isEmpty() && a.target.position.start < 0) {
        *error = QStringLiteral("%1: its target has no TextQuoteSelector or TextPositionSelector")
                     .arg(which);
        return false;
    }
    out.source = nameOf(target.value(QStringLiteral("source")), QStringList{QStringLiteral("id")});
    a.id = idOf(id);
    a.target.sha256 = sha256OfState(target.value(QStringLiteral("state")));
    const QString style = target.value(QStringLiteral("styleClass")).toString();
    if (!Annotation::highlightHex(style).isEmpty())
        a.colour = style;
    readBodies(item, a);
    a.author = nameOf(
        item.value(QStringLiteral("creator")),
        QStringList{QStringLiteral("name"), QStringLiteral("nickname"), QStringLiteral("id")});
    a.created = timeOf(item.value(QStringLiteral("created")));
    a.modified = item.contains(QStringLiteral("modified"))
                     ? timeOf(item.value(QStringLiteral("modified")))
                     : a.created;
    return true;
}

// The annotations of the file's top level, whichever container holds them.
bool itemsOf(const QJsonDocument &document, QJsonArray &items, QString *error)
{
    if (document.isArray()) {
        items = document.array();
        return true;
    }
    const QJsonObject top = document.object();
    if (hasType(top, Terms::annotation)) {
        items = QJsonArray{top};
        return true;
    }
    QJsonObject page = top;
    if (hasType(top, Terms::collection)) {
        const QJsonValue firstPage = top.value(QStringLiteral("first"));
        if (!firstPage.isObject() && top.value(QStringLiteral("total")).toInt() > 0) {
            *error = QStringLiteral("the collection's pages are not in this file");
            return false;
        }
        page = firstPage.toObject();
    } else if (!hasType(top, Terms::page)) {
        *error = QStringLiteral("not a W3C Web Annotation file (an Annotation, a list of them, "
                                "an AnnotationPage or an AnnotationCollection)");
        return false;
    }
    items = page.value(QStringLiteral("items")).toArray();
    return true;
}

} // namespace

std::vector<ImportedAnnotation> WebAnnotationReader::read(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (document.isNull()) {
        *error = QStringLiteral("not valid JSON: %1 at byte %2")
                     .arg(parseError.errorString(), QString::number(parseError.offset));
        return {};
    }
    QJsonArray items;
    if (!itemsOf(document, items, error))
        return {};
    std::vector<ImportedAnnotation> result;
    for (int i = 0; i < items.size(); ++i) {
        const QJsonObject item = items.at(i).toObject();
        if (!hasType(item, Terms::annotation)) {
            *error = QStringLiteral("item %1 is not an Annotation").arg(i + 1);
            return {};
        }
        ImportedAnnotation imported;
        if (!readItem(item, i + 1, imported, error))
            return {};
        result.push_back(std::move(imported));
    }
    return result;
}

} // namespace Readout
