#include "cli/RootGuard.h"
#include "support/Files.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <unistd.h>

using rebound::cli::foreignDatabaseRefusal;

// rebound-switch as root must not touch another user's database (the
// service's), and must say how to run as that user instead.
class TestRootGuard : public QObject
{
    Q_OBJECT

    static constexpr uid_t Nobody = 65534;

private Q_SLOTS:
    void notRootAlwaysRuns()
    {
        QTemporaryDir dir;
        QVERIFY(foreignDatabaseRefusal(dir.filePath(QStringLiteral("x.sqlite")), 1000).isEmpty());
        QVERIFY(foreignDatabaseRefusal(QStringLiteral("/var/lib/nothing/x.sqlite"), Nobody).isEmpty());
    }

    void rootOnItsOwnFileRuns()
    {
        if (::geteuid() != 0)
            QSKIP("needs root to own the test files");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("own.sqlite"));
        QVERIFY(foreignDatabaseRefusal(path, 0).isEmpty()); // not there yet: its folder counts
        rebound::test::writeFile(path);
        QVERIFY(foreignDatabaseRefusal(path, 0).isEmpty());
    }

    void rootOnAnotherUsersFileIsRefused()
    {
        if (::geteuid() != 0)
            QSKIP("needs root to give a file to another user");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("service.sqlite"));
        rebound::test::writeFile(path);
        QCOMPARE(::chown(QFile::encodeName(path).constData(), Nobody, Nobody), 0);
        const QString refusal = foreignDatabaseRefusal(path, 0);
        QVERIFY2(refusal.contains(path), qPrintable(refusal));
        QVERIFY2(refusal.contains(QStringLiteral("runuser -u ")), qPrintable(refusal));

        // A file not there yet in another user's folder is refused the same way.
        QCOMPARE(::chown(QFile::encodeName(dir.path()).constData(), Nobody, Nobody), 0);
        const QString later = dir.filePath(QStringLiteral("later.sqlite"));
        QVERIFY(!foreignDatabaseRefusal(later, 0).isEmpty());
        QVERIFY(!foreignDatabaseRefusal(dir.filePath(QStringLiteral("sub/later.sqlite")), 0).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRootGuard)
#include "TestRootGuard.moc"
