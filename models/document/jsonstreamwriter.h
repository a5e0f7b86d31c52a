#pragma once

#include <QByteArray>
#include <QString>

class QIODevice;

namespace Readout {

/// Writes JSON to a device as it goes, so a report of any size needs no more memory than
/// its largest string. Indents nested values with two spaces per level.
class JsonStreamWriter
{
public:
    explicit JsonStreamWriter(QIODevice *device);
    ~JsonStreamWriter();

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    void key(const char *name);

    void value(const QString &s);
    void value(QStringView s);
    void value(int v);
    void value(bool v);
    void null();
    /// A string, or null when it is empty.
    void stringOrNull(const QString &s);

    /// key() and value() in one call, for the members of an object.
    template<typename T> void field(const char *name, const T &v)
    {
        key(name);
        value(v);
    }
    void fieldOrNull(const char *name, const QString &s)
    {
        key(name);
        stringOrNull(s);
    }

    void flush();

private:
    void beforeValue();
    void newline();
    void raw(const char *s);

    QIODevice *m_device;
    QByteArray m_buffer;
    int m_depth = 0;
    bool m_first = true; ///< no member written yet at this level
    bool m_afterKey = false;
};

} // namespace Readout
