#pragma once

// Small pieces the window and model tests share: finding a widget by name, writing a file, and
// a short fictional meeting summary to write.

#include <QByteArray>
#include <QFile>
#include <QObject>
#include <QString>
#include <QTest>

/// The child of @p parent named @p name; a missing one stops the test run (a renamed widget
/// should fail loudly, not pass quietly).
template<typename T> T *child(const QObject &parent, const char *name)
{
    T *found = parent.findChild<T *>(QLatin1String(name));
    if (!found)
        qFatal("no child %s", name);
    return found;
}

inline void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

/// Nakara and Ostrel, 2025: three statements under one heading.
inline const char *const meetingSummary =
    "Nakara-Ostrel Foreign Ministers' Meeting (Summary)\n"
    "On May 2, 2025, Minister for Foreign Affairs Haruka Sonoda held a meeting with Foreign "
    "Minister Tomas Brenn of Ostrel in Port Sarel.\n"
    "1. Bilateral Relations\n"
    "Minister Brenn stated that Ostrel valued the partnership with Nakara.\n"
    "Minister Sonoda said that Nakara would send a trade mission in June.\n";
