#include "documentloader.h"

#include "htmlextractor.h"
#include "summaryparser.h"
#include "textdecoder.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace Readout {

namespace {

LoadResult failure(const QString &path, const QString &message)
{
    LoadResult r;
    r.error = QStringLiteral("%1: %2").arg(path, message);
    return r;
}

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f',
                           bytes < 10 * 1024 * 1024 ? 1 : 0);
}

} // namespace

LoadResult DocumentLoader::load(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return failure(path, QStringLiteral("no such file"));
    if (info.isDir())
        return failure(path, QStringLiteral("is a folder, not a file"));
    if (info.size() > maxFileSize)
        return failure(path, QStringLiteral("file too large (%1 MB; the limit is %2 MB)")
                                 .arg(megabytes(info.size()), megabytes(maxFileSize)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failure(path, QStringLiteral("cannot read: %1").arg(file.errorString()));
    const QByteArray bytes = file.read(maxFileSize + 1);
    if (file.error() != QFileDevice::NoError)
        return failure(path, QStringLiteral("cannot read: %1").arg(file.errorString()));
    if (bytes.size() > maxFileSize) // it grew while we looked
        return failure(
            path,
            QStringLiteral("file too large (the limit is %1 MB)").arg(megabytes(maxFileSize)));
    return loadBytes(path, bytes);
}

LoadResult DocumentLoader::loadBytes(const QString &path, const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return failure(path, QStringLiteral("empty file"));
    DecodedText decoded = TextDecoder::decode(bytes);
    if (!decoded.ok)
        return failure(path, decoded.error);

    const QString suffix = QFileInfo(path).suffix().toLower();
    // A page saved as ".txt" is still HTML when it opens like one; otherwise a ".txt" that
    // merely mentions tags stays text.
    const QStringView head = QStringView(decoded.text).left(2048).trimmed();
    const bool opensAsHtml =
        head.startsWith(QLatin1String("<!DOCTYPE html"), Qt::CaseInsensitive) ||
        head.startsWith(QLatin1String("<html"), Qt::CaseInsensitive);
    const bool html = suffix == QLatin1String("html") || suffix == QLatin1String("htm") ||
                      suffix == QLatin1String("xhtml") || opensAsHtml ||
                      (suffix != QLatin1String("txt") && HtmlExtractor::looksLikeHtml(head));
    QString text = html ? HtmlExtractor::toPlainText(decoded.text) : std::move(decoded.text);
    if (text.trimmed().isEmpty())
        return failure(path, html ? QStringLiteral("the page has no text")
                                  : QStringLiteral("no text (only blank lines)"));

    auto document = std::make_shared<Document>(SummaryParser::parse(text));
    document->compact();
    document->file = path;
    document->sha256 =
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    document->encoding = decoded.encoding;
    document->format = html ? QStringLiteral("html") : QStringLiteral("text");
    document->warnings = decoded.warnings + document->warnings;
    if (!document->date.isValid()) {
        // Archives are often named by date ("2015-08-08-visit.txt"); better than nothing.
        static const QRegularExpression dated(
            QStringLiteral("(?<!\\d)((?:19|20)\\d\\d)-(\\d\\d)-(\\d\\d)(?!\\d)"));
        const auto m = dated.match(QFileInfo(path).fileName());
        const QDate date = m.hasMatch() ? QDate(m.captured(1).toInt(), m.captured(2).toInt(),
                                                m.captured(3).toInt())
                                        : QDate();
        if (date.isValid()) {
            document->date = date;
            document->warnings.append(QStringLiteral("the text gives no date; %1 is taken from "
                                                     "the file name")
                                          .arg(date.toString(Qt::ISODate)));
        }
    }
    LoadResult result;
    result.document = std::move(document);
    return result;
}

} // namespace Readout
