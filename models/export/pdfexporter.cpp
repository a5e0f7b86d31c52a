#include "pdfexporter.h"

#include "htmlexporter.h"
#include "reportgroups.h"

#include <QBuffer>
#include <QGuiApplication>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

namespace Readout {

bool PdfExporter::write(const std::vector<ExportEntry> &entries, QIODevice *device)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        m_error = QStringLiteral("PDF needs a QGuiApplication for its fonts");
        return false;
    }
    QBuffer html;
    html.open(QIODevice::WriteOnly);
    HtmlExporter report;
    report.setProgress(m_progress); // laying out the pages comes after: it is quick
    if (!report.write(entries, &html)) {
        m_error = report.error();
        return false;
    }
    QTextDocument document;
    document.setHtml(QString::fromUtf8(html.data()));
    QPdfWriter writer(device);
    writer.setTitle(ReportGroups::title());
    writer.setCreator(QStringLiteral("Readout"));
    writer.setPageSize(QPageSize(QPageSize::A4));
    // An unpaginated document is paginated for the device, with a page number on every page.
    document.print(&writer);
    return true;
}

} // namespace Readout
