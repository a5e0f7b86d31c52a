#pragma once

// Reads the project's test fixtures (tests/fixtures/...) for every test program.

#include <QByteArray>
#include <QFile>
#include <QString>

/// The bytes of tests/fixtures/<relativePath>; a missing fixture stops the test run.
inline QByteArray readFixture(const QString &relativePath)
{
    QFile file(QStringLiteral(READOUT_FIXTURES_DIR "/") + relativePath);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(relativePath));
    return file.readAll();
}
