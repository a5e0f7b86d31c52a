// A reader's window on a team's server: a colleague's note appears while it is open, and when
// the server stops mid-session the window says so, browsing goes on, and what the reader
// writes meanwhile reaches the server once it is back.

#include "items/annotationmodel.h"
#include "mainwindow.h"
#include "pgtestserver.h"
#include "settingsdialog.h"
#include "storeoption.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QLabel>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace Readout;

class TestTeamWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settingsDir;
    QTemporaryDir m_folder;
    bool m_paused = false;
    QString file() const { return m_folder.filePath(QStringLiteral("ostrel.txt")); }
    QString sha() const
    {
        return QString::fromLatin1(
            QCryptographicHash::hash(QByteArray(meetingSummary), QCryptographicHash::Sha256)
                .toHex());
    }

    Annotation bobsNote(const QString &text) const
    {
        Annotation a = Annotation::create(QStringLiteral("/home/bob/ostrel.txt"), sha());
        const QString quote = QStringLiteral("a trade mission");
        const int start = int(QString::fromUtf8(meetingSummary).indexOf(quote));
        a.target = TextAnchor::describe(QString::fromUtf8(meetingSummary), start,
                                        start + int(quote.size()), sha());
        a.note = text;
        return a;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
        QCoreApplication::setOrganizationName(QStringLiteral("ReadoutTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_teamwindow"));
        writeFile(file(), meetingSummary);
        if (!PgTest::available())
            return;
        QVERIFY(PgTest::reset());
        AnnotationStores::setDefaultServer(PgTest::as("readout_alice"));
    }

    // File › Settings keeps the address, never a password typed into it.
    void settingsKeepNoPassword()
    {
        SettingsDialog dialog;
        dialog.setServer(QStringLiteral("postgresql://hana:s3cret@db.example/team"));
        QVERIFY(child<QLabel>(dialog, "serverProblem")->text().contains(QLatin1String("password")));
        saveStore(dialog.server());
        QCOMPARE(savedStore(), QStringLiteral("postgresql://hana@db.example/team"));
        QSettings().sync();
        QFile settingsFile(QSettings().fileName());
        QVERIFY(settingsFile.open(QIODevice::ReadOnly));
        const QByteArray stored = settingsFile.readAll();
        QVERIFY(stored.contains("db.example"));
        QVERIFY(!stored.contains("s3cret"));
        child<QRadioButton>(dialog, "localNotes")->setChecked(true);
        saveStore(dialog.server());
        QCOMPARE(savedStore(), QString());
    }

    void cleanup()
    {
        if (m_paused)
            PgTest::control("resume");
        m_paused = false;
    }

    void aColleaguesNoteAppearsWithinASecond()
    {
        SKIP_WITHOUT_SERVER();
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openFile(file()));
        QCOMPARE(window.annotations()->rowCount(), 0);
        QVERIFY2(child<QLabel>(window, "storeLabel")->text().contains(QLatin1String("54329")),
                 qPrintable(child<QLabel>(window, "storeLabel")->text()));

        PostgresAnnotationStore bob(PgTest::address("readout_bob"),
                                    m_folder.filePath(QStringLiteral("bob.sqlite")));
        bob.documentSeen(QStringLiteral("/home/bob/ostrel.txt"), sha());
        Annotation note = bobsNote(QStringLiteral("Who leads the mission?"));
        QElapsedTimer clock;
        clock.start();
        QVERIFY2(bob.save(note), qPrintable(bob.error()));
        QTRY_COMPARE_WITH_TIMEOUT(window.annotations()->rowCount(), 1, 1000);
        qInfo("a colleague's note appeared after %lld ms", clock.elapsed());
        const AnchoredAnnotation &shown = window.annotations()->at(0);
        QCOMPARE(shown.annotation.author, QStringLiteral("readout_bob"));
        QVERIFY(!shown.isOrphaned()); // anchored to the reader's own copy of the file
    }

    void theServerStopsMidSession()
    {
        SKIP_WITHOUT_SERVER();
        if (qEnvironmentVariableIsEmpty("READOUT_TEST_PG_CTL"))
            QSKIP("the test server cannot be stopped here (READOUT_TEST_PG_CTL unset)");
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openFile(file()));
        QCOMPARE(window.annotations()->rowCount(), 1); // bob's, from the test before
        auto *label = child<QLabel>(window, "storeLabel");

        QVERIFY(PgTest::control("pause"));
        m_paused = true;
        QTRY_VERIFY_WITH_TIMEOUT(label->text().contains(QLatin1String("offline")), 8000);
        QVERIFY2(label->toolTip().contains(QLatin1String("54329")), qPrintable(label->toolTip()));
        // Browsing goes on, and a note written now is shown and kept.
        QCOMPARE(window.annotations()->rowCount(), 1);
        const DocumentPtr document = window.currentDocument();
        Annotation mine = window.annotations()->make(document, TargetKind::Document, 0, 10);
        mine.note = QStringLiteral("Written while the server was down");
        QVERIFY2(window.annotations()->save(mine), qPrintable(window.annotations()->error()));
        QCOMPARE(window.annotations()->rowCount(), 2);

        QVERIFY(PgTest::control("resume"));
        m_paused = false;
        QTRY_VERIFY_WITH_TIMEOUT(!label->text().contains(QLatin1String("offline")), 10000);
        QCOMPARE(window.annotations()->rowCount(), 2);
        PostgresAnnotationStore bob(PgTest::address("readout_bob"),
                                    m_folder.filePath(QStringLiteral("bob.sqlite")));
        bob.documentSeen(QStringLiteral("/home/bob/ostrel.txt"), sha());
        QStringList notes;
        for (const Annotation &a : bob.load())
            notes << a.note;
        QVERIFY2(notes.contains(mine.note), qPrintable(notes.join(QLatin1Char('|'))));
    }
};

QTEST_MAIN(TestTeamWindow)
#include "tst_teamwindow.moc"
