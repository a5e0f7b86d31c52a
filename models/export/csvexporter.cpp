#include "csvexporter.h"

#include <QDateTime>
#include <QIODevice>

namespace Readout {

namespace {

QString time(const QDateTime &value)
{
    return value.isValid() ? value.toUTC().toString(Qt::ISODate) : QString();
}

QStringList fields(const ExportEntry &entry)
{
    const Annotation &a = entry.annotation;
    const QDate date = entry.document->date;
    return QStringList{entry.documentName(),
                       entry.document->title,
                       date.isValid() ? date.toString(Qt::ISODate) : QString(),
                       entry.speaker,
                       entry.side,
                       entry.topic.join(QStringLiteral(" \u203A ")),
                       entry.quote,
                       a.note,
                       a.tags.join(QStringLiteral("; ")),
                       a.colour,
                       a.author,
                       time(a.created),
                       time(a.modified),
                       entry.file,
                       entry.line > 0 ? QString::number(entry.line) : QString(),
                       entry.outlinePath,
                       a.target.sha256};
}

// A spreadsheet takes a cell that starts with = + @ (or a tab or carriage return before one)
// as a formula, which a note must never become: such a cell starts with an apostrophe, which
// spreadsheets read as "text follows" and a reader sees as a quote mark at worst.
QString defused(const QString &value)
{
    static const QString formulaStarts = QStringLiteral("=+@\t\r");
    return !value.isEmpty() && formulaStarts.contains(value.at(0)) ? QLatin1Char('\'') + value
                                                                   : value;
}

QString row(const QStringList &values)
{
    QStringList out;
    for (const QString &value : values)
        out << CsvExporter::quoted(defused(value));
    return out.join(QLatin1Char(',')) + QStringLiteral("\r\n");
}

} // namespace

QStringList CsvExporter::columns()
{
    return QStringList{
        QStringLiteral("document"), QStringLiteral("title"),  QStringLiteral("date"),
        QStringLiteral("speaker"),  QStringLiteral("side"),   QStringLiteral("topic"),
        QStringLiteral("quote"),    QStringLiteral("note"),   QStringLiteral("tags"),
        QStringLiteral("colour"),   QStringLiteral("author"), QStringLiteral("created"),
        QStringLiteral("modified"), QStringLiteral("file"),   QStringLiteral("line"),
        QStringLiteral("outline"),  QStringLiteral("sha256")};
}

QString CsvExporter::quoted(const QString &field)
{
    const bool plain = !field.contains(QLatin1Char(',')) && !field.contains(QLatin1Char('"')) &&
                       !field.contains(QLatin1Char('\n')) && !field.contains(QLatin1Char('\r'));
    if (plain)
        return field;
    QString out = field;
    return QLatin1Char('"') + out.replace(QLatin1Char('"'), QStringLiteral("\"\"")) +
           QLatin1Char('"');
}

bool CsvExporter::write(const std::vector<ExportEntry> &entries, QIODevice *device)
{
    if (m_byteOrderMark && !writeBytes(device, QByteArray("\xEF\xBB\xBF")))
        return false;
    if (!writeText(device, row(columns())))
        return false;
    const int total = int(entries.size());
    for (int i = 0; i < total; ++i) {
        if (!writeText(device, row(fields(entries[size_t(i)]))))
            return false;
        if ((i + 1) % 100 == 0 && !progressed(i + 1, total))
            return false;
    }
    return progressed(total, total);
}

} // namespace Readout
