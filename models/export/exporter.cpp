#include "exporter.h"

#include "csvexporter.h"
#include "htmlexporter.h"
#include "markdownexporter.h"
#include "pdfexporter.h"
#include "webannotationexporter.h"

#include <QIODevice>

namespace Readout {

Exporter::~Exporter() = default;

QStringList Exporter::formats()
{
    return QStringList{QStringLiteral("md"), QStringLiteral("html"), QStringLiteral("csv"),
                       QStringLiteral("json"), QStringLiteral("pdf")};
}

std::unique_ptr<Exporter> Exporter::create(const QString &format, const ExportOptions &options)
{
    if (format == QLatin1String("md"))
        return std::make_unique<MarkdownExporter>();
    if (format == QLatin1String("html"))
        return std::make_unique<HtmlExporter>();
    if (format == QLatin1String("csv"))
        return std::make_unique<CsvExporter>(options.byteOrderMark);
    if (format == QLatin1String("json"))
        return std::make_unique<WebAnnotationExporter>();
    if (format == QLatin1String("pdf"))
        return std::make_unique<PdfExporter>();
    return nullptr;
}

bool Exporter::progressed(int done, int total)
{
    if (!m_progress || m_progress(done, total))
        return true;
    m_error = QStringLiteral("the export was cancelled");
    return false;
}

bool Exporter::writeText(QIODevice *device, const QString &text)
{
    return writeBytes(device, text.toUtf8());
}

bool Exporter::writeBytes(QIODevice *device, const QByteArray &bytes)
{
    if (device->write(bytes) == bytes.size())
        return true;
    m_error =
        device->errorString().isEmpty() ? QStringLiteral("could not write") : device->errorString();
    return false;
}

} // namespace Readout
