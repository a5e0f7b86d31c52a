#include "documentcodec.h"

#include <cstring>
#include <limits>
#include <type_traits>

namespace Readout {

namespace {

constexpr quint32 Magic = 0x52444331; // "RDC1"

class Writer
{
public:
    template<typename T> void value(T v)
    {
        static_assert(std::is_trivially_copyable<T>::value, "plain values only");
        bytes.append(reinterpret_cast<const char *>(&v), sizeof v);
    }
    void string(const QString &s)
    {
        value(qint32(s.size()));
        bytes.append(reinterpret_cast<const char *>(s.constData()),
                     qsizetype(s.size()) * qsizetype(sizeof(QChar)));
    }
    template<typename T> void plainVector(const std::vector<T> &v)
    {
        static_assert(std::is_trivially_copyable<T>::value, "plain values only");
        value(qint32(v.size()));
        bytes.append(reinterpret_cast<const char *>(v.data()), qsizetype(v.size() * sizeof(T)));
    }

    QByteArray bytes;
};

/// Reads what Writer wrote; every read checks the remaining length, so a damaged row makes
/// ok false instead of reading past the end.
class Reader
{
public:
    Reader(const char *data, qsizetype size) : m_at(data), m_end(data + size) {}

    template<typename T> T value()
    {
        T v{};
        if (take(sizeof v))
            std::memcpy(&v, m_at - sizeof v, sizeof v);
        return v;
    }
    QString string()
    {
        const qint32 length = value<qint32>();
        if (length < 0 || !take(size_t(length) * sizeof(QChar)))
            return fail(), QString();
        return QString(reinterpret_cast<const QChar *>(m_at - size_t(length) * sizeof(QChar)),
                       length);
    }
    template<typename T> std::vector<T> plainVector()
    {
        const qint32 count = value<qint32>();
        if (count < 0 || !take(size_t(count) * sizeof(T)))
            return fail(), std::vector<T>();
        std::vector<T> v(static_cast<size_t>(count));
        std::memcpy(v.data(), m_at - size_t(count) * sizeof(T), size_t(count) * sizeof(T));
        return v;
    }
    /// A count of items to follow, each at least @p minimumBytes long (bounds a damaged count).
    qint32 count(size_t minimumBytes)
    {
        const qint32 n = value<qint32>();
        if (n < 0 || size_t(n) * minimumBytes > size_t(m_end - m_at))
            return fail(), 0;
        return n;
    }
    bool ok() const { return m_ok; }
    bool atEnd() const { return m_at == m_end; }

private:
    bool take(size_t n)
    {
        if (!m_ok || size_t(m_end - m_at) < n)
            return fail(), false;
        m_at += n;
        return true;
    }
    void fail() { m_ok = false; }

    const char *m_at;
    const char *m_end;
    bool m_ok = true;
};

} // namespace

QByteArray DocumentCodec::encode(const Document &d)
{
    Writer w;
    w.value(Magic);
    w.string(d.sha256);
    w.string(d.encoding);
    w.string(d.format);
    w.string(d.text);
    w.string(d.title);
    w.value(qint64(d.date.isValid() ? d.date.toJulianDay() : std::numeric_limits<qint64>::min()));
    w.string(d.place);
    w.string(d.meetingKind);
    w.value(qint32(d.participants.size()));
    for (const Participant &p : d.participants) {
        w.string(p.id);
        w.string(p.name);
        w.string(p.role);
        w.string(p.country);
    }
    w.value(qint32(d.outline.size()));
    for (const OutlineNode &n : d.outline) {
        w.string(n.label);
        w.string(n.heading);
        w.value(n.line);
        w.value(n.start);
        w.value(n.end);
        w.value(n.parent);
        w.value(n.depth);
        w.value(quint8(n.isHeading));
        w.value(n.headingStart);
        w.value(n.headingLength);
        w.plainVector(n.children);
    }
    w.plainVector(d.roots);
    w.plainVector(d.statements);
    w.value(qint32(d.speakers.size()));
    for (const Speaker &s : d.speakers) {
        w.value(quint8(s.kind));
        w.string(s.name);
        w.string(s.participantId);
        w.string(s.country);
    }
    w.value(qint32(d.warnings.size()));
    for (const QString &warning : d.warnings)
        w.string(warning);
    w.value(Magic); // a row cut short fails here
    return w.bytes;
}

std::shared_ptr<Document> DocumentCodec::decode(const char *bytes, qsizetype size)
{
    Reader r(bytes, size);
    if (r.value<quint32>() != Magic)
        return nullptr;
    auto d = std::make_shared<Document>();
    d->sha256 = r.string();
    d->encoding = r.string();
    d->format = r.string();
    d->text = r.string();
    d->title = r.string();
    const qint64 julianDay = r.value<qint64>();
    if (julianDay != std::numeric_limits<qint64>::min())
        d->date = QDate::fromJulianDay(julianDay);
    d->place = r.string();
    d->meetingKind = r.string();
    d->participants.resize(size_t(r.count(4 * sizeof(qint32))));
    for (Participant &p : d->participants) {
        p.id = r.string();
        p.name = r.string();
        p.role = r.string();
        p.country = r.string();
    }
    d->outline.resize(size_t(r.count(10 * sizeof(qint32))));
    for (OutlineNode &n : d->outline) {
        n.label = r.string();
        n.heading = r.string();
        n.line = r.value<int>();
        n.start = r.value<int>();
        n.end = r.value<int>();
        n.parent = r.value<int>();
        n.depth = r.value<int>();
        n.isHeading = r.value<quint8>() != 0;
        n.headingStart = r.value<int>();
        n.headingLength = r.value<int>();
        n.children = r.plainVector<int>();
    }
    d->roots = r.plainVector<int>();
    d->statements = r.plainVector<Statement>();
    d->speakers.resize(size_t(r.count(1 + 3 * sizeof(qint32))));
    for (Speaker &s : d->speakers) {
        s.kind = SpeakerKind(r.value<quint8>());
        s.name = r.string();
        s.participantId = r.string();
        s.country = r.string();
    }
    const qint32 warnings = r.count(sizeof(qint32));
    for (qint32 i = 0; i < warnings; ++i)
        d->warnings.append(r.string());
    if (r.value<quint32>() != Magic || !r.ok() || !r.atEnd())
        return nullptr;
    // Offsets out of range would crash whoever reads the text: a damaged row is refused.
    const int textSize = int(d->text.size());
    for (const Statement &s : d->statements) {
        if (s.start < 0 || s.end < s.start || s.end > textSize ||
            s.speaker >= int(d->speakers.size()) || s.node >= int(d->outline.size()))
            return nullptr;
    }
    for (const OutlineNode &n : d->outline) {
        if (n.start < 0 || n.end < n.start || n.end > textSize ||
            n.parent >= int(d->outline.size()) ||
            (n.headingStart >= 0 && n.headingStart + n.headingLength > textSize))
            return nullptr;
        for (int child : n.children) {
            if (child < 0 || child >= int(d->outline.size()))
                return nullptr;
        }
    }
    for (int root : d->roots) {
        if (root < 0 || root >= int(d->outline.size()))
            return nullptr;
    }
    return d;
}

} // namespace Readout
