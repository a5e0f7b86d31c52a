#include "annotations/normalizedtext.h"

#include <algorithm>

namespace Readout {

namespace {

// The one-for-one replacements; white space is handled apart because runs collapse.
QChar normalizedChar(QChar c)
{
    switch (c.unicode()) {
    case 0x2018: // ‘ ’ ‚ ‛ ′
    case 0x2019:
    case 0x201A:
    case 0x201B:
    case 0x2032:
        return QLatin1Char('\'');
    case 0x201C: // “ ” „ ‟ ″
    case 0x201D:
    case 0x201E:
    case 0x201F:
    case 0x2033:
        return QLatin1Char('"');
    case 0x2010: // hyphen, non-breaking hyphen, figure dash, en dash, em dash, bar, minus
    case 0x2011:
    case 0x2012:
    case 0x2013:
    case 0x2014:
    case 0x2015:
    case 0x2212:
        return QLatin1Char('-');
    default:
        return c;
    }
}

bool isWhiteSpace(QChar c)
{
    // Fast path for the common ASCII letters and punctuation.
    return c.unicode() > 0x20 && c.unicode() < 0x7F ? false : c.isSpace();
}

} // namespace

NormalizedText::NormalizedText(const QString &text)
{
    const int size = int(text.size());
    const QChar *in = text.constData();
    QString out(size, Qt::Uninitialized);
    QChar *dst = out.data();
    int n = 0;
    bool changed = false;
    for (int i = 0; i < size;) {
        const QChar c = in[i];
        if (!isWhiteSpace(c)) {
            dst[n] = normalizedChar(c);
            changed = changed || dst[n] != c;
            ++n;
            ++i;
            continue;
        }
        int end = i + 1;
        while (end < size && isWhiteSpace(in[end]))
            ++end;
        changed = changed || c != QLatin1Char(' ') || end > i + 1;
        if (end > i + 1)
            m_runs.push_back({n, i, end});
        dst[n++] = QLatin1Char(' ');
        i = end;
    }
    m_changed = changed;
    if (changed) {
        out.resize(n);
        m_text = out;
    } else {
        m_text = text; // shared, no copy
    }
}

int NormalizedText::toOriginal(int offset) const
{
    // The last run that lies wholly before the offset fixes the shift.
    const auto after = std::lower_bound(m_runs.begin(), m_runs.end(), offset,
                                        [](const Run &run, int o) { return run.normalized < o; });
    if (after == m_runs.begin())
        return offset;
    const Run &run = *(after - 1);
    return run.originalEnd + (offset - run.normalized - 1);
}

int NormalizedText::fromOriginal(int offset) const
{
    const auto after =
        std::upper_bound(m_runs.begin(), m_runs.end(), offset,
                         [](int o, const Run &run) { return o < run.originalStart; });
    if (after == m_runs.begin())
        return offset;
    const Run &run = *(after - 1);
    if (offset < run.originalEnd)
        return run.normalized;
    return run.normalized + 1 + (offset - run.originalEnd);
}

QString NormalizedText::normalize(QStringView text)
{
    return NormalizedText(text.toString()).text();
}

} // namespace Readout
