#include "annotations/annotationstores.h"
#include "annotations/sqliteannotationstore.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace Readout;

class TestAnnotationStores : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void storeLivesInTheDocumentsFolder()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("2024/march")));
        AnnotationStores stores;
        const auto place = stores.placeOf(dir.filePath(QStringLiteral("2024/march/veloria.txt")));
        QVERIFY(place.store);
        QVERIFY(!place.standIn);
        QCOMPARE(place.relativePath, QStringLiteral("veloria.txt"));
        QCOMPARE(place.store->location(),
                 dir.filePath(QStringLiteral("2024/march/") + SqliteAnnotationStore::fileName()));
        // A store further up (an archive annotated from its top) is used for every file below.
        QFile top(dir.filePath(SqliteAnnotationStore::fileName()));
        {
            SqliteAnnotationStore created(top.fileName());
            Annotation a = Annotation::create(QStringLiteral("x.txt"), QStringLiteral("00"));
            QVERIFY(created.save(a));
        }
        AnnotationStores again;
        const auto nested = again.placeOf(dir.filePath(QStringLiteral("2024/march/veloria.txt")));
        QCOMPARE(nested.relativePath, QStringLiteral("2024/march/veloria.txt"));
        QCOMPARE(nested.store->location(), top.fileName());
        QVERIFY(!stores.placeOf(QStringLiteral(":/samples/a.txt")).store); // compiled-in samples
    }

    // A folder the user cannot write to: notes go to the per-user stand-in, the folder stays
    // untouched. Run as an unprivileged user (root writes anywhere).
    void readOnlyFolderUsesTheStandIn()
    {
        QTemporaryDir home;
        QTemporaryDir folder;
        const QString file = folder.filePath(QStringLiteral("veloria.txt"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Nakara-Veloria Foreign Ministers' Meeting (Summary)\n");
        f.close();
        QVERIFY(QFile::setPermissions(folder.path(), QFile::ReadOwner | QFile::ExeOwner |
                                                         QFile::ReadGroup | QFile::ExeGroup |
                                                         QFile::ReadOther | QFile::ExeOther));
        QVERIFY(QFile::setPermissions(home.path(), QFileDevice::Permissions(0x7777)));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        QProcess probe;
        probe.setProcessEnvironment(env);
        if (::geteuid() == 0) {
            const QString setpriv = QStandardPaths::findExecutable(QStringLiteral("setpriv"));
            QVERIFY2(!setpriv.isEmpty(),
                     "setpriv (util-linux) is needed to test as an unprivileged user");
            probe.start(setpriv, {QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                                  QStringLiteral("--clear-groups"),
                                  QStringLiteral(READOUT_STORE_PROBE), file});
        } else {
            probe.start(QStringLiteral(READOUT_STORE_PROBE), {file});
        }
        QVERIFY(probe.waitForFinished(30000));
        const QString out = QString::fromLocal8Bit(probe.readAllStandardOutput());
        QVERIFY2(probe.exitCode() == 0,
                 qPrintable(QString::fromLocal8Bit(probe.readAllStandardError())));
        const QStringList lines = out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.value(0), QStringLiteral("stand-in"));
        QVERIFY2(lines.value(1).startsWith(home.filePath(QStringLiteral("data"))), qPrintable(out));
        QVERIFY(QFile::exists(lines.value(1)));
        QCOMPARE(QDir(folder.path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList{QStringLiteral("veloria.txt")});
        QFile::setPermissions(folder.path(),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
};

QTEST_GUILESS_MAIN(TestAnnotationStores)
#include "tst_annotationstores.moc"
