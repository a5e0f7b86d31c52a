#include "jsonstreamwriter.h"

#include <QIODevice>

namespace Readout {

JsonStreamWriter::JsonStreamWriter(QIODevice *device) : m_device(device)
{
    m_buffer.reserve(1 << 16);
}

JsonStreamWriter::~JsonStreamWriter()
{
    flush();
}

void JsonStreamWriter::flush()
{
    if (!m_buffer.isEmpty())
        m_device->write(m_buffer);
    m_buffer.clear();
}

void JsonStreamWriter::raw(const char *s)
{
    m_buffer.append(s);
    if (m_buffer.size() > (1 << 16))
        flush();
}

void JsonStreamWriter::newline()
{
    m_buffer.append('\n');
    m_buffer.append(QByteArray(m_depth * 2, ' '));
}

void JsonStreamWriter::beforeValue()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_depth > 0) {
        if (!m_first)
            m_buffer.append(',');
        newline();
    }
    m_first = false;
}

void JsonStreamWriter::beginObject()
{
    beforeValue();
    raw("{");
    ++m_depth;
    m_first = true;
}

void JsonStreamWriter::endObject()
{
    --m_depth;
    if (!m_first)
        newline();
    raw("}");
    m_first = false;
}

void JsonStreamWriter::beginArray()
{
    beforeValue();
    raw("[");
    ++m_depth;
    m_first = true;
}

void JsonStreamWriter::endArray()
{
    --m_depth;
    if (!m_first)
        newline();
    raw("]");
    m_first = false;
}

void JsonStreamWriter::key(const char *name)
{
    if (!m_first)
        m_buffer.append(',');
    newline();
    m_first = false;
    m_buffer.append('"');
    m_buffer.append(name);
    m_buffer.append("\": ");
    m_afterKey = true;
}

void JsonStreamWriter::value(QStringView s)
{
    beforeValue();
    m_buffer.append('"');
    const QByteArray utf8 = s.toUtf8();
    for (char c : utf8) {
        switch (c) {
        case '"':
            m_buffer.append("\\\"");
            break;
        case '\\':
            m_buffer.append("\\\\");
            break;
        case '\n':
            m_buffer.append("\\n");
            break;
        case '\r':
            m_buffer.append("\\r");
            break;
        case '\t':
            m_buffer.append("\\t");
            break;
        case '\b':
            m_buffer.append("\\b");
            break;
        case '\f':
            m_buffer.append("\\f");
            break;
        default:
            if (uchar(c) < 0x20) {
                char escape[8];
                qsnprintf(escape, sizeof escape, "\\u%04x", uchar(c));
                m_buffer.append(escape);
            } else {
                m_buffer.append(c);
            }
        }
    }
    m_buffer.append('"');
    if (m_buffer.size() > (1 << 16))
        flush();
}

void JsonStreamWriter::value(const QString &s)
{
    value(QStringView(s));
}

void JsonStreamWriter::value(int v)
{
    beforeValue();
    m_buffer.append(QByteArray::number(v));
}

void JsonStreamWriter::value(bool v)
{
    beforeValue();
    raw(v ? "true" : "false");
}

void JsonStreamWriter::null()
{
    beforeValue();
    raw("null");
}

void JsonStreamWriter::stringOrNull(const QString &s)
{
    if (s.isEmpty())
        null();
    else
        value(s);
}

} // namespace Readout
