#pragma once

#include "exportentry.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <vector>

class QIODevice;

namespace Readout {

struct ExportOptions
{
    bool byteOrderMark = false; ///< CSV: a UTF-8 BOM first, for spreadsheet programs
};

/// Writes export entries in one format to a device. Subclasses each write one format.
class Exporter
{
public:
    virtual ~Exporter();

    /// Writes @p entries to @p device (open for writing). False, with error(), when the device
    /// refused the bytes or the format cannot be made here.
    virtual bool write(const std::vector<ExportEntry> &entries, QIODevice *device) = 0;
    QString error() const { return m_error; }

    /// Told how many of the entries are written (done, total) as a long export goes on;
    /// returning false cancels it: write() stops and returns false.
    using Progress = std::function<bool(int done, int total)>;
    void setProgress(Progress progress) { m_progress = std::move(progress); }

    /// The format names: md, html, csv, json, pdf.
    static QStringList formats();
    /// The exporter of @p format, or null for a name not in formats().
    static std::unique_ptr<Exporter> create(const QString &format,
                                            const ExportOptions &options = {});

protected:
    /// Writes @p text as UTF-8; false, with error(), when the device takes less.
    bool writeText(QIODevice *device, const QString &text);
    bool writeBytes(QIODevice *device, const QByteArray &bytes);
    /// Reports progress; false (with error() set) when the export was cancelled.
    bool progressed(int done, int total);

    Progress m_progress;

    QString m_error;
};

} // namespace Readout
